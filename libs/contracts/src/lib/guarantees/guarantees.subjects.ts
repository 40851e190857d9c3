import { rpc } from '../common/subject-map';
import { GuaranteesInfoRequest } from './guarantees.rpc';
import type { GuaranteesInfo } from './guarantees.rpc';

/** JetStream stream of the guarantees service's facts (provisioned once it declares its first event). */
export const GUARANTEES_STREAM = 'GUARANTEES';

export const GUARANTEES_RPC = {
  'guarantees.info.get': rpc<GuaranteesInfoRequest, GuaranteesInfo>(GuaranteesInfoRequest, 'What the guarantees service is and since when it runs'),
} as const;

/** Events of the guarantees service: `event(PayloadClass, { stream: GUARANTEES_STREAM, … })`. */
export const GUARANTEES_EVENTS = {} as const;

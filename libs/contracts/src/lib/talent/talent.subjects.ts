import { rpc } from '../common/subject-map';
import { TalentInfoRequest } from './talent.rpc';
import type { TalentInfo } from './talent.rpc';

/** JetStream stream of the talent service's facts (provisioned once it declares its first event). */
export const TALENT_STREAM = 'TALENT';

export const TALENT_RPC = {
  'talent.info.get': rpc<TalentInfoRequest, TalentInfo>(TalentInfoRequest, 'What the talent service is and since when it runs'),
} as const;

/** Events of the talent service: `event(PayloadClass, { stream: TALENT_STREAM, … })`. */
export const TALENT_EVENTS = {} as const;

import { rpc } from '../common/subject-map';
import { ServicedeskInfoRequest } from './servicedesk.rpc';
import type { ServicedeskInfo } from './servicedesk.rpc';

/** JetStream stream of the servicedesk service's facts (provisioned once it declares its first event). */
export const SERVICEDESK_STREAM = 'SERVICEDESK';

export const SERVICEDESK_RPC = {
  'servicedesk.info.get': rpc<ServicedeskInfoRequest, ServicedeskInfo>(ServicedeskInfoRequest, 'What the servicedesk service is and since when it runs'),
} as const;

/** Events of the servicedesk service: `event(PayloadClass, { stream: SERVICEDESK_STREAM, … })`. */
export const SERVICEDESK_EVENTS = {} as const;

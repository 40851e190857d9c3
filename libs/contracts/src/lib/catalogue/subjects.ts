import { REGISTRY_EVENTS, REGISTRY_RPC, REGISTRY_STREAM } from '../registry/registry.subjects';
import { SUBSIDIES_EVENTS, SUBSIDIES_RPC } from '../subsidies/subsidies.subjects';
import { SERVICEDESK_EVENTS, SERVICEDESK_RPC } from '../servicedesk/servicedesk.subjects';
import { GUARANTEES_EVENTS, GUARANTEES_RPC, GUARANTEES_STREAM } from '../guarantees/guarantees.subjects';
import { PROCUREMENT_EVENTS, PROCUREMENT_RPC, PROCUREMENT_STREAM } from '../procurement/procurement.subjects';
import { TALENT_EVENTS, TALENT_RPC } from '../talent/talent.subjects';
import { SERVICE_DECLARATIONS } from '../system/services';
import { SYSTEM_RPC } from '../system/system.subjects';
import { TIERING_EVENTS, TIERING_RPC, TIERING_STREAM } from '../tiering/tiering.subjects';

/** Every request/reply subject and its request class. */
export const RPC_MAP = { ...REGISTRY_RPC, ...TIERING_RPC, ...SUBSIDIES_RPC, ...SERVICEDESK_RPC, ...GUARANTEES_RPC, ...PROCUREMENT_RPC, ...TALENT_RPC, ...SYSTEM_RPC } as const;
/** Every public event subject and its payload class. */
export const EVENT_MAP = { ...REGISTRY_EVENTS, ...TIERING_EVENTS, ...SUBSIDIES_EVENTS, ...SERVICEDESK_EVENTS, ...GUARANTEES_EVENTS, ...PROCUREMENT_EVENTS, ...TALENT_EVENTS } as const;

export type RpcMap = typeof RPC_MAP;
export type EventMap = typeof EVENT_MAP;
export type RpcSubject = keyof RpcMap;
export type EventSubject = keyof EventMap;
export type RpcRequest<S extends RpcSubject> = InstanceType<RpcMap[S]['request']>;
export type RpcResponse<S extends RpcSubject> = NonNullable<RpcMap[S]['response']>;
export type EventPayload<S extends EventSubject> = InstanceType<EventMap[S]['payload']>;

export interface StreamDeclaration {
  readonly name: string;
  readonly description: string;
  readonly subjects: readonly string[];
  readonly maxAgeDays: number;
  /** Window within which a repeated Nats-Msg-Id is dropped by the server. */
  readonly duplicateWindowSeconds: number;
}

export interface ConsumerDeclaration {
  readonly stream: string;
  readonly durable: string;
  /** The service that runs the consumer. */
  readonly service: string;
  readonly description: string;
  readonly filterSubjects: readonly string[];
  readonly maxDeliver: number;
  readonly ackWaitSeconds: number;
  /** Redelivery delays after a failure, seconds. */
  readonly backoffSeconds: readonly number[];
}

const subjectsOf = (stream: string): string[] =>
  Object.entries(EVENT_MAP)
    .filter(([, def]) => def.stream === stream)
    .map(([subject]) => subject)
    .sort();

export const DLQ_STREAM = 'DLQ';
export const DLQ_SUBJECT_PREFIX = 'dlq';
export const dlqSubject = (durable: string): string => `${DLQ_SUBJECT_PREFIX}.${durable}`;

/**
 * JetStream streams: the stream of each service in the service list (once it declares its first event: a stream
 * lists exact subjects, never `<service>.>`, which would swallow the service's requests), plus the dead letters.
 * Provisioned by `npm run nats:provision` (launcher and tests).
 */
export const STREAMS: readonly StreamDeclaration[] = [
  ...SERVICE_DECLARATIONS.flatMap((service) =>
    service.stream && subjectsOf(service.stream.name).length > 0
      ? [{ name: service.stream.name, description: service.stream.description, subjects: subjectsOf(service.stream.name), maxAgeDays: 3650, duplicateWindowSeconds: 600 }]
      : [],
  ),
  {
    name: DLQ_STREAM,
    description: 'Dead letters: events a consumer gave up on after its bounded redeliveries',
    subjects: [`${DLQ_SUBJECT_PREFIX}.>`],
    maxAgeDays: 365,
    duplicateWindowSeconds: 120,
  },
];

/** Durable consumers of our own services. Other bureaus declare theirs in `deploy/nats/` too. */
export const CONSUMERS: readonly ConsumerDeclaration[] = [
  {
    stream: REGISTRY_STREAM,
    durable: 'tiering',
    service: 'tiering',
    description: 'tiering keeps a projection of the pool and re-evaluates on new facts',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: TIERING_STREAM,
    durable: 'registry',
    service: 'registry',
    description: 'registry records the pool category and the highest valid title of each enterprise',
    filterSubjects: ['tiering.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: TIERING_STREAM,
    durable: 'subsidies',
    service: 'subsidies',
    description: 'subsidies creates 免申即享 entitlements on new recognitions and keeps titles for matching and parks',
    filterSubjects: ['tiering.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: REGISTRY_STREAM,
    durable: 'subsidies',
    service: 'subsidies',
    description: 'subsidies keeps enterprise names and counties for its lists and parks',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: GUARANTEES_STREAM,
    durable: 'subsidies',
    service: 'subsidies',
    description: 'subsidies opens an S-47 到资奖励 application for each national fund investment the regulator records',
    filterSubjects: ['guarantees.fund-investment.recorded'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: REGISTRY_STREAM,
    durable: 'guarantees',
    service: 'guarantees',
    description: 'guarantees keeps enterprise names and counties for the white list and the applications',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: TIERING_STREAM,
    durable: 'guarantees',
    service: 'guarantees',
    description: 'guarantees keeps the financing-guarantee white list (S-48) in step with titles; a new durable replays the stream from the start, so an existing pool fills the list',
    filterSubjects: ['tiering.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: TIERING_STREAM,
    durable: 'servicedesk',
    service: 'servicedesk',
    description: 'servicedesk keeps titles and liaisons: the 专精特新 enterprises not visited this year',
    filterSubjects: ['tiering.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: REGISTRY_STREAM,
    durable: 'servicedesk',
    service: 'servicedesk',
    description: 'servicedesk keeps enterprise names and counties for its appeals, visits and statistics',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: PROCUREMENT_STREAM,
    durable: 'servicedesk',
    service: 'servicedesk',
    description: 'servicedesk opens one payment-arrears appeal per overdue procurement contract (SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE)',
    filterSubjects: ['procurement.payment.overdue-detected'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: REGISTRY_STREAM,
    durable: 'procurement',
    service: 'procurement',
    description: 'procurement keeps the size class of suppliers in the pool: the SME status of a contract at signing',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: TIERING_STREAM,
    durable: 'talent',
    service: 'talent',
    description: 'talent keeps titles with their history: the 2+3+N scope, training coverage and the S-55 checks follow them',
    filterSubjects: ['tiering.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
  {
    stream: REGISTRY_STREAM,
    durable: 'talent',
    service: 'talent',
    description: 'talent keeps enterprise names and counties for its scope lists, coverage and queues',
    filterSubjects: ['registry.enterprise.>'],
    maxDeliver: 10,
    ackWaitSeconds: 60,
    backoffSeconds: [1, 5, 30, 120, 600],
  },
];

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');
export const NATS_RPC_CLIENT = Symbol('NATS_RPC_CLIENT');

export interface MessagingOptions {
  /** Service name: the NATS queue group, the connection name and the event `source`. */
  readonly service: string;
  readonly natsUrl: string;
  readonly rpcTimeoutMs: number;
  /** Start the outbox relay (services that record events). */
  readonly relay?: boolean;
}

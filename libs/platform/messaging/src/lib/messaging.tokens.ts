export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');
/** Whether the MessagingClient closes its connection on `close()` (a standalone client); a module's is drained by the module. */
export const OWNS_NATS_CONNECTION = Symbol('OWNS_NATS_CONNECTION');

export interface MessagingOptions {
  /** Service name: the NATS queue group, the connection name and the event `source`. */
  readonly service: string;
  readonly natsUrl: string;
  readonly rpcTimeoutMs: number;
  /** Start the outbox relay (services that record events). */
  readonly relay?: boolean;
}

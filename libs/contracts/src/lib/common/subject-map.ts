/**
 * Helpers to declare subjects with their payload classes. Grammar: `<domain>.<aggregate>.<verb>`,
 * past tense for events, `.v2` only on a breaking change.
 */
export type PayloadClass<T = object> = new () => T;

export interface RpcDefinition<Req extends object = object, Res = unknown> {
  readonly kind: 'rpc';
  readonly request: PayloadClass<Req>;
  /** Response type marker; responses are typed, not validated at run time. */
  readonly response?: Res;
  readonly summary: string;
}

export interface EventDefinition<T extends object = object> {
  readonly kind: 'event';
  readonly payload: PayloadClass<T>;
  readonly version: number;
  /** JetStream stream that stores the subject. */
  readonly stream: string;
  readonly summary: string;
  /** Who may want it, for the catalogue. */
  readonly audience: string;
}

export function rpc<Req extends object, Res>(request: PayloadClass<Req>, summary: string): RpcDefinition<Req, Res> {
  return { kind: 'rpc', request, summary };
}

export function event<T extends object>(
  payload: PayloadClass<T>,
  options: { stream: string; summary: string; audience: string; version?: number },
): EventDefinition<T> {
  return { kind: 'event', payload, version: options.version ?? 1, ...options };
}

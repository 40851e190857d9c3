import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Optional } from '@nestjs/common';
import { isErrorPayload } from '@ladder/contracts';
import type { RpcRequest, RpcResponse, RpcSubject } from '@ladder/contracts';
import { ErrorCode, Events, NatsError } from 'nats';
import type { NatsConnection } from 'nats';
import { TimeoutError } from 'rxjs';

import { RemoteError } from './domain.exception';
import { MESSAGING_OPTIONS, NATS_CONNECTION, OWNS_NATS_CONNECTION } from './messaging.tokens';
import type { MessagingOptions } from './messaging.tokens';

/** The request payload as plain data (what a caller builds; the receiver validates it into the class). */
export type RequestData<S extends RpcSubject> = { [K in keyof RpcRequest<S>]: RpcRequest<S>[K] };

/** A reply of a NestJS NATS message handler, as its serializer writes it. */
interface NestReply {
  err?: unknown;
  response?: unknown;
  isDisposed?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The one way to ask another service: typed by the contracts' subject map, bounded by a timeout, errors
 * carried back as codes.
 *
 * Speaks the wire format of NestJS's NATS transport (`{ pattern, data, id }` in, `{ err, response, isDisposed }`
 * back; the services are NestJS microservices) over the process's one NATS connection with `request()`: replies
 * come back on one shared inbox subscription. (Nest's own ClientProxy subscribes and unsubscribes an inbox for
 * every request — three protocol operations and two changes of the server's interest graph per call.)
 * While the connection is down (NATS restarting), a call fails at once with SERVICE_UNAVAILABLE instead of
 * waiting for its timeout.
 */
@Injectable()
export class MessagingClient {
  private connected = true;
  private readonly connection: Promise<NatsConnection>;

  constructor(
    @Inject(NATS_CONNECTION) connection: NatsConnection | Promise<NatsConnection>,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Optional() @Inject(OWNS_NATS_CONNECTION) private readonly ownsConnection = false,
  ) {
    this.connection = Promise.resolve(connection);
    // A standalone client connects lazily; a failed connection is reported by the first request.
    this.connection.then((nc) => void this.watch(nc)).catch(() => undefined);
  }

  async request<S extends RpcSubject>(
    subject: S,
    payload: RequestData<S>,
    opts: { timeoutMs?: number } = {},
  ): Promise<RpcResponse<S>> {
    const timeout = opts.timeoutMs ?? this.options.rpcTimeoutMs;
    let reply: NestReply;
    try {
      const nc = await this.connection;
      if (!this.connected || nc.isClosed()) throw new NatsError('disconnected', ErrorCode.Disconnect);
      const packet = encoder.encode(JSON.stringify({ pattern: subject, data: payload, id: randomUUID() }));
      const msg = await nc.request(subject, packet, { timeout });
      if (msg.data.length === 0) throw new NatsError('no responders', ErrorCode.NoResponders);
      reply = JSON.parse(decoder.decode(msg.data)) as NestReply;
    } catch (error) {
      throw toRemoteError(error, subject);
    }
    if (reply.err !== undefined && reply.err !== null) throw toRemoteError(reply.err, subject);
    return reply.response as RpcResponse<S>;
  }

  async close(): Promise<void> {
    if (!this.ownsConnection) return;
    const nc = await this.connection.catch(() => undefined);
    if (nc && !nc.isClosed()) await nc.close();
  }

  /** Follows the connection's state (disconnect → reconnect) for the fast failure above. */
  private async watch(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === Events.Disconnect) this.connected = false;
      else if (status.type === Events.Reconnect) this.connected = true;
    }
  }
}

export function toRemoteError(error: unknown, subject: string): RemoteError {
  if (error instanceof RemoteError) return error;
  if (error instanceof TimeoutError || (error instanceof NatsError && error.code === String(ErrorCode.Timeout))) {
    return new RemoteError('TIMEOUT', '服务响应超时，请稍后重试', undefined, subject);
  }
  // (A NatsError has a code and a message too: it is not a service's answer.)
  if (!(error instanceof NatsError) && isErrorPayload(error)) return new RemoteError(error.code, error.message, error.details, subject);
  const text = error instanceof NatsError ? `${error.code} ${error.message}` : String((error as Error)?.message ?? error);
  // A service that is gone ("no subscribers" / "no responders" / 503), or NATS itself (refused, lost, closed).
  if (/no subscribers|no responders|503|CONNECTION_REFUSED|ECONNREFUSED|disconnect|connection lost|CONNECTION_CLOSED|CONNECTION_DRAINING/i.test(text)) {
    return new RemoteError('SERVICE_UNAVAILABLE', '服务暂不可用，请稍后重试', undefined, subject);
  }
  return new RemoteError('INTERNAL', '系统内部错误', undefined, subject);
}

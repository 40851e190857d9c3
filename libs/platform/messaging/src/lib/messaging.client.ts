import { randomUUID } from 'node:crypto';

import { Inject, Injectable, Optional } from '@nestjs/common';
import { isErrorPayload } from '@ladder/contracts';
import type { RpcRequest, RpcResponse, RpcSubject } from '@ladder/contracts';
import { ErrorCode, Events, NatsError, createInbox } from 'nats';
import type { NatsConnection, Subscription } from 'nats';
import { TimeoutError } from 'rxjs';

import { RemoteError } from './domain.exception';
import { PendingTable } from './pending-table';
import { MESSAGING_OPTIONS, NATS_CONNECTION, OWNS_NATS_CONNECTION } from './messaging.tokens';
import type { MessagingOptions } from './messaging.tokens';

/** The request payload as plain data (what a caller builds; the receiver validates it into the class). */
export type RequestData<S extends RpcSubject> = { [K in keyof RpcRequest<S>]: RpcRequest<S>[K] };

interface PendingReply {
  resolve(data: Uint8Array): void;
  reject(error: unknown): void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/** The client's one reply subscription: `<prefix>*`, each request waiting under its token. */
interface ReplyInbox {
  readonly connection: NatsConnection;
  readonly prefix: string;
  /** Not a `Map`: see PendingTable (a churning Map kept every reply alive until a full GC). */
  readonly pending: PendingTable<PendingReply>;
  readonly subscription: Subscription;
}

interface OutgoingRequest {
  readonly nc: NatsConnection;
  readonly subject: string;
  readonly packet: Uint8Array;
  readonly reply: string;
  readonly token: string;
  readonly inbox: ReplyInbox;
}

/** A reply of a NestJS NATS message handler, as its serializer writes it. */
interface NestReply {
  err?: unknown;
  response?: unknown;
  isDisposed?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const RESPONSE_HEAD = encoder.encode('{"response":');

/** The JSON text (UTF-8) of a value of type `T`, to be sent on as it is. */
export type JsonBytes<T> = Buffer & { readonly __json?: T };

function startsWith(data: Uint8Array, prefix: Uint8Array, at: number): boolean {
  if (at < 0 || at + prefix.length > data.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The one way to ask another service: typed by the contracts' subject map, bounded by a timeout, errors
 * carried back as codes.
 *
 * Speaks the wire format of NestJS's NATS transport (`{ pattern, data, id }` in, `{ err, response, isDisposed }`
 * back; the services are NestJS microservices) over the process's one NATS connection with `request()`: replies
 * come back on one shared inbox subscription (`roundTrip`). (Nest's own ClientProxy subscribes and unsubscribes an inbox for
 * every request — three protocol operations and two changes of the server's interest graph per call.)
 * While the connection is down (NATS restarting), a call fails at once with SERVICE_UNAVAILABLE instead of
 * waiting for its timeout.
 */
@Injectable()
export class MessagingClient {
  private connected = true;
  private inbox?: ReplyInbox;
  private nextToken = 0;
  private outgoing: OutgoingRequest[] = [];
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
      reply = JSON.parse(decoder.decode(await this.roundTrip(nc, subject, packet, timeout))) as NestReply;
    } catch (error) {
      throw toRemoteError(error, subject);
    }
    if (reply.err !== undefined && reply.err !== null) throw toRemoteError(reply.err, subject);
    return reply.response as RpcResponse<S>;
  }

  /**
   * The same call as `request`, but the response comes back as its JSON bytes, for a caller that only passes
   * them on (the gateway's largest answers: a page of enterprises is decoded and encoded again for nothing).
   * A reply of the usual shape — `{"response":…,"isDisposed":true,"id":"<this call's id>"}`, as NestJS's
   * transport and the registry's list responder write it — is cut without decoding; any other reply is decoded as
   * by `request` (an error still throws the same `RemoteError`).
   */
  async requestJson<S extends RpcSubject>(
    subject: S,
    payload: RequestData<S>,
    opts: { timeoutMs?: number } = {},
  ): Promise<JsonBytes<RpcResponse<S>>> {
    const timeout = opts.timeoutMs ?? this.options.rpcTimeoutMs;
    const id = randomUUID();
    let data: Uint8Array;
    try {
      const nc = await this.connection;
      if (!this.connected || nc.isClosed()) throw new NatsError('disconnected', ErrorCode.Disconnect);
      const packet = encoder.encode(JSON.stringify({ pattern: subject, data: payload, id }));
      data = await this.roundTrip(nc, subject, packet, timeout);
    } catch (error) {
      throw toRemoteError(error, subject);
    }
    const tail = encoder.encode(`,"isDisposed":true,"id":${JSON.stringify(id)}}`);
    const start = RESPONSE_HEAD.length;
    const end = data.length - tail.length;
    if (end > start && startsWith(data, RESPONSE_HEAD, 0) && startsWith(data, tail, end)) {
      return Buffer.from(data.buffer, data.byteOffset + start, end - start);
    }
    let reply: NestReply;
    try {
      reply = JSON.parse(decoder.decode(data)) as NestReply;
    } catch (error) {
      throw toRemoteError(error, subject);
    }
    if (reply.err !== undefined && reply.err !== null) throw toRemoteError(reply.err, subject);
    return Buffer.from(JSON.stringify(reply.response ?? null), 'utf8');
  }

  /**
   * One request and its reply over the connection's reply inbox (`<inbox>.*`, subscribed once). Like nats.js's
   * `request()` with its shared inbox, without what that costs per call besides the publish: an Error (with its
   * stack) built for every request at its end, and a deferred and a timer promise. No responders (the server's
   * 503 status, an empty message) and the timeout are NatsErrors as from `request()`.
   */
  private roundTrip(nc: NatsConnection, subject: string, packet: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    const inbox = this.inboxFor(nc);
    const token = (this.nextToken++).toString(36);
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        inbox.pending.take(token);
        reject(new NatsError('timeout', ErrorCode.Timeout));
      }, timeoutMs);
      inbox.pending.set(token, { resolve, reject, timer });
      this.outgoing.push({ nc, subject, packet, reply: inbox.prefix + token, token, inbox });
      if (this.outgoing.length === 1) setImmediate(() => this.publishOutgoing());
    });
  }

  /**
   * The requests of one turn of the event loop go out together: nats.js writes what was published in one
   * synchronous run with one socket write, and the requests that arrived with the same poll of the HTTP sockets
   * then cost one write (and one wake-up of the server) instead of one each. A request waits at most for the
   * rest of the turn it was made in.
   */
  private publishOutgoing(): void {
    const batch = this.outgoing;
    this.outgoing = [];
    for (const { nc, subject, packet, reply, token, inbox } of batch) {
      try {
        nc.publish(subject, packet, { reply });
      } catch (error) {
        const p = inbox.pending.take(token);
        if (!p) continue;
        clearTimeout(p.timer);
        p.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private inboxFor(nc: NatsConnection): ReplyInbox {
    if (this.inbox && this.inbox.connection === nc && !this.inbox.subscription.isClosed()) return this.inbox;
    const prefix = `${createInbox()}.`;
    const pending = new PendingTable<PendingReply>();
    const subscription = nc.subscribe(`${prefix}*`, {
      callback: (error, msg) => {
        if (error) {
          for (const p of pending.takeAll()) {
            clearTimeout(p.timer);
            p.reject(error);
          }
          return;
        }
        const token = msg.subject.slice(prefix.length);
        const p = pending.take(token);
        if (!p) return;
        clearTimeout(p.timer);
        if (msg.data.length === 0) p.reject(new NatsError('no responders', ErrorCode.NoResponders));
        else p.resolve(msg.data);
      },
    });
    // The connection closed (or the subscription ended): whoever still waits is told now, not at the timeout.
    void subscription.closed.then(() => {
      for (const p of pending.takeAll()) {
        clearTimeout(p.timer);
        p.reject(new NatsError('closed', ErrorCode.ConnectionClosed));
      }
    });
    this.inbox = { connection: nc, prefix, pending, subscription };
    return this.inbox;
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

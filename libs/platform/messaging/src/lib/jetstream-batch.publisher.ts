import { ErrorCode, Events, NatsError, createInbox, headers } from 'nats';
import type { ApiError, Msg, NatsConnection, PubAck, Subscription } from 'nats';

import { PendingTable } from './pending-table';

/** One message for a stream: its subject, bytes and `Nats-Msg-Id`. */
export interface StreamMessage {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly msgId: string;
}

type Outcome = PromiseSettledResult<PubAck>;

const decoder = new TextDecoder();

/**
 * JetStream publishes of a round (the outbox relay's), pipelined on one connection: each message is a core publish
 * with `Nats-Msg-Id` and a reply subject on the publisher's one inbox subscription (`<inbox>.*`), the PubAcks
 * matched by token, and one timer for the whole round. The outcome of each message is what nats.js's
 * `js.publish()` gives: its PubAck (`duplicate` false unless the stream says so), or a NatsError — no responders
 * (no stream for the subject: the server's 503 status), the stream's API error (its description, `api_error`),
 * an ack without a stream, the server's permissions violation for the subject (told by the connection's status,
 * as nats.js tells a request; without it the message would wait for the timeout), or the timeout. What `js.publish()`
 * costs per message besides the publish is not paid: a request object with its own timer, a deferred, and an Error
 * (with its stack) built up front for the timeout.
 */
export class JetStreamBatchPublisher {
  private subscription?: Subscription;
  private prefix = '';
  private nextToken = 0;
  /** Messages waiting for their PubAck, by token (not a Map: see PendingTable). */
  private readonly waiting = new PendingTable<{ readonly subject: string; readonly settle: (outcome: Outcome) => void }>();
  private watchingStatus = false;

  constructor(private readonly nc: NatsConnection) {}

  /** Publish `messages` in order; resolves when each has its outcome (at the latest after `timeoutMs`). */
  publishAll(messages: readonly StreamMessage[], timeoutMs: number): Promise<Outcome[]> {
    const outcomes: Outcome[] = new Array<Outcome>(messages.length);
    if (messages.length === 0) return Promise.resolve(outcomes);
    return new Promise<Outcome[]>((resolve) => {
      const tokens: string[] = [];
      let left = messages.length;
      const settle = (i: number, outcome: Outcome): void => {
        if (outcomes[i]) return;
        outcomes[i] = outcome;
        if (--left === 0) {
          clearTimeout(timer);
          resolve(outcomes);
        }
      };
      const timer = setTimeout(() => {
        const reason = NatsError.errorForCode(ErrorCode.Timeout);
        tokens.forEach((token, i) => {
          if (outcomes[i]) return;
          this.waiting.take(token);
          settle(i, { status: 'rejected', reason });
        });
      }, timeoutMs);
      let prefix: string;
      try {
        prefix = this.inbox();
      } catch (reason) {
        for (let i = 0; i < messages.length; i++) settle(i, { status: 'rejected', reason });
        return;
      }
      messages.forEach((message, i) => {
        const token = (this.nextToken++).toString(36);
        tokens.push(token);
        this.waiting.set(token, { subject: message.subject, settle: (outcome) => settle(i, outcome) });
        try {
          const h = headers();
          h.set('Nats-Msg-Id', message.msgId);
          this.nc.publish(message.subject, message.data, { reply: prefix + token, headers: h });
        } catch (reason) {
          this.waiting.take(token);
          settle(i, { status: 'rejected', reason });
        }
      });
    });
  }

  /** The inbox prefix, subscribed once (again after the subscription ended, e.g. the connection closed). */
  private inbox(): string {
    if (this.subscription && !this.subscription.isClosed()) return this.prefix;
    this.watchPermissions();
    const prefix = `${createInbox()}.`;
    const subscription = this.nc.subscribe(`${prefix}*`, {
      callback: (error, msg) => {
        if (error) this.failAll(error);
        else this.onReply(prefix, msg);
      },
    });
    // Whoever still waits when the subscription ends is told now, not at the timeout.
    void subscription.closed.then(() => this.failAll(NatsError.errorForCode(ErrorCode.ConnectionClosed)));
    this.subscription = subscription;
    this.prefix = prefix;
    return prefix;
  }

  private onReply(prefix: string, msg: Msg): void {
    const token = msg.subject.slice(prefix.length);
    const waiter = this.waiting.take(token);
    if (!waiter) return;
    waiter.settle(pubAck(msg));
  }

  private failAll(reason: unknown): void {
    for (const waiter of this.waiting.takeAll()) waiter.settle({ status: 'rejected', reason });
  }

  /**
   * A publish the server refuses (`-ERR 'Permissions Violation for Publish to "<subject>"'`) gets no reply: nats.js
   * tells it through the connection's status, with the subject. The messages waiting for that subject fail now,
   * with the server's reason, instead of at the round's timeout.
   */
  private watchPermissions(): void {
    if (this.watchingStatus) return;
    this.watchingStatus = true;
    void (async () => {
      for await (const status of this.nc.status()) {
        const context = (status as { permissionContext?: { operation?: string; subject?: string } }).permissionContext;
        if (status.type !== Events.Error || context?.operation !== 'publish' || !context.subject) continue;
        const reason = new NatsError(`Permissions Violation for Publish to "${context.subject}"`, ErrorCode.PermissionsViolation);
        for (const waiter of this.waiting.takeWhere((w) => w.subject === context.subject)) waiter.settle({ status: 'rejected', reason });
      }
    })();
  }
}

/** A PubAck reply as `js.publish()` reads it (`isRequestError`, `checkJsError`, `parseJsResponse`). */
function pubAck(msg: Msg): Outcome {
  try {
    if (msg.data.length === 0) {
      const code = msg.headers?.code ?? 0;
      if (code === 503) throw NatsError.errorForCode(ErrorCode.NoResponders);
      throw new NatsError(msg.headers?.description || `empty reply (${code})`, String(code || ErrorCode.JetStreamInvalidAck));
    }
    const ack = JSON.parse(decoder.decode(msg.data)) as Partial<PubAck> & { error?: ApiError };
    if (ack.error) {
      const error = new NatsError((ack.error.description ?? '').toLowerCase(), String(ack.error.code));
      error.api_error = ack.error;
      throw error;
    }
    if (!ack.stream) throw NatsError.errorForCode(ErrorCode.JetStreamInvalidAck);
    return { status: 'fulfilled', value: { ...ack, duplicate: ack.duplicate ?? false } as PubAck };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}

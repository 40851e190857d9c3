/**
 * The typed subscriber client for other bureaus: the public events of SME Ladder (libs/contracts, documented in
 * docs/asyncapi.json) as `EventEnvelope`s whose `data` type follows the subject.
 *
 *   const nc = await connect({ servers, user, pass });           // the bureau's read-only account
 *   for await (const e of tail(nc, 'registry.enterprise.>', { durable: 'finance-bureau' })) {
 *     if (e.subject === 'registry.enterprise.registered') console.log(e.data.uscc);   // typed by the subject
 *     await e.ack();
 *   }
 *
 * With `durable`, the bureau's durable consumer (declared in deploy/nats/bureaus.json) is read and each event is
 * acknowledged by `ack()` — after the bureau has stored it, so nothing is lost across restarts. Without it, an
 * ephemeral consumer reads from `since` (or only new events; `all` from the start); `ack()` does nothing (the
 * account then needs the right to create consumers).
 */
import type { EventEnvelope, EventPayload, EventSubject } from '@ladder/contracts';
import type { ConsumerMessages, JsMsg, NatsConnection } from 'nats';

import { ephemeralConsumer, isPublicSubject, streamsFor, subjectMatches } from './subjects';

/** An event of one of the public subjects, `data` typed by `subject` (narrow with `e.subject === '…'`). */
export type PublicEvent = { [S in EventSubject]: EventEnvelope<EventPayload<S>> & { readonly subject: S } }[EventSubject];

export type ReceivedEvent = PublicEvent & {
  /** The stream and its sequence number (for the bureau's own bookkeeping). */
  readonly stream: string;
  readonly seq: number;
  /** Acknowledge (durable consumers): call after storing the event. */
  ack(): Promise<void>;
};

export interface TailOptions {
  /** The bureau's durable consumer (bound, not created: its account may only read). */
  readonly durable?: string;
  /** Ephemeral: from this instant (ISO 8601). */
  readonly since?: string;
  /** Ephemeral: from the first stored event. */
  readonly all?: boolean;
  /** Stop when no event arrived for this long (ms); default: follow for ever. */
  readonly idleMs?: number;
  /** Stop after this many events. */
  readonly limit?: number;
  readonly signal?: AbortSignal;
}

function decode(m: JsMsg, stream: string): ReceivedEvent {
  const envelope = m.json<EventEnvelope>();
  if (!isPublicSubject(envelope.subject)) throw new Error(`not a public subject: ${envelope.subject}`);
  return {
    ...(envelope as PublicEvent),
    stream,
    seq: m.seq,
    ack: async () => {
      await m.ackAck();
    },
  };
}

/** Events matching `filter` (NATS wildcards), from every public stream it selects. */
export async function* tail(nc: NatsConnection, filter: string, options: TailOptions = {}): AsyncGenerator<ReceivedEvent> {
  const selections = streamsFor(filter);
  if (selections.length === 0) throw new Error(`no public event subject matches ${filter}`);
  const js = nc.jetstream();
  const queue: ReceivedEvent[] = [];
  let wake: (() => void) | undefined;
  const feeds: ConsumerMessages[] = [];
  const failures: unknown[] = [];
  for (const sel of selections) {
    let consumer;
    if (options.durable) {
      consumer = await js.consumers.get(sel.stream, options.durable).catch(() => undefined);
      if (!consumer) continue; // the durable is on another stream
    } else {
      consumer = await ephemeralConsumer(nc, sel, options);
    }
    const messages = await consumer.consume({ max_messages: 256 });
    feeds.push(messages);
    void (async () => {
      try {
        for await (const m of messages) {
          if (!subjectMatches(filter, m.subject)) {
            if (options.durable) m.ack();
            continue;
          }
          const e = decode(m, sel.stream);
          if (!options.durable) e.ack = async () => undefined;
          queue.push(e);
          wake?.();
        }
      } catch (error) {
        failures.push(error);
        wake?.();
      }
    })();
  }
  if (options.durable && feeds.length === 0) throw new Error(`durable ${options.durable} not found on ${selections.map((s) => s.stream).join(', ')}`);
  let delivered = 0;
  try {
    while (!options.signal?.aborted && (options.limit === undefined || delivered < options.limit)) {
      if (failures.length > 0) throw failures[0];
      const next = queue.shift();
      if (next) {
        delivered++;
        yield next;
        continue;
      }
      const arrived = await new Promise<boolean>((resolve) => {
        const timer = options.idleMs ? setTimeout(() => resolve(false), options.idleMs) : undefined;
        const abort = (): void => resolve(false);
        options.signal?.addEventListener('abort', abort, { once: true });
        wake = () => {
          if (timer) clearTimeout(timer);
          options.signal?.removeEventListener('abort', abort);
          resolve(true);
        };
      });
      wake = undefined;
      if (!arrived) break;
    }
  } finally {
    for (const f of feeds) f.stop();
  }
}

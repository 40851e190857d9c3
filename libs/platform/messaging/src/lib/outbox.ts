import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/core';
import { insertRows } from '@ladder/platform-persistence';
import { EVENT_MAP } from '@ladder/contracts';
import type { EventEnvelope, EventPayload, EventSubject } from '@ladder/contracts';

import { OutboxMessage } from './outbox-message.entity';

/**
 * Records an event in the outbox inside the caller's unit of work: it is committed with the state change or
 * not at all. Call from within `TransactionRunner.run()` (or `em.transactional()`); `flush` happens there.
 */
export function recordEvent<S extends EventSubject>(
  em: EntityManager,
  source: string,
  subject: S,
  data: EventPayload<S>,
  occurredAt: Date = new Date(),
): EventEnvelope<EventPayload<S>> {
  const envelope: EventEnvelope<EventPayload<S>> = {
    id: randomUUID(),
    subject,
    version: EVENT_MAP[subject].version,
    occurredAt: occurredAt.toISOString(),
    source,
    data,
  };
  const row = new OutboxMessage();
  row.eventId = envelope.id;
  row.subject = subject;
  row.body = JSON.stringify(envelope);
  row.occurredAt = occurredAt;
  em.persist(row);
  return envelope;
}

/** One event of a bulk write: a subject with its payload. */
export type PendingEvent = { [S in EventSubject]: { readonly subject: S; readonly data: EventPayload<S> } }[EventSubject];

/**
 * Records many events with one INSERT inside the caller's transaction (bulk writers: batch jobs and imports),
 * in the order given (the relay publishes in that order). The rows commit with the transaction or not at all.
 */
export async function recordEvents(
  em: EntityManager,
  source: string,
  events: readonly PendingEvent[],
  occurredAt: Date = new Date(),
): Promise<EventEnvelope<object>[]> {
  if (events.length === 0) return [];
  const envelopes: EventEnvelope<object>[] = events.map((e) => ({
    id: randomUUID(),
    subject: e.subject,
    version: EVENT_MAP[e.subject].version,
    occurredAt: occurredAt.toISOString(),
    source,
    data: e.data,
  }));
  // Bound-parameter multi-row INSERTs (`insertRows`): no SQL text built out of the bodies, statements reused.
  await insertRows(
    em,
    OutboxMessage,
    envelopes.map((envelope) => ({ eventId: envelope.id, subject: envelope.subject, body: JSON.stringify(envelope), occurredAt })),
  );
  return envelopes;
}

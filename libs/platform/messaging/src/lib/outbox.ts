import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/core';
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

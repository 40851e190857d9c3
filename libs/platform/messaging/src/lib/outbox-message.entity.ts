import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event waiting to be (or already) published. Written in the same transaction as the state change it
 * describes; the relay publishes it to JetStream with `Nats-Msg-Id` = `eventId` and stamps `publishedAt`.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_pending_idx', properties: ['publishedAt', 'seq'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  seq!: number;

  @Property({ type: 'string', length: 36, unique: 'outbox_message_event_id_unique' })
  eventId!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  /** The JSON-encoded envelope, exactly as published. */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', length: 3 })
  occurredAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  publishedAt?: Date | null = null;

  @Property({ type: 'integer' })
  attempts = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null = null;
}

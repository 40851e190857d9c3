import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An event a consumer has applied. Inserted in the handler's transaction: a redelivery finds it and skips. */
@Entity({ tableName: 'inbox_message' })
export class InboxMessage {
  @PrimaryKey({ type: 'string', length: 100 })
  consumer!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  eventId!: string;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'datetime', length: 3 })
  processedAt: Date = new Date();
}

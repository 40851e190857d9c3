import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A 公示 list: entitlements shown to the public with an objection window. */
@Entity({ tableName: 'publicity' })
@Index({ name: 'publicity_created_idx', properties: ['createdAt'] })
export class Publicity {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Property({ type: 'string', length: 10 })
  status: 'open' | 'closed' = 'open';

  @Property({ type: 'json' })
  entitlementIds: string[] = [];

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  closedAt?: Date | null = null;

  /** A 公示 that started before the day it was entered: why (补录原因)… */
  @Property({ type: 'text', nullable: true })
  backdateReason?: string | null = null;

  /** …and the second person (with the review permission) who approved it. */
  @Property({ type: 'string', length: 64, nullable: true })
  approvedBy?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  approvedById?: string | null = null;
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** An objection raised during 公示; while open it holds the entitlement. */
@Entity({ tableName: 'objection' })
@Index({ name: 'objection_entitlement_idx', properties: ['entitlementId'] })
export class Objection {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  entitlementId!: string;

  @Property({ type: 'string', length: 36 })
  publicityId!: string;

  @Property({ type: 'string', length: 100 })
  raisedBy!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'string', length: 10 })
  status: 'open' | 'upheld' | 'dismissed' = 'open';

  @Property({ type: 'text', nullable: true })
  note?: string | null = null;

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

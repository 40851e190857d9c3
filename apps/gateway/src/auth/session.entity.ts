import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A signed-in session; the access token names it. Idle sessions expire; logout revokes. */
@Entity({ tableName: 'session' })
@Index({ name: 'session_account_idx', properties: ['accountId'] })
export class Session {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  accountId!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  lastSeenAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  expiresAt!: Date;

  @Property({ type: 'datetime', length: 3, nullable: true })
  revokedAt?: Date | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null = null;
}

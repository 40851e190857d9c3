import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Append-only audit trail of every state-changing call and every denied call (401/403 on any method): who,
 * when, what, from where, before/after, result and why. No API edits or deletes it, and database triggers
 * refuse UPDATE and DELETE (see the gateway's migrations).
 */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_at_idx', properties: ['at'] })
@Index({ name: 'audit_log_actor_idx', properties: ['actor', 'at'] })
export class AuditLog {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', length: 3 })
  at: Date = new Date();

  @Property({ type: 'string', length: 36, nullable: true })
  actorId?: string | null = null;

  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Property({ type: 'json' })
  roles: string[] = [];

  @Property({ type: 'string', length: 6, nullable: true })
  countyCode?: string | null = null;

  /** A stable action name, e.g. `enterprise.create`. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 10 })
  method!: string;

  @Property({ type: 'string', length: 300 })
  path!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  target?: string | null = null;

  @Property({ type: 'string', length: 10 })
  result!: 'success' | 'failure';

  @Property({ type: 'integer' })
  status!: number;

  @Property({ type: 'string', length: 64, nullable: true })
  errorCode?: string | null = null;

  /** Why a call failed: the Chinese message the caller got. */
  @Property({ type: 'string', length: 500, nullable: true })
  errorMessage?: string | null = null;

  @Property({ type: 'json', nullable: true })
  before?: unknown = null;

  @Property({ type: 'json', nullable: true })
  after?: unknown = null;

  /** The request body with secrets removed, truncated. */
  @Property({ type: 'json', nullable: true })
  request?: unknown = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null = null;

  @Property({ type: 'string', length: 300, nullable: true })
  userAgent?: string | null = null;
}

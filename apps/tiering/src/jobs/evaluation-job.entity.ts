import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A whole-pool re-evaluation or a shadow comparison of two rule versions, with progress. */
@Entity({ tableName: 'evaluation_job' })
export class EvaluationJob {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 10 })
  kind!: 'reevaluate' | 'shadow';

  @Property({ type: 'string', length: 10 })
  status: 'queued' | 'running' | 'completed' | 'failed' = 'queued';

  @Property({ type: 'string', length: 10 })
  asOf!: string;

  @Property({ type: 'string', length: 10 })
  type!: 'new' | 'review';

  @Property({ type: 'string', length: 40, nullable: true })
  versionA?: string | null = null;

  @Property({ type: 'string', length: 40, nullable: true })
  versionB?: string | null = null;

  @Property({ type: 'integer' })
  total = 0;

  @Property({ type: 'integer' })
  processed = 0;

  @Property({ type: 'integer' })
  changed = 0;

  /** The last enterprise processed: a restarted job resumes after it. */
  @Property({ type: 'string', length: 18, nullable: true })
  cursor?: string | null = null;

  @Property({ type: 'json' })
  summary: Record<string, number> = {};

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  error?: string | null = null;
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Actor, ImportStatus } from '@ladder/contracts';

/** An Excel import batch. Counters are updated in the same transaction as each row's effect. */
@Entity({ tableName: 'import_job' })
@Index({ name: 'import_job_status_idx', properties: ['status'] })
export class ImportJob {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 64 })
  @Index({ name: 'import_job_file_hash_idx' })
  fileHash!: string;

  @Property({ type: 'string', length: 10 })
  status: ImportStatus = 'receiving';

  @Property({ type: 'integer' })
  totalRows!: number;

  @Property({ type: 'integer' })
  receivedRows = 0;

  @Property({ type: 'integer' })
  processedRows = 0;

  @Property({ type: 'integer' })
  createdRows = 0;

  @Property({ type: 'integer' })
  updatedRows = 0;

  @Property({ type: 'integer' })
  unchangedRows = 0;

  @Property({ type: 'integer' })
  failedRows = 0;

  @Property({ type: 'string', length: 36, nullable: true })
  previousImportId?: string | null = null;

  /** Who imports: rows are applied with this actor's county scope. */
  @Property({ type: 'json' })
  actor!: Actor;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'string', length: 6, nullable: true })
  scopeCounty?: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt?: Date | null = null;
}

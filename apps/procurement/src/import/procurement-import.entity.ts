import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { Actor, ProcurementImportKind, ProcurementImportStatus } from '@ladder/contracts';

/** An Excel import batch of contracts, deliveries or payments. Counters move in the transaction of each row. */
@Entity({ tableName: 'procurement_import' })
@Index({ name: 'procurement_import_status_idx', properties: ['status'] })
@Index({ name: 'procurement_import_hash_idx', properties: ['kind', 'fileHash'] })
export class ProcurementImport {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 12 })
  kind!: ProcurementImportKind;

  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @Property({ type: 'string', length: 64 })
  fileHash!: string;

  @Property({ type: 'string', length: 10 })
  status: ProcurementImportStatus = 'receiving';

  @Property({ type: 'integer' })
  totalRows!: number;

  @Property({ type: 'integer' })
  receivedRows = 0;

  @Property({ type: 'integer' })
  processedRows = 0;

  @Property({ type: 'integer' })
  appliedRows = 0;

  @Property({ type: 'integer' })
  unchangedRows = 0;

  @Property({ type: 'integer' })
  failedRows = 0;

  @Property({ type: 'string', length: 36, nullable: true })
  previousImportId: string | null = null;

  /** Who imports: rows are applied with this actor's county scope. */
  @Property({ type: 'json' })
  actor!: Actor;

  /** The importer's county (a county account sees only its own imports), null for city-wide accounts. */
  @Property({ type: 'string', length: 6, nullable: true })
  scopeCounty: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  finishedAt: Date | null = null;
}

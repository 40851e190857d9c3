import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type ProcurementImportRowStatus = 'pending' | 'applied' | 'unchanged' | 'failed';

/** One spreadsheet row as received; its status changes in the transaction that applies it. */
@Entity({ tableName: 'procurement_import_row' })
@Unique({ name: 'procurement_import_row_unique', properties: ['importId', 'rowNumber'] })
@Index({ name: 'procurement_import_row_status_idx', properties: ['importId', 'status'] })
export class ProcurementImportRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  importId!: string;

  @Property({ type: 'integer' })
  rowNumber!: number;

  @Property({ type: 'json' })
  cells!: Record<string, string | number | boolean | null>;

  @Property({ type: 'string', length: 10 })
  status: ProcurementImportRowStatus = 'pending';

  @Property({ type: 'json', nullable: true })
  messages: string[] | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  contractNumber: string | null = null;
}

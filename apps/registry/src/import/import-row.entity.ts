import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export type ImportRowStatus = 'pending' | 'created' | 'updated' | 'unchanged' | 'failed';

/** One spreadsheet row as received; its status changes in the transaction that applies it. */
@Entity({ tableName: 'import_row' })
@Unique({ name: 'import_row_job_row_unique', properties: ['importId', 'rowNumber'] })
@Index({ name: 'import_row_job_status_idx', properties: ['importId', 'status'] })
export class ImportRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 36 })
  importId!: string;

  @Property({ type: 'integer' })
  rowNumber!: number;

  @Property({ type: 'json' })
  cells!: Record<string, string | number | boolean | null>;

  @Property({ type: 'string', length: 10 })
  status: ImportRowStatus = 'pending';

  @Property({ type: 'json', nullable: true })
  messages?: string[] | null = null;

  @Property({ type: 'string', length: 18, nullable: true })
  uscc?: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  name?: string | null = null;
}

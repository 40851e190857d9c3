import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ChangeLogEntryDto, FieldChange } from '@ladder/contracts';

/** Every change of an enterprise, written in the transaction of the change. Never updated or deleted. */
@Entity({ tableName: 'change_log' })
@Index({ name: 'change_log_uscc_idx', properties: ['uscc', 'id'] })
export class ChangeLog {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'datetime', length: 3 })
  at: Date = new Date();

  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Property({ type: 'string', length: 16 })
  action!: ChangeLogEntryDto['action'];

  @Property({ type: 'json' })
  changes: FieldChange[] = [];

  @Property({ type: 'text', nullable: true })
  reason?: string | null = null;

  @Property({ type: 'integer', nullable: true })
  year?: number | null = null;
}

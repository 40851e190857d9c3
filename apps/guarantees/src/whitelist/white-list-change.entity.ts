import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { GuaranteeTierValue } from '@ladder/contracts';

/** One change of the white list (history): who, when, from which title or for which reason. Never updated. */
@Entity({ tableName: 'white_list_change' })
@Index({ name: 'white_list_change_uscc_idx', properties: ['uscc', 'id'] })
export class WhiteListChange {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 8 })
  action!: 'added' | 'removed';

  @Property({ type: 'string', length: 10 })
  effectiveOn!: string;

  @Property({ type: 'string', length: 10 })
  source!: 'title' | 'manual';

  @Property({ type: 'string', length: 16, nullable: true })
  tier?: GuaranteeTierValue | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  certificationId?: string | null = null;

  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Property({ type: 'string', length: 64 })
  actor!: string;

  @Property({ type: 'datetime', length: 3 })
  at: Date = new Date();
}

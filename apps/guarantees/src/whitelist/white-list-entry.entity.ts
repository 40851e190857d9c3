import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { GuaranteeTierValue } from '@ladder/contracts';

/**
 * An enterprise's place on the city's financing-guarantee white list (S-48): on it while a valid 专精特新 or 小巨人
 * title counts (source `title`), or by a manual addition of 市金融监管局 (source `manual`). Kept after removal
 * (member = false) so the list shows who left; every change is also a `WhiteListChange` row.
 */
@Entity({ tableName: 'white_list_entry' })
@Index({ name: 'white_list_entry_member_idx', properties: ['member', 'countyCode', 'uscc'] })
export class WhiteListEntry {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'boolean' })
  member = false;

  @Property({ type: 'string', length: 10 })
  source: 'title' | 'manual' = 'title';

  @Property({ type: 'string', length: 16, nullable: true })
  tier?: GuaranteeTierValue | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  certificationId?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  since?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  until?: string | null = null;

  @Property({ type: 'string', length: 500 })
  reason = '';

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

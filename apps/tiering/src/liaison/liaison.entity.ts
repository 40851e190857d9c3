import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The liaison cadre (挂包干部, S-57) currently assigned to an enterprise. */
@Entity({ tableName: 'liaison' })
export class Liaison {
  @PrimaryKey({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 50 })
  cadreName!: string;

  @Property({ type: 'string', length: 4 })
  cadreRank!: '厅级' | '处级' | '科级';

  @Property({ type: 'string', length: 100 })
  cadreUnit!: string;

  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null = null;

  @Property({ type: 'string', length: 64 })
  assignedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  assignedAt: Date = new Date();
}

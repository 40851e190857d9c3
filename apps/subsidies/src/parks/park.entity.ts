import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An industrial park (产业园区) and the enterprises in it (S-22, S-23). */
@Entity({ tableName: 'park' })
export class Park {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 100 })
  operator!: string;

  @Property({ type: 'json' })
  enterprises: string[] = [];

  @Property({ type: 'string', length: 64 })
  updatedBy!: string;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

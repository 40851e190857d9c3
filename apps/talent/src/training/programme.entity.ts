import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A training programme (S-54): organiser, topic, dates, capacity; `management` programmes count for coverage. */
@Entity({ tableName: 'programme' })
@Index({ name: 'programme_starts_idx', properties: ['startsOn'] })
export class Programme {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 200 })
  topic!: string;

  @Property({ type: 'string', length: 100 })
  organiser!: string;

  @Property({ type: 'boolean' })
  management!: boolean;

  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

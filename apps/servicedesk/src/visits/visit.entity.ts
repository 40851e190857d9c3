import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A liaison cadre's visit to an enterprise (实地走访, S-58); the issues raised became appeals. */
@Entity({ tableName: 'visit' })
@Index({ name: 'visit_enterprise_idx', properties: ['uscc', 'visitedOn'] })
@Index({ name: 'visit_county_idx', properties: ['countyCode', 'visitedOn'] })
export class Visit {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 100 })
  enterpriseName!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 10 })
  visitedOn!: string;

  @Property({ type: 'string', length: 100 })
  cadreName!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  cadreUnit: string | null = null;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'json' })
  appealIds: string[] = [];

  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AnnualFacts, SizeClassSummary } from '@ladder/contracts';
import type { SizeClass } from '@ladder/shared-domain';

/** The facts of one enterprise for one year; a correction replaces the facts and bumps the revision. */
@Entity({ tableName: 'annual_data' })
@Unique({ name: 'annual_data_uscc_year_unique', properties: ['uscc', 'year'] })
export class AnnualData {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'json' })
  facts!: AnnualFacts;

  @Property({ type: 'string', length: 10, nullable: true })
  sizeClass?: SizeClass | null = null;

  @Property({ type: 'json' })
  sizeClassDetail!: SizeClassSummary;

  @Property({ type: 'string', length: 10 })
  source: 'manual' | 'import' | 'bureau' = 'manual';

  @Property({ type: 'string', length: 64 })
  submittedBy!: string;

  @Property({ type: 'datetime', length: 3 })
  submittedAt: Date = new Date();

  @Property({ type: 'integer' })
  revision = 1;
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A successor version of an award (amounts, dates, source document), proposed by one official and approved by
 * another. Base versions live in libs/policy; only approved successors take effect.
 */
@Entity({ tableName: 'award_version' })
@Index({ name: 'award_version_award_idx', properties: ['awardId', 'status'] })
export class AwardVersion {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 20 })
  awardId!: string;

  @Property({ type: 'string', length: 10 })
  status: 'proposed' | 'approved' | 'rejected' = 'proposed';

  @Property({ type: 'string', length: 10 })
  effectiveFrom!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  effectiveTo?: string | null = null;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'string', length: 100 })
  docNo!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  article?: string | null = null;

  /** The terms of the version (same kind as the award, see libs/policy AwardTerms). */
  @Property({ type: 'json' })
  terms: Record<string, unknown> = {};

  @Property({ type: 'text', nullable: true })
  note?: string | null = null;

  @Property({ type: 'string', length: 36 })
  proposedById!: string;

  @Property({ type: 'string', length: 64 })
  proposedBy!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy?: string | null = null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null = null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt?: Date | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { TalentCaseKind, TalentCaseStatus, TalentMeasureCode } from '@ladder/contracts';

/** A 职称 green-channel application, a housing request or a nomination, routed to the department that decides. */
@Entity({ tableName: 'talent_case' })
@Index({ name: 'talent_case_queue_idx', properties: ['kind', 'status', 'appliedOn'] })
@Index({ name: 'talent_case_round_idx', properties: ['roundId'] })
export class TalentCase {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  kind!: TalentCaseKind;

  @Property({ type: 'string', length: 8 })
  measure!: TalentMeasureCode;

  @Property({ type: 'string', length: 36 })
  personId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 10 })
  appliedOn!: string;

  @Property({ type: 'text' })
  eligibility!: string;

  @Property({ type: 'string', length: 100 })
  department!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  specialty: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  level: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  roundId: string | null = null;

  @Property({ type: 'string', length: 10 })
  status: TalentCaseStatus = 'routed';

  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();
}

import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ComplaintStatus, ComplaintStepDto } from '@ladder/contracts';

/**
 * A complaint (投诉) of an SME that a 机关 / 事业单位 / 大型企业 paid late or not at all (工信部企业〔2021〕224号):
 * received (the review clock starts), accepted and forwarded or rejected with a reason, concluded with the handling
 * outcome; the complainant is informed of the decision and of the outcome. Every step goes to the timeline.
 */
@Entity({ tableName: 'complaint' })
@Unique({ name: 'complaint_number_unique', properties: ['number'] })
@Index({ name: 'complaint_status_idx', properties: ['status', 'reviewDueOn'] })
export class Complaint {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 20 })
  number!: string;

  @Property({ type: 'string', length: 18 })
  complainantUscc!: string;

  @Property({ type: 'string', length: 100 })
  complainantName!: string;

  @Property({ type: 'string', length: 100 })
  respondentName!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  contractId: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  amountFen: number | null = null;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'string', length: 12 })
  filedVia!: 'enterprise' | 'liaison';

  @Property({ type: 'string', length: 12 })
  status: ComplaintStatus = 'received';

  @Property({ type: 'string', length: 10 })
  receivedOn!: string;

  @Property({ type: 'string', length: 10 })
  reviewDueOn!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  reviewedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  forwardTo: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  informedOn: string | null = null;

  @Property({ type: 'json' })
  timeline: ComplaintStepDto[] = [];

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

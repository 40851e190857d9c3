import { BigIntType, Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ApprovalStepDto, AwardComputationDto, EntitlementStatus, Payer, PayerShareDto } from '@ladder/contracts';

/**
 * One award to one enterprise for one triggering fact. The unique key (enterprise, award, trigger) is the
 * database's guarantee that an award is never made twice, whatever the events or clicks.
 */
@Entity({ tableName: 'entitlement' })
@Unique({ name: 'entitlement_once', properties: ['uscc', 'awardId', 'triggerKey'] })
@Index({ name: 'entitlement_created_idx', properties: ['createdAt', 'id'] })
@Index({ name: 'entitlement_status_idx', properties: ['status', 'createdAt', 'id'] })
@Index({ name: 'entitlement_county_idx', properties: ['countyCode', 'createdAt', 'id'] })
@Index({ name: 'entitlement_county_status_idx', properties: ['countyCode', 'status', 'createdAt', 'id'] })
@Index({ name: 'entitlement_award_idx', properties: ['awardId', 'createdAt', 'id'] })
@Check({ name: 'entitlement_amount', expression: 'amount_fen >= 0' })
export class Entitlement {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 20 })
  awardId!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 16 })
  origin!: 'certification' | 'application';

  @Property({ type: 'string', length: 64 })
  triggerKey!: string;

  @Property({ type: 'string', length: 10 })
  triggerDate!: string;

  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ type: 'boolean' })
  capApplied = false;

  @Property({ type: 'string', length: 4 })
  payer!: Payer;

  @Property({ type: 'json' })
  split: PayerShareDto[] = [];

  @Property({ type: 'json' })
  computation!: AwardComputationDto;

  @Property({ type: 'string', length: 64 })
  versionId!: string;

  @Property({ type: 'string', length: 20 })
  status!: EntitlementStatus;

  @Property({ type: 'string', length: 36, nullable: true })
  publicityId?: string | null = null;

  @Property({ type: 'integer', nullable: true })
  budgetYear?: number | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  voucherNo?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  paidOn?: string | null = null;

  @Property({ type: 'json' })
  steps: (ApprovalStepDto & { actorId: string })[] = [];

  @Property({ type: 'string', length: 36 })
  createdById!: string;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { GuaranteeComputationDto, GuaranteeStatus, GuaranteeTierValue } from '@ladder/contracts';

/** A guarantee application and, once approved and issued, the guarantee itself. */
@Entity({ tableName: 'guarantee_application' })
@Index({ name: 'guarantee_application_uscc_idx', properties: ['uscc', 'status'] })
@Index({ name: 'guarantee_application_guarantor_idx', properties: ['guarantorId', 'status'] })
@Index({ name: 'guarantee_application_bank_idx', properties: ['bankId', 'status'] })
@Index({ name: 'guarantee_application_created_idx', properties: ['createdAt', 'id'] })
export class GuaranteeApplication {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 18 })
  uscc!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 36 })
  guarantorId!: string;

  @Property({ type: 'string', length: 36 })
  bankId!: string;

  @Property({ type: new BigIntType('number') })
  principalFen!: number;

  @Property({ type: 'integer' })
  termMonths!: number;

  @Property({ type: 'string', length: 200 })
  purpose!: string;

  @Property({ type: 'string', length: 10 })
  applicationDate!: string;

  @Property({ type: 'string', length: 12 })
  status: GuaranteeStatus = 'submitted';

  @Property({ type: 'string', length: 16, nullable: true })
  tier?: GuaranteeTierValue | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  ceilingFen?: number | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  feeTreatment?: 'waived' | 'reduced' | 'standard' | null = null;

  @Property({ type: new BigIntType('number') })
  standardFeeFen = 0;

  @Property({ type: new BigIntType('number') })
  chargedFeeFen = 0;

  @Property({ type: new BigIntType('number') })
  policyCostFen = 0;

  @Property({ type: 'json' })
  computation!: GuaranteeComputationDto;

  @Property({ type: 'string', length: 64 })
  submittedBy!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  reviewedBy?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy?: string | null = null;

  /** Year of the approval: policy cost totals count by it. */
  @Property({ type: 'integer', nullable: true })
  approvedYear?: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  loanNo?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  issuedOn?: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  closedOn?: string | null = null;

  @Property({ type: new BigIntType('number') })
  compensatedFen = 0;

  @Property({ type: new BigIntType('number') })
  recoveredFen = 0;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}

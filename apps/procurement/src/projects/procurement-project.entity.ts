import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { BuyerKindValue, EvaluationValue, ProjectCategoryValue, ReservedFormValue } from '@ladder/contracts';

/**
 * A procurement project (采购项目) with its reserved-share plan. The check of the plan against 财库〔2020〕46号 /
 * 〔2022〕19号 is computed on read by the policy library (computeReserve), never stored.
 */
@Entity({ tableName: 'procurement_project' })
@Unique({ name: 'procurement_project_number_unique', properties: ['projectNumber'] })
@Index({ name: 'procurement_project_date_idx', properties: ['procurementDate'] })
export class ProcurementProject {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64 })
  projectNumber!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  buyerName!: string;

  @Property({ type: 'string', length: 20 })
  buyerKind!: BuyerKindValue;

  @Property({ type: 'string', length: 100 })
  department!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Property({ type: 'string', length: 10 })
  category!: ProjectCategoryValue;

  @Property({ type: new BigIntType('number') })
  budgetFen!: number;

  @Property({ type: 'string', length: 10 })
  procurementDate!: string;

  @Property({ type: 'boolean' })
  suitableForSme = true;

  @Property({ type: 'string', length: 20 })
  reservedForm!: ReservedFormValue;

  @Property({ type: new BigIntType('number') })
  reservedFen!: number;

  @Property({ type: new BigIntType('number'), nullable: true })
  reservedForSmallMicroFen: number | null = null;

  @Property({ type: 'integer', nullable: true })
  smallMicroRateBp: number | null = null;

  @Property({ type: 'integer', nullable: true })
  jointRateBp: number | null = null;

  @Property({ type: 'string', length: 20 })
  evaluation: EvaluationValue = 'price-deduction';

  @Property({ type: 'string', length: 36, nullable: true })
  awardedBidId: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  contractId: string | null = null;

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

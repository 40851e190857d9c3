import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { BidFormValue, SupplierSizeValue } from '@ladder/contracts';

/**
 * A bid on a project: the supplier's SME declaration, the registry's size class when the supplier is in the pool
 * (a disagreement flagged and kept), and the price deduction decision of the policy library as it was when the bid
 * was evaluated (the explained result stored whole). At the award the registry's class is read again for signing.
 */
@Entity({ tableName: 'procurement_bid' })
@Index({ name: 'procurement_bid_project_idx', properties: ['projectId'] })
export class ProcurementBid {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 36 })
  projectId!: string;

  @Property({ type: 'string', length: 18 })
  supplierUscc!: string;

  @Property({ type: 'string', length: 100 })
  supplierName!: string;

  @Property({ type: 'string', length: 10 })
  declaredSize!: SupplierSizeValue;

  @Property({ type: 'string', length: 12 })
  form!: BidFormValue;

  @Property({ type: new BigIntType('number') })
  bidFen!: number;

  @Property({ type: 'integer', nullable: true })
  smallMicroShareBp: number | null = null;

  @Property({ type: 'boolean', nullable: true })
  controlledRelationship: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  goodsMadeBySmallMicro: boolean | null = null;

  @Property({ type: 'boolean', nullable: true })
  inReservedPackage: boolean | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  registrySize: SupplierSizeValue | null = null;

  @Property({ type: 'string', length: 10 })
  sizeUsed!: SupplierSizeValue;

  @Property({ type: 'boolean' })
  sizeMismatch = false;

  @Property({ type: 'string', length: 12 })
  bidderKind!: string;

  @Property({ type: 'string', length: 16 })
  deductionDecision!: string;

  @Property({ type: new BigIntType('number'), nullable: true })
  evaluationPriceFen: number | null = null;

  @Property({ type: 'json' })
  deduction: Record<string, unknown> = {};

  @Property({ type: 'boolean' })
  awarded = false;

  @Property({ type: 'string', length: 10, nullable: true })
  registrySizeAtSigning: SupplierSizeValue | null = null;

  @Property({ type: 'boolean', nullable: true })
  sizeMismatchAtSigning: boolean | null = null;

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

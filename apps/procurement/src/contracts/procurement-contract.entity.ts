import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { BuyerKindValue, ContractPaymentDto, SupplierSizeValue } from '@ladder/contracts';

/**
 * A contract between a 机关 / 事业单位 / 大型企业 buyer and a supplier, with its delivery, acceptance and payments.
 * The supplier's size is fixed at signing (the registry's size class when the supplier is in the pool, else its
 * declaration; a disagreement is kept as a flag). Due date, overdue days and interest are never stored: the policy
 * payment rules compute them on read.
 */
@Entity({ tableName: 'procurement_contract' })
@Unique({ name: 'procurement_contract_number_unique', properties: ['contractNumber'] })
@Index({ name: 'procurement_contract_buyer_idx', properties: ['buyerName', 'signedOn'] })
@Index({ name: 'procurement_contract_signed_idx', properties: ['signedOn'] })
export class ProcurementContract {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 64 })
  contractNumber!: string;

  @Property({ type: 'string', length: 100 })
  buyerName!: string;

  @Property({ type: 'string', length: 20 })
  buyerKind!: BuyerKindValue;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  /** 主管预算单位 (SME share by department), when known. */
  @Property({ type: 'string', length: 100, nullable: true })
  department: string | null = null;

  /** The project the contract was awarded in (procurement.project.award), when any. */
  @Property({ type: 'string', length: 36, nullable: true })
  projectId: string | null = null;

  @Property({ type: 'string', length: 18 })
  supplierUscc!: string;

  @Property({ type: 'string', length: 100 })
  supplierName!: string;

  @Property({ type: 'string', length: 10 })
  declaredSize!: SupplierSizeValue;

  @Property({ type: 'string', length: 10, nullable: true })
  registrySize: SupplierSizeValue | null = null;

  @Property({ type: 'string', length: 10 })
  sizeAtSigning!: SupplierSizeValue;

  @Property({ type: 'string', length: 10 })
  sizeSource!: 'registry' | 'declared';

  @Property({ type: 'string', length: 10 })
  signedOn!: string;

  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Property({ type: 'boolean' })
  acceptanceCondition = false;

  @Property({ type: 'string', length: 10, nullable: true })
  acceptanceDeadline: string | null = null;

  @Property({ type: 'integer', nullable: true })
  agreedTermDays: number | null = null;

  @Property({ type: 'boolean' })
  backToBack = false;

  @Property({ type: 'integer', nullable: true })
  agreedAnnualRateBp: number | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  deliveredOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  acceptedOn: string | null = null;

  @Property({ type: 'json' })
  payments: ContractPaymentDto[] = [];

  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Property({ type: 'integer', version: true })
  version = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/knex';
import type { RecordContractBody, SupplierSizeValue } from '@ladder/contracts';
import { DomainException } from '@ladder/platform-messaging';
import type { SizeClass } from '@ladder/shared-domain';

import { SupplierCard } from '../projection/supplier-card.entity';
import { ProcurementContract } from './procurement-contract.entity';

/** The registry's size class in the payment regulation's terms (a non-SME is a large enterprise here). */
export const SIZE_OF: Readonly<Record<SizeClass, SupplierSizeValue>> = { medium: 'medium', small: 'small', micro: 'micro', 'not-sme': 'large' };

/** The registry's size class of a supplier in the pool now (from the registry events' projection), else null. */
export async function registrySizeOf(em: EntityManager, uscc: string): Promise<SupplierSizeValue | null> {
  const card = await em.findOne(SupplierCard, { uscc });
  return card && card.status === 'active' && card.sizeClass ? SIZE_OF[card.sizeClass] : null;
}

/**
 * A new contract (persisted, not flushed) with the supplier's size fixed at signing: the registry's class when the
 * supplier is in the pool, else its declaration (a disagreement stays visible as `sizeMismatch`). Used by the API,
 * the award of a bid and the Excel import, so the three record contracts alike.
 */
export async function newContract(em: EntityManager, body: RecordContractBody, createdBy: string, projectId: string | null = null): Promise<ProcurementContract> {
  if (await em.findOne(ProcurementContract, { contractNumber: body.contractNumber })) throw new DomainException('PROCUREMENT_CONTRACT_EXISTS', `合同编号${body.contractNumber}已登记`);
  if (body.acceptanceCondition !== true && body.acceptanceDeadline !== undefined) {
    throw new DomainException('VALIDATION_FAILED', '约定验收期限时须以检验或验收合格为付款条件（acceptanceCondition 为 true）');
  }
  const registrySize = await registrySizeOf(em, body.supplierUscc);
  const c = new ProcurementContract();
  c.id = randomUUID();
  c.contractNumber = body.contractNumber;
  c.buyerName = body.buyerName;
  c.buyerKind = body.buyerKind;
  c.countyCode = body.countyCode;
  c.department = body.department ?? null;
  c.projectId = projectId;
  c.supplierUscc = body.supplierUscc;
  c.supplierName = body.supplierName;
  c.declaredSize = body.declaredSize;
  c.registrySize = registrySize;
  c.sizeAtSigning = registrySize ?? body.declaredSize;
  c.sizeSource = registrySize ? 'registry' : 'declared';
  c.signedOn = body.signedOn;
  c.amountFen = body.amountFen;
  c.acceptanceCondition = body.acceptanceCondition ?? false;
  c.acceptanceDeadline = body.acceptanceDeadline ?? null;
  c.agreedTermDays = body.agreedTermDays ?? null;
  c.backToBack = body.backToBack ?? false;
  c.agreedAnnualRateBp = body.agreedAnnualRateBp ?? null;
  c.createdBy = createdBy;
  em.persist(c);
  return c;
}

/** The delivery day: not before signing, not after a recorded acceptance. */
export function applyDelivery(c: ProcurementContract, date: string): void {
  if (date < c.signedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `交付日期${date}早于合同订立日期${c.signedOn}`);
  if (c.acceptedOn !== null && date > c.acceptedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `交付日期${date}晚于验收合格日期${c.acceptedOn}`);
  c.deliveredOn = date;
}

/** The day of passing acceptance: only when payment depends on it, and not before the delivery. */
export function applyAcceptance(c: ProcurementContract, date: string): void {
  if (!c.acceptanceCondition) throw new DomainException('PROCUREMENT_CONTRACT_STATE', '该合同未约定以检验或验收合格为付款条件');
  if (c.deliveredOn === null || date < c.deliveredOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', '验收合格日期须在登记交付之后');
  c.acceptedOn = date;
}

/** A payment: not before signing, never beyond the amount due. */
export function applyPayment(c: ProcurementContract, paidOn: string, amountFen: number): void {
  if (paidOn < c.signedOn) throw new DomainException('PROCUREMENT_CONTRACT_STATE', `付款日期${paidOn}早于合同订立日期${c.signedOn}`);
  const paid = c.payments.reduce((s, p) => s + p.amountFen, 0);
  if (paid + amountFen > c.amountFen) throw new DomainException('PROCUREMENT_PAYMENT_EXCEEDS', `已付${paid}分，本次${amountFen}分，合计超过应付金额${c.amountFen}分`);
  c.payments = [...c.payments, { paidOn, amountFen }].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
}

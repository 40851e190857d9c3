import type { ContractDto } from '@ladder/contracts';
import { CalendarNotLoadedError, PROVISIONAL_WORKING_CALENDAR, computePayment } from '@ladder/policy';
import type { PaymentComputation, PaymentRequest } from '@ladder/policy';

import type { ProcurementContract } from './procurement-contract.entity';

/** The payment-rule request of a contract judged on `asOf` (payments after that day not yet made). */
export function paymentRequestOf(c: ProcurementContract, deliveredOn: string, asOf: string): PaymentRequest {
  return {
    contractSignedOn: c.signedOn,
    buyerKind: c.buyerKind,
    supplierSizeAtSigning: c.sizeAtSigning,
    deliveredOn,
    amountFen: c.amountFen,
    asOf,
    acceptanceCondition: c.acceptanceCondition,
    acceptedOn: c.acceptedOn !== null && c.acceptedOn <= asOf ? c.acceptedOn : null,
    acceptanceDeadline: c.acceptanceCondition ? c.acceptanceDeadline : null,
    agreedTermDays: c.agreedTermDays,
    backToBack: c.backToBack,
    agreedAnnualRate: c.agreedAnnualRateBp === null ? null : { num: c.agreedAnnualRateBp, den: 10_000 },
    payments: c.payments.filter((p) => p.paidOn <= asOf),
  };
}

/**
 * What the payment regulation says of a contract on `asOf`: the policy library's computePayment, on the loaded
 * calendar — or, for a year whose holiday notice is not out yet, Monday–Friday, marked provisional.
 */
export function judgeContract(c: ProcurementContract, asOf: string): ContractDto {
  const base: ContractDto = {
    id: c.id,
    contractNumber: c.contractNumber,
    buyerName: c.buyerName,
    buyerKind: c.buyerKind,
    countyCode: c.countyCode,
    department: c.department,
    projectId: c.projectId,
    supplierUscc: c.supplierUscc,
    supplierName: c.supplierName,
    declaredSize: c.declaredSize,
    registrySize: c.registrySize,
    sizeAtSigning: c.sizeAtSigning,
    sizeSource: c.sizeSource,
    sizeMismatch: c.registrySize !== null && c.registrySize !== c.declaredSize,
    signedOn: c.signedOn,
    amountFen: c.amountFen,
    acceptanceCondition: c.acceptanceCondition,
    acceptanceDeadline: c.acceptanceDeadline,
    agreedTermDays: c.agreedTermDays,
    backToBack: c.backToBack,
    agreedAnnualRateBp: c.agreedAnnualRateBp,
    deliveredOn: c.deliveredOn,
    acceptedOn: c.acceptedOn,
    payments: [...c.payments],
    asOf,
    paymentStatus: 'awaiting-delivery',
    paymentReason: '尚未登记交付，付款期限未起算',
    dueDate: null,
    paidFen: c.payments.filter((p) => p.paidOn <= asOf).reduce((s, p) => s + p.amountFen, 0),
    outstandingFen: 0,
    daysOverdue: 0,
    interestFen: 0,
    textDocNo: null,
    flags: [],
    calendarProvisional: false,
  };
  base.outstandingFen = c.amountFen - base.paidFen;
  if (c.deliveredOn === null || c.deliveredOn > asOf) return base;
  const request = paymentRequestOf(c, c.deliveredOn, asOf);
  let r: PaymentComputation;
  let provisional = false;
  try {
    r = computePayment(request);
  } catch (error) {
    if (!(error instanceof CalendarNotLoadedError)) throw error;
    r = computePayment(request, { calendar: PROVISIONAL_WORKING_CALENDAR });
    provisional = true;
  }
  return {
    ...base,
    paymentStatus: r.status,
    paymentReason: r.reason,
    dueDate: r.dueDate,
    paidFen: r.paidFen,
    outstandingFen: r.outstandingFen,
    daysOverdue: r.daysOverdue,
    interestFen: r.interest?.totalFen ?? 0,
    textDocNo: r.text?.docNo ?? null,
    flags: r.flags.map((f) => ({ code: f.code, severity: f.severity, zh: f.zh, clause: f.clause })),
    calendarProvisional: provisional,
  };
}

import type { BidDto, ProjectDto, RecordBidBody, SupplierSizeValue } from '@ladder/contracts';
import { ProcurementRequestError, computeProcurement } from '@ladder/policy';
import type { BidderKind, DeductionResult, ReserveResult } from '@ladder/policy';
import { DomainException } from '@ladder/platform-messaging';

import type { ProcurementBid } from './procurement-bid.entity';
import type { ProcurementProject } from './procurement-project.entity';

const invalid = (problems: readonly string[]): DomainException =>
  new DomainException('PROCUREMENT_PROJECT_INVALID', problems.join('；'), problems.map((message) => ({ message })));

/** The result as the command prints it: plain JSON. */
const asJson = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

/** The reserved-share check of a project's plan: policy computeReserve on its procurement date (never a local threshold). */
export function reserveOf(p: Pick<ProcurementProject, 'procurementDate' | 'category' | 'budgetFen' | 'suitableForSme' | 'reservedFen' | 'reservedForSmallMicroFen'>): ReserveResult {
  try {
    return computeProcurement({
      kind: 'reserve',
      date: p.procurementDate,
      category: p.category,
      budgetFen: p.budgetFen,
      suitableForSme: p.suitableForSme,
      reservedFen: p.reservedFen,
      reservedForSmallMicroFen: p.reservedForSmallMicroFen,
    }) as ReserveResult;
  } catch (error) {
    if (error instanceof ProcurementRequestError) throw invalid(error.problems);
    throw error;
  }
}

/** The policy bidder kind of a bid: a 小微 alone is `small-micro`; a 大中型 with 小微 partners is its form. */
export function bidderKindOf(form: RecordBidBody['form'], size: SupplierSizeValue): BidderKind {
  if (form !== 'alone') return form;
  return size === 'small' || size === 'micro' ? 'small-micro' : size;
}

/** A bid on a project is on reserved ground when the project is reserved whole, or the bid is on a reserved 采购包. */
export function bidOnReserved(p: ProcurementProject, inReservedPackage: boolean | null | undefined): boolean {
  return p.reservedForm === 'whole' || (p.reservedForm === 'package' && inReservedPackage === true);
}

/**
 * The price deduction of a bid: policy computeDeduction with the rate the tender documents fix for its case. A
 * deduction that may apply but has no rate in the project is refused (the decision would be meaningless).
 */
export function deductionOf(p: ProcurementProject, bid: RecordBidBody, bidder: BidderKind): DeductionResult {
  const reserved = bidOnReserved(p, bid.inReservedPackage);
  const rateBp = bidder === 'consortium' || bidder === 'subcontract' ? p.jointRateBp : p.smallMicroRateBp;
  const needsRate = !reserved && (bidder === 'small-micro' || bidder === 'consortium' || bidder === 'subcontract');
  if (needsRate && rateBp === null) {
    throw invalid([`采购项目${p.projectNumber}未规定${bidder === 'small-micro' ? '小微企业' : '联合体/分包'}价格扣除比例，无法评审该投标`]);
  }
  try {
    return computeProcurement({
      kind: 'deduction',
      date: p.procurementDate,
      category: p.category,
      projectReserved: reserved,
      bidder,
      bidFen: bid.bidFen,
      rate: { num: rateBp ?? 0, den: 10_000 },
      evaluation: p.evaluation,
      smallMicroShare: bid.smallMicroShareBp === undefined ? null : { num: bid.smallMicroShareBp, den: 10_000 },
      controlledRelationship: bid.controlledRelationship ?? null,
      goodsMadeBySmallMicro: bid.goodsMadeBySmallMicro ?? null,
    }) as DeductionResult;
  } catch (error) {
    if (error instanceof ProcurementRequestError) throw invalid(error.problems);
    throw error;
  }
}

export function bidDto(b: ProcurementBid): BidDto {
  return {
    id: b.id,
    projectId: b.projectId,
    supplierUscc: b.supplierUscc,
    supplierName: b.supplierName,
    declaredSize: b.declaredSize,
    form: b.form,
    bidFen: b.bidFen,
    smallMicroShareBp: b.smallMicroShareBp,
    controlledRelationship: b.controlledRelationship,
    goodsMadeBySmallMicro: b.goodsMadeBySmallMicro,
    inReservedPackage: b.inReservedPackage,
    registrySize: b.registrySize,
    sizeUsed: b.sizeUsed,
    sizeMismatch: b.sizeMismatch,
    bidderKind: b.bidderKind,
    deductionDecision: b.deductionDecision,
    evaluationPriceFen: b.evaluationPriceFen,
    deduction: b.deduction,
    awarded: b.awarded,
    registrySizeAtSigning: b.registrySizeAtSigning,
    sizeMismatchAtSigning: b.sizeMismatchAtSigning,
    contractId: b.contractId,
    recordedAt: b.createdAt.toISOString(),
  };
}

/** A project with its reserved-share check computed now (the rules of its procurement date) and its bids. */
export function projectDto(p: ProcurementProject, bids: readonly ProcurementBid[]): ProjectDto {
  const reserve = reserveOf(p);
  return {
    id: p.id,
    projectNumber: p.projectNumber,
    name: p.name,
    buyerName: p.buyerName,
    buyerKind: p.buyerKind,
    department: p.department,
    countyCode: p.countyCode,
    category: p.category,
    budgetFen: p.budgetFen,
    procurementDate: p.procurementDate,
    suitableForSme: p.suitableForSme,
    reservedForm: p.reservedForm,
    reservedFen: p.reservedFen,
    reservedForSmallMicroFen: p.reservedForSmallMicroFen,
    smallMicroRateBp: p.smallMicroRateBp,
    jointRateBp: p.jointRateBp,
    evaluation: p.evaluation,
    reserveDecision: reserve.decision,
    reserveCompliant: reserve.check?.compliant ?? null,
    reserveGaps: [...(reserve.check?.gaps ?? [])],
    reserve: asJson(reserve),
    bids: bids.map(bidDto),
    awardedBidId: p.awardedBidId,
    contractId: p.contractId,
    createdBy: p.createdBy,
  };
}

export { asJson };

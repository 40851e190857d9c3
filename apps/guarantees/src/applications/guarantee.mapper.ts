import type { GuaranteeApplicationDto } from '@ladder/contracts';

import type { GuaranteeApplication } from './guarantee-application.entity';

export function toApplicationDto(a: GuaranteeApplication, name = ''): GuaranteeApplicationDto {
  return {
    id: a.id,
    uscc: a.uscc,
    name,
    countyCode: a.countyCode,
    guarantorId: a.guarantorId,
    bankId: a.bankId,
    principalFen: a.principalFen,
    termMonths: a.termMonths,
    purpose: a.purpose,
    applicationDate: a.applicationDate,
    status: a.status,
    tier: a.tier ?? null,
    ceilingFen: a.ceilingFen ?? null,
    feeTreatment: a.feeTreatment ?? null,
    standardFeeFen: a.standardFeeFen,
    chargedFeeFen: a.chargedFeeFen,
    policyCostFen: a.policyCostFen,
    submittedBy: a.submittedBy,
    reviewedBy: a.reviewedBy ?? null,
    decidedBy: a.decidedBy ?? null,
    note: a.note ?? null,
    loanNo: a.loanNo ?? null,
    issuedOn: a.issuedOn ?? null,
    closedOn: a.closedOn ?? null,
    compensatedFen: a.compensatedFen,
    recoveredFen: a.recoveredFen,
    computation: a.computation,
    version: a.version,
  };
}

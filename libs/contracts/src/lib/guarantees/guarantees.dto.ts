import type { GuaranteeComputationDto, GuaranteeTierValue } from './guarantee-computation.dto';

// Read models of the guarantees service (融资担保): white list, organisations, guarantee applications, exposure.
// Money is integer 分 (fen).

export const ORGANISATION_KINDS = ['guarantor', 'bank'] as const;
/** 政府性融资担保机构 or 合作银行. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const GUARANTEE_STATUSES = ['submitted', 'reviewed', 'approved', 'issued', 'repaid', 'compensated', 'recovered', 'rejected'] as const;
/**
 * submitted (受理, exposure reserved) → reviewed (担保机构初审) → approved (审批, another person) → issued (银行放款确认)
 * → repaid (结清) | compensated (代偿) → recovered (追偿完毕); rejected releases the exposure.
 */
export type GuaranteeStatus = (typeof GUARANTEE_STATUSES)[number];

export const GUARANTEE_STATUS_LABELS: Readonly<Record<GuaranteeStatus, string>> = {
  submitted: '已受理',
  reviewed: '已初审',
  approved: '已批准',
  issued: '已放款',
  repaid: '已结清',
  compensated: '已代偿',
  recovered: '已追偿',
  rejected: '未通过',
};

/** The statuses whose principal counts toward the enterprise's ceiling (在审 + 在保). */
export const EXPOSED_STATUSES: readonly GuaranteeStatus[] = ['submitted', 'reviewed', 'approved', 'issued'];

export interface WhiteListEntryDto {
  readonly uscc: string;
  /** From the registry's events ('' until they arrive). */
  readonly name: string;
  readonly countyCode: string;
  readonly member: boolean;
  /** `title`: a valid 专精特新/小巨人 title (tiering events); `manual`: added by 市金融监管局 with a reason. */
  readonly source: 'title' | 'manual';
  readonly tier: GuaranteeTierValue | null;
  readonly certificationId: string | null;
  /** Effective since (the title's recognition date, or the manual addition's date). */
  readonly since: string | null;
  /** Last day the title counts (validity or revocation day); null for manual entries and removed ones. */
  readonly until: string | null;
  readonly reason: string;
  readonly updatedAt: string;
}

export interface WhiteListChangeDto {
  readonly id: number;
  readonly uscc: string;
  readonly countyCode: string;
  readonly action: 'added' | 'removed';
  readonly effectiveOn: string;
  readonly source: 'title' | 'manual';
  readonly tier: GuaranteeTierValue | null;
  readonly certificationId: string | null;
  readonly reason: string;
  readonly actor: string;
  readonly at: string;
}

export interface OrganisationDto {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  /** Usernames of the gateway accounts acting for the organisation. */
  readonly members: readonly string[];
}

export interface GuaranteeApplicationDto {
  readonly id: string;
  readonly uscc: string;
  readonly name: string;
  readonly countyCode: string;
  readonly guarantorId: string;
  readonly bankId: string;
  readonly principalFen: number;
  readonly termMonths: number;
  readonly purpose: string;
  readonly applicationDate: string;
  readonly status: GuaranteeStatus;
  readonly tier: GuaranteeTierValue | null;
  readonly ceilingFen: number | null;
  readonly feeTreatment: 'waived' | 'reduced' | 'standard' | null;
  readonly standardFeeFen: number;
  readonly chargedFeeFen: number;
  /** Fee waived or reduced, borne by the guarantor (政策让利). */
  readonly policyCostFen: number;
  readonly submittedBy: string;
  readonly reviewedBy: string | null;
  readonly decidedBy: string | null;
  readonly note: string | null;
  readonly loanNo: string | null;
  readonly issuedOn: string | null;
  readonly closedOn: string | null;
  readonly compensatedFen: number;
  readonly recoveredFen: number;
  /** The policy computation at submission (same JSON as the command). */
  readonly computation: GuaranteeComputationDto;
  readonly version: number;
}

export interface ExposureRowDto {
  /** USCC, organisation id or county code. */
  readonly key: string;
  readonly name: string;
  /** Principal in review or approved, not yet issued. */
  readonly pendingFen: number;
  /** Principal of issued, not yet closed loans (在保余额). */
  readonly outstandingFen: number;
  readonly compensatedFen: number;
  readonly recoveredFen: number;
  readonly count: number;
}

export interface ExposureDto {
  readonly byEnterprise: ExposureRowDto[];
  readonly byGuarantor: ExposureRowDto[];
  readonly byBank: ExposureRowDto[];
  readonly byCounty: ExposureRowDto[];
}

/** Fee waived or reduced (policy cost borne by guarantors) per year of approval. */
export interface PolicyCostYearDto {
  readonly year: number;
  readonly guarantorId: string | null;
  readonly count: number;
  readonly standardFeeFen: number;
  readonly chargedFeeFen: number;
  readonly policyCostFen: number;
}

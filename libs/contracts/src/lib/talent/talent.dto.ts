import type { Tier } from '@ladder/shared-domain';

// Answers of the talent service. `TalentEntitlementsDto` is the JSON of `npm run -s policy -- talent <request>`
// (libs/policy talentEntitlements), restated here so that callers depend on contracts only.

export type TalentMeasureCode = 'S-53' | 'S-54' | 'S-55a' | 'S-55b' | 'S-55c' | 'S-55d';
export type TalentMeasureStatus = 'applies' | 'does-not-apply' | 'not-covered' | 'unknown';

export interface TalentTitleStatusDto {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  readonly validUntilDefaulted: boolean;
  readonly revokedOn: string | null;
  readonly lastDay: string;
  readonly state: 'valid' | 'not-yet-valid' | 'expired' | 'revoked';
  readonly valid: boolean;
  readonly zh: string;
}

export interface TalentMeasureDto {
  readonly id: TalentMeasureCode;
  readonly catalogueId: 'S-53' | 'S-54' | 'S-55';
  readonly zh: string;
  readonly status: TalentMeasureStatus;
  readonly reason: string;
  readonly basis: 'title' | 'pool' | null;
  readonly title: TalentTitleStatusDto | null;
  readonly from: string | null;
  readonly until: string | null;
  readonly department: string;
  readonly clause: string;
  readonly text: string;
  readonly version: object | null;
  readonly versionApplies: string;
  readonly missing: readonly string[];
}

/** Which talent measures apply on a date, and why (the policy command's JSON, unchanged). */
export interface TalentEntitlementsDto {
  readonly date: string;
  readonly applies: readonly TalentMeasureCode[];
  readonly measures: readonly TalentMeasureDto[];
  readonly titles: readonly TalentTitleStatusDto[];
  readonly missing: readonly string[];
  readonly parameters: { readonly trainingIncludesPool: boolean };
  readonly pendingConfirmations: readonly object[];
}

/** The request the talent service asks the rules (`{ date, titles }`): feed it to the command to check the API. */
export interface TalentScopeRequestDto {
  readonly date: string;
  readonly titles: readonly {
    tier: Tier;
    certifiedOn: string;
    validUntil?: string | null;
    revokedOn?: string | null;
  }[];
}

/** One title as the talent service projected it from tiering, with what happened to it. */
export interface TalentTitleHistoryDto {
  readonly certificationId: string;
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  readonly revokedOn: string | null;
  readonly history: readonly {
    readonly event: 'certified' | 'renewed' | 'revoked' | 'expired';
    readonly on: string;
    readonly validUntil: string;
  }[];
}

/** An enterprise in a measure's scope on a date (the 2+3+N list and the others). */
export interface TalentScopeEntryDto {
  readonly uscc: string;
  readonly name: string;
  readonly countyCode: string;
  readonly measure: TalentMeasureCode;
  readonly from: string | null;
  readonly until: string | null;
  readonly tier: Tier | null;
}

export interface TalentEnterpriseDto {
  readonly uscc: string;
  readonly name: string;
  readonly countyCode: string;
  readonly titles: readonly TalentTitleHistoryDto[];
}

/** A person; `residentId` and `phone` masked unless the full view was asked for (with the right, audited). */
export interface PersonDto {
  readonly id: string;
  readonly name: string;
  readonly uscc: string;
  readonly enterpriseName: string;
  readonly countyCode: string;
  readonly position: string | null;
  readonly residentId: string;
  readonly phone: string | null;
  readonly masked: boolean;
  readonly createdAt: string;
}

export interface ProgrammeDto {
  readonly id: string;
  readonly title: string;
  readonly topic: string;
  readonly organiser: string;
  readonly management: boolean;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly capacity: number;
  readonly enrolled: number;
  readonly sessions: readonly SessionDto[];
}

export interface SessionDto {
  readonly id: string;
  readonly programmeId: string;
  readonly heldOn: string;
  readonly place: string;
  readonly attended: number;
}

export interface EnrolmentDto {
  readonly id: string;
  readonly programmeId: string;
  readonly personId: string;
  readonly personName: string;
  readonly uscc: string;
  readonly enterpriseName: string;
  readonly sessionsAttended: readonly string[];
}

export interface AttendanceImportResultDto {
  readonly imported: number;
  readonly errors: readonly { readonly row: number; readonly message: string }[];
}

export interface CoverageCountyDto {
  readonly countyCode: string;
  readonly countyName: string;
  readonly qualitySmes: number;
  readonly covered: number;
  /** covered ÷ qualitySmes, 4 decimals (null when the county has no quality SME). */
  readonly rate: number | null;
}

export interface CoverageDto {
  readonly year: number;
  /** The day the quality SMEs were counted on: 12-31 of the year, or today in the current year. */
  readonly asOf: string;
  readonly qualitySmes: number;
  readonly covered: number;
  readonly rate: number | null;
  readonly counties: readonly CoverageCountyDto[];
  readonly uncovered: readonly {
    readonly uscc: string;
    readonly name: string;
    readonly countyCode: string;
  }[];
}

export type TalentCaseKind = 'title' | 'housing' | 'model-worker' | 'bamin-talent';
export type TalentCaseStatus = 'routed' | 'approved' | 'rejected';

/** A green-channel 职称 application, a housing request, or a nomination (劳模 / 八闽英才). */
export interface TalentCaseDto {
  readonly id: string;
  readonly kind: TalentCaseKind;
  readonly measure: TalentMeasureCode;
  readonly personId: string;
  readonly personName: string;
  readonly uscc: string;
  readonly enterpriseName: string;
  readonly countyCode: string;
  readonly appliedOn: string;
  /** Why the enterprise was eligible on `appliedOn` (the rule's reason). */
  readonly eligibility: string;
  /** The department reviewing it (人社局, 住建局, 市总工会, 人才办). */
  readonly department: string;
  readonly specialty: string | null;
  readonly level: string | null;
  readonly roundId: string | null;
  readonly status: TalentCaseStatus;
  readonly outcomeNote: string | null;
  readonly decidedBy: string | null;
  readonly decidedOn: string | null;
}

export interface NominationRoundDto {
  readonly id: string;
  readonly kind: 'model-worker' | 'bamin-talent';
  readonly year: number;
  readonly title: string;
  readonly opensOn: string;
  readonly closesOn: string;
}

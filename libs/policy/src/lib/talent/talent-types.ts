import type { Tier } from '@ladder/shared-domain';

import type { HeldTitle, HeldTitleStatus } from '../common/held-titles';
import type { MeasureVersion, MeasureVersionUsed } from '../common/measure-versions';
import type { PendingConfirmation } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// Talent measures of the plan (rules.md §6.4, §8.4 S-53, S-54, S-55; plan 二、（三）4 加强企业人才队伍建设): which
// measures an enterprise's titles entitle it to on a date, as dated data with their clause.
// ---------------------------------------------------------------------------------------------------------------

/**
 * S-53 "2+3+N" key-support scope; S-54 management-talent training coverage; S-55 split into its four measures:
 * a 职称 green channel, affordable housing, 市级劳模 and other honours, "八闽英才" nominations.
 */
export const TALENT_MEASURE_IDS = ['S-53', 'S-54', 'S-55a', 'S-55b', 'S-55c', 'S-55d'] as const;
export type TalentMeasureId = (typeof TALENT_MEASURE_IDS)[number];

/** The titles that confer the measure (a valid title of any listed tier). */
export interface TalentTerms {
  readonly kind: 'title-scope';
  readonly tiers: readonly Tier[];
}

export type TalentVersion = MeasureVersion<TalentMeasureId, TalentTerms>;

/** What each measure is (not dated: its wording and who delivers it). */
export interface TalentMeasureDefinition {
  readonly id: TalentMeasureId;
  /** rules.md catalogue id (S-55a…d are all S-55). */
  readonly catalogueId: 'S-53' | 'S-54' | 'S-55';
  readonly zh: string;
  /** The plan's words for this measure. */
  readonly text: string;
  /** The department that delivers it (a reading of the task's 责任单位 list). */
  readonly department: string;
}

/** A request (`npm run -s policy -- talent <request.json>`; schema docs/examples/talent/talent-request.schema.json). */
export interface TalentRequest {
  /** The date asked about, YYYY-MM-DD. */
  readonly date: string;
  /** Titles of the enterprise (`[]` = none held; null = not reported). */
  readonly titles?: readonly HeldTitle[] | null;
  /** In the 创新型中小企业培育库 on the date (read only when `trainingIncludesPool` is true). */
  readonly inPool?: boolean | null;
}

export type TalentStatus = 'applies' | 'does-not-apply' | 'not-covered' | 'unknown';

export interface TalentMeasureResult {
  readonly id: TalentMeasureId;
  readonly catalogueId: TalentMeasureDefinition['catalogueId'];
  readonly zh: string;
  readonly status: TalentStatus;
  /** One Chinese sentence: why it applies or not. */
  readonly reason: string;
  /** What the entitlement rests on: a valid title, pool membership (S-54 by parameter), or nothing. */
  readonly basis: 'title' | 'pool' | null;
  readonly title: HeldTitleStatus | null;
  /** The scope interval from the title: recognition date … last day (expiry, or the revocation day). */
  readonly from: string | null;
  readonly until: string | null;
  readonly department: string;
  readonly clause: string;
  readonly text: string;
  readonly version: MeasureVersionUsed | null;
  readonly versionApplies: string;
  readonly missing: readonly string[];
}

export interface TalentEntitlements {
  readonly date: string;
  /** Ids of the measures that apply on the date. */
  readonly applies: readonly TalentMeasureId[];
  readonly measures: readonly TalentMeasureResult[];
  readonly titles: readonly HeldTitleStatus[];
  readonly missing: readonly string[];
  readonly parameters: { readonly trainingIncludesPool: boolean };
  readonly pendingConfirmations: readonly PendingConfirmation[];
}

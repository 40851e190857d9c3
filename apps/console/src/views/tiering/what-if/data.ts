import type { IndustryGroup, Tier } from '@ladder/shared-domain';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { factsToForm, formToFacts } from '@/components/annual-facts/annual-facts-schema';
import type { AnnualFormModel } from '@/components/annual-facts/annual-facts-schema';

/** One title of the simulated profile; `validUntil` empty = 3 years from recognition (the policy's default). */
export interface TitleModel {
  tier: Tier | '';
  certifiedOn: string;
  validUntil: string;
}

/** The editable profile of the what-if page: the enterprise facts that the rules read, every year, the titles. */
export interface ProfileModel {
  industryGroup: IndustryGroup;
  independentLegalPerson: boolean | null;
  /** Newest year first, as the registry lists them. */
  years: AnnualFormModel[];
  titles: TitleModel[];
  /**
   * Send `titles` (the list above, even empty). False only while the title records could not be loaded and the
   * user has not edited them: the service then uses the titles on record.
   */
  includeTitles: boolean;
}

/** The page's starting point: the enterprise as registered, its annual data (in 万元 / %) and its titles. */
export function toProfileModel(
  enterprise: Api.Enterprise.Enterprise,
  annual: readonly Api.Enterprise.AnnualData[],
  certifications: readonly Api.Tiering.Certification[] | null,
): ProfileModel {
  return {
    industryGroup: enterprise.industryGroup,
    independentLegalPerson: enterprise.independentLegalPerson,
    years: [...annual].sort((a, b) => b.year - a.year).map((d) => factsToForm(d.year, d.facts)),
    titles: (certifications ?? [])
      .filter((c) => c.status !== 'revoked')
      .map((c) => ({ tier: c.tier, certifiedOn: c.certifiedOn, validUntil: c.validUntil })),
    includeTitles: certifications !== null,
  };
}

/** Adds an empty year (kept newest first); false when the year is already there. */
export function addYear(model: ProfileModel, year: number): boolean {
  if (model.years.some((y) => y.year === year)) return false;
  model.years = [...model.years, factsToForm(year, null)].sort((a, b) => b.year - a.year);
  return true;
}

/**
 * The `EnterpriseProfile` to evaluate: 万元 → 分 (`toFen`), % → basis points, unanswered items left out.
 * Throws a RangeError with the text to show when a value or a title is incomplete.
 */
export function toProfile(enterprise: Api.Enterprise.Enterprise, model: ProfileModel): Api.Tiering.Profile {
  const annualData: Api.Tiering.ProfileYear[] = model.years
    .map((y) => ({ ...formToFacts(y), year: y.year }))
    .sort((a, b) => a.year - b.year);
  const profile: Api.Tiering.Profile = {
    uscc: enterprise.uscc,
    name: enterprise.name,
    countyCode: enterprise.countyCode,
    industryGroup: model.industryGroup,
    annualData,
  };
  if (model.independentLegalPerson !== null) profile.independentLegalPerson = model.independentLegalPerson;
  if (model.includeTitles) {
    profile.titles = model.titles.map((title) => {
      if (title.tier === '' || !title.certifiedOn) throw new RangeError(translate('tiering.whatIf.titleIncomplete'));
      return { tier: title.tier, certifiedOn: title.certifiedOn, ...(title.validUntil ? { validUntil: title.validUntil } : {}) };
    });
  }
  return profile;
}

export function toWhatIfRequest(
  profile: Api.Tiering.Profile,
  asOf: string,
  type: Api.Tiering.EvaluationType,
): Api.Tiering.WhatIfRequest {
  return { profile, ...(asOf ? { asOf } : {}), type };
}

/** Columns of the titles editor (every cell is an input). */
export function useTitleColumns(): ComputedRef<ColumnSchema<TitleModel>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'tier', label: t('tiering.field.tier'), minWidth: 220, slot: 'tier', formatter: (r) => r.tier },
    { key: 'certifiedOn', label: t('tiering.whatIf.certifiedOn'), width: 190, slot: 'certifiedOn' },
    { key: 'validUntil', label: t('tiering.whatIf.validUntil'), width: 190, slot: 'validUntil' },
    { key: 'actions', label: t('common.actions'), width: 80, align: 'center', slot: 'actions' },
  ]);
}

/**
 * Labels, tag colours and options of the ladder's codes (decisions, statuses, ranks…) in the current language,
 * plus calendar-date arithmetic for validity periods. Like `labels.ts`, they read the i18n locale, so a template
 * or computed that calls them re-renders when the language changes.
 */
import { POOL_CATEGORIES, TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { hasMessage, translate } from '@/locales';

import { EMPTY_TEXT } from './format';
import { categoryLabel, tierLabel } from './labels';
import type { Option } from './labels';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

/** Pages of 200 (the API's maximum) read at most when a view needs every row (calendar, counts): 10 000 rows. */
export const MAX_PAGES = 50;
export const MAX_PAGE_SIZE = 200;

/** `tiering.<group>.<code>` when it exists, else the code itself. */
function codeLabel(group: string, code: string | null | undefined): string {
  if (!code) return EMPTY_TEXT;
  const key = `tiering.${group}.${code}`;
  return hasMessage(key) ? translate(key) : code;
}

// ---------------------------------------------------------------- tiers and decisions

export function tierTagType(tier: string | null | undefined): TagType {
  if (tier === 'little-giant') return 'danger';
  if (tier === 'specialized') return 'warning';
  if (tier === 'innovative') return 'success';
  return 'info';
}

/** The tier's name, or 未认定 when there is none. */
export function tierText(tier: string | null | undefined): string {
  return tierLabel(tier, translate('enterprise.tierNone'));
}

export function isTier(value: unknown): value is Tier {
  return typeof value === 'string' && (TIERS as readonly string[]).includes(value);
}

/** 符合 / 不符合 / 待定（缺数据）. */
export function decisionLabel(decision: string | null | undefined): string {
  return codeLabel('decision', decision);
}

export function decisionTagType(decision: string | null | undefined): TagType {
  if (decision === 'eligible') return 'success';
  if (decision === 'not-eligible') return 'danger';
  if (decision === 'unknown') return 'warning';
  return 'info';
}

/** 满足 / 不满足 / 待定 of a condition, requirement, dimension or score. */
export function conditionStatusLabel(status: string | null | undefined): string {
  return codeLabel('conditionStatus', status);
}

export function conditionStatusTagType(status: string | null | undefined): TagType {
  return decisionTagType(status === 'met' ? 'eligible' : status === 'not-met' ? 'not-eligible' : status);
}

export function evaluationTypeLabel(type: string | null | undefined): string {
  return codeLabel('type', type);
}

export function evaluationTypeOptions(): Option<Api.Tiering.EvaluationType>[] {
  return (['new', 'review'] as const).map((v) => ({ value: v, label: evaluationTypeLabel(v) }));
}

// ---------------------------------------------------------------- pool categories

export type CategoryFilter = (typeof POOL_CATEGORIES)[number] | 'none';
export const CATEGORY_FILTERS: readonly CategoryFilter[] = [...POOL_CATEGORIES, 'none'];

/** 重点推荐 / 重点提升 / 重点关注, or 未分类 for null and `none`. */
export function categoryText(category: string | null | undefined): string {
  return categoryLabel(category === 'none' ? null : category, translate('enterprise.categoryNone'));
}

export function categoryTagType(category: string | null | undefined): TagType {
  if (category === 'recommend') return 'success';
  if (category === 'upgrade') return 'warning';
  if (category === 'watch') return 'primary';
  return 'info';
}

export function categoryFilterOptions(): Option<CategoryFilter>[] {
  return CATEGORY_FILTERS.map((c) => ({ value: c, label: categoryText(c) }));
}

export function distanceStatusLabel(status: string | null | undefined): string {
  return codeLabel('distanceStatus', status);
}

// ---------------------------------------------------------------- recommendations

export const RECOMMENDATION_STATUSES: readonly Api.Tiering.RecommendationState[] = [
  'county-recommended',
  'city-approved',
  'returned',
  'submitted',
  'certified',
  'rejected',
];

export function recommendationStatusLabel(status: string | null | undefined): string {
  return codeLabel('recommendationStatus', status);
}

export function recommendationStatusTagType(status: string | null | undefined): TagType {
  switch (status) {
    case 'certified':
      return 'success';
    case 'rejected':
    case 'returned':
      return 'danger';
    case 'city-approved':
    case 'submitted':
      return 'primary';
    case 'county-recommended':
      return 'warning';
    default:
      return 'info';
  }
}

export function recommendationStatusOptions(): Option<Api.Tiering.RecommendationState>[] {
  return RECOMMENDATION_STATUSES.map((s) => ({ value: s, label: recommendationStatusLabel(s) }));
}

// ---------------------------------------------------------------- certifications

export const CERTIFICATION_STATUSES: readonly Api.Tiering.CertificationState[] = ['valid', 'expired', 'revoked', 'superseded'];

export function certificationStatusLabel(status: string | null | undefined): string {
  return codeLabel('certificationStatus', status);
}

export function certificationStatusTagType(status: string | null | undefined): TagType {
  if (status === 'valid') return 'success';
  if (status === 'revoked') return 'danger';
  if (status === 'expired') return 'warning';
  return 'info';
}

export function certificationStatusOptions(): Option<Api.Tiering.CertificationState>[] {
  return CERTIFICATION_STATUSES.map((s) => ({ value: s, label: certificationStatusLabel(s) }));
}

export function certificationKindLabel(kind: string | null | undefined): string {
  return codeLabel('certificationKind', kind);
}

// ---------------------------------------------------------------- jobs

export function jobStatusLabel(status: string | null | undefined): string {
  return codeLabel('jobStatus', status);
}

export function jobStatusTagType(status: string | null | undefined): TagType {
  if (status === 'completed') return 'success';
  if (status === 'failed') return 'danger';
  if (status === 'running') return 'primary';
  return 'info';
}

export function jobKindLabel(kind: string | null | undefined): string {
  return codeLabel('jobKind', kind);
}

// ---------------------------------------------------------------- liaison ranks (S-57)

export const CADRE_RANKS: readonly Api.Tiering.CadreRank[] = ['厅级', '处级', '科级'];

/** The rank of the liaison cadre each tier requires (小巨人 厅级, 专精特新 处级, 创新型 科级). */
export const REQUIRED_RANK: Readonly<Record<Tier, Api.Tiering.CadreRank>> = {
  'little-giant': '厅级',
  specialized: '处级',
  innovative: '科级',
};

const RANK_KEYS: Readonly<Record<Api.Tiering.CadreRank, string>> = {
  厅级: 'bureau',
  处级: 'division',
  科级: 'section',
};

export function isCadreRank(value: unknown): value is Api.Tiering.CadreRank {
  return typeof value === 'string' && (CADRE_RANKS as readonly string[]).includes(value);
}

export function rankLabel(rank: string | null | undefined): string {
  if (!rank) return EMPTY_TEXT;
  return isCadreRank(rank) ? translate(`tiering.rank.${RANK_KEYS[rank]}`) : rank;
}

export function rankOptions(): Option<Api.Tiering.CadreRank>[] {
  return CADRE_RANKS.map((r) => ({ value: r, label: rankLabel(r) }));
}

// ---------------------------------------------------------------- calendar dates (YYYY-MM-DD, no time zone)

function parseDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `date` + n days: shared-domain's calendar arithmetic, the one the services use. */
export { addDays } from '@ladder/shared-domain';

/** The last day of the month of `date`. */
export function endOfMonth(date: string): string {
  const d = parseDay(date);
  return formatDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

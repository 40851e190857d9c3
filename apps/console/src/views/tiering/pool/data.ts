import { COUNTIES } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import type { EChartsCoreOption } from 'echarts/core';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { LocationQuery } from 'vue-router';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { translate } from '@/locales';
import { EMPTY_TEXT } from '@/utils/format';
import { countyLabel, countyOptions, tierOptions } from '@/utils/labels';
import { CATEGORY_FILTERS, categoryFilterOptions, categoryText, isTier } from '@/utils/tiering';
import type { CategoryFilter } from '@/utils/tiering';

export type PoolRow = Api.Tiering.PoolEntry;

export const FILTER_KEYS = ['q', 'category', 'county', 'nextTier'] as const;
export const PAGE_SIZES = [20, 50, 100] as const;

function isCategoryFilter(value: unknown): value is CategoryFilter {
  return typeof value === 'string' && (CATEGORY_FILTERS as readonly string[]).includes(value);
}

/** Filters opened from a link (`/tiering/pool?category=recommend`); unknown values are dropped. */
export function filtersFromQuery(query: LocationQuery): SearchModel {
  const out: SearchModel = {};
  for (const key of FILTER_KEYS) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  if (out['category'] !== undefined && !isCategoryFilter(out['category'])) delete out['category'];
  if (out['nextTier'] !== undefined && !isTier(out['nextTier'])) delete out['nextTier'];
  return out;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the gateway applies it). */
export function toPoolFilters(model: SearchModel, scopedCounty: string | null): Api.Tiering.PoolFilters {
  const out: Api.Tiering.PoolFilters = {};
  const q = model['q']?.trim();
  const category = model['category'];
  const county = model['county'];
  const nextTier = model['nextTier'];
  if (q) out.q = q;
  if (isCategoryFilter(category)) out.category = category;
  if (county && !scopedCounty) out.county = county;
  if (isTier(nextTier)) out.nextTier = nextTier;
  return out;
}

export function useSearchSchema(options: { countyLocked: ComputedRef<boolean> }): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => {
    const schema: SearchFieldSchema[] = [
      {
        field: 'q',
        label: t('tiering.field.q'),
        component: 'input',
        placeholder: t('tiering.pool.qPlaceholder'),
        width: '240px',
        testId: 'pool-search-q',
      },
      {
        field: 'category',
        label: t('tiering.field.category'),
        component: 'select',
        options: categoryFilterOptions(),
        testId: 'pool-search-category',
      },
    ];
    if (!options.countyLocked.value) {
      schema.push({
        field: 'county',
        label: t('tiering.field.county'),
        component: 'select',
        options: countyOptions(),
        testId: 'pool-search-county',
      });
    }
    schema.push({
      field: 'nextTier',
      label: t('tiering.field.nextTier'),
      component: 'select',
      options: tierOptions(),
      width: '220px',
    });
    return schema;
  });
}

export function useColumns(): ComputedRef<ColumnSchema<PoolRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    // The USCC sits under the name: the list fits 1366 px.
    { key: 'name', label: t('tiering.field.name'), minWidth: 190, fixed: 'left', slot: 'name', formatter: (r) => r.name },
    { key: 'countyCode', label: t('tiering.field.county'), width: 90, formatter: (r) => countyLabel(r.countyCode) },
    {
      key: 'category',
      label: t('tiering.field.category'),
      width: 100,
      slot: 'category',
      formatter: (r) => categoryText(r.category),
    },
    { key: 'currentTier', label: t('tiering.field.currentTier'), width: 130, slot: 'currentTier' },
    { key: 'nextTier', label: t('tiering.field.nextTier'), width: 130, slot: 'nextTier' },
    {
      key: 'unmetConditions',
      label: t('tiering.pool.unmetConditions'),
      width: 80,
      align: 'center',
      formatter: (r) => String(r.unmetConditions),
    },
    {
      key: 'scoreShortfall',
      label: t('tiering.pool.scoreShortfall'),
      width: 80,
      align: 'center',
      formatter: (r) => shortfallText(r.scoreShortfall),
    },
    { key: 'gaps', label: t('tiering.pool.topGaps'), minWidth: 160, slot: 'gaps', formatter: (r) => topGaps(r.gaps).join('；') },
    { key: 'actions', label: t('common.actions'), width: 100, fixed: 'right', slot: 'actions' },
  ]);
}

export function shortfallText(points: number | null): string {
  return points === null || points <= 0 ? EMPTY_TEXT : translate('tiering.pool.points', { points });
}

/** The first gaps of an entry (the table shows three; the evaluation page has them all). */
export function topGaps(gaps: readonly string[], count = 3): string[] {
  return gaps.slice(0, count);
}

// ---------------------------------------------------------------- summary

export const SUMMARY_KEYS: readonly CategoryFilter[] = ['recommend', 'upgrade', 'watch', 'none'];

export interface SummaryCard {
  readonly key: CategoryFilter;
  readonly label: string;
  readonly value: number;
  readonly testId: string;
  readonly tone: 'success' | 'warning' | 'primary' | 'info';
}

const TONES: Readonly<Record<CategoryFilter, SummaryCard['tone']>> = {
  recommend: 'success',
  upgrade: 'warning',
  watch: 'primary',
  none: 'info',
};

export function summaryCards(summary: Api.Tiering.PoolSummary | null): SummaryCard[] {
  return SUMMARY_KEYS.map((key) => ({
    key,
    label: categoryText(key),
    value: summary?.byCategory[key] ?? 0,
    testId: `pool-summary-${key}`,
    tone: TONES[key],
  }));
}

/** The category parameters in words (pending 市工信局's confirmation, rules.md §8.7-10). */
export function categoryRules(parameters: Api.Tiering.PoolSummary['parameters']): string[] {
  return [
    translate('tiering.pool.ruleRecommend'),
    translate('tiering.pool.ruleUpgrade', {
      unmet: parameters.upgradeMaxUnmetConditions,
      shortfall: parameters.upgradeMaxScoreShortfall,
    }),
    translate('tiering.pool.ruleWatch'),
    translate('tiering.pool.ruleUnknown', { category: categoryText(parameters.unknownAs) }),
    translate('tiering.pool.ruleNone'),
  ];
}

const CATEGORY_COLORS: Readonly<Record<CategoryFilter, string>> = {
  recommend: '#3ba272',
  upgrade: '#fac858',
  watch: '#1f5fbf',
  none: '#b0b7c3',
};

/** Stacked bars: one per county (GB/T 2260 order, every county even at 0), one stack per category. */
export function buildCountyCategoryOption(summary: Api.Tiering.PoolSummary): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 72 },
    xAxis: { type: 'category', data: COUNTIES.map((c) => countyLabel(c.code)), axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: SUMMARY_KEYS.map((key) => ({
      type: 'bar',
      name: categoryText(key),
      stack: 'category',
      barMaxWidth: 36,
      itemStyle: { color: CATEGORY_COLORS[key] },
      data: COUNTIES.map((c) => summary.byCountyCategory[c.code]?.[key] ?? 0),
    })),
  };
}

// ---------------------------------------------------------------- recommend dialog

export interface RecommendModel {
  tier: Tier | '';
  type: Api.Tiering.EvaluationType;
  batchYear: number;
  comment: string;
}

/**
 * The next tier preselected as 新申报, this year's batch; an enterprise already at the top (no next tier) is
 * preselected for 复核 of the title it holds.
 */
export function defaultRecommendModel(entry: PoolRow | null, year: number): RecommendModel {
  const tier = entry?.nextTier ?? entry?.currentTier ?? '';
  const type = entry && entry.nextTier === null && entry.currentTier !== null ? 'review' : 'new';
  return { tier, type, batchYear: year, comment: '' };
}

export function toRecommendRequest(uscc: string, model: RecommendModel): Api.Tiering.CreateRecommendation {
  if (model.tier === '') throw new RangeError(translate('tiering.pool.tierRequired'));
  const comment = model.comment.trim();
  return { uscc, tier: model.tier, type: model.type, batchYear: model.batchYear, ...(comment ? { comment } : {}) };
}

/**
 * Helpers of the evaluation result view (evaluation-result.vue and its parts): fact paths, points, statuses.
 * The result is `EvaluationResultDto` of @ladder/contracts (the wire format libs/policy produces); its texts
 * (clauses, gaps, explanations) are Chinese and shown as they come.
 */
import { CircleCheckFilled, CircleCloseFilled, WarningFilled } from '@element-plus/icons-vue';
import { TIERS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';
import type { Component, ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RouteLocationRaw } from 'vue-router';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { EMPTY_TEXT, formatDate } from '@/utils/format';
import { sizeClassLabel } from '@/utils/labels';
import { factName } from '@/utils/policy-text';
import { tierText } from '@/utils/tiering';

export const RESULT_TIERS: readonly Tier[] = TIERS;

/** A missing fact path of the policy, e.g. `annualData[2024].rdExpense`, `independentLegalPerson`, `titles`. */
export type FactRef =
  | { readonly kind: 'annual'; readonly year: number; readonly field: string; readonly path: string }
  | { readonly kind: 'enterprise'; readonly field: string; readonly path: string }
  | { readonly kind: 'titles'; readonly path: string }
  | { readonly kind: 'other'; readonly path: string };

const ANNUAL_PATH = /^annualData\[(\d{4})\]\.(.+)$/;

export function parseFactPath(path: string): FactRef {
  const annual = ANNUAL_PATH.exec(path);
  if (annual) return { kind: 'annual', year: Number(annual[1]), field: annual[2] ?? '', path };
  if (path === 'titles') return { kind: 'titles', path };
  if (path === 'independentLegalPerson') return { kind: 'enterprise', field: path, path };
  return { kind: 'other', path };
}

/** `annualData[2024].rdExpense` → `2024年度数据 › 研发费用（万元）`; never the path itself. */
export function factLabel(path: string): string {
  return factName(path).label;
}

export interface FactLink {
  readonly to: RouteLocationRaw;
  readonly label: string;
}

/**
 * Where the missing fact is filled in: the annual-data dialog of the enterprise detail page (opened for the year
 * by `?annual=<year>`), the enterprise form, or the title records.
 */
export function factLink(uscc: string, path: string): FactLink | null {
  const ref = parseFactPath(path);
  const base = `/enterprises/${encodeURIComponent(uscc)}`;
  switch (ref.kind) {
    case 'annual':
      return {
        to: { path: base, query: { annual: String(ref.year) } },
        label: translate('tiering.result.fillAnnual', { year: ref.year }),
      };
    case 'enterprise':
      return { to: `${base}/edit`, label: translate('tiering.result.editEnterprise') };
    case 'titles':
      return { to: { path: '/tiering/certifications', query: { uscc } }, label: translate('tiering.result.viewTitles') };
    default:
      return null;
  }
}

export interface StatusIcon {
  readonly icon: Component;
  readonly className: string;
}

/** ✓ met, ✗ not met, ! pending. */
export function statusIcon(status: Api.Tiering.Status): StatusIcon {
  if (status === 'met') return { icon: CircleCheckFilled, className: 'status-icon--met' };
  if (status === 'not-met') return { icon: CircleCloseFilled, className: 'status-icon--not-met' };
  return { icon: WarningFilled, className: 'status-icon--unknown' };
}

/** `15 / 20`, or the range while a missing fact could still change the points: `0–20 / 20`. */
export function pointsText(item: {
  readonly points: number | null;
  readonly range: { min: number; max: number };
  readonly max: number;
}): string {
  const points =
    item.points !== null
      ? String(item.points)
      : item.range.min === item.range.max
        ? String(item.range.min)
        : `${item.range.min}–${item.range.max}`;
  return `${points} / ${item.max}`;
}

/** `82 分（达标线 60 分）`, or the range of totals still possible. */
export function scoreTotalText(score: Api.Tiering.Score): string {
  if (score.total !== null) return translate('tiering.result.scoreValue', { total: score.total, threshold: score.threshold });
  return translate('tiering.result.scoreRange', { min: score.range.min, max: score.range.max, threshold: score.threshold });
}

export function valueEntries(values: Readonly<Record<string, string>>): { label: string; value: string }[] {
  return Object.entries(values).map(([label, value]) => ({ label, value }));
}

/** Only items short of confirmed wording get a badge (二手来源 / 待核实). */
export function needsConfidenceBadge(confidence: string): boolean {
  return confidence !== 'confirmed';
}

export function confidenceTagType(confidence: string): 'info' | 'warning' {
  return confidence === 'unconfirmed' ? 'warning' : 'info';
}

/** `直通条件：…`; a route text that already names its kind (`直通条件：…`, `创新直通条件：…`) is shown once. */
export function routeText(route: Api.Tiering.TierOutcome['route']): string {
  if (!route) return '';
  if (/^[^：]{1,12}：/.test(route.zh)) return route.zh;
  return translate('tiering.result.routeValue', { kind: translate(`tiering.routeKind.${route.kind}`), name: route.zh });
}

/** The name of an indicator's dimension (`innovation` → 创新能力). */
export function dimensionName(score: Api.Tiering.Score, id: string): string {
  return score.dimensions.find((d) => d.id === id)?.zh ?? '';
}

/** 小型, or 无法划型 when the facts do not allow it. */
export function sizeClassText(common: Api.Tiering.Result['common']): string {
  return sizeClassLabel(common.sizeClass.sizeClass, translate('tiering.result.sizeUnknown'));
}

/** Every gap of a tier once, in order (requirements repeat the conditions' gaps). */
export function uniqueGaps(tier: Api.Tiering.TierOutcome): string[] {
  return [...new Set(tier.gaps)];
}

// ---------------------------------------------------------------- table columns

export function useConditionColumns(): ComputedRef<ColumnSchema<Api.Tiering.Condition>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'group', label: t('tiering.result.group'), width: 110, formatter: (r) => r.group },
    { key: 'zh', label: t('tiering.result.condition'), minWidth: 220, slot: 'condition' },
    { key: 'clause', label: t('tiering.result.clause'), minWidth: 200, slot: 'clause' },
    { key: 'values', label: t('tiering.result.values'), minWidth: 200, slot: 'values' },
    { key: 'status', label: t('tiering.result.status'), width: 90, align: 'center', slot: 'status' },
    { key: 'gap', label: t('tiering.result.gap'), minWidth: 180, slot: 'gap' },
  ]);
}

export function useDimensionColumns(): ComputedRef<ColumnSchema<Api.Tiering.Dimension>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'zh', label: t('tiering.result.dimension'), minWidth: 120, formatter: (r) => r.zh },
    { key: 'points', label: t('tiering.result.pointsOfMax'), width: 130, align: 'center', formatter: (r) => pointsText(r) },
    {
      key: 'minimum',
      label: t('tiering.result.minimum'),
      width: 110,
      align: 'center',
      formatter: (r) => (r.minimum === null ? t('tiering.result.none') : String(r.minimum)),
    },
    { key: 'status', label: t('tiering.result.status'), width: 100, align: 'center', slot: 'status' },
  ]);
}

export function useIndicatorColumns(): ComputedRef<ColumnSchema<Api.Tiering.Indicator>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'zh', label: t('tiering.result.indicator'), minWidth: 180, slot: 'indicator' },
    { key: 'points', label: t('tiering.result.pointsOfMax'), width: 110, align: 'center', formatter: (r) => pointsText(r) },
    { key: 'band', label: t('tiering.result.band'), minWidth: 130, slot: 'band' },
    { key: 'values', label: t('tiering.result.values'), minWidth: 200, slot: 'values' },
    { key: 'clause', label: t('tiering.result.clause'), minWidth: 200, slot: 'clause' },
    { key: 'missing', label: t('tiering.result.missingFacts'), minWidth: 160, slot: 'missing' },
  ]);
}

export function useTitleColumns(): ComputedRef<ColumnSchema<Api.Tiering.Title>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'tier', label: t('tiering.field.tier'), minWidth: 180, formatter: (r) => tierText(r.tier) },
    {
      key: 'certifiedOn',
      label: t('tiering.certifications.certifiedOn'),
      width: 130,
      formatter: (r) => formatDate(r.certifiedOn),
    },
    { key: 'validUntil', label: t('tiering.certifications.validUntil'), minWidth: 220, slot: 'validUntil' },
    { key: 'valid', label: t('tiering.field.status'), width: 120, align: 'center', slot: 'valid' },
  ]);
}

export function usePendingColumns(): ComputedRef<ColumnSchema<Api.Tiering.Pending>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'parameter', label: t('tiering.result.parameter'), width: 230, slot: 'mono', formatter: (r) => r.parameter },
    { key: 'value', label: t('tiering.result.value'), width: 150, slot: 'mono', formatter: (r) => r.value },
    { key: 'note', label: t('tiering.result.note'), minWidth: 320, formatter: (r) => r.note || EMPTY_TEXT },
    { key: 'confirmBy', label: t('tiering.result.confirmBy'), width: 110, formatter: (r) => r.confirmBy },
  ]);
}

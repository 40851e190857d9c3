import { INDUSTRY_GROUP_LABELS, SIZE_CLASS_LABELS } from '@ladder/shared-domain';
import type { IndustryGroup, SizeClass } from '@ladder/shared-domain';

import { selectVersion } from '../common/source';
import type { RuleVersionRef } from '../common/source';
import { DEFAULT_SIZE_CLASS_CONVENTION, SIZE_CLASS_VERSIONS } from './size-class.rules';
import type { MetricThresholds, SizeClassConvention, SizeClassRuleVersion, SizeMetric } from './size-class.rules';

export interface SizeFacts {
  readonly employees?: number | null;
  /** 营业收入, fen. */
  readonly operatingRevenue?: number | null;
  /** 资产总额, fen. */
  readonly totalAssets?: number | null;
}

export interface SizeCheck {
  readonly step: 'upper' | 'medium' | 'small';
  readonly metric: SizeMetric;
  readonly value: number;
  readonly threshold: number;
  readonly comparison: '<' | '<=' | '>=';
  readonly passed: boolean;
  /** The value sits exactly on the threshold: flagged for manual review (rules.md §2 notes). */
  readonly onBoundary: boolean;
}

export interface SizeClassResult {
  /** null when facts are missing. */
  readonly sizeClass: SizeClass | null;
  readonly status: 'determined' | 'unknown';
  readonly missing: readonly SizeMetric[];
  readonly industryGroup: IndustryGroup;
  readonly rule: RuleVersionRef;
  readonly clause: string;
  readonly convention: SizeClassConvention;
  readonly checks: readonly SizeCheck[];
  readonly onBoundary: boolean;
  /** One-line explanation in Chinese. */
  readonly explanation: string;
}

export const METRIC_LABELS: Readonly<Record<SizeMetric, string>> = {
  employees: '从业人员',
  operatingRevenue: '营业收入',
  totalAssets: '资产总额',
};

function fmt(metric: SizeMetric, value: number): string {
  if (metric === 'employees') return `${value}人`;
  const wan = value / 1_000_000;
  return `${Number.isInteger(wan) ? wan : wan.toFixed(2)}万元`;
}

export interface ClassifySizeInput {
  readonly industryGroup: IndustryGroup;
  readonly facts: SizeFacts;
  /** The date whose rules apply (ISO date); defaults to the newest version. */
  readonly asOf?: string;
  readonly convention?: SizeClassConvention;
}

export function classifySize(input: ClassifySizeInput): SizeClassResult {
  const convention = input.convention ?? DEFAULT_SIZE_CLASS_CONVENTION;
  const version: SizeClassRuleVersion | undefined = input.asOf
    ? selectVersion(SIZE_CLASS_VERSIONS, input.asOf)
    : SIZE_CLASS_VERSIONS[SIZE_CLASS_VERSIONS.length - 1];
  if (!version) throw new Error(`no SME size rule effective on ${input.asOf ?? '(latest)'}`);
  const group = version.groups[input.industryGroup];
  const label = INDUSTRY_GROUP_LABELS[input.industryGroup];
  const clause = `${version.source.docNo} ${version.source.article ?? ''}${label.item}${label.zh}`.trim();
  const rule: RuleVersionRef = { id: version.id, effectiveFrom: version.effectiveFrom, source: version.source };

  const needed = Object.keys(group.upper) as SizeMetric[];
  const missing = needed.filter((m) => input.facts[m] === undefined || input.facts[m] === null);
  if (missing.length > 0) {
    return {
      sizeClass: null,
      status: 'unknown',
      missing,
      industryGroup: input.industryGroup,
      rule,
      clause,
      convention,
      checks: [],
      onBoundary: false,
      explanation: `无法划型：缺少${missing.map((m) => METRIC_LABELS[m]).join('、')}（${label.zh}按${needed
        .map((m) => METRIC_LABELS[m])
        .join('、')}划型）`,
    };
  }
  const value = (m: SizeMetric): number => input.facts[m] as number;
  const checks: SizeCheck[] = [];

  // 中小微: below either upper limit.
  const upperChecks = needed.map((m): SizeCheck => {
    const threshold = group.upper[m] as number;
    const v = value(m);
    const passed = convention.upperBound === 'exclusive' ? v < threshold : v <= threshold;
    return {
      step: 'upper',
      metric: m,
      value: v,
      threshold,
      comparison: convention.upperBound === 'exclusive' ? '<' : '<=',
      passed,
      onBoundary: v === threshold,
    };
  });
  checks.push(...upperChecks);
  const isSme = upperChecks.some((c) => c.passed);

  const band = (step: 'medium' | 'small', limits: MetricThresholds): boolean => {
    const bandChecks = (Object.keys(limits) as SizeMetric[]).map((m): SizeCheck => {
      const threshold = limits[m] as number;
      const v = value(m);
      return { step, metric: m, value: v, threshold, comparison: '>=', passed: v >= threshold, onBoundary: v === threshold };
    });
    checks.push(...bandChecks);
    return convention.band === 'all' ? bandChecks.every((c) => c.passed) : bandChecks.some((c) => c.passed);
  };

  let sizeClass: SizeClass;
  if (!isSme) sizeClass = 'not-sme';
  else if (band('medium', group.medium)) sizeClass = 'medium';
  else if (band('small', group.small)) sizeClass = 'small';
  else sizeClass = 'micro';

  const facts = needed.map((m) => `${METRIC_LABELS[m]}${fmt(m, value(m))}`).join('，');
  const onBoundary = checks.some((c) => c.onBoundary);
  return {
    sizeClass,
    status: 'determined',
    missing: [],
    industryGroup: input.industryGroup,
    rule,
    clause,
    convention,
    checks,
    onBoundary,
    explanation: `${label.zh}：${facts} → ${SIZE_CLASS_LABELS[sizeClass].zh}（${clause}${
      onBoundary ? '；数值恰在临界值上，建议人工复核' : ''
    }）`,
  };
}

import { basisPoints, quotient } from '../common/rational';
import { allOf, anyOf, atLeast, belowSign, condition, fact, fromBoolean } from './evaluation-context';
import { money, moneyAgainst, percentAgainst, percentOfBp } from './display';
import type { EvalContext, Read } from './evaluation-context';
import { readRatio } from './indicators';
import type { ConditionResult, ConditionStatus } from './tier-result';
import type { LittleGiant2026Standard, Specialized2026Standard } from './tier-rule-set';

// Conditions both 2026 standards (专精特新, 小巨人) share.

export const REQUIRED = '认定条件（须同时满足）';

/** Each of `years`: R&D ≥ minFen (if given) and R&D ÷ revenue ≥ minBp (both "不低于"). */
export function rdEachYear(
  ctx: EvalContext,
  years: readonly number[],
  minFen: number | null,
  minBp: number,
): { status: ConditionStatus; values: Record<string, string>; missing: string[]; gaps: string[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  const gaps: string[] = [];
  const statuses: ConditionStatus[] = [];
  for (const year of years) {
    const rd = fact(ctx, year, 'rdExpense');
    const r = readRatio(ctx, year, 'rdExpense', 'operatingRevenue', '研发费用占比', [minBp]);
    Object.assign(values, r.values);
    if (minFen !== null) {
      if (!rd.ok) {
        statuses.push('unknown');
      } else {
        const ok = atLeast(quotient(rd.value), quotient(minFen), '不低于', ctx.params);
        statuses.push(fromBoolean(ok));
        if (!ok) gaps.push(`${year}年研发费用 ${moneyAgainst(rd.value, minFen)} < ${money(minFen)}`);
      }
    }
    if (!r.value) {
      statuses.push('unknown');
      missing.push(...r.missing);
    } else {
      const ok = atLeast(r.value, basisPoints(minBp), '不低于', ctx.params);
      statuses.push(fromBoolean(ok));
      if (!ok)
        gaps.push(
          `${year}年研发费用占比 ${percentAgainst(r.value, basisPoints(minBp))} < ${percentOfBp(minBp)}`,
        );
    }
  }
  const status = allOf(statuses);
  return { status, values, missing, gaps };
}

export function developmentScoreCondition(
  ctx: EvalContext,
  rule: Specialized2026Standard['developmentScore'] | LittleGiant2026Standard['developmentScore'],
  years: readonly number[],
): ConditionResult {
  const reads = years.map((year) => fact(ctx, year, 'developmentScore'));
  const passes = (r: Read<number>): ConditionStatus =>
    r.ok ? fromBoolean(atLeast(quotient(r.value), quotient(rule.min), rule.wording, ctx.params)) : 'unknown';
  const status = anyOf(reads.map(passes));
  const values: Record<string, string> = {};
  years.forEach((year, i) => {
    const r = reads[i];
    values[`${year}年专精特新发展评价得分`] = r?.ok ? `${r.value}分` : '缺失';
  });
  const shownScores = reads.filter((r) => r.ok).map((r) => (r.ok ? `${r.value}分` : ''));
  return condition({
    id: 'development-score',
    zh: `专精特新发展评价得分达到${rule.min}分以上${years.length > 1 ? '（复核：近两年任一年）' : ''}`,
    group: REQUIRED,
    rule,
    status,
    values,
    missing: reads.filter((r) => !r.ok).map((r) => r.path),
    gap: () => `专精特新发展评价得分 ${shownScores.join('、')} ${belowSign(rule.wording, ctx.params)} ${rule.min}分`,
    onBoundary: reads.some((r) => r.ok && r.value === rule.min),
  });
}

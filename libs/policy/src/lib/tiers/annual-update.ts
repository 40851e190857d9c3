import type { SourceRef } from '../common/source';

/**
 * Annual data update (rules.md §1.5): an enterprise holding a title must update its data on the national
 * platform by 30 April each year under the 2022 measures (by 31 May under the 2026 measures, from
 * 2026-04-01); missing the deadline removes its 复核 (re-review) eligibility.
 */
export interface AnnualUpdateRule {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  /** Month-day of the deadline. */
  readonly deadline: string;
  readonly source: SourceRef;
}

const ANNUAL_UPDATE_2022: AnnualUpdateRule = {
  id: 'annual-update-2022',
  effectiveFrom: '2022-06-01',
  effectiveTo: '2026-03-31',
  deadline: '04-30',
  source: {
    title: '优质中小企业梯度培育管理暂行办法',
    docNo: '工信部企业〔2022〕63号',
    confidence: 'secondary',
  },
};

export const ANNUAL_UPDATE_RULES: readonly AnnualUpdateRule[] = [
  ANNUAL_UPDATE_2022,
  {
    id: 'annual-update-2026',
    effectiveFrom: '2026-04-01',
    deadline: '05-31',
    source: {
      title: '优质中小企业梯度培育管理办法',
      docNo: '工信部企业〔2026〕2号',
      confidence: 'secondary',
    },
  },
];

/** The deadline in `year` for updating the data of `year − 1`, under the rule in force on 1 April of that year… */
export function annualUpdateDeadline(year: number): { date: string; rule: AnnualUpdateRule } {
  // The rule in force when the update season opens decides (the 2026 measures took effect on 1 April 2026, before
  // the old 30 April deadline, so 2026's deadline is 31 May).
  const opening = `${year}-04-01`;
  const rule =
    ANNUAL_UPDATE_RULES.find(
      (r) => r.effectiveFrom <= opening && (r.effectiveTo === undefined || opening <= r.effectiveTo),
    ) ?? ANNUAL_UPDATE_2022;
  return { date: `${year}-${rule.deadline}`, rule };
}

export interface ReviewEligibility {
  readonly eligible: boolean;
  /** Chinese reason. */
  readonly reason: string;
  /** The next deadline still ahead, when eligible. */
  readonly nextDeadline: string | null;
}

/**
 * Re-review eligibility of a title valid from `certifiedOn`: for every year after the recognition whose deadline
 * has passed by `today`, the previous year's data must have been submitted on or before that deadline.
 * `submissions` maps data year → submission date (YYYY-MM-DD).
 */
export function reviewEligibility(
  certifiedOn: string,
  validUntil: string,
  today: string,
  submissions: Readonly<Record<number, string>>,
): ReviewEligibility {
  const firstYear = Number(certifiedOn.slice(0, 4)) + 1;
  const lastYear = Math.min(Number(today.slice(0, 4)), Number(validUntil.slice(0, 4)));
  for (let year = firstYear; year <= lastYear; year++) {
    const { date } = annualUpdateDeadline(year);
    if (date > today) {
      return { eligible: true, reason: `${year - 1}年度数据须于${date}前更新`, nextDeadline: date };
    }
    const submitted = submissions[year - 1];
    if (submitted === undefined || submitted > date) {
      return {
        eligible: false,
        reason:
          submitted === undefined
            ? `未在${date}前更新${year - 1}年度数据，丧失复核资格`
            : `${year - 1}年度数据于${submitted}更新，晚于${date}，丧失复核资格`,
        nextDeadline: null,
      };
    }
  }
  const next = annualUpdateDeadline(lastYear + 1).date;
  return { eligible: true, reason: '年度数据均已按期更新', nextDeadline: next <= validUntil ? next : null };
}

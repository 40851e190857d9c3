import type { Tier } from '@ladder/shared-domain';

import type { SourceRef } from '../common/source';

/** 《三明市优质中小企业梯度培育行动方案》 (2022—2025), the plan itself. */
export const SANMING_PLAN: SourceRef = {
  title: '三明市优质中小企业梯度培育行动方案（征求意见稿）',
  docNo: '三明市工信局',
  confidence: 'confirmed',
};

export interface PlanTarget {
  readonly tier: Tier;
  /** "超过N家": achieved must be strictly greater than this number. */
  readonly moreThan: number;
  readonly catalogueId: string;
  readonly source: SourceRef;
}

/** The plan's period (S-61): awards and targets count recognitions dated within it. */
export const PLAN_PERIOD = { from: '2022-01-01', to: '2025-12-31', catalogueId: 'S-61' } as const;

/** 一、总体目标: newly cultivated by the end of the 14th five-year plan (S-03, S-04, S-05). */
export const PLAN_TARGETS: readonly PlanTarget[] = [
  { tier: 'innovative', moreThan: 800, catalogueId: 'S-03', source: { ...SANMING_PLAN, article: '一、总体目标' } },
  { tier: 'specialized', moreThan: 150, catalogueId: 'S-04', source: { ...SANMING_PLAN, article: '一、总体目标' } },
  { tier: 'little-giant', moreThan: 20, catalogueId: 'S-05', source: { ...SANMING_PLAN, article: '一、总体目标' } },
];

/** 三(二) 服务专员 (S-57): the rank of the liaison cadre for each tier. */
export const LIAISON_RANKS: Readonly<Record<Tier, '厅级' | '处级' | '科级'>> = {
  'little-giant': '厅级',
  specialized: '处级',
  innovative: '科级',
};

/** 三(三) 强化督查考核 (S-59): assessment periods. */
export function assessmentPeriod(year: number, period: 'mid-year' | 'annual'): { from: string; to: string } {
  return { from: `${year}-01-01`, to: period === 'mid-year' ? `${year}-06-30` : `${year}-12-31` };
}

/** True when the date falls in the plan period. */
export function inPlanPeriod(date: string): boolean {
  return date >= PLAN_PERIOD.from && date <= PLAN_PERIOD.to;
}

import type { SourceRef } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// 政企直通车 service promises (rules.md §8.5 S-58: "强化困难诉求协调办理，高效率、高质量解决企业实际困难问题"). The
// plan sets no deadline: the working-day limits below are the reading of 市工信局's practice pending its written
// confirmation, dated so that a confirmed or changed version is a new entry, never an edit.
// ---------------------------------------------------------------------------------------------------------------

/** The three clocks of an appeal. */
export const SLA_KINDS = ['acknowledge', 'answer', 'resolve'] as const;
export type SlaKind = (typeof SLA_KINDS)[number];

export const SLA_KIND_ZH: Readonly<Record<SlaKind, string>> = {
  acknowledge: '签收',
  answer: '答复',
  resolve: '办结',
};

export interface ServiceDeskSlaVersion {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: SourceRef;
  /** Working days from routing to the department (the routing day not counted) for each clock. */
  readonly workingDays: Readonly<Record<SlaKind, number>>;
  /** A warning this many working days before a deadline (0: on the deadline day itself). */
  readonly warnWorkingDaysBefore: number;
  /** A committed date for a complex case may lie at most this many working days after routing. */
  readonly maxCommittedWorkingDays: number;
}

export const SERVICEDESK_SLA_VERSIONS: readonly ServiceDeskSlaVersion[] = [
  {
    id: 'servicedesk-sla-2022',
    effectiveFrom: '2022-01-01',
    source: {
      title: '三明市优质中小企业梯度培育行动方案（2022—2025年）三、保障措施（二）健全服务体系；政企直通车诉求办理时限',
      docNo: '明工信〔2022〕（行动方案）',
      article: '三（二）“强化困难诉求协调办理”——时限为平台设定，待市工信局确认',
      confidence: 'unconfirmed',
    },
    workingDays: { acknowledge: 1, answer: 2, resolve: 5 },
    warnWorkingDaysBefore: 0,
    maxCommittedWorkingDays: 30,
  },
];

/** The SLA version in force on `date` (the routing day of an appeal). */
export function slaVersionOn(date: string, versions: readonly ServiceDeskSlaVersion[] = SERVICEDESK_SLA_VERSIONS): ServiceDeskSlaVersion {
  const v = [...versions]
    .filter((x) => x.effectiveFrom <= date && (x.effectiveTo === undefined || x.effectiveTo >= date))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (!v) throw new RangeError(`${date}没有施行中的政企直通车办理时限`);
  return v;
}

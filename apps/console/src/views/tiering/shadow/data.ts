import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { formatDate } from '@/utils/format';
import { countyLabel } from '@/utils/labels';
import { decisionLabel, tierText } from '@/utils/tiering';

export type DiffRow = Api.Tiering.ShadowDiff;

export const POLL_INTERVAL_MS = 1000;

export interface JobModel {
  versionA: string;
  versionB: string;
  asOf: string;
  type: Api.Tiering.EvaluationType;
}

/** The two versions on record, older first (A = 2022, B = 2026). */
export function defaultJobModel(versions: readonly Api.Tiering.RuleVersion[], today: string): JobModel {
  const sorted = [...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return { versionA: sorted[0]?.id ?? '', versionB: sorted[1]?.id ?? '', asOf: today, type: 'new' };
}

export function canCompare(model: JobModel): boolean {
  return model.versionA !== '' && model.versionB !== '' && model.versionA !== model.versionB;
}

export function toShadowJob(model: JobModel): Api.Tiering.StartJob {
  if (!canCompare(model)) throw new RangeError(translate('tiering.shadow.versionRequired'));
  return { kind: 'shadow', versionA: model.versionA, versionB: model.versionB, asOf: model.asOf, type: model.type };
}

export function toReevaluateJob(model: JobModel): Api.Tiering.StartJob {
  return { kind: 'reevaluate', asOf: model.asOf, type: model.type };
}

export function isJobFinished(job: Api.Tiering.Job): boolean {
  return job.status === 'completed' || job.status === 'failed';
}

/** processed / total as a whole percentage (100 once completed). */
export function jobPercent(job: Api.Tiering.Job): number {
  if (job.status === 'completed') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.floor((job.processed / job.total) * 100));
}

/** `工信部企业〔2022〕63号（2022-06-01 至 2026-03-31 施行）`. */
export function versionLabel(version: Api.Tiering.RuleVersion): string {
  const range = version.effectiveTo
    ? translate('tiering.shadow.effectiveRange', { from: formatDate(version.effectiveFrom), to: formatDate(version.effectiveTo) })
    : translate('tiering.shadow.effective', { from: formatDate(version.effectiveFrom) });
  return `${version.zh}（${version.docNo}，${range}）`;
}

export function useDiffColumns(): ComputedRef<ColumnSchema<DiffRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'uscc', label: t('tiering.field.uscc'), width: 190, slot: 'uscc', formatter: (r) => r.uscc },
    { key: 'name', label: t('tiering.field.name'), minWidth: 200, slot: 'name', formatter: (r) => r.name },
    { key: 'countyCode', label: t('tiering.field.county'), width: 100, formatter: (r) => countyLabel(r.countyCode) },
    { key: 'tier', label: t('tiering.field.tier'), minWidth: 170, formatter: (r) => tierText(r.tier) },
    {
      key: 'decisionA',
      label: t('tiering.shadow.decisionA'),
      width: 130,
      slot: 'decisionA',
      formatter: (r) => decisionLabel(r.decisionA),
    },
    {
      key: 'decisionB',
      label: t('tiering.shadow.decisionB'),
      width: 130,
      slot: 'decisionB',
      formatter: (r) => decisionLabel(r.decisionB),
    },
    { key: 'explanation', label: t('tiering.shadow.explanation'), minWidth: 360, formatter: (r) => r.explanation },
  ]);
}

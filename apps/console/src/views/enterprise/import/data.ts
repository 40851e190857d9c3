import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema } from '@/components/schema';
import { EMPTY_TEXT, formatDateTime } from '@/utils/format';

export type ImportJob = Api.Enterprise.ImportJob;
export type ImportRowError = Api.Enterprise.ImportRowError;

export const POLL_INTERVAL_MS = 1000;
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isFinished(status: Api.Enterprise.ImportJobStatus): boolean {
  return status === 'completed' || status === 'failed';
}

export function statusTagType(status: Api.Enterprise.ImportJobStatus): 'success' | 'danger' | 'primary' | 'info' {
  if (status === 'completed') return 'success';
  if (status === 'failed') return 'danger';
  if (status === 'running') return 'primary';
  return 'info';
}

/** processedRows / totalRows as a whole percentage (100 once completed). */
export function progressPercent(job: ImportJob): number {
  if (job.status === 'completed') return 100;
  if (job.totalRows <= 0) return 0;
  return Math.min(100, Math.floor((job.processedRows / job.totalRows) * 100));
}

export function isXlsx(file: { name: string }): boolean {
  return /\.xlsx$/i.test(file.name);
}

export function useErrorColumns(): ComputedRef<ColumnSchema<ImportRowError>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'rowNumber', label: t('enterprise.import.rowNumber'), width: 80, align: 'center', formatter: (r) => String(r.rowNumber) },
    { key: 'uscc', label: t('enterprise.field.uscc'), width: 200, slot: 'uscc', formatter: (r) => r.uscc ?? EMPTY_TEXT },
    { key: 'name', label: t('enterprise.field.name'), minWidth: 200, formatter: (r) => r.name ?? EMPTY_TEXT },
    { key: 'messages', label: t('enterprise.import.reasons'), minWidth: 320, slot: 'messages' },
  ]);
}

/** The recent batches (fits 1366 px). */
export function useColumns(): ComputedRef<ColumnSchema<ImportJob>[]> {
  const { t } = useI18n();
  const count = (key: 'totalRows' | 'createdRows' | 'updatedRows' | 'unchangedRows', label: string): ColumnSchema<ImportJob> => ({
    key,
    label,
    width: 70,
    align: 'right',
    formatter: (r) => String(r[key]),
  });
  return computed(() => [
    { key: 'fileName', label: t('enterprise.import.fileName'), minWidth: 160, formatter: (r) => r.fileName },
    { key: 'status', label: t('enterprise.import.status'), width: 90, slot: 'status' },
    count('totalRows', t('enterprise.import.totalRows')),
    count('createdRows', t('enterprise.import.created')),
    count('updatedRows', t('enterprise.import.updated')),
    count('unchangedRows', t('enterprise.import.unchanged')),
    { key: 'failedRows', label: t('enterprise.import.failed'), width: 70, align: 'right', slot: 'failed' },
    { key: 'createdBy', label: t('enterprise.import.createdBy'), width: 80, formatter: (r) => r.createdBy },
    { key: 'createdAt', label: t('enterprise.import.createdAt'), width: 140, formatter: (r) => formatDateTime(r.createdAt) },
    { key: 'finishedAt', label: t('enterprise.import.finishedAt'), width: 140, formatter: (r) => formatDateTime(r.finishedAt) },
  ]);
}

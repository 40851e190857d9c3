import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import { isApiError } from '@/api/request';
import type { ColumnSchema } from '@/components/schema';
import { translate } from '@/locales';
import { formatDate, formatDateTime } from '@/utils/format';
import { categoryText, distanceStatusLabel, evaluationTypeLabel, tierText } from '@/utils/tiering';

export type EvaluationSummaryRow = Api.Tiering.EvaluationSummary;

export interface RerunModel {
  asOf: string;
  type: Api.Tiering.EvaluationType;
}

export function toRunRequest(model: RerunModel): Api.Tiering.RunEvaluationRequest {
  return { asOf: model.asOf, type: model.type };
}

/** The enterprise has no stored evaluation yet (404 TIERING_EVALUATION_NOT_FOUND): an empty state, not an error. */
export function isNoEvaluation(error: unknown): boolean {
  return isApiError(error) && (error.code === 'TIERING_EVALUATION_NOT_FOUND' || error.code === 'TIERING_ENTERPRISE_UNKNOWN');
}

/** `专精特新中小企业：有差距 · 未满足条件 1 项 · 评分差 5 分`. */
export function distanceText(distance: Api.Tiering.Distance): string {
  if (distance.status === 'top' || distance.nextTier === null) return distanceStatusLabel('top');
  const parts = [
    translate('tiering.evaluation.distance', { tier: tierText(distance.nextTier), status: distanceStatusLabel(distance.status) }),
  ];
  if (distance.unmetConditions > 0) parts.push(translate('tiering.evaluation.unmet', { count: distance.unmetConditions }));
  if (distance.scoreShortfall !== null && distance.scoreShortfall > 0) {
    parts.push(translate('tiering.evaluation.shortfall', { points: distance.scoreShortfall }));
  }
  return parts.join(' · ');
}

export function useHistoryColumns(): ComputedRef<ColumnSchema<EvaluationSummaryRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'createdAt', label: t('tiering.evaluation.evaluatedAt'), width: 150, formatter: (r) => formatDateTime(r.createdAt) },
    { key: 'asOf', label: t('tiering.result.asOf'), width: 110, formatter: (r) => formatDate(r.asOf) },
    { key: 'type', label: t('tiering.result.type'), width: 90, formatter: (r) => evaluationTypeLabel(r.type) },
    { key: 'trigger', label: t('tiering.evaluation.trigger'), width: 140, formatter: (r) => t(`tiering.trigger.${r.trigger}`) },
    { key: 'ruleVersion', label: t('tiering.evaluation.ruleVersionId'), width: 110, formatter: (r) => r.ruleVersion },
    { key: 'dataYear', label: t('tiering.result.dataYear'), width: 90, align: 'center', formatter: (r) => String(r.dataYear) },
    { key: 'decisions', label: t('tiering.result.status'), minWidth: 300, slot: 'decisions' },
    { key: 'category', label: t('tiering.evaluation.category'), width: 110, formatter: (r) => categoryText(r.category) },
  ]);
}

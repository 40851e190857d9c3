import type { Tier } from '@ladder/shared-domain';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ColumnSchema, SearchFieldSchema, SearchModel } from '@/components/schema';
import { translate } from '@/locales';
import { formatDateTime } from '@/utils/format';
import { countyLabel, countyOptions, tierOptions } from '@/utils/labels';
import type { Option } from '@/utils/labels';
import {
  decisionLabel,
  evaluationTypeLabel,
  isTier,
  RECOMMENDATION_STATUSES,
  recommendationStatusLabel,
  recommendationStatusOptions,
  tierText,
} from '@/utils/tiering';

export type RecommendationRow = Api.Tiering.Recommendation;

export const FIRST_BATCH_YEAR = 2022;

/** 2022 … next year, newest first. */
export function batchYearOptions(now: Date = new Date()): Option[] {
  const years: Option[] = [];
  for (let y = now.getFullYear() + 1; y >= FIRST_BATCH_YEAR; y--) years.push({ value: String(y), label: String(y) });
  return years;
}

export function toRecommendationQuery(
  model: SearchModel,
  scopedCounty: string | null,
): Omit<Api.Tiering.RecommendationListQuery, 'page' | 'pageSize'> {
  const out: Omit<Api.Tiering.RecommendationListQuery, 'page' | 'pageSize'> = {};
  const status = model['status'];
  const tier = model['tier'];
  const county = model['county'];
  const batchYear = Number(model['batchYear']);
  if (status && (RECOMMENDATION_STATUSES as readonly string[]).includes(status))
    out.status = status as Api.Tiering.RecommendationState;
  if (isTier(tier)) out.tier = tier;
  if (county && !scopedCounty) out.county = county;
  if (Number.isInteger(batchYear) && batchYear >= FIRST_BATCH_YEAR) out.batchYear = batchYear;
  return out;
}

export function useSearchSchema(options: { countyLocked: ComputedRef<boolean> }): ComputedRef<SearchFieldSchema[]> {
  const { t } = useI18n();
  return computed(() => {
    const schema: SearchFieldSchema[] = [
      {
        field: 'status',
        label: t('tiering.field.status'),
        component: 'select',
        options: recommendationStatusOptions(),
        width: '160px',
        testId: 'recommendation-search-status',
      },
      { field: 'tier', label: t('tiering.field.tier'), component: 'select', options: tierOptions(), width: '220px' },
    ];
    if (!options.countyLocked.value) {
      schema.push({ field: 'county', label: t('tiering.field.county'), component: 'select', options: countyOptions() });
    }
    schema.push({
      field: 'batchYear',
      label: t('tiering.field.batchYear'),
      component: 'select',
      options: batchYearOptions(),
      width: '120px',
      placeholder: t('tiering.recommendations.batchYearAll'),
    });
    return schema;
  });
}

export function useColumns(): ComputedRef<ColumnSchema<RecommendationRow>[]> {
  const { t } = useI18n();
  return computed(() => [
    { key: 'name', label: t('tiering.field.name'), minWidth: 170, slot: 'name', formatter: (r) => r.name || r.uscc },
    { key: 'countyCode', label: t('tiering.field.county'), width: 90, formatter: (r) => countyLabel(r.countyCode) },
    { key: 'tier', label: t('tiering.field.tier'), width: 120, formatter: (r) => tierText(r.tier) },
    { key: 'type', label: t('tiering.field.type'), width: 80, formatter: (r) => evaluationTypeLabel(r.type) },
    { key: 'batchYear', label: t('tiering.field.batchYear'), width: 80, align: 'center', formatter: (r) => String(r.batchYear) },
    {
      key: 'status',
      label: t('tiering.field.status'),
      width: 110,
      slot: 'status',
      formatter: (r) => recommendationStatusLabel(r.status),
    },
    {
      key: 'evaluationDecision',
      label: t('tiering.recommendations.evaluationDecision'),
      width: 120,
      slot: 'decision',
      formatter: (r) => decisionLabel(r.evaluationDecision),
    },
    { key: 'updatedAt', label: t('tiering.field.updatedAt'), width: 120, formatter: (r) => formatDateTime(r.updatedAt) },
    { key: 'actions', label: t('common.actions'), width: 130, fixed: 'right', slot: 'actions' },
  ]);
}

// ---------------------------------------------------------------- progress (县级推荐 → 市级审核 → 上报 → 认定结果)

export const STEP_KEYS = ['county', 'city', 'submit', 'outcome'] as const;
export type StepKey = (typeof STEP_KEYS)[number];
export type StepStatus = 'wait' | 'process' | 'finish' | 'error' | 'success';

export interface StepState {
  readonly key: StepKey;
  readonly status: StepStatus;
}

const STEP_STATUSES: Readonly<Record<Api.Tiering.RecommendationState, readonly StepStatus[]>> = {
  'county-recommended': ['finish', 'process', 'wait', 'wait'],
  returned: ['finish', 'error', 'wait', 'wait'],
  'city-approved': ['finish', 'finish', 'process', 'wait'],
  submitted: ['finish', 'finish', 'finish', 'process'],
  certified: ['finish', 'finish', 'finish', 'success'],
  rejected: ['finish', 'finish', 'finish', 'error'],
};

/** The four steps and where the recommendation stands (a return stops at 市级审核, a refusal at 认定结果). */
export function recommendationSteps(status: Api.Tiering.RecommendationState): { active: number; steps: StepState[] } {
  const statuses = STEP_STATUSES[status];
  const steps = STEP_KEYS.map((key, i) => ({ key, status: statuses[i] ?? 'wait' }));
  const current = steps.findIndex((s) => s.status === 'process' || s.status === 'error');
  return { active: current >= 0 ? current : steps.length, steps };
}

export function canReview(row: RecommendationRow): boolean {
  return row.status === 'county-recommended';
}

export function canSubmit(row: RecommendationRow): boolean {
  return row.status === 'city-approved';
}

export function canRecordOutcome(row: RecommendationRow): boolean {
  return row.status === 'submitted';
}

/** History entries newest first; their action is the status they led to. */
export function historyEntries(row: RecommendationRow): { at: string; actor: string; action: string; comment: string | null }[] {
  return [...row.history]
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((h) => ({ ...h, action: recommendationStatusLabel(h.action) }));
}

// ---------------------------------------------------------------- review

export interface ReviewModel {
  decision: 'approve' | 'return';
  comment: string;
}

export function toReviewRequest(model: ReviewModel, version: number): Api.Tiering.ReviewRecommendation {
  const comment = model.comment.trim();
  return { decision: model.decision, ...(comment ? { comment } : {}), expectedVersion: version };
}

// ---------------------------------------------------------------- outcome

export interface OutcomeModel {
  outcome: 'certified' | 'rejected';
  issuer: string;
  docNo: string;
  certifiedOn: string;
  validUntil: string;
  comment: string;
}

/** 创新型 and 专精特新 are recognised by the province, 小巨人 by the ministry (《暂行办法》). */
export function defaultIssuer(tier: Tier): string {
  return tier === 'little-giant'
    ? translate('tiering.recommendations.defaultIssuerMinistry')
    : translate('tiering.recommendations.defaultIssuerProvince');
}

export function defaultOutcomeModel(row: RecommendationRow | null): OutcomeModel {
  return {
    outcome: 'certified',
    issuer: row ? defaultIssuer(row.tier) : '',
    docNo: '',
    certifiedOn: '',
    validUntil: '',
    comment: '',
  };
}

/** 认定 carries issuer, 文号 and date (validUntil optional); 未通过 only the note. */
export function toOutcomeRequest(model: OutcomeModel): Api.Tiering.RecordOutcome {
  const comment = model.comment.trim();
  if (model.outcome === 'rejected') return { outcome: 'rejected', ...(comment ? { comment } : {}) };
  return {
    outcome: 'certified',
    issuer: model.issuer.trim(),
    docNo: model.docNo.trim(),
    certifiedOn: model.certifiedOn,
    ...(model.validUntil ? { validUntil: model.validUntil } : {}),
    ...(comment ? { comment } : {}),
  };
}

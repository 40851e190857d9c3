import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { computed, defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  batchYearOptions,
  canRecordOutcome,
  canReview,
  canSubmit,
  defaultOutcomeModel,
  historyEntries,
  recommendationSteps,
  toOutcomeRequest,
  toRecommendationQuery,
  toReviewRequest,
  useColumns,
  useSearchSchema,
} from './data';
import type { RecommendationRow } from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

function recommendation(overrides: Partial<RecommendationRow> = {}): RecommendationRow {
  return {
    id: '6f1c2a5e-0000-4000-8000-000000000001',
    uscc: '91350404MA34PQ7W25',
    name: '三明示例装备制造有限公司',
    countyCode: '350404',
    tier: 'specialized',
    type: 'new',
    batchYear: 2025,
    status: 'county-recommended',
    evaluationId: 7,
    evaluationDecision: 'eligible',
    history: [
      { at: '2025-05-01T01:00:00Z', actor: 'county1', action: 'county-recommended', comment: '符合条件' },
      { at: '2025-05-03T01:00:00Z', actor: 'gxjsh', action: 'city-approved', comment: null },
    ],
    certificationId: null,
    version: 3,
    createdAt: '2025-05-01T01:00:00Z',
    updatedAt: '2025-05-03T01:00:00Z',
    ...overrides,
  };
}

describe('recommendation progress', () => {
  it('should place each status on 县级推荐 → 市级审核 → 上报 → 认定结果', () => {
    expect(recommendationSteps('county-recommended')).toEqual({
      active: 1,
      steps: [
        { key: 'county', status: 'finish' },
        { key: 'city', status: 'process' },
        { key: 'submit', status: 'wait' },
        { key: 'outcome', status: 'wait' },
      ],
    });
    expect(recommendationSteps('returned').steps[1]?.status).toBe('error');
    expect(recommendationSteps('city-approved').active).toBe(2);
    expect(recommendationSteps('submitted').active).toBe(3);
    expect(recommendationSteps('certified')).toMatchObject({ active: 4 });
    expect(recommendationSteps('certified').steps[3]?.status).toBe('success');
    expect(recommendationSteps('rejected').steps[3]?.status).toBe('error');
  });

  it('should offer each action only in its status', () => {
    expect([canReview, canSubmit, canRecordOutcome].map((f) => f(recommendation({ status: 'county-recommended' })))).toEqual([
      true,
      false,
      false,
    ]);
    expect([canReview, canSubmit, canRecordOutcome].map((f) => f(recommendation({ status: 'city-approved' })))).toEqual([
      false,
      true,
      false,
    ]);
    expect([canReview, canSubmit, canRecordOutcome].map((f) => f(recommendation({ status: 'submitted' })))).toEqual([
      false,
      false,
      true,
    ]);
    expect([canReview, canSubmit, canRecordOutcome].map((f) => f(recommendation({ status: 'certified' })))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('should list the history newest first with Chinese actions', () => {
    expect(historyEntries(recommendation()).map((h) => h.action)).toEqual(['市级审核通过', '县级已推荐']);
  });
});

describe('recommendation filters and columns', () => {
  it('should build the query from the form, dropping the county of a county user', () => {
    expect(toRecommendationQuery({ status: 'submitted', tier: 'innovative', county: '350481', batchYear: '2025' }, null)).toEqual(
      {
        status: 'submitted',
        tier: 'innovative',
        county: '350481',
        batchYear: 2025,
      },
    );
    expect(toRecommendationQuery({ status: 'bogus', county: '350481', batchYear: 'x' }, '350404')).toEqual({});
  });

  it('should offer the batch years from 2022 to next year', () => {
    const years = batchYearOptions(new Date(2025, 0, 1)).map((o) => o.value);
    expect(years[0]).toBe('2026');
    expect(years[years.length - 1]).toBe('2022');
  });

  it('should label the filters and columns in Chinese', () => {
    const schema = withSetup(() => useSearchSchema({ countyLocked: computed(() => false) })).value;
    expect(schema.map((f) => f.label)).toEqual(['状态', '层级', '所属县（市、区）', '批次年度']);
    const columns = withSetup(useColumns).value;
    const cell = (key: string): string | undefined => columns.find((c) => c.key === key)?.formatter?.(recommendation());
    expect(cell('status')).toBe('县级已推荐');
    expect(cell('type')).toBe('新申报');
    expect(cell('evaluationDecision')).toBe('符合');
    expect(cell('tier')).toBe('专精特新中小企业');
  });
});

describe('review and outcome', () => {
  it('should send the version read with the decision', () => {
    expect(toReviewRequest({ decision: 'return', comment: ' 材料不全 ' }, 3)).toEqual({
      decision: 'return',
      comment: '材料不全',
      expectedVersion: 3,
    });
    expect(toReviewRequest({ decision: 'approve', comment: '' }, 4)).toEqual({ decision: 'approve', expectedVersion: 4 });
  });

  it('should preselect the issuer by tier', () => {
    expect(defaultOutcomeModel(recommendation({ tier: 'specialized' })).issuer).toBe('福建省工业和信息化厅');
    expect(defaultOutcomeModel(recommendation({ tier: 'little-giant' })).issuer).toBe('工业和信息化部');
  });

  it('should send issuer, 文号 and date for 认定 and only the note for 未通过', () => {
    const model = {
      outcome: 'certified' as const,
      issuer: ' 福建省工业和信息化厅 ',
      docNo: '闽工信〔2025〕8号',
      certifiedOn: '2025-09-01',
      validUntil: '',
      comment: '',
    };
    expect(toOutcomeRequest(model)).toEqual({
      outcome: 'certified',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信〔2025〕8号',
      certifiedOn: '2025-09-01',
    });
    expect(toOutcomeRequest({ ...model, outcome: 'rejected', comment: '未入选' })).toEqual({
      outcome: 'rejected',
      comment: '未入选',
    });
  });
});

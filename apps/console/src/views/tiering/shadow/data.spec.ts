import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  canCompare,
  defaultJobModel,
  isJobFinished,
  jobPercent,
  toReevaluateJob,
  toShadowJob,
  useDiffColumns,
  versionLabel,
} from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

const VERSIONS: Api.Tiering.RuleVersion[] = [
  { id: 'tiers-2026', zh: '2026年标准', effectiveFrom: '2026-04-01', effectiveTo: null, docNo: '工信部企业〔2026〕2号' },
  { id: 'tiers-2022', zh: '2022年标准', effectiveFrom: '2022-06-01', effectiveTo: '2026-03-31', docNo: '工信部企业〔2022〕63号' },
];

function job(overrides: Partial<Api.Tiering.Job>): Api.Tiering.Job {
  return {
    id: 'j1',
    kind: 'shadow',
    status: 'running',
    asOf: '2026-05-01',
    type: 'new',
    versionA: 'tiers-2022',
    versionB: 'tiers-2026',
    total: 200,
    processed: 50,
    changed: 3,
    summary: {},
    createdBy: 'gxj',
    createdAt: '2026-05-01T01:00:00Z',
    finishedAt: null,
    error: null,
    ...overrides,
  };
}

describe('rule version comparison', () => {
  it('should compare the older version (A) with the newer (B) by default', () => {
    expect(defaultJobModel(VERSIONS, '2026-05-01')).toEqual({
      versionA: 'tiers-2022',
      versionB: 'tiers-2026',
      asOf: '2026-05-01',
      type: 'new',
    });
    expect(defaultJobModel([], '2026-05-01')).toMatchObject({ versionA: '', versionB: '' });
  });

  it('should refuse to compare a version with itself', () => {
    const model = { versionA: 'tiers-2022', versionB: 'tiers-2022', asOf: '2026-05-01', type: 'new' as const };
    expect(canCompare(model)).toBe(false);
    expect(() => toShadowJob(model)).toThrow(RangeError);
    expect(toShadowJob({ ...model, versionB: 'tiers-2026' })).toEqual({
      kind: 'shadow',
      versionA: 'tiers-2022',
      versionB: 'tiers-2026',
      asOf: '2026-05-01',
      type: 'new',
    });
    expect(toReevaluateJob(model)).toEqual({ kind: 'reevaluate', asOf: '2026-05-01', type: 'new' });
  });

  it('should show the progress as processed / total, 100 once completed', () => {
    expect(jobPercent(job({ processed: 50, total: 200 }))).toBe(25);
    expect(jobPercent(job({ processed: 0, total: 0 }))).toBe(0);
    expect(jobPercent(job({ status: 'completed', processed: 199, total: 200 }))).toBe(100);
    expect(isJobFinished(job({ status: 'failed' }))).toBe(true);
    expect(isJobFinished(job({ status: 'queued' }))).toBe(false);
  });

  it('should name a version with its document and dates', () => {
    expect(versionLabel(VERSIONS[1]!)).toBe('2022年标准（工信部企业〔2022〕63号，2022-06-01 至 2026-03-31 施行）');
    expect(versionLabel(VERSIONS[0]!)).toBe('2026年标准（工信部企业〔2026〕2号，2026-04-01 起施行）');
  });

  it('should label the diff columns and show the decisions in Chinese', () => {
    const columns = withSetup(useDiffColumns).value;
    const row: Api.Tiering.ShadowDiff = {
      uscc: 'U',
      name: '企业',
      countyCode: '350405',
      tier: 'little-giant',
      decisionA: 'eligible',
      decisionB: 'not-eligible',
      changed: true,
      explanation: '按2022版符合，按2026版不符合，因为营收复合增长率 4% < 5%',
    };
    expect(columns.map((c) => c.label)).toEqual([
      '统一社会信用代码',
      '企业名称',
      '所属县（市、区）',
      '层级',
      '版本A结论',
      '版本B结论',
      '变化说明',
    ]);
    const cell = (key: string): string | undefined => columns.find((c) => c.key === key)?.formatter?.(row);
    expect([cell('countyCode'), cell('decisionA'), cell('decisionB')]).toEqual(['沙县区', '符合', '不符合']);
  });
});

import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  defaultAssignModel,
  liaisonState,
  liaisonStateLabel,
  PHONE_PATTERN,
  toAssignRequest,
  toLiaisonQuery,
  useColumns,
} from './data';
import type { LiaisonRow } from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

function row(overrides: Partial<LiaisonRow> = {}): LiaisonRow {
  return {
    uscc: '91350404MA34PQ7W25',
    name: '三明示例装备制造有限公司',
    countyCode: '350404',
    currentTier: 'specialized',
    requiredRank: '处级',
    liaison: null,
    needsAssignment: true,
    ...overrides,
  };
}

const LIAISON = {
  cadreName: '王五',
  cadreRank: '科级',
  cadreUnit: '三元区工信局',
  phone: '0598-1234567',
  assignedAt: '2024-01-01T01:00:00Z',
};

describe('liaisons', () => {
  it('should tell missing, wrong rank and assigned apart', () => {
    expect(liaisonState(row())).toBe('missing');
    expect(liaisonState(row({ liaison: LIAISON }))).toBe('mismatch');
    expect(liaisonState(row({ liaison: { ...LIAISON, cadreRank: '处级' } }))).toBe('ok');
    expect(liaisonStateLabel('mismatch')).toBe('职级不符');
  });

  it('should preselect the rank the tier requires and keep the current details', () => {
    expect(defaultAssignModel(row({ liaison: LIAISON }))).toEqual({
      cadreName: '王五',
      cadreRank: '处级',
      cadreUnit: '三元区工信局',
      phone: '0598-1234567',
    });
    expect(defaultAssignModel(row({ currentTier: 'little-giant', requiredRank: '厅级' })).cadreRank).toBe('厅级');
  });

  it('should build the request, leaving an empty phone out', () => {
    expect(toAssignRequest({ cadreName: ' 王五 ', cadreRank: '处级', cadreUnit: ' 市工信局 ', phone: ' ' })).toEqual({
      cadreName: '王五',
      cadreRank: '处级',
      cadreUnit: '市工信局',
    });
    expect(PHONE_PATTERN.test('0598-1234567')).toBe(true);
    expect(PHONE_PATTERN.test('abc')).toBe(false);
  });

  it('should ask missingOnly only when switched on, and no county for a county user', () => {
    expect(toLiaisonQuery('350481', true, null)).toEqual({ county: '350481', missingOnly: true });
    expect(toLiaisonQuery('350481', false, '350404')).toEqual({});
  });

  it('should label the columns in Chinese', () => {
    const columns = withSetup(useColumns).value;
    expect(columns.map((c) => c.label)).toEqual([
      '企业名称',
      '所属县（市、区）',
      '当前称号',
      '应配职级',
      '挂包干部',
      '状态',
      '操作',
    ]);
    expect(columns.find((c) => c.key === 'requiredRank')?.formatter?.(row())).toBe('处级');
  });
});

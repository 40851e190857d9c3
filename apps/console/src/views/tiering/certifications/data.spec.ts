import { completeUscc } from '@ladder/shared-domain';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';

import { i18n } from '@/locales';

import {
  barredUntilPreview,
  canRenew,
  canRevoke,
  daysText,
  expiryTone,
  groupByExpiryDay,
  toCertificationQuery,
  toRecordRequest,
  toRenewRequest,
  useColumns,
  usccError,
} from './data';
import type { CertificationRow } from './data';

function withSetup<T>(composable: () => T): T {
  let result: T | undefined;
  mount(defineComponent({ setup: () => ((result = composable()), () => null) }), { global: { plugins: [i18n] } });
  return result as T;
}

function certification(overrides: Partial<CertificationRow>): CertificationRow {
  return {
    id: 'c1',
    uscc: '91350404MA34PQ7W25',
    name: '三明示例装备制造有限公司',
    countyCode: '350404',
    tier: 'specialized',
    kind: 'new',
    status: 'valid',
    issuer: '福建省工业和信息化厅',
    docNo: '闽工信〔2023〕1号',
    certifiedOn: '2023-06-15',
    validUntil: '2026-06-14',
    renewals: [],
    revokedOn: null,
    revocationReason: null,
    fraud: false,
    barredUntil: null,
    review: { eligible: true, reason: '已按期更新年度数据', deadline: '2026-04-30' },
    daysToExpiry: 120,
    recommendationId: null,
    createdAt: '2023-06-20T02:00:00Z',
    ...overrides,
  };
}

describe('days to expiry', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should warn at 90 days or less and alarm at 30 days or less', () => {
    expect(expiryTone(91)).toBe('normal');
    expect(expiryTone(90)).toBe('warning');
    expect(expiryTone(31)).toBe('warning');
    expect(expiryTone(30)).toBe('danger');
    expect(expiryTone(0)).toBe('danger');
    expect(expiryTone(-1)).toBe('expired');
  });

  it('should not colour titles that are no longer valid', () => {
    expect(expiryTone(10, 'revoked')).toBe('muted');
    expect(expiryTone(10, 'superseded')).toBe('muted');
    expect(expiryTone(-5, 'expired')).toBe('expired');
  });

  it('should word the days left and the days past', () => {
    expect(daysText(12)).toBe('12 天');
    expect(daysText(-3)).toBe('已过期 3 天');
    i18n.global.locale.value = 'en';
    expect(daysText(-3)).toBe('Expired 3 days ago');
  });
});

describe('certification filters and actions', () => {
  it('should ask the valid titles expiring within 90 days for the switch', () => {
    expect(toCertificationQuery({ tier: 'specialized', status: 'revoked' }, true, null, '2025-11-15')).toEqual({
      tier: 'specialized',
      status: 'valid',
      expiringBy: '2026-02-13',
    });
  });

  it('should drop unknown values and the county of a county-scoped user', () => {
    expect(
      toCertificationQuery(
        { tier: 'gold', status: 'x', county: '350481', uscc: ' 91350404ma34pq7w25 ' },
        false,
        '350404',
        '2025-01-01',
      ),
    ).toEqual({
      uscc: '91350404MA34PQ7W25',
    });
  });

  it('should renew valid or expired titles and revoke only valid ones', () => {
    expect(canRenew(certification({ status: 'expired' }))).toBe(true);
    expect(canRenew(certification({ status: 'revoked' }))).toBe(false);
    expect(canRevoke(certification({ status: 'valid' }))).toBe(true);
    expect(canRevoke(certification({ status: 'expired' }))).toBe(false);
  });

  it('should leave an empty validUntil out (the service defaults it)', () => {
    expect(
      toRecordRequest({
        uscc: ' 91350404ma34pq7w25',
        tier: 'innovative',
        issuer: ' 福建省工业和信息化厅 ',
        docNo: '闽工信〔2023〕1号',
        certifiedOn: '2023-06-15',
        validUntil: '',
      }),
    ).toEqual({
      uscc: '91350404MA34PQ7W25',
      tier: 'innovative',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信〔2023〕1号',
      certifiedOn: '2023-06-15',
    });
    expect(toRenewRequest({ docNo: 'X', renewedOn: '2026-06-01', validUntil: '2029-06-14' })).toEqual({
      docNo: 'X',
      renewedOn: '2026-06-01',
      validUntil: '2029-06-14',
    });
    expect(() =>
      toRecordRequest({ uscc: 'x', tier: '', issuer: 'a', docNo: 'b', certifiedOn: '2023-01-01', validUntil: '' }),
    ).toThrow(RangeError);
  });

  it('should explain the 3-year bar of a fraud revocation', () => {
    expect(barredUntilPreview('2025-03-10')).toBe('2028-03-10');
    expect(barredUntilPreview('2024-02-29')).toBe('2027-02-28');
    expect(barredUntilPreview('')).toBe('—');
  });

  it('should check the USCC of a title entered by hand', () => {
    expect(usccError(completeUscc('91350404MA2XYA123'))).toBeNull();
    expect(usccError('123')).toContain('18位');
  });
});

describe('expiry calendar and columns', () => {
  it('should group the titles of the month by their last valid day', () => {
    const rows = [
      certification({ id: 'a', validUntil: '2026-06-14' }),
      certification({ id: 'b', validUntil: '2026-06-14' }),
      certification({ id: 'c', validUntil: '2026-06-30' }),
      certification({ id: 'd', validUntil: '2026-05-31' }),
    ];
    const byDay = groupByExpiryDay(rows, '2026-06');
    expect(Object.keys(byDay).sort()).toEqual(['2026-06-14', '2026-06-30']);
    expect(byDay['2026-06-14']?.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('should label the columns and format the cells in Chinese', () => {
    const columns = withSetup(useColumns).value;
    expect(columns.map((c) => c.label)).toEqual([
      '企业名称',
      '所属县（市、区）',
      '层级',
      '状态',
      '认定文号',
      '认定日期与有效期',
      '剩余天数',
      '复核资格',
      '操作',
    ]);
    const row = certification({ daysToExpiry: 45 });
    const cell = (key: string): string | undefined => columns.find((c) => c.key === key)?.formatter?.(row);
    expect(cell('countyCode')).toBe('三元区');
    expect(cell('status')).toBe('有效');
    expect(cell('tier')).toBe('专精特新中小企业（新认定）');
    expect(cell('daysToExpiry')).toBe('45 天');
    expect(cell('validity')).toBe('2023-06-15 至 2026-06-14');
  });
});

import { completeUscc } from '@ladder/shared-domain';
import { describe, expect, it } from 'vitest';

import { committedOf, emptyAddWhiteList, emptySubmitGuarantee, mayReceive, principalToFen, toAddWhiteListBody, toPrecheckRequest, toSubmitGuaranteeBody } from './data';

const USCC = completeUscc('91350100MA3GUARA1');
const TODAY = '2026-10-12';
const G = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

describe('guarantees data entry', () => {
  it('should read 元 into integer 分 from the decimal text when the amount is exact', () => {
    expect(principalToFen('5000000')).toEqual({ ok: true, fen: 500_000_000 });
    expect(principalToFen('5000000.01')).toEqual({ ok: true, fen: 500_000_001 });
    expect(principalToFen('1,234,567.89')).toEqual({ ok: true, fen: 123_456_789 });
    expect(principalToFen('0.29')).toEqual({ ok: true, fen: 29 }); // 0.29 * 100 = 28.999999999999996 in floating point
    expect(principalToFen('1000000000')).toEqual({ ok: true, fen: 100_000_000_000 });
  });

  it('should refuse in Chinese when the amount is empty, negative, zero, finer than 1分 or above 10亿元', () => {
    expect(principalToFen('')).toEqual({ ok: false, message: '担保本金：请输入金额' });
    expect(principalToFen('-1')).toEqual({ ok: false, message: '担保本金：金额不能为负数' });
    expect(principalToFen('0')).toEqual({ ok: false, message: '担保本金：金额须大于0' });
    expect(principalToFen('1.001').ok).toBe(false);
    expect(principalToFen('1e6').ok).toBe(false);
    expect(principalToFen('1000000000.01')).toEqual({ ok: false, message: '担保本金不能超过10亿元' });
  });

  it('should build the submit body and omit the date when it is today', () => {
    const model = { ...emptySubmitGuarantee(TODAY), uscc: USCC.toLowerCase(), guarantorId: G, bankId: B, principalYuan: '2000000.01', purpose: ' 采购原材料 ' };
    expect(toSubmitGuaranteeBody(model, TODAY)).toEqual({
      ok: true,
      body: { uscc: USCC, guarantorId: G, bankId: B, principalFen: 200_000_001, termMonths: 12, purpose: '采购原材料' },
    });
    expect(toSubmitGuaranteeBody({ ...model, applicationDate: '2026-09-30' }, TODAY)).toMatchObject({ ok: true, body: { applicationDate: '2026-09-30' } });
  });

  it('should name the first problem of an application in Chinese', () => {
    const model = { ...emptySubmitGuarantee(TODAY), uscc: USCC, guarantorId: G, bankId: B, principalYuan: '100', purpose: 'x' };
    expect(toSubmitGuaranteeBody({ ...model, uscc: `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}` }, TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('校验码错误') as string });
    expect(toSubmitGuaranteeBody({ ...model, bankId: '' }, TODAY)).toEqual({ ok: false, message: '请选择合作银行' });
    expect(toSubmitGuaranteeBody({ ...model, termMonths: 121 }, TODAY)).toEqual({ ok: false, message: '期限应为1至120个月的整数' });
    expect(toSubmitGuaranteeBody({ ...model, purpose: ' ' }, TODAY)).toEqual({ ok: false, message: '请填写借款用途' });
    expect(toSubmitGuaranteeBody({ ...model, applicationDate: '2026-10-13' }, TODAY)).toEqual({ ok: false, message: '申请日期不能晚于今天（2026-10-12）' });
  });

  it('should preview with the white-list title and the committed principal', () => {
    const body = { uscc: USCC, guarantorId: G, bankId: B, principalFen: 200_000_000, termMonths: 12, purpose: 'x' };
    const entry = { uscc: USCC, name: '甲', countyCode: '350102', member: true, source: 'title' as const, tier: 'specialized' as const, certificationId: 'c', since: '2025-01-01', until: '2027-12-31', reason: '', updatedAt: '' };
    expect(toPrecheckRequest(body, entry, 300_000_000, TODAY)).toEqual({
      date: TODAY,
      titles: [{ tier: 'specialized', certifiedOn: '2025-01-01', validUntil: '2027-12-31' }],
      outstandingGuaranteedFen: 300_000_000,
      requestedPrincipalFen: 200_000_000,
      termMonths: 12,
    });
    expect(toPrecheckRequest(body, null, null, TODAY)).toMatchObject({ titles: null, outstandingGuaranteedFen: null });
    const exposure = { byEnterprise: [{ key: USCC, name: '甲', pendingFen: 100, outstandingFen: 200, compensatedFen: 0, recoveredFen: 0, count: 2 }], byGuarantor: [], byBank: [], byCounty: [] };
    expect(committedOf(exposure, USCC)).toBe(300);
    expect(committedOf(exposure, 'other')).toBe(0);
  });

  it('should let an application be received only when its check is eligible or leaves the decision to the service', () => {
    expect(mayReceive('eligible')).toBe(true);
    expect(mayReceive('unknown')).toBe(true);
    expect(mayReceive('not-eligible')).toBe(false);
    expect(mayReceive('not-covered')).toBe(false);
  });

  it('should ask for the county and the reason of a manual white-list addition', () => {
    const model = { ...emptyAddWhiteList(TODAY), uscc: USCC };
    expect(toAddWhiteListBody(model, TODAY)).toEqual({ ok: false, message: '请选择所属县（市、区）' });
    expect(toAddWhiteListBody({ ...model, countyCode: '350102' }, TODAY)).toEqual({ ok: false, message: '请填写纳入“白名单”的原因' });
    expect(toAddWhiteListBody({ ...model, countyCode: '350102', reason: ' 省级认定 ' }, TODAY)).toEqual({ ok: true, body: { uscc: USCC, countyCode: '350102', reason: '省级认定' } });
  });
});

import { describe, expect, it } from 'vitest';

import {
  addDays,
  mapLimit,
  objectionsOf,
  openObjections,
  printTitle,
  publicityEndsOn,
  toCreatePublicityRequest,
  toObjectionRequest,
  toResolveRequest,
  windowOver,
} from './data';

function objection(id: string, entitlementId: string, status: Api.Subsidies.Objection['status'], createdAt: string): Api.Subsidies.Objection {
  return { id, entitlementId, raisedBy: '张三', reason: '不实', status, note: null, createdAt };
}

describe('the objection window', () => {
  it('should end on the last of the given days, as the service counts', () => {
    expect(publicityEndsOn('2025-03-01', 7)).toBe('2025-03-07');
    expect(publicityEndsOn('2024-02-25', 7)).toBe('2024-03-02');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('should be over only after its last day', () => {
    expect(windowOver({ endsOn: '2025-03-07' }, '2025-03-07')).toBe(false);
    expect(windowOver({ endsOn: '2025-03-07' }, '2025-03-08')).toBe(true);
  });
});

describe('the printed list', () => {
  it('should read “关于…的公示”', () => {
    expect(printTitle('2025年度奖补资金拟兑现名单')).toBe('关于2025年度奖补资金拟兑现名单的公示');
    expect(printTitle('关于2025年度奖补资金的公示')).toBe('关于2025年度奖补资金的公示');
    expect(printTitle('2025年度奖补公示')).toBe('关于2025年度奖补的公示');
  });
});

describe('objections', () => {
  const p = {
    objections: [
      objection('o1', 'e1', 'dismissed', '2025-03-02T00:00:00Z'),
      objection('o2', 'e1', 'open', '2025-03-03T00:00:00Z'),
      objection('o3', 'e2', 'open', '2025-03-01T00:00:00Z'),
    ],
  };

  it('should count the open ones and list an item’s newest first', () => {
    expect(openObjections(p)).toBe(2);
    expect(objectionsOf(p, 'e1').map((o) => o.id)).toEqual(['o2', 'o1']);
    expect(objectionsOf(p, 'e3')).toEqual([]);
  });

  it('should need who objects and why, and a decision with a note', () => {
    expect(toObjectionRequest({ raisedBy: ' 李四 ', reason: ' 数据不实 ' })).toEqual({ ok: true, request: { raisedBy: '李四', reason: '数据不实' } });
    expect(toObjectionRequest({ raisedBy: '', reason: 'x' })).toMatchObject({ ok: false });
    expect(toResolveRequest({ decision: 'dismissed', note: '经核实无误' })).toEqual({
      ok: true,
      request: { decision: 'dismissed', note: '经核实无误' },
    });
    expect(toResolveRequest({ decision: '', note: 'x' })).toMatchObject({ ok: false });
    expect(toResolveRequest({ decision: 'upheld', note: ' ' })).toMatchObject({ ok: false });
  });
});

describe('creating a list', () => {
  it('should need a title, a start date, 1 to 60 days and at least one item', () => {
    expect(toCreatePublicityRequest({ title: ' 名单 ', startsOn: '2025-03-01', days: 7, entitlementIds: ['a', 'b', 'a'] })).toEqual({
      ok: true,
      request: { title: '名单', startsOn: '2025-03-01', days: 7, entitlementIds: ['a', 'b'] },
    });
    expect(toCreatePublicityRequest({ title: '', startsOn: '2025-03-01', days: 7, entitlementIds: ['a'] })).toMatchObject({ ok: false });
    expect(toCreatePublicityRequest({ title: 't', startsOn: '2025-03-01', days: 0, entitlementIds: ['a'] })).toMatchObject({ ok: false });
    expect(toCreatePublicityRequest({ title: 't', startsOn: '2025-03-01', days: 7, entitlementIds: [] })).toEqual({
      ok: false,
      message: '请至少选择一条待公示的奖补',
    });
  });
});

describe('a list entered late (补录)', () => {
  it('should need a reason and an approver when the start is before today, and count the window from today', () => {
    const model = { title: 't', startsOn: '2025-03-01', days: 7, entitlementIds: ['a'] };
    expect(toCreatePublicityRequest(model, '2025-03-10')).toMatchObject({ ok: false });
    expect(toCreatePublicityRequest({ ...model, backdateReason: '已在网站发布', approverUsername: 'gxjsh', approverPassword: 'p' }, '2025-03-10')).toEqual({
      ok: true,
      request: { ...model, backdateReason: '已在网站发布', approver: { username: 'gxjsh', password: 'p' } },
    });
    expect(toCreatePublicityRequest(model, '2025-03-01')).toMatchObject({ ok: true });
    expect(publicityEndsOn('2025-03-01', 7, '2025-03-10')).toBe('2025-03-16');
    expect(publicityEndsOn('2025-03-12', 7, '2025-03-10')).toBe('2025-03-18');
  });
});

describe('mapLimit', () => {
  it('should keep the order, cap the calls in flight and turn failures into null', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5 * (8 - n)));
      inFlight--;
      if (n === 4) throw new Error('boom');
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, null, 50, 60, 70]);
    expect(peak).toBe(3);
    expect(await mapLimit([], 6, async () => 1)).toEqual([]);
  });
});

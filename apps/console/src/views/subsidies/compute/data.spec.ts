import { describe, expect, it } from 'vitest';

import { emptyComputeModel, toComputeRequest } from './data';

describe('compute request', () => {
  it('should send the unit price of S-36 in 分, read exactly from 万元', () => {
    expect(toComputeRequest({ ...emptyComputeModel('S-36', '2024-05-01'), unitPriceWan: '500' })).toEqual({
      ok: true,
      request: { awardId: 'S-36', date: '2024-05-01', facts: { unitPriceFen: 500_000_000 } },
    });
  });

  it('should send JSON facts for the other awards', () => {
    expect(toComputeRequest({ ...emptyComputeModel('S-17', '2024-05-01'), factsJson: '{"kind":"new"}' })).toEqual({
      ok: true,
      request: { awardId: 'S-17', date: '2024-05-01', facts: { kind: 'new' } },
    });
  });

  it('should refuse a missing award, date or price', () => {
    expect(toComputeRequest(emptyComputeModel('', '2024-05-01'))).toEqual({ ok: false, message: '请选择奖补项目' });
    expect(toComputeRequest(emptyComputeModel('S-17', ''))).toEqual({ ok: false, message: '请选择事项日期' });
    expect(toComputeRequest(emptyComputeModel('S-36', '2024-05-01'))).toEqual({ ok: false, message: '请输入金额' });
  });
});

import { REPEAT_OFFENDER_VERSIONS, judgeRepeatOffender, repeatOffenderVersionOn } from './repeat-offender.rules';

describe('repeat offenders (屡次拖欠)', () => {
  it.each([
    { years: 1, contracts: 1, offender: false },
    { years: 1, contracts: 2, offender: false },
    { years: 2, contracts: 2, offender: true },
    { years: 1, contracts: 3, offender: true },
    { years: 3, contracts: 5, offender: true },
  ])('should name a buyer listed in $years years on $contracts contracts: $offender', ({ years, contracts, offender }) => {
    // Act
    const j = judgeRepeatOffender(years, contracts, '2025-12-31');
    // Assert
    expect(j.offender).toBe(offender);
    expect(j.reasons.length > 0).toBe(offender);
    expect(j.rule.id).toBe('repeat-offender@2020');
  });

  it('should say which test named the buyer with the threshold', () => {
    // Act
    const j = judgeRepeatOffender(2, 3, '2024-12-31');
    // Assert
    expect(j.reasons).toEqual(['2个年度逾期未支付（≥ 2个年度）', '3份合同逾期未支付（≥ 3份）']);
  });

  it('should refuse a date before the payment regulation when no version is in force', () => {
    // Act / Assert
    expect(() => repeatOffenderVersionOn('2020-08-31')).toThrow(RangeError);
  });

  it('should list both thresholds as pending confirmation by 市工信局', () => {
    // Assert
    for (const v of REPEAT_OFFENDER_VERSIONS) expect(v.pending.map((p) => p.parameter)).toEqual(['repeatOffender.minYears', 'repeatOffender.minContracts']);
  });
});

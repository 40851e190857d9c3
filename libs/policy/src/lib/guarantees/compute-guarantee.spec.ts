import { wan } from '../awards/award-money';
import { MeasureCatalogueError } from '../common/measure-versions';
import { computeGuarantee, guaranteeFee, whiteListMembership } from './compute-guarantee';
import type { GuaranteeRequest, GuaranteeVersion } from './guarantee-types';
import { GuaranteeRequestError } from './guarantee-request';
import { validateGuaranteeSuccessor } from './guarantee-versions';

const SPECIALIZED = [{ tier: 'specialized', certifiedOn: '2023-06-15', validUntil: '2026-06-14' }] as const;
const LITTLE_GIANT = [
  { tier: 'specialized', certifiedOn: '2022-08-01' },
  { tier: 'little-giant', certifiedOn: '2023-07-01', validUntil: '2026-06-30' },
] as const;

function req(overrides: Partial<GuaranteeRequest> = {}): GuaranteeRequest {
  return {
    date: '2024-06-01',
    titles: SPECIALIZED,
    outstandingGuaranteedFen: wan(300),
    requestedPrincipalFen: wan(200),
    termMonths: 12,
    ...overrides,
  };
}

const successor = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'S-49@2026',
  ruleId: 'S-49',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  source: { title: '示例文件', docNo: '示例〔2026〕2号', confidence: 'unconfirmed' },
  clause: '第三条',
  terms: { kind: 'guarantee-ceiling', ceilingsFen: { specialized: wan(500), 'little-giant': wan(1000) } },
  successor: true,
  approvedBy: ['甲', '乙'],
  ...overrides,
});

describe('computeGuarantee — ceiling by tier (以下 includes the number)', () => {
  it.each([
    // [titles, outstanding, requested, decision, headroom, excess]
    ['专精特新', SPECIALIZED, wan(300), wan(200), 'eligible', wan(200), 0],
    ['专精特新', SPECIALIZED, wan(300), wan(200) + 1, 'not-eligible', wan(200), 1],
    ['专精特新', SPECIALIZED, wan(300), wan(200) - 1, 'eligible', wan(200), 0],
    ['专精特新', SPECIALIZED, 0, wan(500), 'eligible', wan(500), 0],
    ['专精特新', SPECIALIZED, 0, wan(500) + 1, 'not-eligible', wan(500), 1],
    ['小巨人', LITTLE_GIANT, 0, wan(1000), 'eligible', wan(1000), 0],
    ['小巨人', LITTLE_GIANT, 0, wan(1000) + 1, 'not-eligible', wan(1000), 1],
    ['小巨人', LITTLE_GIANT, wan(999), wan(1), 'eligible', wan(1), 0],
    ['专精特新', SPECIALIZED, wan(600), wan(1), 'not-eligible', 0, wan(101)],
  ] as const)(
    'should decide the %s case with outstanding %i and requested %i as %s',
    (_label, titles, outstanding, requested, decision, headroom, excess) => {
      // Act
      const result = computeGuarantee(
        req({ titles, outstandingGuaranteedFen: outstanding, requestedPrincipalFen: requested }),
      );

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.headroomFen).toBe(headroom);
      expect(result.excessFen).toBe(excess);
      expect(result.clause).toBe(
        '《三明市优质中小企业梯度培育行动方案（征求意见稿）》二、（三）2 畅通市场化融资渠道',
      );
    },
  );

  it('should name the ceiling, headroom and excess in the gap when 200万 + 1分 is asked with 300万 outstanding', () => {
    // Act
    const result = computeGuarantee(req({ requestedPrincipalFen: wan(200) + 1 }));

    // Assert
    expect(result).toMatchObject({
      decision: 'not-eligible',
      ceilingFen: wan(500),
      headroomFen: wan(200),
      fee: null,
    });
    expect(result.gaps).toEqual([
      '在保本金300万元 + 本次申请200.000001万元 = 500.000001万元，超过专精特新中小企业担保额度500万元（剩余额度200万元，超出0.000001万元）',
    ]);
  });

  it('should count the 小巨人 ceiling when both a 专精特新 and a 小巨人 title are valid', () => {
    // Act
    const result = computeGuarantee(req({ titles: LITTLE_GIANT, outstandingGuaranteedFen: wan(500) }));

    // Assert
    expect(result).toMatchObject({ decision: 'eligible', tier: 'little-giant', ceilingFen: wan(1000) });
  });

  it('should fall back to the 专精特新 ceiling when the 小巨人 title expired the day before', () => {
    // Arrange
    const titles = [
      { tier: 'specialized', certifiedOn: '2024-01-10' },
      { tier: 'little-giant', certifiedOn: '2021-07-01', validUntil: '2024-05-31' },
    ] as const;

    // Act
    const result = computeGuarantee(
      req({ titles, outstandingGuaranteedFen: 0, requestedPrincipalFen: wan(600) }),
    );

    // Assert
    expect(result).toMatchObject({ decision: 'not-eligible', tier: 'specialized', ceilingFen: wan(500) });
  });

  it.each([
    ['2023-06-14', 'not-eligible'],
    ['2023-06-15', 'eligible'],
    ['2026-06-14', 'not-covered'],
    ['2025-12-31', 'eligible'],
  ] as const)('should read the title on the application date %s as %s', (date, decision) => {
    // Act / Assert
    expect(computeGuarantee(req({ date })).decision).toBe(decision);
  });

  it.each([
    ['2025-06-14', 'eligible'],
    ['2025-06-15', 'not-eligible'],
  ] as const)('should stop counting a title valid until 2025-06-14 when the date is %s', (date, decision) => {
    // Arrange
    const titles = [{ tier: 'specialized', certifiedOn: '2022-06-15', validUntil: '2025-06-14' }] as const;

    // Act
    const result = computeGuarantee(req({ date, titles }));

    // Assert
    expect(result.decision).toBe(decision);
    if (decision === 'not-eligible') expect(result.gaps[0]).toContain('有效期至2025-06-14，已到期');
  });

  it.each([
    ['2024-11-01', 'eligible'],
    ['2024-11-02', 'not-eligible'],
  ] as const)(
    'should count a title revoked on 2024-11-01 on the revocation day only when the date is %s',
    (date, decision) => {
      // Arrange
      const titles = [{ tier: 'specialized', certifiedOn: '2023-06-15', revokedOn: '2024-11-01' }] as const;

      // Act / Assert
      expect(computeGuarantee(req({ date, titles })).decision).toBe(decision);
    },
  );

  it('should answer unknown naming the fact when the outstanding principal is not reported', () => {
    // Act
    const result = computeGuarantee(req({ outstandingGuaranteedFen: null }));

    // Assert
    expect(result).toMatchObject({
      decision: 'unknown',
      missing: ['outstandingGuaranteedFen'],
      ceilingFen: wan(500),
    });
    expect(result.reason).toContain('缺少outstandingGuaranteedFen（政府性融资担保贷款在保本金（分））');
  });

  it('should refuse without the requested amount when the outstanding principal already reaches the ceiling', () => {
    // Act
    const result = computeGuarantee(req({ outstandingGuaranteedFen: wan(500), requestedPrincipalFen: null }));

    // Assert
    expect(result).toMatchObject({ decision: 'not-eligible', headroomFen: 0 });
  });

  it('should refuse even with unknown titles when the request exceeds every tier ceiling', () => {
    // Act
    const over = computeGuarantee(
      req({ titles: null, outstandingGuaranteedFen: 0, requestedPrincipalFen: wan(1000) + 1 }),
    );
    const within = computeGuarantee(
      req({ titles: null, outstandingGuaranteedFen: 0, requestedPrincipalFen: wan(1000) }),
    );

    // Assert
    expect(over.decision).toBe('not-eligible');
    expect(within).toMatchObject({ decision: 'unknown', missing: ['titles'] });
  });

  it('should answer unknown naming the term when the term of the basis in use is missing', () => {
    // Act
    const months = computeGuarantee(req({ termMonths: null, termDays: 90 }));
    const days = computeGuarantee(req({ termMonths: 12 }), { params: { termBasis: 'days' } });

    // Assert
    expect(months).toMatchObject({ decision: 'unknown', missing: ['termMonths'] });
    expect(days).toMatchObject({ decision: 'unknown', missing: ['termDays'] });
  });

  it('should ignore the outstanding principal when the ceiling caps each loan', () => {
    // Act
    const result = computeGuarantee(
      req({ outstandingGuaranteedFen: null, requestedPrincipalFen: wan(500) }),
      {
        params: { ceilingScope: 'per-loan' },
      },
    );

    // Assert
    expect(result).toMatchObject({ decision: 'eligible', headroomFen: wan(500), ceilingScope: 'per-loan' });
    expect(result.pendingConfirmations.find((p) => p.parameter === 'ceilingScope')?.value).toBe('per-loan');
  });
});

describe('computeGuarantee — fee', () => {
  it('should reduce the 专精特新 fee to 0.5% and show the policy cost when the defaults apply', () => {
    // Act
    const { fee } = computeGuarantee(req());

    // Assert
    expect(fee).toMatchObject({
      treatment: 'reduced',
      standardFeeFen: 2_000_000,
      chargedFeeFen: 1_000_000,
      policyCostFen: 1_000_000,
      formula: '担保本金200万元 × 年费率5‰ × 12/12 = 1万元',
      scheduleConfirmed: false,
    });
  });

  it('should waive the 小巨人 fee when the defaults apply', () => {
    // Act
    const { fee } = computeGuarantee(
      req({
        titles: LITTLE_GIANT,
        outstandingGuaranteedFen: 0,
        requestedPrincipalFen: wan(1000),
        termMonths: 24,
      }),
    );

    // Assert
    expect(fee).toMatchObject({
      treatment: 'waived',
      chargedFeeFen: 0,
      standardFeeFen: 20_000_000,
      policyCostFen: 20_000_000,
    });
  });

  it.each([
    [
      1_000_001,
      0.5,
      'months',
      7,
      '担保本金1.000001万元 × 年费率5‰ × 7/12 = 约0.00291667万元，按分向下取整为0.002916万元',
      2916,
    ],
    [
      wan(200),
      0.5,
      'days',
      180,
      '担保本金200万元 × 年费率5‰ × 180/365 = 约0.49315068万元，按分向下取整为0.49315万元',
      493_150,
    ],
    [wan(365), 1, 'days', 365, '担保本金365万元 × 年费率1% × 365/365 = 3.65万元', 3_650_000],
  ] as const)(
    'should round %i × %s% × term down to the fen (%s %i)',
    (principal, percentRate, basis, term, formula, fen) => {
      // Arrange
      const rate = percentRate === 1 ? { num: 1, den: 100 } : { num: 5, den: 1000 };

      // Act
      const fee = guaranteeFee(principal, rate, basis, term);

      // Assert
      expect(fee.formula).toBe(formula);
      expect(fee.floorFen).toBe(fen);
    },
  );

  it('should take the rates of the fee row in force on the date when a dated schedule is given', () => {
    // Arrange
    const feeSchedule = [
      {
        id: 'a',
        effectiveFrom: '2022-01-01',
        effectiveTo: '2024-05-31',
        standardRate: { num: 2, den: 100 },
        tierRates: { specialized: { num: 1, den: 100 }, 'little-giant': { num: 0, den: 1 } },
        confirmed: true,
        docNo: '示例',
      },
      {
        id: 'b',
        effectiveFrom: '2024-06-01',
        standardRate: { num: 15, den: 1000 },
        tierRates: { specialized: { num: 15, den: 1000 }, 'little-giant': { num: 0, den: 1 } },
        confirmed: true,
      },
    ];

    // Act
    const before = computeGuarantee(req({ date: '2024-05-31' }), { params: { feeSchedule } });
    const after = computeGuarantee(req({ date: '2024-06-01' }), { params: { feeSchedule } });
    const none = computeGuarantee(req({ date: '2021-12-31' }), {
      params: { feeSchedule: feeSchedule.slice(1) },
    });

    // Assert
    expect(before.fee).toMatchObject({ scheduleId: 'a', chargedFeeFen: 2_000_000, policyCostFen: 2_000_000 });
    expect(after.fee).toMatchObject({ scheduleId: 'b', treatment: 'standard', policyCostFen: 0 });
    expect(none.decision).toBe('not-covered');
  });

  it('should reject a fee row above the standard rate or overlapping another one when parameters are checked', () => {
    // Arrange
    const row = {
      id: 'x',
      effectiveFrom: '2022-01-01',
      standardRate: { num: 1, den: 100 },
      tierRates: { specialized: { num: 2, den: 100 }, 'little-giant': { num: 0, den: 1 } },
      confirmed: false,
    };

    // Act / Assert
    expect(() => computeGuarantee(req(), { params: { feeSchedule: [row] } })).toThrow(GuaranteeRequestError);
    const ok = { ...row, tierRates: { ...row.tierRates, specialized: { num: 1, den: 200 } } };
    expect(() => computeGuarantee(req(), { params: { feeSchedule: [ok, { ...ok, id: 'y' }] } })).toThrow(
      '有效期重叠',
    );
  });
});

describe('computeGuarantee — plan period and successor versions', () => {
  it.each([
    ['2021-12-31', 'not-covered'],
    ['2022-01-01', 'eligible'],
    ['2025-12-31', 'eligible'],
    ['2026-01-01', 'not-covered'],
  ] as const)('should apply the plan base version on %s as %s', (date, decision) => {
    // Arrange
    const titles = [{ tier: 'specialized', certifiedOn: '2021-06-01', validUntil: '2026-12-31' }] as const;

    // Act
    const result = computeGuarantee(req({ date, titles }));

    // Assert
    expect(result.decision).toBe(decision);
    expect(result.versionApplies).toContain(
      decision === 'not-covered' ? '不在任何政策版本的有效期内' : '适用行动方案基础版本S-49@plan-2022',
    );
  });

  it('should apply an approved successor after the plan period and say so', () => {
    // Arrange
    const titles = [{ tier: 'specialized', certifiedOn: '2025-06-15' }] as const;

    // Act
    const result = computeGuarantee(req({ date: '2026-03-02', titles }), { successors: [successor()] });

    // Assert
    expect(result.decision).toBe('eligible');
    expect(result.version).toMatchObject({ id: 'S-49@2026', successor: true, docNo: '示例〔2026〕2号' });
    expect(result.versionApplies).toBe(
      '适用经审批的后续政策版本S-49@2026（示例〔2026〕2号，2026-01-01至2026-12-31）',
    );
    expect(result.whiteList.decision).toBe('not-covered');
  });

  it('should refuse a successor that overlaps the plan or lacks a 文号 or a second approver', () => {
    // Act
    const problems = validateGuaranteeSuccessor(
      successor({
        effectiveFrom: '2025-12-31',
        source: { title: 't', confidence: 'unconfirmed' },
        approvedBy: ['甲', '甲'],
      }),
    );

    // Assert
    expect(problems).toEqual([
      '版本S-49@2026：缺少文号（source.docNo）',
      '版本S-49@2026：后续版本须经两名不同人员审批（approvedBy）',
      '版本S-49@2026：与版本S-49@plan-2022（2022-01-01至2025-12-31）的有效期重叠：同一措施的版本有效期不得重叠',
    ]);
    expect(() =>
      computeGuarantee(req(), { successors: [successor({ effectiveFrom: '2025-12-31' })] }),
    ).toThrow(MeasureCatalogueError);
  });

  it('should refuse a successor with a malformed ceiling', () => {
    // Act / Assert
    expect(
      validateGuaranteeSuccessor(
        successor({ terms: { kind: 'guarantee-ceiling', ceilingsFen: { specialized: -1 } } }),
      ),
    ).toEqual([
      '版本S-49@2026：S-49 的担保额度 ceilingsFen.specialized 应为大于0的整数（分）',
      '版本S-49@2026：S-49 的担保额度 ceilingsFen.little-giant 应为大于0的整数（分）',
    ]);
  });

  it('should throw on two versions of S-49 on the same date when a hand-built list overlaps', () => {
    // Arrange
    const base = computeGuarantee(req()).version;
    expect(base).not.toBeNull();
    const v = {
      id: 'dup',
      ruleId: 'S-49',
      effectiveFrom: '2024-01-01',
      source: { title: 't', docNo: 'd', confidence: 'unconfirmed' },
      clause: 'c',
      terms: { kind: 'guarantee-ceiling', ceilingsFen: { specialized: 1, 'little-giant': 1 } },
      successor: true,
    } as GuaranteeVersion;
    const versions = [v, { ...v, id: 'dup2' }];

    // Act / Assert
    expect(() => computeGuarantee(req(), { versions })).toThrow('有多个有效版本');
  });
});

describe('whiteListMembership (S-48)', () => {
  it.each([
    ['2023-06-14', 'not-member'],
    ['2023-06-15', 'member'],
    ['2024-11-01', 'member'],
    ['2024-11-02', 'not-member'],
  ] as const)(
    'should decide membership on %s as %s for a title recognised 2023-06-15 and revoked 2024-11-01',
    (date, decision) => {
      // Arrange
      const titles = [{ tier: 'specialized', certifiedOn: '2023-06-15', revokedOn: '2024-11-01' }] as const;

      // Act
      const result = whiteListMembership({ date, titles });

      // Assert
      expect(result.decision).toBe(decision);
      if (decision === 'member') expect(result).toMatchObject({ since: '2023-06-15', until: '2024-11-01' });
    },
  );

  it('should leave out an enterprise holding only an innovative title', () => {
    // Act / Assert
    expect(
      whiteListMembership({ date: '2024-06-01', titles: [{ tier: 'innovative', certifiedOn: '2024-01-01' }] })
        .decision,
    ).toBe('not-member');
  });

  it('should answer unknown when titles are not reported and refuse bad input', () => {
    // Act / Assert
    expect(whiteListMembership({ date: '2024-06-01', titles: null })).toMatchObject({
      decision: 'unknown',
      missing: ['titles'],
    });
    expect(() => whiteListMembership({ date: '2024-02-30' })).toThrow(GuaranteeRequestError);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';

import type { RateFraction } from '../awards/award-types';
import { computeProcurement } from './compute-procurement';
import type { DeductionRequest, ReserveRequest } from './procurement-request';
import { ProcurementRequestError, validateProcurementRequest } from './procurement-request';
import type { DeductionResult, ReserveResult } from './procurement-result';

const pct = (num: number, den = 100): RateFraction => ({ num, den });
const WAN = 1_000_000;

function deduction(over: Partial<DeductionRequest>): DeductionResult {
  const request: DeductionRequest = {
    kind: 'deduction',
    date: '2023-03-10',
    category: 'goods',
    projectReserved: false,
    bidder: 'small-micro',
    goodsMadeBySmallMicro: true,
    bidFen: 100 * WAN,
    rate: pct(15),
    ...over,
  };
  return computeProcurement(request) as DeductionResult;
}

function reserve(
  over: Partial<ReserveRequest>,
  params?: { worksReserve40?: 'second-half-2022' | 'from-2022-07' | 'never' },
): ReserveResult {
  const request: ReserveRequest = {
    kind: 'reserve',
    date: '2024-03-01',
    category: 'goods',
    budgetFen: 300 * WAN,
    suitableForSme: true,
    ...over,
  };
  return computeProcurement(request, { params }) as ReserveResult;
}

// One row per band of each version: [date, category, bidder, min, max]. Rates are checked exactly at each end and
// one hundredth of a percentage point outside.
const BANDS: readonly [string, DeductionRequest['category'], 'small-micro' | 'consortium', number, number][] =
  [
    ['2021-01-01', 'goods', 'small-micro', 6, 10],
    ['2022-06-30', 'services', 'small-micro', 6, 10],
    ['2022-06-30', 'goods', 'consortium', 2, 3],
    ['2022-07-01', 'goods', 'small-micro', 10, 20],
    ['2022-07-01', 'services', 'consortium', 4, 6],
    ['2021-06-01', 'works', 'small-micro', 3, 5],
    ['2023-06-01', 'works', 'small-micro', 3, 5],
    ['2021-06-01', 'works', 'consortium', 1, 2],
    ['2023-06-01', 'works', 'consortium', 1, 2],
  ];

describe('procurement preferences (财库〔2020〕46号, 财库〔2022〕19号)', () => {
  describe.each(BANDS)('on %s, %s, %s: band %i%%—%i%%', (date, category, bidder, min, max) => {
    const facts = bidder === 'consortium' ? { smallMicroShare: pct(30), controlledRelationship: false } : {};
    it.each([
      [min * 100 - 1, 'rejected'],
      [min * 100, 'accepted'],
      [max * 100, 'accepted'],
      [max * 100 + 1, 'rejected'],
    ])('should decide a rate of %i/10000 as %s', (bp, decision) => {
      // Act
      const result = deduction({ date, category, bidder, ...facts, rate: pct(bp, 10_000) });
      // Assert
      expect(result.decision).toBe(decision);
      expect(result.band?.zh).toBe(`${min}%—${max}%`);
      if (decision === 'rejected') {
        expect(result.reason).toContain(`${min}%—${max}%`);
        expect(result.reason).toContain(result.band?.clause ?? '—');
        expect(result.evaluationPriceFen).toBeNull();
      }
    });
  });

  it('should accept 6–10 % and reject 15 % in 2021 and accept 15 % in 2023 when goods come from a 小微 on a non-reserved project', () => {
    // Act / Assert
    expect(deduction({ date: '2021-06-15', rate: pct(6) }).decision).toBe('accepted');
    expect(deduction({ date: '2021-06-15', rate: pct(10) }).decision).toBe('accepted');
    const rejected = deduction({ date: '2021-06-15', rate: pct(15) });
    expect(rejected.decision).toBe('rejected');
    expect(rejected.reason).toContain('6%—10%');
    expect(rejected.reason).toContain('财库〔2020〕46号 第九条');
    const accepted = deduction({ date: '2023-03-10', rate: pct(15) });
    expect(accepted).toMatchObject({ decision: 'accepted', evaluationPriceFen: 85 * WAN });
    expect(accepted.version?.docNo).toBe('财库〔2022〕19号');
  });

  it('should switch bands between 2022-06-30 and 2022-07-01 when 19号 takes effect', () => {
    // Act / Assert
    expect(deduction({ date: '2022-06-30', rate: pct(15) }).decision).toBe('rejected');
    expect(deduction({ date: '2022-07-01', rate: pct(15) }).decision).toBe('accepted');
    expect(deduction({ date: '2022-06-30', rate: pct(8) }).decision).toBe('accepted');
    expect(deduction({ date: '2022-07-01', rate: pct(8) }).decision).toBe('rejected');
  });

  it('should not cover a procurement before 2021-01-01 when 46号 was not yet in force', () => {
    // Act
    const result = deduction({ date: '2020-12-31', rate: pct(8) });
    // Assert
    expect(result.decision).toBe('not-covered');
    expect(deduction({ date: '2021-01-01', rate: pct(8) }).decision).toBe('accepted');
  });

  it('should round the evaluation price down to the 分 when bid × (1 − rate) is not whole', () => {
    // Act
    const result = deduction({ bidFen: 123_456_789, rate: pct(15) });
    // Assert: 123456789 × 0.85 = 104938270.65
    expect(result.evaluationPriceFen).toBe(104_938_270);
    expect(result.formula).toContain('按分向下取整');
  });

  it.each([
    [pct(30), 'accepted'],
    [pct(2999, 10_000), 'not-applicable'],
    [pct(3001, 10_000), 'accepted'],
    [pct(1), 'not-applicable'],
  ])('should treat the 30 %% 小微 share as a gate when the consortium share is %o', (share, decision) => {
    // Act
    const result = deduction({
      bidder: 'subcontract',
      smallMicroShare: share,
      controlledRelationship: false,
      rate: pct(5),
    });
    // Assert
    expect(result.decision).toBe(decision);
    if (decision === 'not-applicable') expect(result.evaluationPriceFen).toBe(100 * WAN);
  });

  it('should give no deduction when the project is reserved, the bidder is medium or large, or a 小微 member is controlled', () => {
    // Act / Assert
    expect(deduction({ projectReserved: true }).decision).toBe('not-applicable');
    expect(deduction({ projectReserved: true }).clause).toContain('未预留份额');
    expect(deduction({ bidder: 'medium' }).decision).toBe('not-applicable');
    expect(deduction({ bidder: 'large' }).decision).toBe('not-applicable');
    expect(
      deduction({
        bidder: 'consortium',
        smallMicroShare: pct(40),
        controlledRelationship: true,
        rate: pct(5),
      }).gaps,
    ).toEqual(['小微企业与联合体其他成员或分包企业存在直接控股、管理关系']);
    expect(deduction({ goodsMadeBySmallMicro: false }).decision).toBe('not-applicable');
  });

  it('should answer unknown naming the facts when a consortium share or the goods maker is not reported', () => {
    // Act
    const consortium = deduction({ bidder: 'consortium', rate: pct(5) });
    const goods = deduction({ goodsMadeBySmallMicro: null });
    // Assert
    expect(consortium).toMatchObject({
      decision: 'unknown',
      missing: ['smallMicroShare', 'controlledRelationship'],
    });
    expect(goods).toMatchObject({ decision: 'unknown', missing: ['goodsMadeBySmallMicro'] });
    expect(deduction({ category: 'services', goodsMadeBySmallMicro: null }).decision).toBe('accepted');
  });

  it('should add the rate to the price score instead of deducting when a works project uses 综合评估法', () => {
    // Act
    const result = deduction({ category: 'works', evaluation: 'price-score-bonus', rate: pct(4) });
    // Assert
    expect(result).toMatchObject({
      decision: 'accepted',
      evaluationPriceFen: 100 * WAN,
      priceScoreBonus: pct(4),
    });
    expect(
      validateProcurementRequest({
        kind: 'deduction',
        date: '2023-03-10',
        category: 'goods',
        projectReserved: false,
        bidder: 'small-micro',
        bidFen: 1,
        rate: pct(4),
        evaluation: 'price-score-bonus',
      }).ok,
    ).toBe(false);
  });

  it.each([
    ['goods', 200 * WAN, 'fully-reserved', 200 * WAN],
    ['goods', 200 * WAN + 1, 'share-reserved', 60 * WAN + 1],
    ['services', 200 * WAN, 'fully-reserved', 200 * WAN],
    ['services', 200 * WAN + 1, 'share-reserved', 60 * WAN + 1],
    ['works', 400 * WAN, 'fully-reserved', 400 * WAN],
    ['works', 400 * WAN + 1, 'share-reserved', 120 * WAN + 1],
  ] as const)(
    'should reserve a %s project of %i 分 as %s with at least %i 分',
    (category, budgetFen, decision, minimum) => {
      // Act
      const result = reserve({ category, budgetFen });
      // Assert
      expect(result.decision).toBe(decision);
      expect(result.minimumReservedFen).toBe(minimum);
    },
  );

  it('should round minimum shares up and check a planned reservation exactly when it is given', () => {
    // Act
    const short = reserve({
      category: 'services',
      budgetFen: 300 * WAN + 1,
      reservedFen: 90 * WAN + 1,
      reservedForSmallMicroFen: 54 * WAN,
    });
    const enough = reserve({
      category: 'services',
      budgetFen: 300 * WAN + 1,
      reservedFen: 90 * WAN + 1,
      reservedForSmallMicroFen: 54 * WAN + 1,
    });
    const under = reserve({
      category: 'services',
      budgetFen: 300 * WAN + 1,
      reservedFen: 90 * WAN,
      reservedForSmallMicroFen: 54 * WAN,
    });
    // Assert
    expect(short.minimumSmallMicroFen).toBe(54 * WAN + 1);
    expect(short.check).toMatchObject({
      reservedShareMet: true,
      smallMicroShareMet: false,
      compliant: false,
    });
    expect(enough.check?.compliant).toBe(true);
    expect(under.check).toMatchObject({ reservedShareMet: false, compliant: false });
  });

  it.each([
    ['2022-06-30', 'second-half-2022', 30],
    ['2022-07-01', 'second-half-2022', 40],
    ['2022-12-31', 'second-half-2022', 40],
    ['2023-01-01', 'second-half-2022', 30],
    ['2023-01-01', 'from-2022-07', 40],
    ['2022-09-01', 'never', 30],
  ] as const)(
    'should reserve %s works above 400万 at the share the 19号 reading %s gives (%i %%)',
    (date, reading, share) => {
      // Act
      const result = reserve({ category: 'works', date, budgetFen: 500 * WAN }, { worksReserve40: reading });
      // Assert
      expect(result.requiredShare).toEqual(pct(share));
      expect(result.minimumReservedFen).toBe(5 * share * WAN);
    },
  );

  it('should require nothing when the project is not suitable for SMEs and cover nothing before 2021', () => {
    // Act / Assert
    expect(reserve({ suitableForSme: false }).decision).toBe('not-required');
    expect(reserve({ date: '2020-12-31' }).decision).toBe('not-covered');
  });

  it('should refuse an invalid request with every problem in Chinese', () => {
    // Act / Assert
    expect(() =>
      computeProcurement({
        kind: 'reserve',
        date: '2024-02-30',
        category: 'goods',
        budgetFen: 0,
        suitableForSme: true,
      }),
    ).toThrow(ProcurementRequestError);
    const validation = validateProcurementRequest({
      kind: 'deduction',
      date: '2024-01-01',
      category: 'goods',
      projectReserved: false,
      bidder: 'small-micro',
      bidFen: 1,
      rate: { num: 15, den: 10 },
    });
    expect(validation.ok).toBe(false);
  });
});

// The examples of docs/examples/procurement, as `npm run -s policy -- procurement <file>` reads them.
const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples/procurement');
const DOCUMENTED: Record<
  string,
  { decision: string; evaluationPriceFen?: number | null; minimumReservedFen?: number | null }
> = {
  'goods-small-micro-2021-rate-6.request.json': { decision: 'accepted', evaluationPriceFen: 94 * WAN },
  'goods-small-micro-2021-rate-10.request.json': { decision: 'accepted', evaluationPriceFen: 90 * WAN },
  'goods-small-micro-2021-rate-15.request.json': { decision: 'rejected', evaluationPriceFen: null },
  'goods-small-micro-2023-rate-15.request.json': { decision: 'accepted', evaluationPriceFen: 85 * WAN },
  'goods-reserved-project-2023.request.json': { decision: 'not-applicable', evaluationPriceFen: 100 * WAN },
  'services-consortium-2023-share-30.request.json': { decision: 'accepted', evaluationPriceFen: 117_283_949 },
  'services-consortium-2023-share-29.request.json': {
    decision: 'not-applicable',
    evaluationPriceFen: 123_456_789,
  },
  'works-small-micro-2024-price-score.request.json': {
    decision: 'accepted',
    evaluationPriceFen: 850_000_000,
  },
  'reserve-goods-200wan.request.json': { decision: 'fully-reserved', minimumReservedFen: 200 * WAN },
  'reserve-services-300wan-small-micro-one-fen-short.request.json': {
    decision: 'share-reserved',
    minimumReservedFen: 90 * WAN + 1,
  },
  'reserve-works-500wan-2022h2.request.json': { decision: 'share-reserved', minimumReservedFen: 200 * WAN },
};

describe('docs/examples/procurement', () => {
  it('should document every example file', () => {
    // Act / Assert
    expect(
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.request.json'))
        .sort(),
    ).toEqual(Object.keys(DOCUMENTED).sort());
  });

  it.each(Object.entries(DOCUMENTED))('should give the documented result for %s', (file, expected) => {
    // Arrange
    const validation = validateProcurementRequest(
      JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')),
    );
    if (!validation.ok) throw new Error(validation.problems.join('; '));
    // Act
    const result = computeProcurement(validation.value);
    // Assert
    expect(result).toMatchObject(expected);
  });
});

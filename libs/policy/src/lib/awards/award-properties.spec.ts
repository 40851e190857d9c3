import * as fc from 'fast-check';

import { COUNTY_CODES, TIERS, resolveCountyCode } from '@ladder/shared-domain';

import { entitlementsForCertification } from './award-entitlements';
import type { AwardParameters, CountyMatchingEntry } from './award-parameters';
import { FUND_CAP_SCOPES, REVENUE_COMPARISONS } from './award-parameters';
import type {
  AwardComputation,
  AwardFacts,
  AwardId,
  AwardRequest,
  AwardVersion,
  FundRates,
  RateFraction,
} from './award-types';
import { AWARD_IDS, FUND_KINDS } from './award-types';
import { BASE_AWARD_VERSIONS, awardDefinition } from './awards.rules';
import type { AwardOptions } from './compute-award';
import { computeAward } from './compute-award';

// Properties of every award over arbitrary valid facts, dates (inside and outside the plan period), readings and
// approved successors: the amount is a whole, non-negative number of fen no larger than the version allows, the
// payer split sums exactly to it, and the computation is a pure function of its input.

const RUNS = 200;

// --- Arbitraries ------------------------------------------------------------------------------------------------

/** Present, absent or null (not reported). */
const maybe = <T>(arb: fc.Arbitrary<T>, freq = 5): fc.Arbitrary<T | null> =>
  fc.option(arb, { nil: null, freq });

/** Positive fen: mostly realistic amounts, sometimes anything up to Number.MAX_SAFE_INTEGER. */
const fen = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 5_000_000_000 }) },
  { weight: 1, arbitrary: fc.maxSafeNat().filter((n) => n > 0) },
);
const fenOrZero = fc.oneof(fc.constant(0), fen);
const county = fc.constantFrom(...COUNTY_CODES, '350402', '350403', '350427');
const DAY = 86_400_000;
const dayIn = (from: string, to: string): fc.Arbitrary<string> =>
  fc
    .integer({ min: 0, max: (Date.parse(to) - Date.parse(from)) / DAY })
    .map((n) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10));
/** Mostly inside the plan period, often in 2026 (successors), sometimes before or after everything. */
const date = fc.oneof(
  { weight: 6, arbitrary: dayIn('2022-01-01', '2025-12-31') },
  { weight: 2, arbitrary: dayIn('2026-01-01', '2026-12-31') },
  { weight: 1, arbitrary: dayIn('2020-01-01', '2021-12-31') },
  { weight: 1, arbitrary: dayIn('2027-01-01', '2028-12-31') },
  { weight: 1, arbitrary: fc.constantFrom('2021-12-31', '2022-01-01', '2025-12-31', '2026-01-01') },
);
const kind = fc.constantFrom('new' as const, 'renewal' as const);
const tier = fc.constantFrom(...TIERS);
const rateUpTo = (maxPercent: number): fc.Arbitrary<RateFraction> =>
  fc
    .integer({ min: 1, max: 1_000_000 })
    .chain((den) =>
      fc.integer({ min: 0, max: Math.floor((den * maxPercent) / 100) }).map((num) => ({ num, den })),
    );

/** A boolean that is usually `value`. */
const mostly = (value: boolean): fc.Arbitrary<boolean> =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });

const factsWith =
  (freq: number) =>
  (...entries: [keyof AwardFacts, fc.Arbitrary<unknown>][]): fc.Arbitrary<AwardFacts> =>
    fc.record(Object.fromEntries(entries.map(([k, a]) => [k, maybe(a, freq)])), {
      requiredKeys: entries.filter(() => freq > 5).map(([k]) => k),
    }) as fc.Arbitrary<AwardFacts>;
/** Facts each absent, null or present. */
const facts = factsWith(5);
/** Facts mostly present (awards with many conditions). */
const mostlyPresent = factsWith(40);

const FACTS: Readonly<Record<AwardId, fc.Arbitrary<AwardFacts>>> = {
  'S-17': facts(['kind', kind], ['tier', tier]),
  'S-18': facts(['kind', kind], ['tier', tier]),
  'FJ-LG-50': facts(['kind', kind], ['tier', tier]),
  'S-19': facts(['kind', kind], ['tier', tier], ['countyCode', county]),
  'S-22': facts(
    ['isLittleGiant', fc.boolean()],
    [
      'previousDivisionCode',
      fc.oneof(fc.constantFrom('350404', '350402', '310115'), fc.stringMatching(/^\d{6}$/)),
    ],
    ['countyCode', county],
    ['proposedAmountFen', fen],
  ),
  'S-23': facts(['specializedCount', fc.nat({ max: 12 })], ['littleGiantCount', fc.nat({ max: 12 })]),
  'S-31': facts(),
  'S-32': facts(['leadUnit', fc.boolean()]),
  'S-33': facts(['leadUnit', fc.boolean()]),
  'S-34a': facts(),
  'S-34b': facts(),
  'S-35': facts(['rank', fc.integer({ min: 1, max: 6 })]),
  'S-36': facts(['unitPriceFen', fen]),
  'S-37': facts(['unitPriceFen', fen]),
  'S-40': facts(['proposedAmountFen', fen]),
  'S-43': facts(
    ['holdsSpecializedTitle', fc.boolean()],
    ['equipmentInvestmentFen', fen],
    ['priorGrantedFen', fc.integer({ min: 0, max: 600_000_000 })],
  ),
  // S-44 has six conditions: bias each towards "met" so that every branch, granted included, is exercised.
  'S-44': fc
    .integer({ min: 2019, max: 2027 })
    .chain((year) =>
      mostlyPresent(
        ['holdsSpecializedTitle', mostly(true)],
        ['equipmentInvestmentFen', fen],
        ['priorGrantedFen', fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600_000_000 }))],
        [
          'totalInvestmentFen',
          fc.oneof(
            { weight: 3, arbitrary: fc.integer({ min: 1_000_000_000, max: 50_000_000_000 }) },
            { weight: 1, arbitrary: fc.integer({ min: 999_999_000, max: 1_000_001_000 }) },
            { weight: 1, arbitrary: fenOrZero },
          ),
        ],
        ['completed', mostly(true)],
        ['completionYear', fc.constant(year)],
        [
          'revenueFen',
          fc
            .tuple(
              ...[year - 2, year - 1, year, year + 1].map(() =>
                fc.option(fenOrZero, { nil: undefined, freq: 8 }),
              ),
            )
            .map(
              (values) =>
                Object.fromEntries(
                  values.flatMap((v, i) => (v === undefined ? [] : [[String(year - 2 + i), v]])),
                ) as Record<string, number>,
            ),
        ],
      ),
    ),
  'S-46': facts(),
  'S-47': facts(
    ['fund', fc.constantFrom(...FUND_KINDS)],
    ['paidInFen', fen],
    ['priorGrantedFen', fc.integer({ min: 0, max: 150_000_000 })],
  ),
};

/** One row per county and tier (the table must not overlap), random amounts, over the plan period. */
const countyMatching: fc.Arbitrary<CountyMatchingEntry[]> = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 50_000_000 }), fc.boolean()), {
    minLength: COUNTY_CODES.length * 2,
    maxLength: COUNTY_CODES.length * 2,
  })
  .map((values) =>
    COUNTY_CODES.flatMap((code, i) =>
      (['specialized', 'little-giant'] as const).map((t, j) => {
        const [amountFen, confirmed] = values[i * 2 + j]!;
        return {
          countyCode: code,
          tier: t,
          amountFen,
          confirmed,
          effectiveFrom: '2022-01-01',
          effectiveTo: '2025-12-31',
        };
      }),
    ),
  );

const fundRates: fc.Arbitrary<FundRates> = fc
  // The parameter only maps the fund kinds to the plan's two rates (5‰, 1%).
  .tuple(
    ...FUND_KINDS.map(() =>
      fc.option(fc.constantFrom<RateFraction>({ num: 5, den: 1000 }, { num: 1, den: 100 }), { nil: null }),
    ),
  )
  .map((rates) => Object.fromEntries(FUND_KINDS.map((f, i) => [f, rates[i] ?? null])) as FundRates);

const params: fc.Arbitrary<Partial<AwardParameters>> = fc.record(
  {
    renewalCountsAsNew: fc.boolean(),
    parkCountsLittleGiants: fc.boolean(),
    revenueComparison: fc.constantFrom(...REVENUE_COMPARISONS),
    fundRates: fc.option(fundRates, { nil: null }),
    fundCapScope: fc.constantFrom(...FUND_CAP_SCOPES),
    technicalRenovationSubsidyRate: fc.option(rateUpTo(5), { nil: null }),
    technicalRenovationRewardRate: fc.option(rateUpTo(5), { nil: null }),
    countyMatching,
  },
  { requiredKeys: [] },
);

/** Approved successors for 2026 (one per award, the base terms scaled), to add at random. */
const SUCCESSORS: readonly AwardVersion[] = BASE_AWARD_VERSIONS.map((v) => ({
  ...v,
  id: `${v.awardId}@2026`,
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  successor: true,
  source: {
    title: '三明市优质中小企业梯度培育若干措施（示例）',
    docNo: '明工信〔2026〕1号',
    confidence: 'confirmed',
  },
}));
const successors = fc.subarray([...SUCCESSORS]);

const options: fc.Arbitrary<AwardOptions> = fc.record({ params, successors }, { requiredKeys: [] });

// --- Helpers ----------------------------------------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** The largest amount the version used can give, whatever the facts. */
function maximumFen(result: AwardComputation, opts: AwardOptions): number {
  if (result.version === null) return 0;
  const version = [...BASE_AWARD_VERSIONS, ...SUCCESSORS].find((v) => v.id === result.version?.id)!;
  const terms = version.terms;
  switch (terms.kind) {
    case 'fixed':
      return terms.amountFen;
    case 'prize':
      return Math.max(...terms.amountsFen);
    case 'unit-price-rate':
    case 'equipment-rate':
    case 'fund-rate':
    case 'discretionary':
      return terms.capFen;
    case 'county-matching':
      return Math.max(0, ...(opts.params?.countyMatching ?? []).map((r) => r.amountFen));
    case 'plaque':
      return 0;
  }
}

function checkInvariants(request: AwardRequest, result: AwardComputation, opts: AwardOptions): void {
  const definition = awardDefinition(request.awardId);
  expect(Number.isSafeInteger(result.amountFen)).toBe(true);
  expect(result.amountFen).toBeGreaterThanOrEqual(0);
  expect(result.amountFen).toBeLessThanOrEqual(maximumFen(result, opts));
  if (result.capFen !== null) expect(result.amountFen).toBeLessThanOrEqual(result.capFen);
  if (result.decision !== 'granted') {
    expect(result.amountFen).toBe(0);
    expect(result.capApplied).toBe(false);
  }
  if (result.decision === 'unknown') expect(result.missing.length).toBeGreaterThan(0);
  if (result.decision === 'not-eligible') expect(result.gaps.length).toBeGreaterThan(0);
  expect(result.decision === 'not-covered').toBe(result.version === null);
  // The split sums exactly to the amount; every part is a positive whole number of fen from the award's payer.
  expect(result.payerSplit.reduce((sum, p) => sum + p.amountFen, 0)).toBe(result.amountFen);
  for (const p of result.payerSplit) {
    expect(Number.isSafeInteger(p.amountFen) && p.amountFen > 0).toBe(true);
    expect(p.payer).toBe(definition.payer);
    if (p.payer === 'CNTY' || p.payer === 'BEN')
      expect(resolveCountyCode(p.countyCode ?? '')).toBe(p.countyCode);
  }
}

// --- Properties -------------------------------------------------------------------------------------------------

describe('award properties (fast-check)', () => {
  it.each(AWARD_IDS.map((id) => [id]))(
    'should keep %s within 0…cap in whole fen with a split that sums to the amount when facts are arbitrary',
    (awardId) => {
      fc.assert(
        fc.property(FACTS[awardId], date, options, (f, d, opts) => {
          // Arrange
          const request: AwardRequest = { awardId, date: d, facts: f };

          // Act
          const result = computeAward(request, opts);

          // Assert
          checkInvariants(request, result, opts);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each(AWARD_IDS.map((id) => [id]))(
    'should compute %s as a pure function when given the same (frozen) input twice',
    (awardId) => {
      fc.assert(
        fc.property(FACTS[awardId], date, options, (f, d, opts) => {
          // Arrange: a frozen input (any mutation would throw) and a structurally equal copy
          const request = deepFreeze<AwardRequest>({ awardId, date: d, facts: f });
          const frozenOptions = deepFreeze(structuredClone(opts));
          const copy = structuredClone({ request, opts });

          // Act
          const first = computeAward(request, frozenOptions);
          const second = computeAward(copy.request, copy.opts);

          // Assert
          expect(second).toEqual(first);
          expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        }),
        { numRuns: 50 },
      );
    },
  );

  it('should create at most one entitlement per award, each with an exact split, when certifications are arbitrary', () => {
    fc.assert(
      fc.property(tier, kind, date, county, options, (t, k, d, c, opts) => {
        // Act
        const entitlements = entitlementsForCertification(
          { tier: t, kind: k, certifiedOn: d, countyCode: c },
          opts,
        );

        // Assert
        const ids = entitlements.map((e) => e.awardId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of entitlements) {
          expect(e.decision).toBe('granted');
          expect(e.amountFen).toBeGreaterThan(0);
          expect(e.payerSplit.reduce((s, p) => s + p.amountFen, 0)).toBe(e.amountFen);
        }
        if (t === 'innovative') expect(entitlements).toEqual([]);
        if (k === 'renewal' && opts.params?.renewalCountsAsNew !== true) expect(entitlements).toEqual([]);
        const covered = (d >= '2022-01-01' && d <= '2025-12-31') || (d >= '2026-01-01' && d <= '2026-12-31');
        if (!covered) expect(entitlements).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

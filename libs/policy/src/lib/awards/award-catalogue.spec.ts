import type { AwardFacts, AwardId } from './award-types';
import { AWARD_IDS } from './award-types';
import { computeAward } from './compute-award';

// The catalogue against the plan's text (rules.md §8): for every award, facts that grant it, the amount the plan
// names, the payer and the split — on each edge of the plan period (S-61: 2022-01-01 … 2025-12-31, inclusive).

const WAN = 1_000_000; // fen per 万元

interface Row {
  readonly facts: AwardFacts;
  readonly amountFen: number;
  readonly payer: 'PROV' | 'CITY' | 'CNTY' | 'BEN' | null;
  readonly countyCode?: string;
}

/** Facts that grant each award, with the amount the plan names for them. */
const GRANTING: Readonly<Record<AwardId, Row>> = {
  'S-17': { facts: { kind: 'new', tier: 'specialized' }, amountFen: 5 * WAN, payer: 'CITY' },
  'S-18': { facts: { kind: 'new', tier: 'little-giant' }, amountFen: 20 * WAN, payer: 'CITY' },
  // S-19 needs a county amount: it is computed with a county table below.
  'S-19': {
    facts: { kind: 'new', tier: 'specialized', countyCode: '350425' },
    amountFen: 2 * WAN,
    payer: 'CNTY',
    countyCode: '350425',
  },
  'FJ-LG-50': { facts: { kind: 'new', tier: 'little-giant' }, amountFen: 50 * WAN, payer: 'PROV' },
  'S-22': {
    facts: {
      isLittleGiant: true,
      previousDivisionCode: '440305',
      countyCode: '350427',
      proposedAmountFen: 100 * WAN,
    },
    amountFen: 100 * WAN,
    payer: 'BEN',
    countyCode: '350405',
  },
  'S-23': { facts: { specializedCount: 5 }, amountFen: 0, payer: null },
  'S-31': { facts: {}, amountFen: 500 * WAN, payer: 'PROV' },
  'S-32': { facts: { leadUnit: true }, amountFen: 1000 * WAN, payer: 'PROV' },
  'S-33': { facts: { leadUnit: true }, amountFen: 100 * WAN, payer: 'PROV' },
  'S-34a': { facts: {}, amountFen: 50 * WAN, payer: 'PROV' },
  'S-34b': { facts: {}, amountFen: 50 * WAN, payer: 'PROV' },
  'S-35': { facts: { rank: 1 }, amountFen: 3 * WAN, payer: 'CITY' },
  'S-36': { facts: { unitPriceFen: 1000 * WAN }, amountFen: 200 * WAN, payer: 'PROV' },
  'S-37': { facts: { unitPriceFen: 1000 * WAN }, amountFen: 100 * WAN, payer: 'PROV' },
  'S-40': { facts: { proposedAmountFen: 50 * WAN }, amountFen: 50 * WAN, payer: 'PROV' },
  'S-43': {
    facts: { holdsSpecializedTitle: true, equipmentInvestmentFen: 10_000 * WAN },
    amountFen: 500 * WAN,
    payer: 'PROV',
  },
  'S-44': {
    facts: {
      holdsSpecializedTitle: true,
      equipmentInvestmentFen: 10_000 * WAN,
      totalInvestmentFen: 12_000 * WAN,
      completed: true,
      completionYear: 2021,
      revenueFen: { '2020': 1, '2021': 2 },
    },
    amountFen: 500 * WAN,
    payer: 'PROV',
  },
  'S-46': { facts: {}, amountFen: 100 * WAN, payer: 'PROV' },
  'S-47': {
    facts: { fund: 'sme-development', paidInFen: 10_000 * WAN },
    amountFen: 100 * WAN,
    payer: 'PROV',
  },
};

const COUNTY_TABLE = {
  countyMatching: [
    {
      countyCode: '350425',
      tier: 'specialized' as const,
      amountFen: 2 * WAN,
      effectiveFrom: '2022-01-01',
      effectiveTo: '2025-12-31',
      confirmed: true,
    },
  ],
};

const cases = AWARD_IDS.flatMap((awardId) =>
  (
    [
      ['2021-12-31', 'not-covered'],
      ['2022-01-01', 'granted'],
      ['2025-12-31', 'granted'],
      ['2026-01-01', 'not-covered'],
    ] as const
  ).map(([date, decision]) => ({ awardId, date, decision })),
);

describe('award catalogue — every award against the plan, on the plan period edges', () => {
  it('should have a granting row for every award id', () => {
    expect(Object.keys(GRANTING).sort()).toEqual([...AWARD_IDS].sort());
  });

  it.each(cases)(
    'should answer $decision for $awardId when the event is dated $date',
    ({ awardId, date, decision }) => {
      // Arrange
      const row = GRANTING[awardId];

      // Act
      const result = computeAward({ awardId, date, facts: row.facts }, { params: COUNTY_TABLE });

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.payer).toBe(row.payer);
      if (decision === 'not-covered') {
        expect(result).toMatchObject({ amountFen: 0, payerSplit: [], version: null, formula: null });
        return;
      }
      expect(result.amountFen).toBe(row.amountFen);
      expect(Number.isSafeInteger(result.amountFen)).toBe(true);
      expect(result.version).toMatchObject({
        id: `${awardId}@plan-2022`,
        effectiveFrom: '2022-01-01',
        effectiveTo: '2025-12-31',
      });
      expect(result.clause).toContain('》');
      expect(result.formula).not.toBeNull();
      const expectedSplit =
        row.payer === null || row.amountFen === 0
          ? []
          : [
              {
                payer: row.payer,
                ...(row.countyCode ? { countyCode: row.countyCode } : {}),
                amountFen: row.amountFen,
              },
            ];
      expect(result.payerSplit).toEqual(expectedSplit);
    },
  );
});

describe('award catalogue — inclusive thresholds and caps (以上 / 最高不超过 include the number)', () => {
  it.each`
    awardId   | facts                                                                                                              | decision          | amountFen        | capApplied
    ${'S-22'} | ${{ isLittleGiant: true, previousDivisionCode: '110105', countyCode: '350404', proposedAmountFen: 100 * WAN - 1 }} | ${'granted'}      | ${100 * WAN - 1} | ${false}
    ${'S-22'} | ${{ isLittleGiant: true, previousDivisionCode: '110105', countyCode: '350404', proposedAmountFen: 100 * WAN }}     | ${'granted'}      | ${100 * WAN}     | ${false}
    ${'S-22'} | ${{ isLittleGiant: true, previousDivisionCode: '110105', countyCode: '350404', proposedAmountFen: 100 * WAN + 1 }} | ${'granted'}      | ${100 * WAN}     | ${true}
    ${'S-22'} | ${{ isLittleGiant: true, previousDivisionCode: '350427', countyCode: '350404', proposedAmountFen: 100 * WAN }}     | ${'not-eligible'} | ${0}             | ${false}
    ${'S-40'} | ${{ proposedAmountFen: 50 * WAN - 1 }}                                                                             | ${'granted'}      | ${50 * WAN - 1}  | ${false}
    ${'S-40'} | ${{ proposedAmountFen: 50 * WAN }}                                                                                 | ${'granted'}      | ${50 * WAN}      | ${false}
    ${'S-40'} | ${{ proposedAmountFen: 50 * WAN + 1 }}                                                                             | ${'granted'}      | ${50 * WAN}      | ${true}
    ${'S-23'} | ${{ specializedCount: 5 }}                                                                                         | ${'granted'}      | ${0}             | ${false}
    ${'S-23'} | ${{ specializedCount: 4, littleGiantCount: 0 }}                                                                    | ${'not-eligible'} | ${0}             | ${false}
    ${'S-23'} | ${{ specializedCount: 4 }}                                                                                         | ${'unknown'}      | ${0}             | ${false}
    ${'S-43'} | ${{ holdsSpecializedTitle: true, equipmentInvestmentFen: 10_000 * WAN - 20 }}                                      | ${'granted'}      | ${500 * WAN - 1} | ${false}
    ${'S-43'} | ${{ holdsSpecializedTitle: true, equipmentInvestmentFen: 10_000 * WAN }}                                           | ${'granted'}      | ${500 * WAN}     | ${false}
    ${'S-43'} | ${{ holdsSpecializedTitle: true, equipmentInvestmentFen: 10_000 * WAN + 20 }}                                      | ${'granted'}      | ${500 * WAN}     | ${true}
    ${'S-43'} | ${{ holdsSpecializedTitle: false, equipmentInvestmentFen: 10_000 * WAN }}                                          | ${'not-eligible'} | ${0}             | ${false}
    ${'S-35'} | ${{ rank: 2 }}                                                                                                     | ${'granted'}      | ${2 * WAN}       | ${false}
    ${'S-35'} | ${{ rank: 3 }}                                                                                                     | ${'granted'}      | ${1 * WAN}       | ${false}
    ${'S-35'} | ${{ rank: 4 }}                                                                                                     | ${'not-eligible'} | ${0}             | ${false}
  `(
    'should answer $decision with $amountFen fen for $awardId given $facts',
    ({ awardId, facts, decision, amountFen, capApplied }) => {
      // Act
      const result = computeAward({
        awardId: awardId as AwardId,
        date: '2024-05-10',
        facts: facts as AwardFacts,
      });

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.amountFen).toBe(amountFen);
      expect(result.capApplied).toBe(capApplied);
      expect(result.payerSplit.reduce((sum, p) => sum + p.amountFen, 0)).toBe(amountFen);
    },
  );

  it.each`
    total             | decision
    ${1000 * WAN - 1} | ${'not-eligible'}
    ${1000 * WAN}     | ${'granted'}
    ${1000 * WAN + 1} | ${'granted'}
  `(
    'should answer $decision for S-44 when the actual total investment is $total fen (1000万元以上)',
    ({ total, decision }) => {
      // Act
      const result = computeAward({
        awardId: 'S-44',
        date: '2025-03-01',
        facts: {
          holdsSpecializedTitle: true,
          equipmentInvestmentFen: 800 * WAN,
          totalInvestmentFen: total as number,
          completed: true,
          completionYear: 2024,
          revenueFen: { '2023': 100 * WAN, '2024': 100 * WAN + 1 },
        },
      });

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.amountFen).toBe(decision === 'granted' ? 40 * WAN : 0);
    },
  );
});

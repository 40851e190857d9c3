import { conditionOf } from '../../../test/support/band-cases';
import { WAN, YI, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { EvaluationType, ProfileInput } from './tier-input';
import type { TierParameters } from './tier-parameters';

const AS_OF = '2026-06-01';
const Y = 2025;
const base = (): ProfileInput => strongProfile({ dataYear: Y });

const evaluate = (
  profile: ProfileInput,
  params: Partial<TierParameters> = {},
  type: EvaluationType = 'new',
  asOf = AS_OF,
) => evaluateTiers({ profile, asOf, type, params });
const sp = (profile: ProfileInput, id: string, params: Partial<TierParameters> = {}) =>
  conditionOf(evaluate(profile, params), 'specialized', id);
const lg = (
  profile: ProfileInput,
  id: string,
  params: Partial<TierParameters> = {},
  type: EvaluationType = 'new',
) => conditionOf(evaluate(profile, params, type), 'little-giant', id);

describe('2026 rules — the strong profile', () => {
  it('should decide all three tiers under tiers-2026 for a new application on 2026-06-01', () => {
    // Act
    const result = evaluate(base());

    // Assert
    expect(result.ruleVersion.id).toBe('tiers-2026');
    expect(result.dataYear).toBe(2025);
    expect(Object.values(result.tiers).map((t) => [t.tier, t.decision])).toEqual([
      ['innovative', 'eligible'],
      ['specialized', 'eligible'],
      ['little-giant', 'eligible'],
    ]);
    expect(result.tiers.specialized.route).toEqual({
      kind: 'all-conditions',
      id: 'all',
      zh: '满足全部认定条件',
    });
    expect(result.tiers.specialized.score).toBeNull();
  });

  it('should evaluate 科技和创新型 with the 2022 Annex 1 and say so when the 2026 rules apply', () => {
    // Act
    const tier = evaluate(base()).tiers.innovative;

    // Assert
    expect(tier.zh).toBe('科技和创新型中小企业');
    expect(tier.standard).toContain('工信部企业〔2022〕63号 附件1');
    expect(tier.standard).toContain('合并标准出台前');
    expect(tier.ruleVersion.id).toBe('tiers-2026');
    expect(tier.score?.indicators).toHaveLength(6);
  });

  it('should mark every 2026 condition as resting on a secondary or unconfirmed source', () => {
    // Act
    const result = evaluate(base());

    // Assert
    for (const tier of [result.tiers.specialized, result.tiers['little-giant']]) {
      for (const c of tier.conditions.filter((x) => x.id !== 'prerequisite')) {
        expect(['secondary', 'unconfirmed']).toContain(c.confidence);
      }
    }
  });

  it('should ignore the abolished 2022 score and 特色化 when the 2026 rules apply', () => {
    // Act
    const tier = evaluate(withFacts(base(), Y, { characteristicScore: undefined, digitalLevel: undefined }))
      .tiers.specialized;

    // Assert
    expect(tier.decision).toBe('eligible');
    expect(tier.missing).toEqual([]);
  });
});

describe('2026 专精特新 — every threshold at / below / above', () => {
  it.each([
    [2, true, 'not-met'],
    [3, true, 'met'],
    [4, true, 'met'],
    [3, false, 'not-met'],
  ])('should judge %i niche years (inclusiveBounds %p) as %s', (years, inclusiveBounds, expected) => {
    expect(sp(withFacts(base(), Y, { nicheMarketYears: years }), 'niche', { inclusiveBounds }).status).toBe(
      expected,
    );
  });

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
  ])(
    'should judge revenue of 1500万元 %i fen off without equity (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, expected) => {
      expect(
        sp(
          withFacts(base(), Y, { operatingRevenue: 1_500 * WAN + delta, mainBusinessRevenue: 1_400 * WAN }),
          'revenue',
          { inclusiveBounds },
        ).status,
      ).toBe(expected);
    },
  );

  it.each([
    [-1, 'not-met'],
    [0, 'met'],
    [1, 'met'],
  ])('should judge revenue 1000万 with 2-year equity of 2000万元 %i fen off as %s', (delta, expected) => {
    const p = withFacts(
      withFacts(base(), Y, { operatingRevenue: 1_000 * WAN, equityFinancing: 1_000 * WAN + delta }),
      Y - 1,
      { equityFinancing: 1_000 * WAN },
    );
    expect(sp(p, 'revenue').status).toBe(expected);
  });

  it.each([
    [7_999, true, 'not-met'],
    [8_000, true, 'met'],
    [8_001, true, 'met'],
    [8_000, false, 'not-met'],
  ])(
    'should judge a main-business share of %i bp (inclusiveBounds %p) as %s',
    (bp, inclusiveBounds, expected) => {
      expect(
        sp(
          withFacts(base(), Y, { operatingRevenue: 2 * YI, mainBusinessRevenue: 2 * bp * WAN }),
          'main-share',
          { inclusiveBounds },
        ).status,
      ).toBe(expected);
    },
  );

  it.each([
    [7_999, true, 'met'],
    [8_000, true, 'met'],
    [8_001, true, 'not-met'],
    [8_000, false, 'not-met'],
  ])('should judge a debt ratio of %i bp (inclusiveBounds %p) as %s', (bp, inclusiveBounds, expected) => {
    expect(
      sp(withFacts(base(), Y, { totalAssets: YI, totalLiabilities: bp * WAN }), 'debt-ratio', {
        inclusiveBounds,
      }).status,
    ).toBe(expected);
  });

  it.each([
    [
      '2024 R&D 100万 − 1 fen',
      { year: Y - 1, rdExpense: 100 * WAN - 1, operatingRevenue: 1_000 * WAN },
      'not-met',
    ],
    ['2024 R&D exactly 100万', { year: Y - 1, rdExpense: 100 * WAN, operatingRevenue: 1_000 * WAN }, 'met'],
    ['2025 ratio 2.99%', { year: Y, rdExpense: 299 * WAN, operatingRevenue: YI }, 'not-met'],
    ['2025 ratio exactly 3%', { year: Y, rdExpense: 300 * WAN, operatingRevenue: YI }, 'met'],
    ['2025 ratio 3.01%', { year: Y, rdExpense: 301 * WAN, operatingRevenue: YI }, 'met'],
  ])('should judge R&D with %s as %s (each of the two years)', (_label, o, expected) => {
    const { year, ...facts } = o;
    expect(sp(withFacts(base(), year, facts), 'rd').status).toBe(expected);
  });

  it.each([
    ['1 applied Ⅰ类 IP', { ip: { class1Applied: 1 }, rdInstitutionLevel: 'city' }, [], 'met'],
    [
      'no applied IP, city institution',
      { ip: { class1Applied: 0 }, rdInstitutionLevel: 'city' },
      [],
      'not-met',
    ],
    [
      'no applied IP, provincial institution (exempt)',
      { ip: { class1Applied: 0 }, rdInstitutionLevel: 'provincial' },
      [],
      'met',
    ],
    [
      'no applied IP, provincial award rank 3 (exempt)',
      { ip: { class1Applied: 0 }, rdInstitutionLevel: 'city' },
      [{ level: 'provincial', rank: 3 }],
      'met',
    ],
    [
      'no applied IP, provincial award rank 4',
      { ip: { class1Applied: 0 }, rdInstitutionLevel: 'city' },
      [{ level: 'provincial', rank: 4 }],
      'not-met',
    ],
  ] as const)('should judge the IP condition with %s as %s', (_label, facts, awards, expected) => {
    const p = withFacts(withFacts(base(), Y, facts), Y - 1, { scienceAwards: awards });
    expect(sp(p, 'ip').status).toBe(expected);
  });

  it.each([
    [10, 10, 'met'],
    [11, 10, 'not-met'],
    [5, 5, 'met'],
    [6, 5, 'not-met'],
  ])(
    'should judge domestic rank %i as %s with leadingMarketRank2026 = %i',
    (domesticMarketRank, leadingMarketRank2026, expected) => {
      expect(
        sp(withFacts(base(), Y, { domesticMarketRank }), 'market-position', { leadingMarketRank2026 }).status,
      ).toBe(expected);
    },
  );

  it.each([
    [49, true, 'not-met'],
    [50, true, 'met'],
    [51, true, 'met'],
    [50, false, 'not-met'],
  ])(
    'should judge a development score of %i (inclusiveBounds %p, 50分以上) as %s',
    (developmentScore, inclusiveBounds, expected) => {
      expect(
        sp(withFacts(base(), Y, { developmentScore }), 'development-score', { inclusiveBounds }).status,
      ).toBe(expected);
    },
  );

  it('should be unknown and name developmentScore when the platform score is missing', () => {
    const tier = evaluate(withFacts(base(), Y, { developmentScore: undefined })).tiers.specialized;
    expect(tier.decision).toBe('unknown');
    expect(tier.missing).toEqual(['annualData[2025].developmentScore']);
  });
});

describe('2026 小巨人 — every threshold at / below / above', () => {
  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
  ])(
    'should judge revenue of 5000万元 %i fen off (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, expected) => {
      expect(
        lg(
          withFacts(base(), Y, { operatingRevenue: 5_000 * WAN + delta, mainBusinessRevenue: 4_800 * WAN }),
          'revenue',
          { inclusiveBounds },
        ).status,
      ).toBe(expected);
    },
  );

  it.each([
    [8_999, true, 'not-met'],
    [9_000, true, 'met'],
    [9_001, true, 'met'],
    [9_000, false, 'not-met'],
  ])(
    'should judge a main-business share of %i bp (inclusiveBounds %p, 90%以上) as %s',
    (bp, inclusiveBounds, expected) => {
      expect(
        lg(
          withFacts(base(), Y, { operatingRevenue: 2 * YI, mainBusinessRevenue: 2 * bp * WAN }),
          'main-share',
          { inclusiveBounds },
        ).status,
      ).toBe(expected);
    },
  );

  /** Equal yearly growth of operating revenue: 1亿, 1亿·(1+g), 1亿·(1+g)². */
  const growth = (bp: number): ProfileInput => {
    let p = withFacts(base(), Y - 2, { operatingRevenue: YI, mainBusinessRevenue: YI });
    p = withFacts(p, Y - 1, {
      operatingRevenue: WAN * (10_000 + bp),
      mainBusinessRevenue: WAN * (10_000 + bp),
    });
    return withFacts(p, Y, {
      operatingRevenue: 100 * (10_000 + bp) ** 2,
      mainBusinessRevenue: 100 * (10_000 + bp) ** 2,
    });
  };

  it.each([
    [499, true, 'not-met'],
    [500, true, 'met'],
    [501, true, 'met'],
    [500, false, 'not-met'],
  ])(
    'should judge compound revenue growth of %i bp a year (inclusiveBounds %p) as %s',
    (bp, inclusiveBounds, expected) => {
      const c = lg(growth(bp), 'growth', { inclusiveBounds });
      expect(c.status).toBe(expected);
      expect(c.onBoundary ?? false).toBe(bp === 500);
    },
  );

  it.each([
    [-1, 'not-met'],
    [0, 'met'],
    [1, 'met'],
  ] as const)(
    'should show the compound rate %i fen off exactly 5%% with enough decimals to tell it from 5%% (%s)',
    (delta, expected) => {
      // Arrange: 1亿 → 1.05亿 → 1.1025亿 + delta fen
      const p = withFacts(growth(500), Y, { operatingRevenue: 11_025 * WAN + delta });

      // Act
      const c = lg(p, 'growth');

      // Assert
      expect(c.status).toBe(expected);
      const shown = c.values['近2年复合增长率'];
      if (delta === 0) expect(shown).toBe('5.00%');
      else expect(shown).not.toBe('5.00%');
      if (delta < 0) expect(c.gap).toMatch(/^近两年营业收入复合增长率 4\.9999+\d*% < 5%$/);
    },
  );

  it('should use the compound rate even when averageGrowth is arithmetic', () => {
    // Arrange: 1亿 → 1.1亿 → 1.1亿: arithmetic mean 5%, CAGR ≈ 4.88%
    let p = withFacts(base(), Y - 2, { operatingRevenue: YI, mainBusinessRevenue: YI });
    p = withFacts(p, Y - 1, { operatingRevenue: 11_000 * WAN, mainBusinessRevenue: 11_000 * WAN });
    p = withFacts(p, Y, { operatingRevenue: 11_000 * WAN, mainBusinessRevenue: 11_000 * WAN });

    // Act
    const c = lg(p, 'growth', { averageGrowth: 'arithmetic' });

    // Assert
    expect(c.status).toBe('not-met');
    expect(c.values['近2年复合增长率']).toBe('4.88%');
  });

  it('should not check growth at 复核 when the 2026 rules apply', () => {
    // Arrange: 2027-01-01 复核 uses 2026 rules; shrinking revenue
    const p = withFacts(strongProfile({ dataYear: 2026 }), 2026, {
      operatingRevenue: 15_000 * WAN,
      mainBusinessRevenue: 14_000 * WAN,
    });

    // Act
    const result = evaluate(p, {}, 'review', '2027-01-01');

    // Assert
    expect(result.ruleVersion.id).toBe('tiers-2026');
    const c = conditionOf(result, 'little-giant', 'growth');
    expect(c.status).toBe('met');
    expect(c.note).toContain('复核不考核');
  });

  it.each([
    [7_499, true, 'met'],
    [7_500, true, 'met'],
    [7_501, true, 'not-met'],
    [7_500, false, 'not-met'],
  ])(
    'should judge a debt ratio of %i bp (inclusiveBounds %p, 75%以下) as %s',
    (bp, inclusiveBounds, expected) => {
      expect(
        lg(withFacts(base(), Y, { totalAssets: YI, totalLiabilities: bp * WAN }), 'debt-ratio', {
          inclusiveBounds,
        }).status,
      ).toBe(expected);
    },
  );

  it.each([
    [-1, 'not-met'],
    [0, 'met'],
    [1, 'met'],
  ])('should judge 2-year R&D of 1200万元 %i fen off as %s', (delta, expected) => {
    const p = withFacts(withFacts(base(), Y - 1, { rdExpense: 600 * WAN }), Y, {
      rdExpense: 600 * WAN + delta,
    });
    expect(lg(p, 'rd').status).toBe(expected);
  });

  it.each([
    [299, 'not-met'],
    [300, 'met'],
  ])('should judge a 2025 R&D ratio of %i bp as %s even with 1200万 in total', (bp, expected) => {
    const p = withFacts(base(), Y, {
      operatingRevenue: 10 * YI,
      mainBusinessRevenue: 10 * YI,
      rdExpense: 10 * bp * WAN,
    });
    expect(lg(p, 'rd').status).toBe(expected);
  });

  it.each([
    [3, [], 'not-met'],
    [4, [], 'met'],
    [3, [{ level: 'national', rank: 3 }], 'met'],
    [3, [{ level: 'national', rank: 4 }], 'not-met'],
    [3, [{ level: 'provincial', rank: 1 }], 'not-met'],
  ] as const)('should judge %i own Ⅰ类 IP with awards %p as %s', (class1OwnFirstThree, awards, expected) => {
    const p = withFacts(withFacts(base(), Y, { ip: { class1OwnFirstThree } }), Y - 2, {
      scienceAwards: awards,
    });
    expect(lg(p, 'ip').status).toBe(expected);
  });

  it.each([
    [999, 4, 'not-met'],
    [999, 3, 'met'],
    [1_000, 10, 'met'],
    [1_001, 10, 'met'],
  ])(
    'should judge a market share of %i bp and domestic rank %i as %s',
    (marketShareBp, domesticMarketRank, expected) => {
      expect(lg(withFacts(base(), Y, { marketShareBp, domesticMarketRank }), 'market-share').status).toBe(
        expected,
      );
    },
  );

  it.each([
    [false, false, 'not-met'],
    [true, false, 'met'],
    [false, true, 'met'],
  ])('should judge 六基 %p / key link %p as %s', (keyDomainProduct, chainKeyLink, expected) => {
    expect(
      lg(withFacts(base(), Y, { littleGiant: { keyDomainProduct, chainKeyLink } }), 'product-domain').status,
    ).toBe(expected);
  });

  it.each([
    [59, true, 'not-met'],
    [60, true, 'met'],
    [61, true, 'met'],
    [60, false, 'not-met'],
  ])(
    'should judge a development score of %i (inclusiveBounds %p, 60分以上) as %s for a new application',
    (developmentScore, inclusiveBounds, expected) => {
      expect(
        lg(withFacts(base(), Y, { developmentScore }), 'development-score', { inclusiveBounds }).status,
      ).toBe(expected);
    },
  );

  it.each([
    [60, 50, 'met'],
    [50, 60, 'met'],
    [59, 59, 'not-met'],
  ])(
    'should accept either of the two last years at 复核 (2025: %i, 2026: %i) as %s',
    (previous, last, expected) => {
      // Arrange: 复核 on 2027-01-01 → 2026 rules, data years 2025 and 2026
      const p = withFacts(
        withFacts(strongProfile({ dataYear: 2026 }), 2025, { developmentScore: previous }),
        2026,
        { developmentScore: last },
      );

      // Act / Assert
      expect(
        conditionOf(evaluate(p, {}, 'review', '2027-01-01'), 'little-giant', 'development-score').status,
      ).toBe(expected);
    },
  );
});

describe('2026 — review batches still judged by the 2022 standard', () => {
  it('should judge a 2026-06-01 复核 by the 2022 annexes', () => {
    // Act
    const result = evaluate(base(), {}, 'review');

    // Assert
    expect(result.ruleVersion.id).toBe('tiers-2022');
    expect(result.versionReason).toContain('117号');
    expect(result.tiers['little-giant'].conditions.map((c) => c.id)).toContain('innovation.general.rd');
    expect(result.tiers.specialized.score?.indicators).toHaveLength(13);
    expect(result.tiers.innovative.zh).toBe('创新型中小企业');
  });
});

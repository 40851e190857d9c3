import { bandCases, conditionOf, indicatorOf } from '../../../test/support/band-cases';
import type { BandTable } from '../../../test/support/band-cases';
import { WAN, YI, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { ProfileInput } from './tier-input';
import type { TierParameters } from './tier-parameters';

const AS_OF = '2025-06-01';
const Y = 2024;

const evaluate = (profile: ProfileInput, params: Partial<TierParameters> = {}) =>
  evaluateTiers({ profile, asOf: AS_OF, type: 'new', params });

// ---------------------------------------------------------------------------------------------------------------
// rules.md §1.3 scoring table, transcribed again: edge (bp, or fen for the R&D amount), better / worse points.
// ---------------------------------------------------------------------------------------------------------------
const RATIO_TABLES: Readonly<Record<string, BandTable>> = {
  // 主营业务收入占比 ≥80% → 5; 70–80 → 3; 60–70 → 1; <60 → 0
  'main-business-share': {
    direction: 'higher',
    edges: [
      { edge: 8000, better: 5, worse: 3 },
      { edge: 7000, better: 3, worse: 1 },
      { edge: 6000, better: 1, worse: 0 },
    ],
  },
  // 近2年主营业务收入平均增长率 ≥10% → 10; 8–10 → 8; 6–8 → 6; 4–6 → 4; 0–4 → 2; <0 → 0
  'avg-growth': {
    direction: 'higher',
    edges: [
      { edge: 1000, better: 10, worse: 8 },
      { edge: 800, better: 8, worse: 6 },
      { edge: 600, better: 6, worse: 4 },
      { edge: 400, better: 4, worse: 2 },
      { edge: 0, better: 2, worse: 0 },
    ],
  },
  // 净利润率 ≥10% → 10; 8–10 → 8; 6–8 → 6; 4–6 → 4; 2–4 → 2; <2 → 0
  'net-margin': {
    direction: 'higher',
    edges: [
      { edge: 1000, better: 10, worse: 8 },
      { edge: 800, better: 8, worse: 6 },
      { edge: 600, better: 6, worse: 4 },
      { edge: 400, better: 4, worse: 2 },
      { edge: 200, better: 2, worse: 0 },
    ],
  },
  // 资产负债率 ≤50% → 5; 50–60 → 3; 60–70 → 1; >70 → 0
  'debt-ratio': {
    direction: 'lower',
    edges: [
      { edge: 5000, better: 5, worse: 3 },
      { edge: 6000, better: 3, worse: 1 },
      { edge: 7000, better: 1, worse: 0 },
    ],
  },
  // 研发人员占比 ≥20% → 5; 10–20 → 3; 5–10 → 1; <5 → 0
  'rd-staff-ratio': {
    direction: 'higher',
    edges: [
      { edge: 2000, better: 5, worse: 3 },
      { edge: 1000, better: 3, worse: 1 },
      { edge: 500, better: 1, worse: 0 },
    ],
  },
  // 研发费用占比 ≥10% → 10; 8–10 → 8; 6–8 → 6; 4–6 → 4; 3–4 → 2; else 0 (amount kept below 100万)
  'rd-input (ratio)': {
    direction: 'higher',
    edges: [
      { edge: 1000, better: 10, worse: 8 },
      { edge: 800, better: 8, worse: 6 },
      { edge: 600, better: 6, worse: 4 },
      { edge: 400, better: 4, worse: 2 },
      { edge: 300, better: 2, worse: 0 },
    ],
  },
};

// 研发费用总额 ≥500万 → 10; 400–500万 → 8; 300–400万 → 6; 200–300万 → 4; 100–200万 → 2; else 0 (ratio kept tiny)
const AMOUNT_TABLE: BandTable = {
  direction: 'higher',
  edges: [
    { edge: 500 * WAN, better: 10, worse: 8 },
    { edge: 400 * WAN, better: 8, worse: 6 },
    { edge: 300 * WAN, better: 6, worse: 4 },
    { edge: 200 * WAN, better: 4, worse: 2 },
    { edge: 100 * WAN, better: 2, worse: 0 },
  ],
};

/** Equal growth g in both years: R = 1亿, 1亿·(1+g), 1亿·(1+g)² — integers for whole basis points. */
function equalGrowth(bp: number): ProfileInput {
  let p = withFacts(strongProfile(), Y - 2, { operatingRevenue: 3 * YI, mainBusinessRevenue: YI });
  p = withFacts(p, Y - 1, { operatingRevenue: 3 * YI, mainBusinessRevenue: WAN * (10_000 + bp) });
  return withFacts(p, Y, { operatingRevenue: 3 * YI, mainBusinessRevenue: 100 * (10_000 + bp) ** 2 });
}

const SETTERS: Readonly<Record<string, (value: number) => ProfileInput>> = {
  'main-business-share': (bp) =>
    withFacts(strongProfile(), Y, { operatingRevenue: YI, mainBusinessRevenue: bp * WAN }),
  'avg-growth': equalGrowth,
  'net-margin': (bp) => withFacts(strongProfile(), Y, { operatingRevenue: YI, netProfit: bp * WAN }),
  'debt-ratio': (bp) => withFacts(strongProfile(), Y, { totalAssets: YI, totalLiabilities: bp * WAN }),
  'rd-staff-ratio': (bp) => withFacts(strongProfile(), Y, { employees: 10_000, rdStaff: bp }),
  // revenue 500万: 10% R&D is 50万, below the amount bands
  'rd-input (ratio)': (bp) =>
    withFacts(strongProfile(), Y, { operatingRevenue: 500 * WAN, rdExpense: bp * 50_000 }),
  // revenue 1000亿: R&D of 500万 is 0.005%, below the ratio bands
  'rd-input (amount)': (fen) =>
    withFacts(strongProfile(), Y, { operatingRevenue: 1_000 * YI, rdExpense: fen }),
};

const ROWS = [
  ...Object.entries(RATIO_TABLES).flatMap(([table, t]) =>
    bandCases(t).map((c) => ({ table, growth: 'arithmetic' as const, ...c })),
  ),
  ...bandCases(RATIO_TABLES['avg-growth']!).map((c) => ({
    table: 'avg-growth',
    growth: 'compound' as const,
    ...c,
  })),
  ...bandCases(AMOUNT_TABLE).map((c) => ({
    table: 'rd-input (amount)',
    growth: 'arithmetic' as const,
    ...c,
  })),
];

const idOf = (table: string): string => (table.startsWith('rd-input') ? 'rd-input' : table);

describe('专精特新 2022 scoring — every band edge at / below / above (rules.md §1.3)', () => {
  it('should cover the 29 shared edges of the banded indicators when generating cases', () => {
    // Act / Assert: 24 ratio edges + 5 amount edges, and the growth edges again under compound growth
    expect(ROWS).toHaveLength((24 + 5 + 5) * 3 * 2);
  });

  it.each(ROWS)(
    'should score $expected for $table when the value is $offset $edge ($value, edgeToHigher $edgeToHigher, $growth growth)',
    ({ table, value, edgeToHigher, expected, offset, growth }) => {
      // Arrange
      const profile = SETTERS[table]!(value);

      // Act
      const result = evaluate(profile, { bandEdgeToHigher: edgeToHigher, averageGrowth: growth });

      // Assert
      const ind = indicatorOf(result, 'specialized', idOf(table));
      expect(ind.points).toBe(expected);
      expect(ind.onBoundary).toBe(offset === 'exactly at');
      expect(ind.missing).toEqual([]);
    },
  );

  it('should take the better of R&D amount and ratio when both score', () => {
    // Arrange: 450万 (8) and 6.5% (6)
    const profile = withFacts(strongProfile(), Y, { rdExpense: 450 * WAN, operatingRevenue: 6_923 * WAN });

    // Act
    const ind = indicatorOf(evaluate(profile), 'specialized', 'rd-input');

    // Assert
    expect(ind.points).toBe(8);
    expect(ind.band).toBe('按金额：B（400万–500万元）');
  });

  it('should distinguish arithmetic from compound growth when the two years differ', () => {
    // Arrange: 1亿 → 1.2亿 → 1.2亿: arithmetic (20% + 0%) / 2 = 10% → 10; compound √1.2 − 1 ≈ 9.54% → 8
    let profile = withFacts(strongProfile(), Y - 2, { mainBusinessRevenue: YI });
    profile = withFacts(profile, Y - 1, { mainBusinessRevenue: 12_000 * WAN });
    profile = withFacts(profile, Y, { mainBusinessRevenue: 12_000 * WAN });

    // Act
    const arithmetic = indicatorOf(evaluate(profile), 'specialized', 'avg-growth');
    const compound = indicatorOf(
      evaluate(profile, { averageGrowth: 'compound' }),
      'specialized',
      'avg-growth',
    );

    // Assert
    expect(arithmetic.points).toBe(10);
    expect(arithmetic.values['近2年平均增长率（算术平均）']).toBe('10.00%');
    expect(compound.points).toBe(8);
    expect(compound.values['近2年复合增长率']).toBe('9.54%');
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [3, 1],
    [4, 2],
    [5, 2],
    [9, 4],
    [10, 5],
    [11, 5],
    [30, 5],
  ])(
    'should give %i niche years %i points (每满2年得1分, max 5) under both edge readings',
    (years, points) => {
      for (const bandEdgeToHigher of [true, false]) {
        // Act / Assert
        expect(
          indicatorOf(
            evaluate(withFacts(strongProfile(), Y, { nicheMarketYears: years }), { bandEdgeToHigher }),
            'specialized',
            'niche-years',
          ).points,
        ).toBe(points);
      }
    },
  );

  it.each([
    ['key-link-results', 5],
    ['six-foundations', 3],
    ['other', 0],
  ] as const)('should score 主导产品所属领域 %s as %i', (mainProductField, points) => {
    // Act / Assert
    expect(
      indicatorOf(
        evaluate(withFacts(strongProfile(), Y, { mainProductField })),
        'specialized',
        'product-field',
      ).points,
    ).toBe(points);
  });

  it.each([
    [1, 0],
    [2, 3],
    [3, 5],
    [4, 5],
  ])('should score 数字化水平 level %i as %i', (digitalLevel, points) => {
    // Act / Assert
    expect(
      indicatorOf(evaluate(withFacts(strongProfile(), Y, { digitalLevel })), 'specialized', 'digital-level')
        .points,
    ).toBe(points);
  });

  it.each([
    [[false, false, false, false], 0],
    [[true, false, false, false], 3],
    [[false, false, false, true], 3],
    [[true, true, false, false], 5],
    [[true, true, true, true], 5],
  ])('should score quality items %p as %i (3 per item, capped at 5)', (items, points) => {
    // Arrange
    const [provincialQualityAward, qualitySystemCertified, ownBrand, standardsDrafting] = items;

    // Act
    const ind = indicatorOf(
      evaluate(
        withFacts(strongProfile(), Y, {
          quality: { provincialQualityAward, qualitySystemCertified, ownBrand, standardsDrafting },
        }),
      ),
      'specialized',
      'quality',
    );

    // Assert
    expect(ind.points).toBe(points);
  });

  it('should give a quality range when one item is missing and one is met', () => {
    // Act
    const ind = indicatorOf(
      evaluate(
        withFacts(strongProfile(), Y, {
          quality: {
            provincialQualityAward: true,
            qualitySystemCertified: undefined,
            ownBrand: false,
            standardsDrafting: false,
          },
        }),
      ),
      'specialized',
      'quality',
    );

    // Assert
    expect(ind.points).toBeNull();
    expect(ind.range).toEqual({ min: 3, max: 5 });
    expect(ind.missing).toEqual(['annualData[2024].quality.qualitySystemCertified']);
  });

  it('should need no missing item when two items already reach the cap', () => {
    // Act
    const ind = indicatorOf(
      evaluate(
        withFacts(strongProfile(), Y, {
          quality: {
            provincialQualityAward: true,
            qualitySystemCertified: true,
            ownBrand: undefined,
            standardsDrafting: undefined,
          },
        }),
      ),
      'specialized',
      'quality',
    );

    // Assert
    expect(ind.points).toBe(5);
    expect(ind.missing).toEqual([]);
  });

  it.each([
    [0, 0],
    [7, 7],
    [15, 15],
  ])('should take 特色化 %i as %i points from the provincial input', (characteristicScore, points) => {
    // Act / Assert
    expect(
      indicatorOf(
        evaluate(withFacts(strongProfile(), Y, { characteristicScore })),
        'specialized',
        'characteristic',
      ).points,
    ).toBe(points);
  });

  it.each([
    [{ class1Total: 2, class1HighValue: 1, class1SelfDeveloped: 1 }, 10],
    [{ class1Total: 2, class1HighValue: 0, class1SelfDeveloped: 1 }, 8],
    [{ class1Total: 2, class1HighValue: 0, class1SelfDeveloped: 0 }, 6],
    [{ class1Total: 0, class1HighValue: 0, class1SelfDeveloped: 0, class2Total: 3 }, 2],
    [{ class1Total: 0, class1HighValue: 0, class1SelfDeveloped: 0, class2Total: 0 }, 0],
  ])('should score IP %p as %i', (ip, points) => {
    // Act / Assert
    expect(indicatorOf(evaluate(withFacts(strongProfile(), Y, { ip })), 'specialized', 'ip').points).toBe(
      points,
    );
  });

  it.each([
    ['national', 10],
    ['provincial', 8],
    ['city', 4],
    ['below-city', 2],
    ['none', 0],
  ] as const)('should score R&D institution %s as %i', (rdInstitutionLevel, points) => {
    // Act / Assert
    expect(
      indicatorOf(
        evaluate(withFacts(strongProfile(), Y, { rdInstitutionLevel })),
        'specialized',
        'rd-institution',
      ).points,
    ).toBe(points);
  });

  it('should have dimension maxima 25/25/15/35 and 13 indicators when the strong profile is scored', () => {
    // Act
    const score = evaluate(strongProfile()).tiers.specialized.score;

    // Assert
    expect(score?.indicators).toHaveLength(13);
    expect(score?.dimensions.map((d) => [d.zh, d.max])).toEqual([
      ['专业化', 25],
      ['精细化', 25],
      ['特色化', 15],
      ['创新能力', 35],
    ]);
    expect(score?.total).toBe(92);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A profile scoring 54 + 特色化: every basic condition met, no alternative.
// ---------------------------------------------------------------------------------------------------------------
function scoring(characteristicScore: number | undefined): ProfileInput {
  return withFacts(strongProfile(), Y, {
    rdInstitutionLevel: 'none',
    digitalLevel: 1,
    quality: {
      provincialQualityAward: false,
      qualitySystemCertified: false,
      ownBrand: false,
      standardsDrafting: false,
    },
    ip: { class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 0 },
    characteristicScore,
  });
}

describe('专精特新 2022 — score threshold', () => {
  it.each([
    [5, true, 59, 'not-eligible'],
    [6, true, 60, 'eligible'],
    [7, true, 61, 'eligible'],
    [6, false, 60, 'not-eligible'],
    [7, false, 61, 'eligible'],
  ])(
    'should decide with 特色化 %i (inclusiveBounds %p): total %i → %s',
    (characteristic, inclusiveBounds, total, decision) => {
      // Act
      const tier = evaluate(scoring(characteristic), { inclusiveBounds }).tiers.specialized;

      // Assert
      expect(tier.score?.total).toBe(total);
      expect(tier.decision).toBe(decision);
      if (decision === 'eligible') expect(tier.route).toMatchObject({ kind: 'score' });
    },
  );

  it('should state the shortfall when the score is 59', () => {
    // Act
    const tier = evaluate(scoring(5)).tiers.specialized;

    // Assert
    expect(tier.gaps.join()).toContain('评价得分59分，未达到≥60分（差1分）');
  });

  it('should be unknown and name characteristicScore when 特色化 decides the outcome', () => {
    // Act
    const tier = evaluate(scoring(undefined)).tiers.specialized;

    // Assert
    expect(tier.score?.range).toEqual({ min: 54, max: 69 });
    expect(tier.decision).toBe('unknown');
    expect(tier.missing).toEqual(['annualData[2024].characteristicScore']);
  });

  it('should be eligible without 特色化 when the other indicators reach 60 alone', () => {
    // Act
    const tier = evaluate(withFacts(strongProfile(), Y, { characteristicScore: undefined })).tiers
      .specialized;

    // Assert
    expect(tier.decision).toBe('eligible');
    expect(tier.score?.range).toEqual({ min: 82, max: 97 });
  });
});

describe('专精特新 2022 — basic conditions at / below / above', () => {
  it.each([
    [1, true, 'not-met'],
    [2, true, 'met'],
    [3, true, 'met'],
    [2, false, 'not-met'],
    [3, false, 'met'],
  ])('should judge %i niche years (inclusiveBounds %p) as %s', (years, inclusiveBounds, status) => {
    // Act
    const result = evaluate(withFacts(strongProfile(), Y, { nicheMarketYears: years }), { inclusiveBounds });

    // Assert
    expect(conditionOf(result, 'specialized', 'basic.niche').status).toBe(status);
    if (status === 'not-met') expect(result.tiers.specialized.decision).toBe('not-eligible');
  });

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'met'],
  ])(
    'should judge R&D of 100万元 %i fen off (inclusiveBounds %p, 不低于) as %s',
    (delta, inclusiveBounds, status) => {
      // Arrange: revenue 1000万, so the ratio is ~10%
      const profile = withFacts(strongProfile(), Y, {
        operatingRevenue: 1_000 * WAN,
        rdExpense: 100 * WAN + delta,
      });

      // Act
      const c = conditionOf(evaluate(profile, { inclusiveBounds }), 'specialized', 'basic.rd');

      // Assert
      expect(c.status).toBe(status);
      if (status === 'not-met') expect(c.gap).toBe('研发费用 99.999999万元 < 100万元');
    },
  );

  it.each([
    [299, true, 'not-met'],
    [300, true, 'met'],
    [301, true, 'met'],
    [300, false, 'met'],
  ])(
    'should judge an R&D ratio of %i bp (inclusiveBounds %p, 不低于) as %s',
    (bp, inclusiveBounds, status) => {
      // Act
      const c = conditionOf(
        evaluate(withFacts(strongProfile(), Y, { operatingRevenue: YI, rdExpense: bp * WAN }), {
          inclusiveBounds,
        }),
        'specialized',
        'basic.rd',
      );

      // Assert
      expect(c.status).toBe(status);
      if (status === 'not-met') expect(c.gap).toBe('研发费用占比 2.99% < 3%');
    },
  );

  it('should name revenue when the ratio needs it and R&D is above 100万', () => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(strongProfile(), Y, { operatingRevenue: undefined })),
      'specialized',
      'basic.rd',
    );

    // Assert
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['annualData[2024].operatingRevenue']);
  });

  it('should fail basic.rd without revenue when R&D is below 100万 anyway', () => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(strongProfile(), Y, { operatingRevenue: undefined, rdExpense: 50 * WAN })),
      'specialized',
      'basic.rd',
    );

    // Assert
    expect(c.status).toBe('not-met');
  });

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
    [1, false, 'met'],
  ])(
    'should judge revenue of 1000万元 %i fen off without equity (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, status) => {
      // Act
      const c = conditionOf(
        evaluate(withFacts(strongProfile(), Y, { operatingRevenue: 1_000 * WAN + delta }), {
          inclusiveBounds,
        }),
        'specialized',
        'basic.revenue',
      );

      // Assert
      expect(c.status).toBe(status);
    },
  );

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
  ])(
    'should judge revenue 500万 with 2-year equity of 2000万元 %i fen off (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, status) => {
      // Arrange: 1200万 in 2023 + 800万 ± δ in 2024; 2022's equity is outside the window
      let profile = withFacts(strongProfile(), Y, {
        operatingRevenue: 500 * WAN,
        equityFinancing: 800 * WAN + delta,
      });
      profile = withFacts(profile, Y - 1, { equityFinancing: 1_200 * WAN });
      profile = withFacts(profile, Y - 2, { equityFinancing: 5_000 * WAN });

      // Act
      const c = conditionOf(evaluate(profile, { inclusiveBounds }), 'specialized', 'basic.revenue');

      // Assert
      expect(c.status).toBe(status);
      if (status === 'not-met') expect(c.gap).toContain('近2年新增股权融资合计');
    },
  );
});

describe('专精特新 2022 — the four alternatives to the score', () => {
  const failing = (): ProfileInput => scoring(5); // 59 points

  it.each([
    ['provincial', 3, 'met'],
    ['provincial', 4, 'not-met'],
    ['national', 5, 'met'],
    ['national', 6, 'not-met'],
  ] as const)('should judge a %s award ranked %i as %s', (level, rank, status) => {
    // Act
    const result = evaluate(withFacts(failing(), Y - 2, { scienceAwards: [{ level, rank }] }));

    // Assert
    expect(conditionOf(result, 'specialized', 'alt.award').status).toBe(status);
    expect(result.tiers.specialized.decision).toBe(status === 'met' ? 'eligible' : 'not-eligible');
    if (status === 'met')
      expect(result.tiers.specialized.route).toMatchObject({ kind: 'alternative', id: 'alt.award' });
  });

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
  ])(
    'should judge a 2-year R&D mean of 1000万元 (sum %i fen off 2000万, inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, status) => {
      // Arrange
      const profile = withFacts(withFacts(failing(), Y - 1, { rdExpense: 900 * WAN }), Y, {
        rdExpense: 1_100 * WAN + delta,
        operatingRevenue: 20_000 * WAN,
      });

      // Act
      const result = evaluate(profile, { inclusiveBounds });

      // Assert
      expect(conditionOf(result, 'specialized', 'alt.rd-average').status).toBe(status);
    },
  );

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [0, false, 'not-met'],
  ])(
    'should judge 2-year equity of 6000万元 %i fen off (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, status) => {
      // Arrange
      const profile = withFacts(withFacts(failing(), Y - 1, { equityFinancing: 2_000 * WAN }), Y, {
        equityFinancing: 4_000 * WAN + delta,
      });

      // Act
      const result = evaluate(profile, { inclusiveBounds });

      // Assert
      expect(conditionOf(result, 'specialized', 'alt.equity').status).toBe(status);
    },
  );

  it('should not count equity of the third year back for the 2-year alternative', () => {
    // Act
    const result = evaluate(withFacts(failing(), Y - 2, { equityFinancing: 10_000 * WAN }));

    // Assert
    expect(conditionOf(result, 'specialized', 'alt.equity').status).toBe('not-met');
  });

  it.each([
    ['national-top500', 'met'],
    ['national-top50', 'met'],
    ['none', 'not-met'],
  ] as const)('should judge 创客中国 %s within three years as %s', (makerChina, status) => {
    // Act
    const result = evaluate(withFacts(failing(), Y - 2, { makerChina }));

    // Assert
    expect(conditionOf(result, 'specialized', 'alt.maker-china').status).toBe(status);
  });

  it('should list every alternative in the gap when none holds', () => {
    // Act
    const tier = evaluate(failing()).tiers.specialized;

    // Assert
    expect(tier.decision).toBe('not-eligible');
    const gap = tier.gaps.join();
    expect(gap).toContain('评价得分达到60分以上或满足条件之一均未满足');
    expect(gap).toContain('近两年研发费用均值 900万元 < 1000万元');
  });
});

describe('专精特新 2022 — amounts shown next to a threshold (never printed equal to it)', () => {
  it.each([
    [-1, 8, '499.999999万元'],
    [0, 10, '500万元'],
  ] as const)('should score R&D of 500万元 %i fen as %i points and show %s', (delta, points, shown) => {
    // Arrange: revenue 20亿 so the ratio bands score 0 and the amount decides
    const profile = withFacts(strongProfile(), Y, {
      operatingRevenue: 20 * YI,
      mainBusinessRevenue: 19 * YI,
      rdExpense: 500 * WAN + delta,
    });

    // Act
    const ind = indicatorOf(evaluate(profile), 'specialized', 'rd-input');

    // Assert
    expect(ind.points).toBe(points);
    expect(ind.values['2024年研发费用']).toBe(shown);
  });

  it('should show revenue and equity 1 fen under their thresholds with enough decimals', () => {
    // Arrange
    let profile = withFacts(strongProfile(), Y, {
      operatingRevenue: 1_000 * WAN - 1,
      mainBusinessRevenue: 900 * WAN,
      rdExpense: 100 * WAN,
      equityFinancing: 1_000 * WAN,
    });
    profile = withFacts(profile, Y - 1, { equityFinancing: 1_000 * WAN - 1 });

    // Act
    const c = conditionOf(evaluate(profile), 'specialized', 'basic.revenue');

    // Assert
    expect(c.status).toBe('not-met');
    expect(c.values).toMatchObject({
      '2024年营业收入': '999.999999万元',
      近2年新增股权融资合计: '1999.999999万元',
    });
  });
});

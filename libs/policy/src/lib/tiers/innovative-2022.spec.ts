import { bandCases, conditionOf, indicatorOf } from '../../../test/support/band-cases';
import type { BandTable } from '../../../test/support/band-cases';
import { WAN, YI, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { ProfileInput } from './tier-input';

const AS_OF = '2025-06-01';
const Y = 2024;

const evaluate = (
  profile: ProfileInput,
  params: { bandEdgeToHigher?: boolean; inclusiveBounds?: boolean } = {},
) => evaluateTiers({ profile, asOf: AS_OF, type: 'new', params });

// ---------------------------------------------------------------------------------------------------------------
// rules.md §1.2 (B), transcribed again (basis points): edge, points of the better band, points of the worse band.
// ---------------------------------------------------------------------------------------------------------------
const TABLES: Readonly<Record<string, BandTable>> = {
  // ② ≥5% → 20; 3%–5% → 15; 2%–3% → 10; 1%–2% → 5; <1% → 0
  'rd-ratio': {
    direction: 'higher',
    edges: [
      { edge: 500, better: 20, worse: 15 },
      { edge: 300, better: 15, worse: 10 },
      { edge: 200, better: 10, worse: 5 },
      { edge: 100, better: 5, worse: 0 },
    ],
  },
  // ③ ≥15% → 20; 10%–15% → 15; 5%–10% → 10; 0%–5% → 5; <0% → 0
  'revenue-growth': {
    direction: 'higher',
    edges: [
      { edge: 1500, better: 20, worse: 15 },
      { edge: 1000, better: 15, worse: 10 },
      { edge: 500, better: 10, worse: 5 },
      { edge: 0, better: 5, worse: 0 },
    ],
  },
  // ④ ≤55% → 10; 55%–75% → 5; >75% → 0
  'debt-ratio': {
    direction: 'lower',
    edges: [
      { edge: 5500, better: 10, worse: 5 },
      { edge: 7500, better: 5, worse: 0 },
    ],
  },
  // ⑥ ≥70% → 20; 60%–70% → 15; 55%–60% → 10; 50%–55% → 5; <50% → 0
  'main-business-share': {
    direction: 'higher',
    edges: [
      { edge: 7000, better: 20, worse: 15 },
      { edge: 6000, better: 15, worse: 10 },
      { edge: 5500, better: 10, worse: 5 },
      { edge: 5000, better: 5, worse: 0 },
    ],
  },
};

/** Facts giving the indicator exactly `bp` basis points, from integer fen (1 bp of 1亿元 = 1万元). */
const SETTERS: Readonly<Record<string, (bp: number) => ProfileInput>> = {
  'rd-ratio': (bp) => withFacts(strongProfile(), Y, { operatingRevenue: YI, rdExpense: bp * WAN }),
  'revenue-growth': (bp) =>
    withFacts(withFacts(strongProfile(), Y - 1, { mainBusinessRevenue: YI }), Y, {
      operatingRevenue: 2 * YI,
      mainBusinessRevenue: YI + bp * WAN,
    }),
  'debt-ratio': (bp) => withFacts(strongProfile(), Y, { totalAssets: YI, totalLiabilities: bp * WAN }),
  'main-business-share': (bp) =>
    withFacts(strongProfile(), Y, { operatingRevenue: YI, mainBusinessRevenue: bp * WAN }),
};

const BAND_ROWS = Object.entries(TABLES).flatMap(([id, table]) =>
  bandCases(table).map((c) => ({ id, ...c })),
);

describe('创新型 2022 scoring — every band edge at / below / above (rules.md §1.2)', () => {
  it('should cover the 14 shared edges of the four banded indicators when generating cases', () => {
    // Act / Assert
    expect(BAND_ROWS).toHaveLength(14 * 3 * 2);
  });

  it.each(BAND_ROWS)(
    'should score $expected for $id when the value is $offset $edge bp ($value bp, edgeToHigher $edgeToHigher)',
    ({ id, value, edgeToHigher, expected, offset }) => {
      // Arrange
      const profile = SETTERS[id]!(value);

      // Act
      const result = evaluate(profile, { bandEdgeToHigher: edgeToHigher });

      // Assert
      const ind = indicatorOf(result, 'innovative', id);
      expect(ind.points).toBe(expected);
      expect(ind.onBoundary).toBe(offset === 'exactly at');
      expect(ind.band).not.toBeNull();
      expect(ind.missing).toEqual([]);
    },
  );

  it('should give 15 for exactly 3.00% R&D and 10 for exactly 55% debt ratio when edges go to the higher band', () => {
    // Arrange
    const profile = withFacts(strongProfile(), Y, {
      operatingRevenue: 50_000 * WAN,
      rdExpense: 1_500 * WAN,
      totalAssets: 40_000 * WAN,
      totalLiabilities: 22_000 * WAN,
    });

    // Act
    const result = evaluate(profile);

    // Assert
    expect(indicatorOf(result, 'innovative', 'rd-ratio')).toMatchObject({ points: 15, band: 'B（3%–5%）' });
    expect(indicatorOf(result, 'innovative', 'rd-ratio').values['2024年研发费用占比']).toBe('3.00%');
    expect(indicatorOf(result, 'innovative', 'debt-ratio')).toMatchObject({
      points: 10,
      band: 'A（55%以下）',
    });
  });

  it('should give 10 for exactly 3% and 5 for exactly 55% when edges go to the lower band', () => {
    // Arrange
    const profile = withFacts(strongProfile(), Y, {
      operatingRevenue: YI,
      rdExpense: 300 * WAN,
      totalAssets: YI,
      totalLiabilities: 5_500 * WAN,
    });

    // Act
    const result = evaluate(profile, { bandEdgeToHigher: false });

    // Assert
    expect(indicatorOf(result, 'innovative', 'rd-ratio').points).toBe(10);
    expect(indicatorOf(result, 'innovative', 'debt-ratio').points).toBe(5);
  });

  it.each([
    [{ class1Total: 3, class1SelfDeveloped: 1, class1HighValue: 1, class2Total: 0 }, 20],
    [{ class1Total: 3, class1SelfDeveloped: 1, class1HighValue: 0, class2Total: 0 }, 15],
    [{ class1Total: 1, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 5 }, 10],
    [{ class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 1 }, 5],
    [{ class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 0 }, 0],
    [{ class1Total: 0, class1SelfDeveloped: undefined, class1HighValue: undefined, class2Total: 2 }, 5],
  ])('should score IP %p as %i under both edge readings', (ip, points) => {
    for (const bandEdgeToHigher of [true, false]) {
      // Act
      const result = evaluate(withFacts(strongProfile(), Y, { ip }), { bandEdgeToHigher });

      // Assert
      expect(indicatorOf(result, 'innovative', 'ip').points).toBe(points);
    }
  });

  it('should give an IP range and name the fact when the high-value count is missing', () => {
    // Act
    const result = evaluate(withFacts(strongProfile(), Y, { ip: { class1HighValue: undefined } }));

    // Assert
    const ind = indicatorOf(result, 'innovative', 'ip');
    expect(ind.points).toBeNull();
    expect(ind.range).toEqual({ min: 15, max: 20 });
    expect(ind.missing).toEqual(['annualData[2024].ip.class1HighValue']);
  });

  it.each([
    [true, 10],
    [false, 5],
  ])('should score 主导产品所属领域 %p as %i', (strategicEmergingProduct, points) => {
    // Act
    const result = evaluate(withFacts(strongProfile(), Y, { strategicEmergingProduct }));

    // Assert
    expect(indicatorOf(result, 'innovative', 'product-field').points).toBe(points);
  });

  it('should compute growth from integer fen exactly when the base year is given', () => {
    // Arrange: 1亿 → 1.1亿
    const profile = SETTERS['revenue-growth']!(1000);

    // Act
    const ind = indicatorOf(evaluate(profile), 'innovative', 'revenue-growth');

    // Assert
    expect(ind.values['2024年主营业务收入增长率']).toBe('10.00%');
    expect(ind.points).toBe(15);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Score route: a profile with no direct condition and a score exactly at 60 (20 / 20 / 20).
// ---------------------------------------------------------------------------------------------------------------
function sixtyPoints(): ProfileInput {
  const noDirect = withFacts(strongProfile(), Y, { rdInstitutionLevel: 'city' });
  return withFacts(withFacts(noDirect, Y - 1, { mainBusinessRevenue: 6_000 * WAN }), Y, {
    operatingRevenue: YI,
    mainBusinessRevenue: 6_500 * WAN, // share 65% → 15; growth 8.33% → 10
    rdExpense: 250 * WAN, // 2.5% → 10
    ip: { class1Total: 1, class1SelfDeveloped: 0, class1HighValue: 0 }, // → 10
    totalAssets: YI,
    totalLiabilities: 5_000 * WAN, // 50% → 10
    strategicEmergingProduct: false, // → 5
  });
}

describe('创新型 2022 — score threshold and sub-score minima', () => {
  it('should be eligible by score when the total is exactly 60 with 20/20/20', () => {
    // Act
    const result = evaluate(sixtyPoints());
    const tier = result.tiers.innovative;

    // Assert
    expect(tier.score?.total).toBe(60);
    expect(tier.score?.dimensions.map((d) => d.points)).toEqual([20, 20, 20]);
    expect(tier.decision).toBe('eligible');
    expect(tier.route).toEqual({ kind: 'score', id: 'score', zh: '评价得分60分' });
  });

  it('should not be eligible at exactly 60 when 以上 excludes the number', () => {
    // Act
    const tier = evaluate(sixtyPoints(), { inclusiveBounds: false }).tiers.innovative;

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('评价得分60分，未达到>60分');
  });

  it('should not be eligible when the total is 55', () => {
    // Arrange: growth 1.56% → 5 instead of 10
    const profile = withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 6_400 * WAN });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.score?.total).toBe(55);
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('评价得分55分');
  });

  it('should be eligible at 65 when product field adds 5', () => {
    // Act
    const tier = evaluate(withFacts(sixtyPoints(), Y, { strategicEmergingProduct: true })).tiers.innovative;

    // Assert
    expect(tier.score?.total).toBe(65);
    expect(tier.decision).toBe('eligible');
  });

  it('should not be eligible when the score is 70 but 创新能力 is 15 < 20 (points move in steps of 5, so 19 cannot occur)', () => {
    // Arrange: IP 10 + R&D 1.5% → 5 = 15; growth 20 + debt 10; share 20 + product 10
    const profile = withFacts(withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 6_000 * WAN }), Y, {
      mainBusinessRevenue: 7_000 * WAN,
      rdExpense: 150 * WAN,
      strategicEmergingProduct: true,
    });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.score?.total).toBeGreaterThanOrEqual(60);
    expect(tier.score?.dimensions.find((d) => d.id === 'innovation')).toMatchObject({
      points: 15,
      minimum: 20,
      status: 'not-met',
    });
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('创新能力得分15分 < 20分');
  });

  it('should not be eligible when 成长性 is 10 < 15 even with a total of 70', () => {
    // Arrange: innovation 40, growth: negative growth 0 + debt 10, specialization 30
    const profile = withFacts(withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 8_000 * WAN }), Y, {
      mainBusinessRevenue: 7_500 * WAN,
      rdExpense: 600 * WAN,
      ip: { class1HighValue: 1, class1Total: 1 },
      strategicEmergingProduct: true,
    });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.score?.total).toBe(80);
    expect(tier.score?.dimensions.map((d) => [d.id, d.points, d.status])).toEqual([
      ['innovation', 40, 'met'],
      ['growth', 10, 'not-met'],
      ['specialization', 30, 'met'],
    ]);
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('成长性得分10分 < 15分');
  });

  it('should not be eligible when 专业化 is 10 < 15', () => {
    // Arrange: share 52% → 5, product → 5
    const profile = withFacts(withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 4_000 * WAN }), Y, {
      mainBusinessRevenue: 5_200 * WAN,
      rdExpense: 600 * WAN,
      ip: { class1HighValue: 1, class1Total: 1 },
    });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.score?.dimensions.find((d) => d.id === 'specialization')?.points).toBe(10);
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('专业化得分10分 < 15分');
  });
});

describe('创新型 2022 — missing facts', () => {
  it('should be unknown and name annualData[2024].rdExpense when R&D decides the outcome', () => {
    // Act
    const tier = evaluate(withFacts(sixtyPoints(), Y, { rdExpense: undefined })).tiers.innovative;

    // Assert
    expect(tier.decision).toBe('unknown');
    expect(tier.score?.range).toEqual({ min: 50, max: 70 });
    expect(tier.missing).toContain('annualData[2024].rdExpense');
    expect(tier.explanation).toContain('annualData[2024].rdExpense');
    expect(tier.gaps).toEqual([]);
  });

  it('should still decide eligible when the missing fact cannot change the outcome', () => {
    // Arrange: 95 points with R&D (20); without it the range is 75–95 and 创新能力 ≥ 20 from IP alone
    const profile = withFacts(withFacts(strongProfile(), Y, { rdInstitutionLevel: 'city' }), Y, {
      rdExpense: undefined,
    });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.decision).toBe('eligible');
    expect(tier.score?.status).toBe('met');
    expect(tier.score?.range).toEqual({ min: 75, max: 95 });
    expect(tier.missing).toContain('annualData[2024].rdExpense');
  });

  it('should still decide not eligible when a known sub-score fails whatever the missing fact is', () => {
    // Arrange: 成长性 0 (negative growth, 80% debt) and R&D missing
    const profile = withFacts(withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 9_000 * WAN }), Y, {
      rdExpense: undefined,
      totalLiabilities: 8_000 * WAN,
    });

    // Act
    const tier = evaluate(profile).tiers.innovative;

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('成长性得分0分 < 15分');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 直通条件: a profile whose score fails (成长性 0), so only the direct condition can make it eligible.
// ---------------------------------------------------------------------------------------------------------------
function failingScore(): ProfileInput {
  return withFacts(withFacts(sixtyPoints(), Y - 1, { mainBusinessRevenue: 9_000 * WAN }), Y, {
    totalLiabilities: 8_000 * WAN,
  });
}

describe('创新型 2022 — 直通条件', () => {
  it('should not be eligible when no direct condition holds and the score fails', () => {
    // Act
    const tier = evaluate(failingScore()).tiers.innovative;

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.conditions.filter((c) => c.id.startsWith('direct.')).map((c) => c.status)).toEqual([
      'not-met',
      'not-met',
      'not-met',
      'not-met',
    ]);
  });

  it.each([
    [2022, 'provincial', 9, 'met'],
    [2024, 'national', 1, 'met'],
  ] as const)(
    'should meet the award condition when a %i %s award (rank %i) is in the window',
    (year, level, rank, status) => {
      // Act
      const result = evaluate(withFacts(failingScore(), year, { scienceAwards: [{ level, rank }] }));

      // Assert
      expect(conditionOf(result, 'innovative', 'direct.award').status).toBe(status);
      expect(result.tiers.innovative.decision).toBe('eligible');
      expect(result.tiers.innovative.route).toMatchObject({ kind: 'direct', id: 'direct.award' });
    },
  );

  it('should not count an award older than three years when it was received in 2021', () => {
    // Arrange
    const profile = {
      ...failingScore(),
      annualData: [
        ...failingScore().annualData,
        { year: 2021, scienceAwards: [{ level: 'national' as const, rank: 1 }] },
      ],
    };

    // Act
    const result = evaluate(profile);

    // Assert
    expect(conditionOf(result, 'innovative', 'direct.award').status).toBe('not-met');
  });

  it('should be unknown about the award when one year of the window has no award list', () => {
    // Act
    const result = evaluate(withFacts(failingScore(), 2023, { scienceAwards: undefined }));

    // Assert
    const c = conditionOf(result, 'innovative', 'direct.award');
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['annualData[2023].scienceAwards']);
    expect(result.tiers.innovative.decision).toBe('unknown');
    expect(result.tiers.innovative.missing).toContain('annualData[2023].scienceAwards');
  });

  it.each(['highTechEnterprise', 'techInnovationDemo', 'ipAdvantage', 'ipDemo'])(
    'should meet the honour condition when %s is held',
    (honour) => {
      // Act
      const result = evaluate(withFacts(failingScore(), Y, { honours: { [honour]: true } }));

      // Assert
      expect(conditionOf(result, 'innovative', 'direct.honour').status).toBe('met');
      expect(result.tiers.innovative.decision).toBe('eligible');
    },
  );

  it('should be unknown about honours when one honour is missing and the others are false', () => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(failingScore(), Y, { honours: { ipDemo: undefined } })),
      'innovative',
      'direct.honour',
    );

    // Assert
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['annualData[2024].honours.ipDemo']);
  });

  it.each([
    ['national', 'met'],
    ['provincial', 'met'],
    ['city', 'not-met'],
    ['below-city', 'not-met'],
    ['none', 'not-met'],
  ] as const)('should treat R&D institution level %s as %s', (rdInstitutionLevel, status) => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(failingScore(), Y, { rdInstitutionLevel })),
      'innovative',
      'direct.rd-institution',
    );

    // Assert
    expect(c.status).toBe(status);
  });

  it.each([
    [-1, true, 'not-met'],
    [0, true, 'met'],
    [1, true, 'met'],
    [-1, false, 'not-met'],
    [0, false, 'not-met'],
    [1, false, 'met'],
  ])(
    'should judge 3-year equity of 500万元 %i fen off (inclusiveBounds %p) as %s',
    (delta, inclusiveBounds, status) => {
      // Arrange: 200万 + 200万 + 100万 ± 1 fen over 2022–2024; 2021 outside the window
      let profile = withFacts(failingScore(), 2022, { equityFinancing: 200 * WAN });
      profile = withFacts(profile, 2023, { equityFinancing: 200 * WAN });
      profile = withFacts(profile, 2024, { equityFinancing: 100 * WAN + delta });
      profile = {
        ...profile,
        annualData: [...profile.annualData, { year: 2021, equityFinancing: 10_000 * WAN }],
      };

      // Act
      const result = evaluate(profile, { inclusiveBounds });

      // Assert
      const c = conditionOf(result, 'innovative', 'direct.equity');
      expect(c.status).toBe(status);
      if (status === 'not-met')
        expect(c.gap).toMatch(/^近三年新增股权融资合计 (499\.999999万元|500万元) [<≤] 500万元$/);
    },
  );

  it('should meet the equity condition from known years alone when a missing year cannot matter', () => {
    // Arrange
    let profile = withFacts(failingScore(), 2022, { equityFinancing: undefined });
    profile = withFacts(profile, 2023, { equityFinancing: 300 * WAN });
    profile = withFacts(profile, 2024, { equityFinancing: 300 * WAN });

    // Act
    const c = conditionOf(evaluate(profile), 'innovative', 'direct.equity');

    // Assert
    expect(c.status).toBe('met');
  });

  it('should be unknown about equity when the known years fall short and a year is missing', () => {
    // Arrange
    const profile = withFacts(withFacts(failingScore(), 2022, { equityFinancing: undefined }), 2024, {
      equityFinancing: 300 * WAN,
    });

    // Act
    const c = conditionOf(evaluate(profile), 'innovative', 'direct.equity');

    // Assert
    expect(c.status).toBe('unknown');
    expect(c.missing).toEqual(['annualData[2022].equityFinancing']);
  });
});

describe('创新型 2022 — values shown next to a band edge (never printed equal to it)', () => {
  // On a 1亿 base, 100 fen is 0.000001%.
  const SETTERS_NEAR: Readonly<Record<string, (delta: number) => ProfileInput>> = {
    'rd-ratio': (d) => withFacts(strongProfile(), Y, { operatingRevenue: YI, rdExpense: 300 * WAN + d }),
    'debt-ratio': (d) =>
      withFacts(strongProfile(), Y, { totalAssets: YI, totalLiabilities: 5_500 * WAN + d }),
    'main-business-share': (d) =>
      withFacts(strongProfile(), Y, { operatingRevenue: YI, mainBusinessRevenue: 7_000 * WAN + d }),
    'revenue-growth': (d) =>
      withFacts(withFacts(strongProfile(), Y - 1, { mainBusinessRevenue: YI }), Y, {
        operatingRevenue: 2 * YI,
        mainBusinessRevenue: 11_500 * WAN + d,
      }),
  };

  it.each([
    ['rd-ratio', -100, '2024年研发费用占比', 10, '2.999999%'],
    ['rd-ratio', 0, '2024年研发费用占比', 15, '3.00%'],
    ['rd-ratio', 100, '2024年研发费用占比', 15, '3.000001%'],
    ['debt-ratio', 0, '2024年资产负债率', 10, '55.00%'],
    ['debt-ratio', 100, '2024年资产负债率', 5, '55.000001%'],
    ['main-business-share', -100, '2024年主营业务收入占比', 15, '69.999999%'],
    ['revenue-growth', -100, '2024年主营业务收入增长率', 15, '14.999999%'],
    ['revenue-growth', 0, '2024年主营业务收入增长率', 20, '15.00%'],
  ] as const)(
    'should score %s %i fen off the edge (%s) %i points and show %s',
    (id, delta, key, points, shown) => {
      // Act
      const ind = indicatorOf(evaluate(SETTERS_NEAR[id]!(delta)), 'innovative', id);

      // Assert
      expect(ind.points).toBe(points);
      expect(ind.values[key]).toBe(shown);
    },
  );
});

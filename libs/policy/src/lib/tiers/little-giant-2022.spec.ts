import { conditionOf } from '../../../test/support/band-cases';
import { WAN, YI, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { EvaluationType, ProfileInput } from './tier-input';
import type { TierParameters } from './tier-parameters';

const AS_OF = '2025-06-01';
const Y = 2024;

const evaluate = (
  profile: ProfileInput,
  params: Partial<TierParameters> = {},
  type: EvaluationType = 'new',
) => evaluateTiers({ profile, asOf: AS_OF, type, params });
const status = (
  profile: ProfileInput,
  id: string,
  params: Partial<TierParameters> = {},
  type: EvaluationType = 'new',
) => conditionOf(evaluate(profile, params, type), 'little-giant', id).status;

describe('小巨人 2022 — the strong profile', () => {
  it('should be eligible through the general innovation conditions when every group holds', () => {
    // Act
    const tier = evaluate(strongProfile()).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe('eligible');
    expect(tier.route).toEqual({ kind: 'general', id: 'innovation.general', zh: '创新能力满足一般性条件' });
    expect(tier.ruleVersion.id).toBe('tiers-2022');
    expect(tier.standard).toContain('附件3');
    expect(tier.score).toBeNull();
  });

  it('should mark 产业链配套 and 主导产品所属领域 as unconfirmed in the result', () => {
    // Act
    const tier = evaluate(strongProfile()).tiers['little-giant'];

    // Assert
    expect(tier.conditions.find((c) => c.id === 'chain.key-link')?.confidence).toBe('unconfirmed');
    expect(tier.conditions.find((c) => c.id === 'domain.key-domain')?.confidence).toBe('unconfirmed');
  });
});

describe('小巨人 2022 — 专业化', () => {
  it.each([
    [2, true, 'not-met'],
    [3, true, 'met'],
    [4, true, 'met'],
    [3, false, 'not-met'],
    [4, false, 'met'],
  ])('should judge %i niche years (inclusiveBounds %p) as %s', (years, inclusiveBounds, expected) => {
    // Act / Assert
    expect(
      status(withFacts(strongProfile(), Y, { nicheMarketYears: years }), 'specialization.niche', {
        inclusiveBounds,
      }),
    ).toBe(expected);
  });

  it.each([
    [6_999, true, 'not-met'],
    [7_000, true, 'met'],
    [7_001, true, 'met'],
    [7_000, false, 'met'],
  ])(
    'should judge a main-business share of %i bp (inclusiveBounds %p, 不低于) as %s',
    (bp, inclusiveBounds, expected) => {
      // Act / Assert
      expect(
        status(
          withFacts(strongProfile(), Y, { operatingRevenue: 2 * YI, mainBusinessRevenue: 2 * bp * WAN }),
          'specialization.main-share',
          { inclusiveBounds },
        ),
      ).toBe(expected);
    },
  );

  /** Equal growth g: 1亿, 1亿·(1+g), 1亿·(1+g)² main-business revenue (operating revenue 3亿). */
  const equalGrowth = (bp: number): ProfileInput => {
    let p = withFacts(strongProfile(), Y - 2, { mainBusinessRevenue: YI, operatingRevenue: 3 * YI });
    p = withFacts(p, Y - 1, { mainBusinessRevenue: WAN * (10_000 + bp), operatingRevenue: 3 * YI });
    return withFacts(p, Y, { mainBusinessRevenue: 100 * (10_000 + bp) ** 2, operatingRevenue: 3 * YI });
  };

  it.each([
    [499, 'arithmetic', 'not-met'],
    [500, 'arithmetic', 'met'],
    [501, 'arithmetic', 'met'],
    [499, 'compound', 'not-met'],
    [500, 'compound', 'met'],
    [501, 'compound', 'met'],
  ] as const)(
    'should judge equal yearly growth of %i bp (%s mean, 不低于5%) as %s',
    (bp, averageGrowth, expected) => {
      // Act / Assert
      expect(status(equalGrowth(bp), 'specialization.growth', { averageGrowth })).toBe(expected);
    },
  );

  it('should pass on the arithmetic mean and fail on the compound rate when growth is 10% then 0%', () => {
    // Arrange: 1亿 → 1.1亿 → 1.1亿: mean 5%, CAGR ≈ 4.88%
    let p = withFacts(strongProfile(), Y - 2, { mainBusinessRevenue: YI });
    p = withFacts(p, Y - 1, { mainBusinessRevenue: 11_000 * WAN });
    p = withFacts(p, Y, { mainBusinessRevenue: 11_000 * WAN, operatingRevenue: 12_000 * WAN });

    // Act
    const arithmetic = conditionOf(evaluate(p), 'little-giant', 'specialization.growth');
    const compound = conditionOf(
      evaluate(p, { averageGrowth: 'compound' }),
      'little-giant',
      'specialization.growth',
    );

    // Assert
    expect(arithmetic.status).toBe('met');
    expect(arithmetic.onBoundary).toBe(true);
    expect(compound.status).toBe('not-met');
    expect(compound.gap).toBe('近2年主营业务收入平均增长率 4.88% < 5%');
  });

  it('should exempt 复核 from the growth indicator by default and check it when the parameter is off', () => {
    // Arrange: shrinking revenue
    const shrinking = withFacts(strongProfile(), Y, { mainBusinessRevenue: 10_000 * WAN });

    // Act
    const reviewed = conditionOf(evaluate(shrinking, {}, 'review'), 'little-giant', 'specialization.growth');
    const strict = conditionOf(
      evaluate(shrinking, { reviewExemptsLittleGiantGrowth: false }, 'review'),
      'little-giant',
      'specialization.growth',
    );
    const fresh = conditionOf(evaluate(shrinking, {}, 'new'), 'little-giant', 'specialization.growth');

    // Assert
    expect(reviewed.status).toBe('met');
    expect(reviewed.note).toContain('reviewExemptsLittleGiantGrowth');
    expect(strict.status).toBe('not-met');
    expect(fresh.status).toBe('not-met');
  });
});

describe('小巨人 2022 — 精细化 and 特色化', () => {
  it.each([
    [6_999, 'met'],
    [7_000, 'met'],
    [7_001, 'not-met'],
  ])('should judge a debt ratio of %i bp (不高于70%) as %s', (bp, expected) => {
    for (const inclusiveBounds of [true, false]) {
      // Act / Assert
      expect(
        status(
          withFacts(strongProfile(), Y, { totalAssets: YI, totalLiabilities: bp * WAN }),
          'refinement.debt-ratio',
          { inclusiveBounds },
        ),
      ).toBe(expected);
    }
  });

  it.each([
    [999, true, 'not-met'],
    [1_000, true, 'met'],
    [1_001, true, 'met'],
    [1_000, false, 'not-met'],
  ])(
    'should judge a national market share of %i bp (inclusiveBounds %p) as %s',
    (marketShareBp, inclusiveBounds, expected) => {
      // Act / Assert
      expect(
        status(withFacts(strongProfile(), Y, { marketShareBp }), 'characteristic.market-share', {
          inclusiveBounds,
        }),
      ).toBe(expected);
    },
  );

  it.each([
    ['strategyAndGovernance', 'refinement.strategy'],
    ['infoSystemCoreBusiness', 'refinement.info-system'],
    ['managementCertification', 'refinement.certification'],
    ['competitiveOwnBrand', 'characteristic.brand'],
    ['chainKeyLink', 'chain.key-link'],
    ['keyDomainProduct', 'domain.key-domain'],
  ])('should fail the tier when %s is false and be unknown when it is missing (%s)', (field, id) => {
    // Act
    const failed = evaluate(withFacts(strongProfile(), Y, { littleGiant: { [field]: false } })).tiers[
      'little-giant'
    ];
    const open = evaluate(withFacts(strongProfile(), Y, { littleGiant: { [field]: undefined } })).tiers[
      'little-giant'
    ];

    // Assert
    expect(failed.conditions.find((c) => c.id === id)?.status).toBe('not-met');
    expect(failed.decision).toBe('not-eligible');
    expect(open.decision).toBe('unknown');
    expect(open.missing).toEqual([`annualData[2024].littleGiant.${field}`]);
  });
});

describe('小巨人 2022 — 创新能力 general conditions by revenue band', () => {
  /** Revenue R both years and R&D at `bp` basis points of it in both years. */
  const band = (revenueFen: number, bp: number, bpPrev = bp): ProfileInput => {
    const p = withFacts(strongProfile(), Y - 1, {
      operatingRevenue: revenueFen,
      rdExpense: (revenueFen / 10_000) * bpPrev,
    });
    return withFacts(p, Y, {
      operatingRevenue: revenueFen,
      mainBusinessRevenue: revenueFen,
      rdExpense: (revenueFen / 10_000) * bp,
    });
  };

  it.each([
    [299, 'not-met'],
    [300, 'met'],
    [301, 'met'],
  ])('should judge R&D of %i bp in both years for revenue ≥ 1亿 as %s (均不低于3%)', (bp, expected) => {
    // Act / Assert
    expect(status(band(2 * YI, bp), 'innovation.general.rd')).toBe(expected);
  });

  it('should require each of the two years and name the failing year', () => {
    // Act
    const c = conditionOf(evaluate(band(2 * YI, 500, 299)), 'little-giant', 'innovation.general.rd');

    // Assert
    expect(c.status).toBe('not-met');
    expect(c.gap).toBe('营业收入1亿元以上档：2023年研发费用占比 2.99% < 3%');
  });

  it.each([
    [599, 'not-met'],
    [600, 'met'],
    [601, 'met'],
  ])('should judge R&D of %i bp in both years for revenue 5000万–1亿 as %s (均不低于6%)', (bp, expected) => {
    // Act / Assert
    expect(status(band(8_000 * WAN, bp), 'innovation.general.rd')).toBe(expected);
  });

  it.each([
    [YI, true, '1亿元以上', 'met'],
    [YI, false, '5000万元—1亿元', 'not-met'],
    [YI - 100, true, '5000万元—1亿元', 'not-met'],
    [YI + 100, false, '1亿元以上', 'met'],
  ])(
    'should place revenue %i fen (bandEdgeToHigher %p) in band %s and judge 3%% R&D as %s',
    (revenue, bandEdgeToHigher, bandZh, expected) => {
      // Act
      const c = conditionOf(
        evaluate(band(revenue, 300), { bandEdgeToHigher }),
        'little-giant',
        'innovation.general.rd',
      );

      // Assert
      expect(c.values['营业收入分档']).toBe(bandZh);
      expect(c.status).toBe(expected);
      expect(c.onBoundary ?? false).toBe(revenue === YI);
    },
  );

  it.each([
    [true, '5000万元—1亿元', 'met'],
    [false, '5000万元以下', 'not-met'],
  ])(
    'should place exactly 5000万 (bandEdgeToHigher %p) in %s and judge 6%% R&D as %s',
    (bandEdgeToHigher, bandZh, expected) => {
      // Act
      const c = conditionOf(
        evaluate(band(5_000 * WAN, 600), { bandEdgeToHigher }),
        'little-giant',
        'innovation.general.rd',
      );

      // Assert
      expect(c.values['营业收入分档']).toBe(bandZh);
      expect(c.status).toBe(expected);
    },
  );

  /** Revenue 4000万: 近2年 equity, R&D and R&D staff decide. */
  const small = (
    o: { equityPrev?: number; equity?: number; rdPrev?: number; rd?: number; rdStaff?: number } = {},
  ): ProfileInput => {
    const p = withFacts(strongProfile(), Y - 1, {
      equityFinancing: o.equityPrev ?? 4_000 * WAN,
      rdExpense: o.rdPrev ?? 1_500 * WAN,
    });
    return withFacts(p, Y, {
      operatingRevenue: 4_000 * WAN,
      mainBusinessRevenue: 4_000 * WAN,
      equityFinancing: o.equity ?? 4_000 * WAN,
      rdExpense: o.rd ?? 1_500 * WAN,
      employees: 200,
      rdStaff: o.rdStaff ?? 100,
    });
  };

  it.each([
    ['equity 8000万 − 1 fen', { equity: 4_000 * WAN - 1 }, 'not-met'],
    ['equity 8000万', {}, 'met'],
    ['equity 8000万 + 1 fen', { equity: 4_000 * WAN + 1 }, 'met'],
    ['R&D 3000万 − 1 fen', { rd: 1_500 * WAN - 1 }, 'not-met'],
    ['R&D 3000万 + 1 fen', { rd: 1_500 * WAN + 1 }, 'met'],
    ['R&D staff 49.5%', { rdStaff: 99 }, 'not-met'],
    ['R&D staff 50.5%', { rdStaff: 101 }, 'met'],
  ])('should judge the < 5000万 branch with %s as %s', (_label, o, expected) => {
    // Act / Assert
    expect(status(small(o), 'innovation.general.rd')).toBe(expected);
  });

  it('should read exactly 8000万 / 3000万 / 50% as not reached when 以上 excludes the number', () => {
    // Act / Assert
    expect(status(small(), 'innovation.general.rd', { inclusiveBounds: false })).toBe('not-met');
  });

  it('should count R&D of 上年度 only when littleGiantSmallRevenueRdScope is last-year', () => {
    // Act / Assert: 1500万 in 2024 alone is short of 3000万
    expect(status(small(), 'innovation.general.rd', { littleGiantSmallRevenueRdScope: 'last-year' })).toBe(
      'not-met',
    );
    expect(
      status(small({ rd: 3_000 * WAN }), 'innovation.general.rd', {
        littleGiantSmallRevenueRdScope: 'last-year',
      }),
    ).toBe('met');
  });

  it('should be unknown and name revenue when the band cannot be chosen and the bands disagree', () => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(strongProfile(), Y, { operatingRevenue: undefined })),
      'little-giant',
      'innovation.general.rd',
    );

    // Assert
    expect(c.status).toBe('unknown');
    expect(c.missing).toContain('annualData[2024].operatingRevenue');
  });

  it('should fail without revenue when every band fails anyway', () => {
    // Arrange: 2023 R&D 1% (fails the ratio bands), no equity (fails the small band)
    const p = withFacts(withFacts(strongProfile(), Y - 1, { rdExpense: 180 * WAN }), Y, {
      operatingRevenue: undefined,
    });

    // Act
    const c = conditionOf(evaluate(p), 'little-giant', 'innovation.general.rd');

    // Assert
    expect(c.status).toBe('not-met');
  });

  it.each([
    ['none', 'not-met'],
    ['below-city', 'met'],
    ['city', 'met'],
    ['national', 'met'],
  ] as const)('should judge an R&D institution of level %s as %s', (rdInstitutionLevel, expected) => {
    // Act / Assert
    expect(
      status(withFacts(strongProfile(), Y, { rdInstitutionLevel }), 'innovation.general.institution'),
    ).toBe(expected);
  });

  it.each([
    [1, true, 'not-met'],
    [2, true, 'met'],
    [3, true, 'met'],
    [2, false, 'not-met'],
  ])(
    'should judge %i applied Ⅰ类 IP (inclusiveBounds %p, 2项以上) as %s',
    (class1Applied, inclusiveBounds, expected) => {
      // Act / Assert
      expect(
        status(withFacts(strongProfile(), Y, { ip: { class1Applied } }), 'innovation.general.ip', {
          inclusiveBounds,
        }),
      ).toBe(expected);
    },
  );
});

describe('小巨人 2022 — 创新直通条件', () => {
  const noGeneral = (): ProfileInput => withFacts(strongProfile(), Y, { rdInstitutionLevel: 'none' });

  it('should not be eligible when neither the general conditions nor a direct condition holds', () => {
    // Act
    const tier = evaluate(noGeneral()).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps.join()).toContain('创新能力指标（一般性条件或创新直通条件）均未满足');
  });

  it.each([
    [{ level: 'national', rank: 3 }, 'eligible'],
    [{ level: 'national', rank: 4 }, 'not-eligible'],
    [{ level: 'provincial', rank: 1 }, 'not-eligible'],
  ] as const)('should decide %p within three years as %s', (award, decision) => {
    // Act
    const tier = evaluate(withFacts(noGeneral(), Y - 2, { scienceAwards: [award] })).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe(decision);
    if (decision === 'eligible')
      expect(tier.route).toMatchObject({ kind: 'direct', id: 'innovation.direct.award' });
  });

  it.each([
    ['national-top50', 'eligible'],
    ['national-top500', 'not-eligible'],
  ] as const)('should decide 创客中国 %s within three years as %s', (makerChina, decision) => {
    // Act
    const tier = evaluate(withFacts(noGeneral(), Y - 1, { makerChina })).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe(decision);
  });
});

describe('小巨人 2022 — values shown next to a threshold (never printed equal to it)', () => {
  /** Main-business revenue 1亿 → 1.05亿 → 1.1025亿 + delta fen (operating revenue 3亿). */
  const growthJustOff = (delta: number): ProfileInput => {
    let p = withFacts(strongProfile(), Y - 2, { mainBusinessRevenue: YI, operatingRevenue: 3 * YI });
    p = withFacts(p, Y - 1, { mainBusinessRevenue: 10_500 * WAN, operatingRevenue: 3 * YI });
    return withFacts(p, Y, { mainBusinessRevenue: 11_025 * WAN + delta, operatingRevenue: 3 * YI });
  };

  it.each([
    ['arithmetic', -1, 'not-met', /^近2年主营业务收入平均增长率 4\.9999+\d*% < 5%$/],
    ['compound', -1, 'not-met', /^近2年主营业务收入平均增长率 4\.9999+\d*% < 5%$/],
    ['arithmetic', 0, 'met', null],
    ['compound', 0, 'met', null],
  ] as const)(
    'should show the %s growth rate %i fen off 5% with enough decimals (%s)',
    (averageGrowth, delta, expected, gap) => {
      // Act
      const c = conditionOf(
        evaluate(growthJustOff(delta), { averageGrowth }),
        'little-giant',
        'specialization.growth',
      );

      // Assert
      expect(c.status).toBe(expected);
      if (gap) expect(c.gap).toMatch(gap);
      else expect(Object.values(c.values)).toContain('5.00%');
    },
  );

  it('should show a revenue 1 fen under 1亿 as 9999.999999万元 in the 5000万元—1亿元 band', () => {
    // Act
    const c = conditionOf(
      evaluate(withFacts(strongProfile(), Y, { operatingRevenue: YI - 1, mainBusinessRevenue: YI - 1 })),
      'little-giant',
      'innovation.general.rd',
    );

    // Assert
    expect(c.values).toMatchObject({ '2024年营业收入': '9999.999999万元', 营业收入分档: '5000万元—1亿元' });
  });
});

import { WAN, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { AnnualDataInput, ProfileInput } from './tier-input';
import { DEFAULT_TIER_PARAMETERS } from './tier-parameters';
import type { TierParameters } from './tier-parameters';

const AS_OF = '2025-06-01';
const Y = 2024;
const evaluate = (profile: ProfileInput, params: Partial<TierParameters> = {}) =>
  evaluateTiers({ profile, asOf: AS_OF, type: 'new', params });
const decisions = (profile: ProfileInput, params: Partial<TierParameters> = {}) =>
  Object.values(evaluate(profile, params).tiers).map((t) => t.decision);

describe('evaluateTiers — common conditions (rules.md §1.1)', () => {
  it('should fail every tier and explain when the enterprise is not an SME', () => {
    // Arrange: 工业, 1500 employees and 5亿 revenue
    const profile = withFacts(strongProfile(), Y, { employees: 1_500, operatingRevenue: 50_000 * WAN });

    // Act
    const result = evaluate(profile);

    // Assert
    expect(result.common.sizeClass.sizeClass).toBe('not-sme');
    expect(result.common.status).toBe('not-met');
    expect(Object.values(result.tiers).map((t) => t.decision)).toEqual([
      'not-eligible',
      'not-eligible',
      'not-eligible',
    ]);
    expect(result.tiers.innovative.gaps[0]).toContain('划型为非中小企业');
  });

  it('should pass the size-class convention through when the upper bound is at exactly 1000 employees', () => {
    // Arrange
    const profile = withFacts(strongProfile(), Y, { employees: 1_000, operatingRevenue: 40_000 * WAN });

    // Act / Assert
    expect(evaluate(profile).common.sizeClass.sizeClass).toBe('not-sme');
    expect(
      evaluate(profile, { sizeClassConvention: { upperBound: 'inclusive', band: 'all' } }).common.sizeClass
        .sizeClass,
    ).toBe('medium');
    expect(evaluate(profile).common.conditions[0]?.onBoundary).toBe(true);
  });

  it('should decide the SME test when employees are missing but revenue is below the 中小微 upper limit', () => {
    // Arrange: 工业, revenue 2亿 < 4亿 — 中小微 whatever the employee count (rules.md §2 "below either")
    const result = evaluate(withFacts(strongProfile(), Y, { employees: undefined }));

    // Assert
    expect(result.common.sizeClass.sizeClass).toBeNull();
    expect(result.common.status).toBe('met');
    expect(result.common.conditions[0]).toMatchObject({ id: 'common.sme', status: 'met', missing: [] });
    expect(result.common.conditions[0]?.note).toContain('任一指标低于上限即为中小微企业');
    expect(result.tiers.innovative.decision).toBe('eligible');
  });

  it.each([
    ['employees', { employees: undefined, operatingRevenue: 40_000 * WAN }, 'annualData[2024].employees'],
    [
      'operatingRevenue',
      { employees: 1_000, operatingRevenue: undefined },
      'annualData[2024].operatingRevenue',
    ],
  ] as const)(
    'should be unknown and name %s when the known size fact is at or over its upper limit',
    (_field, facts, path) => {
      // Act
      const result = evaluate(withFacts(strongProfile(), Y, facts));

      // Assert
      expect(result.common.status).toBe('unknown');
      expect(result.common.missing).toContain(path);
      expect(result.tiers.innovative.decision).toBe('unknown');
      expect(result.tiers.innovative.explanation).toContain(path);
      expect(result.missing).toContain(path);
    },
  );

  it.each([
    [false, 'not-eligible'],
    [undefined, 'unknown'],
  ])('should decide %p independent legal person as %s', (independentLegalPerson, decision) => {
    // Arrange
    const profile: ProfileInput = { ...strongProfile(), independentLegalPerson };

    // Act
    const result = evaluate(profile);

    // Assert
    expect(result.tiers.innovative.decision).toBe(decision);
    if (decision === 'unknown') expect(result.tiers.innovative.missing).toEqual(['independentLegalPerson']);
    else expect(result.tiers.innovative.gaps).toEqual(['不具有独立法人资格']);
  });

  it.each([
    ['abnormalOperation', '被列入经营异常名录'],
    ['seriousDishonesty', '被列入严重失信主体名单'],
    ['prohibitedCatalogue', '产品（服务）属于国家禁止、限制或淘汰类'],
    ['majorIncident3y', '近三年发生重大安全、质量、环境污染事故或偷漏税等违法违规行为'],
  ])(
    'should fail every tier when the negative-list item %s is true and be unknown when it is missing',
    (field, gap) => {
      // Act
      const failed = evaluate(withFacts(strongProfile(), Y, { compliance: { [field]: true } }));
      const open = evaluate(withFacts(strongProfile(), Y, { compliance: { [field]: undefined } }));

      // Assert
      expect(Object.values(failed.tiers).map((t) => t.decision)).toEqual([
        'not-eligible',
        'not-eligible',
        'not-eligible',
      ]);
      expect(failed.tiers.specialized.gaps).toContain(gap);
      expect(Object.values(open.tiers).map((t) => t.decision)).toEqual(['unknown', 'unknown', 'unknown']);
      expect(open.missing).toEqual([`annualData[2024].compliance.${field}`]);
    },
  );
});

describe('evaluateTiers — result envelope', () => {
  it('should carry the data year, version, reason, parameters and pending confirmations', () => {
    // Act
    const result = evaluate(strongProfile());

    // Assert
    expect(result.asOf).toBe(AS_OF);
    expect(result.dataYear).toBe(2024);
    expect(result.ruleVersion).toMatchObject({
      id: 'tiers-2022',
      effectiveFrom: '2022-06-01',
      effectiveTo: '2026-03-31',
      effectiveFromConfidence: 'unconfirmed',
    });
    expect(result.versionReason).toContain('新申报');
    expect(result.parameters).toEqual(DEFAULT_TIER_PARAMETERS);
    expect(result.pendingConfirmations.map((p) => p.parameter)).toEqual(
      expect.arrayContaining([
        'bandEdgeToHigher',
        'inclusiveBounds',
        'averageGrowth',
        'reviewExemptsLittleGiantGrowth',
        'sizeClassConvention',
        'reviewUses2022Until',
        'chainAcceptsSameRoundTier',
        'littleGiantSmallRevenueRdScope',
        'leadingMarketRank2026',
        'tiers-2022.effectiveFrom',
        'tiers-2022.little-giant.chain',
        'tiers-2022.little-giant.domain',
      ]),
    );
    for (const p of result.pendingConfirmations) expect(p.confirmBy).toBe('市工信局');
    expect(result.highestValidTitle).toBe('specialized');
  });

  it('should be plain JSON and the same on every call when the input is the same', () => {
    // Arrange
    const profile = strongProfile();
    const frozen = JSON.parse(JSON.stringify(profile)) as ProfileInput;

    // Act
    const first = evaluate(profile);
    const second = evaluate(profile);

    // Assert
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(second).toEqual(first);
    expect(profile).toEqual(frozen);
  });

  it('should reject two records of the same year when the profile is inconsistent', () => {
    // Arrange
    const profile: ProfileInput = {
      ...strongProfile(),
      annualData: [...strongProfile().annualData, { year: 2024 }],
    };

    // Act / Assert
    expect(() => evaluate(profile)).toThrow('年度数据重复：2024年有多条记录');
  });

  it('should name every missing fact of a whole missing year when 上年度 is absent', () => {
    // Arrange
    const profile: ProfileInput = {
      ...strongProfile(),
      annualData: strongProfile().annualData.filter((r) => r.year !== 2024),
    };

    // Act
    const result = evaluate(profile);

    // Assert
    expect(decisions(profile)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(result.missing).toEqual(
      expect.arrayContaining([
        'annualData[2024].employees',
        'annualData[2024].operatingRevenue',
        'annualData[2024].rdExpense',
      ]),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Realistic profiles, end to end.
// ---------------------------------------------------------------------------------------------------------------
const year = (y: number, facts: Omit<AnnualDataInput, 'year'>): AnnualDataInput => ({ year: y, ...facts });
const CLEAN = {
  abnormalOperation: false,
  seriousDishonesty: false,
  prohibitedCatalogue: false,
  majorIncident3y: false,
};

/** 永安 graphite-materials workshop: 85 people, 3200万 revenue, no honours; 创新型 by score only. */
const graphiteWorkshop: ProfileInput = {
  uscc: '91350481MA2XXXXXX0',
  industryGroup: 'industry',
  independentLegalPerson: true,
  titles: [],
  annualData: [
    year(2022, {
      mainBusinessRevenue: 2_300 * WAN,
      scienceAwards: [],
      equityFinancing: 0,
      makerChina: 'none',
    }),
    year(2023, {
      mainBusinessRevenue: 2_600 * WAN,
      scienceAwards: [],
      equityFinancing: 0,
      makerChina: 'none',
    }),
    year(2024, {
      employees: 85,
      rdStaff: 12,
      operatingRevenue: 3_200 * WAN,
      mainBusinessRevenue: 3_000 * WAN,
      rdExpense: 112 * WAN, // 3.5% → 15
      totalAssets: 4_000 * WAN,
      totalLiabilities: 2_400 * WAN, // 60% → 5
      netProfit: 190 * WAN,
      equityFinancing: 0,
      ip: { class1Total: 2, class1SelfDeveloped: 2, class1HighValue: 0, class1Applied: 2, class2Total: 6 }, // → 15
      rdInstitutionLevel: 'city',
      honours: { highTechEnterprise: false, techInnovationDemo: false, ipAdvantage: false, ipDemo: false },
      scienceAwards: [],
      makerChina: 'none',
      strategicEmergingProduct: true, // → 10
      nicheMarketYears: 4,
      compliance: CLEAN,
    }),
  ],
};

describe('evaluateTiers — realistic profiles', () => {
  it('should find a graphite workshop eligible for 创新型 by score 85 and short of 专精特新 for lack of the title', () => {
    // Act
    const result = evaluate(graphiteWorkshop);
    const innovative = result.tiers.innovative;

    // Assert: 15 + 15 | growth 15.38% → 20, debt 60% → 5 | 10 + share 93.75% → 20
    expect(innovative.score?.total).toBe(85);
    expect(innovative.score?.dimensions.map((d) => d.points)).toEqual([30, 25, 30]);
    expect(innovative.decision).toBe('eligible');
    expect(innovative.route?.kind).toBe('score');
    expect(result.common.sizeClass.sizeClass).toBe('small');
    expect(result.tiers.specialized.decision).toBe('not-eligible');
    expect(result.tiers.specialized.gaps[0]).toBe('未持有有效期内的创新型中小企业称号');
  });

  it('should find a 沙县 software firm eligible for 创新型 through the 高新技术企业 honour', () => {
    // Arrange
    const profile: ProfileInput = {
      uscc: '91350405MA3YYYYYY1',
      industryGroup: 'software-it',
      independentLegalPerson: true,
      titles: [],
      annualData: [
        year(2024, {
          employees: 40,
          operatingRevenue: 900 * WAN,
          totalAssets: 600 * WAN,
          honours: { highTechEnterprise: true },
          compliance: CLEAN,
        }),
      ],
    };

    // Act
    const result = evaluate(profile);

    // Assert
    expect(result.tiers.innovative.decision).toBe('eligible');
    expect(result.tiers.innovative.route).toMatchObject({ kind: 'direct', id: 'direct.honour' });
    expect(result.tiers.innovative.missing.length).toBeGreaterThan(0);
  });

  it('should show the R&D gap of a 专精特新 candidate at 2.40%', () => {
    // Arrange: the strong profile with R&D at 2.40% of revenue
    const profile = withFacts(
      strongProfile({ titles: [{ tier: 'innovative', certifiedOn: '2023-09-01' }] }),
      Y,
      { rdExpense: 480 * WAN },
    );

    // Act
    const tier = evaluate(profile).tiers.specialized;

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps).toEqual(['研发费用占比 2.40% < 3%']);
    expect(tier.explanation).toBe('不符合专精特新中小企业条件：研发费用占比 2.40% < 3%。');
  });

  it('should find a 小巨人 eligible through 创客中国 全国50强 when it has no R&D institution', () => {
    // Arrange
    const profile = withFacts(withFacts(strongProfile(), Y, { rdInstitutionLevel: 'none' }), 2023, {
      makerChina: 'national-top50',
    });

    // Act
    const tier = evaluate(profile).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe('eligible');
    expect(tier.route).toMatchObject({ kind: 'direct', id: 'innovation.direct.maker-china' });
  });

  it('should leave 小巨人 unknown and name the fact when 上年度 market share is missing', () => {
    // Act
    const tier = evaluate(withFacts(strongProfile(), Y, { marketShareBp: undefined })).tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe('unknown');
    expect(tier.missing).toEqual(['annualData[2024].marketShareBp']);
    expect(tier.explanation).toContain('annualData[2024].marketShareBp');
  });

  it('should decide 小巨人 not eligible despite a missing fact when a known condition fails', () => {
    // Act
    const tier = evaluate(withFacts(strongProfile(), Y, { marketShareBp: undefined, nicheMarketYears: 2 }))
      .tiers['little-giant'];

    // Assert
    expect(tier.decision).toBe('not-eligible');
    expect(tier.gaps).toEqual(['从事特定细分市场2年，未达到≥3年']);
    expect(tier.missing).toContain('annualData[2024].marketShareBp');
  });
});

describe('evaluateTiers — parameters', () => {
  it('should keep a default when a parameter is passed as undefined', () => {
    // Act
    const result = evaluate(strongProfile(), { sizeClassConvention: undefined, bandEdgeToHigher: undefined });

    // Assert
    expect(result.parameters).toEqual(DEFAULT_TIER_PARAMETERS);
  });

  it('should list the values in use in pendingConfirmations when parameters are changed', () => {
    // Act
    const result = evaluate(strongProfile(), {
      averageGrowth: 'compound',
      reviewUses2022Until: '2027-03-31',
    });

    // Assert
    const byName = Object.fromEntries(result.pendingConfirmations.map((p) => [p.parameter, p.value]));
    expect(byName['averageGrowth']).toBe('compound');
    expect(byName['reviewUses2022Until']).toBe('2027-03-31');
    expect(byName['sizeClassConvention']).toBe('exclusive/all');
  });
});

import type { AwardMatchFacts } from './match-awards';
import { matchAwards } from './match-awards';
import { AWARD_DEFINITIONS } from './awards.rules';

describe('matchAwards (S-45 惠企政策智能匹配)', () => {
  const enterprise: AwardMatchFacts = {
    asOf: '2025-06-01',
    countyCode: '350481',
    sizeClass: 'small',
    titles: [
      { tier: 'innovative', certifiedOn: '2023-03-01' },
      { tier: 'specialized', certifiedOn: '2024-05-10', kind: 'new' },
    ],
    recognitions: [
      { type: 'provincial-enterprise-tech-centre', recognisedOn: '2024-11-20' },
      { type: 'national-first-set', recognisedOn: '2025-01-15', unitPriceFen: 500_000_000 },
      { type: 'provincial-first-set', recognisedOn: '2025-09-01', unitPriceFen: 100_000_000 },
    ],
    renovationProjects: [{ reportedOn: '2025-03-01', equipmentInvestmentFen: 400_000_000 }],
  };

  it('should list the awards the enterprise qualifies for now when it reported titles and recognitions', () => {
    // Act
    const result = matchAwards(enterprise);

    // Assert
    expect(result.qualifies.map((m) => [m.awardId, m.amountFen])).toEqual([
      ['S-17', 5_000_000],
      ['S-34a', 50_000_000],
      ['S-36', 200_000_000],
      ['S-43', 20_000_000],
    ]);
    expect(result.qualifies.find((m) => m.awardId === 'S-34a')?.clause).toBe(
      '《三明市优质中小企业梯度培育行动方案（征求意见稿）（转述省级专项资金政策）》二、（二）1 支持企业协同创新发展',
    );
  });

  it('should cover every award of the catalogue once when split into qualifies and others', () => {
    // Act
    const result = matchAwards(enterprise);

    // Assert
    expect([...result.qualifies, ...result.others].map((m) => m.awardId).sort()).toEqual(
      AWARD_DEFINITIONS.map((d) => d.id).sort(),
    );
  });

  it('should say what is lacking for the others, in Chinese, when nothing triggers them', () => {
    // Act
    const others = new Map(matchAwards(enterprise).others.map((m) => [m.awardId, m]));

    // Assert
    expect(others.get('S-18')?.lacks).toEqual(['尚无新认定的专精特新“小巨人”企业称号']);
    expect(others.get('S-31')?.lacks).toEqual(['尚未新认定为国家企业技术中心']);
    expect(others.get('S-22')?.lacks).toEqual(['仅适用于产业园区运营主体（引入市外“小巨人”企业落户）']);
    expect(others.get('S-44')?.status).toBe('may-qualify');
    expect(others.get('S-19')?.status).toBe('may-qualify');
    expect(others.get('S-19')?.lacks[0]).toContain('countyMatching[350481/specialized]');
  });

  it('should ignore events after asOf when matching', () => {
    // Act
    const others = matchAwards(enterprise).others.find((m) => m.awardId === 'S-37');

    // Assert
    expect(others).toMatchObject({ status: 'lacks', computations: [] });
  });

  it('should explain a recognition outside the plan period when no successor covers it', () => {
    // Act
    const result = matchAwards({
      asOf: '2026-06-01',
      titles: [{ tier: 'specialized', certifiedOn: '2026-05-10', kind: 'new' }],
    });
    const s17 = result.others.find((m) => m.awardId === 'S-17');

    // Assert
    expect(s17?.status).toBe('lacks');
    expect(s17?.lacks[0]).toContain('不在新认定专精特新中小企业市级奖励任何政策版本的有效期内');
  });

  it('should mark a title of unreported kind as may-qualify when the kind is missing', () => {
    // Act
    const result = matchAwards({
      asOf: '2025-06-01',
      titles: [{ tier: 'little-giant', certifiedOn: '2025-01-10' }],
    });
    const s18 = result.others.find((m) => m.awardId === 'S-18');

    // Assert
    expect(s18?.status).toBe('may-qualify');
    expect(s18?.lacks[0]).toContain('认定类型');
  });

  it('should note that a non-SME cannot apply for the ladder titles when the size class is not-sme', () => {
    // Act
    const s17 = matchAwards({ asOf: '2025-06-01', sizeClass: 'not-sme', titles: [] }).others.find(
      (m) => m.awardId === 'S-17',
    );

    // Assert
    expect(s17?.lacks).toContain('企业规模为非中小企业，不能申报梯度培育称号（专精特新中小企业、“小巨人”）');
  });

  it('should match a park operator for S-22 and S-23 when it reports introductions and counts', () => {
    // Act
    const result = matchAwards({
      asOf: '2025-06-01',
      countyCode: '350425',
      park: {
        specializedCount: 4,
        littleGiantCount: 1,
        introductions: [
          {
            settledOn: '2024-09-01',
            previousDivisionCode: '440305',
            isLittleGiant: true,
            proposedAmountFen: 80_000_000,
          },
        ],
      },
    });

    // Assert
    const s22 = result.qualifies.find((m) => m.awardId === 'S-22');
    expect(s22?.computations[0]?.payerSplit).toEqual([
      { payer: 'BEN', countyCode: '350425', amountFen: 80_000_000 },
    ]);
    expect(result.qualifies.map((m) => m.awardId)).toContain('S-23');
  });
});

import { WAN, strongProfile, withFacts } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import { nextTierDistance } from './next-tier-distance';
import type { ProfileInput, TitleInput } from './tier-input';

const AS_OF = '2025-06-01';
const Y = 2024;
const distance = (profile: ProfileInput) =>
  nextTierDistance(evaluateTiers({ profile, asOf: AS_OF, type: 'new' }));
const titled = (titles: readonly TitleInput[]): ProfileInput => strongProfile({ titles });

describe('nextTierDistance', () => {
  it('should recommend 创新型 when no title is held and 创新型 is eligible now', () => {
    // Act
    const d = distance(titled([]));

    // Assert
    expect(d).toMatchObject({
      currentTier: null,
      nextTier: 'innovative',
      status: 'recommend',
      decision: 'eligible',
      unmetConditions: 0,
    });
  });

  it('should recommend 小巨人 when a valid 专精特新 title is held and 小巨人 is eligible', () => {
    // Act
    const d = distance(strongProfile());

    // Assert
    expect(d).toMatchObject({ currentTier: 'specialized', nextTier: 'little-giant', status: 'recommend' });
  });

  it('should report the top when a valid 小巨人 title is held', () => {
    // Act
    const d = distance(titled([{ tier: 'little-giant', certifiedOn: '2023-07-01' }]));

    // Assert
    expect(d).toMatchObject({ currentTier: 'little-giant', nextTier: null, status: 'top' });
  });

  it('should count the score shortfall and one unmet requirement when 专精特新 scores 59', () => {
    // Arrange: holds 创新型 only; 59 points, no alternative
    const profile = withFacts(titled([{ tier: 'innovative', certifiedOn: '2024-03-01' }]), Y, {
      rdInstitutionLevel: 'none',
      digitalLevel: 1,
      quality: {
        provincialQualityAward: false,
        qualitySystemCertified: false,
        ownBrand: false,
        standardsDrafting: false,
      },
      ip: { class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 0 },
      characteristicScore: 5,
    });

    // Act
    const d = distance(profile);

    // Assert
    expect(d).toMatchObject({
      currentTier: 'innovative',
      nextTier: 'specialized',
      status: 'short',
      unmetConditions: 1,
      unknownConditions: 0,
      scoreShortfall: 1,
    });
    expect(d.gaps.join()).toContain('评价得分59分');
  });

  it('should count each failing condition when several 专精特新 basic conditions fail', () => {
    // Arrange: niche 1 year, R&D 80万 → two basic conditions fail
    const profile = withFacts(titled([{ tier: 'innovative', certifiedOn: '2024-03-01' }]), Y, {
      nicheMarketYears: 1,
      rdExpense: 80 * WAN,
    });

    // Act
    const d = distance(profile);

    // Assert
    expect(d.status).toBe('short');
    expect(d.unmetConditions).toBe(2);
    expect(d.scoreShortfall).toBeNull();
  });

  it('should give dimension shortfalls when 创新型 misses a sub-score minimum', () => {
    // Arrange: no title; 创新能力 IP 0 + R&D 0.5% → 0; 成长性 25, 专业化 30; no direct condition
    const profile = withFacts(titled([]), Y, {
      rdInstitutionLevel: 'city',
      ip: { class1Total: 0, class1SelfDeveloped: 0, class1HighValue: 0, class2Total: 0 },
      rdExpense: 100 * WAN,
    });

    // Act
    const d = distance(profile);

    // Assert
    expect(d.nextTier).toBe('innovative');
    expect(d.status).toBe('short');
    expect(d.scoreShortfall).toBe(5); // 0 + 25 + 30 = 55
    expect(d.dimensionShortfalls).toEqual({ 创新能力: 20 });
  });

  it('should count failing common conditions one by one when the negative list has two hits', () => {
    // Act
    const d = distance(
      withFacts(titled([]), Y, { compliance: { abnormalOperation: true, seriousDishonesty: true } }),
    );

    // Assert
    expect(d.status).toBe('short');
    expect(d.unmetConditions).toBe(2);
  });

  it('should be unknown and list the missing facts when nothing known fails', () => {
    // Act
    const d = distance(withFacts(strongProfile(), Y, { marketShareBp: undefined }));

    // Assert
    expect(d).toMatchObject({
      nextTier: 'little-giant',
      status: 'unknown',
      unmetConditions: 0,
      unknownConditions: 1,
    });
    expect(d.missing).toEqual(['annualData[2024].marketShareBp']);
  });
});

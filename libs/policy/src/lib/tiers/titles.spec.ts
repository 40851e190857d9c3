import { conditionOf } from '../../../test/support/band-cases';
import { strongProfile } from '../../../test/support/tier-profile.factory';
import { evaluateTiers } from './evaluate-tiers';
import type { ProfileInput, TitleInput } from './tier-input';
import type { TierParameters } from './tier-parameters';
import { defaultValidUntil, highestValidTitle, titleStatuses } from './titles';

const AS_OF = '2025-06-01';
const withTitles = (titles: readonly TitleInput[] | undefined): ProfileInput => strongProfile({ titles });
const evaluate = (profile: ProfileInput, params: Partial<TierParameters> = {}) =>
  evaluateTiers({ profile, asOf: AS_OF, type: 'new', params });

describe('title validity', () => {
  it.each([
    ['2023-06-15', '2026-06-14'],
    ['2024-01-01', '2026-12-31'],
    ['2024-02-29', '2027-02-28'],
    ['2022-12-31', '2025-12-30'],
  ])('should default validUntil of %s to %s (3 years − 1 day)', (certifiedOn, validUntil) => {
    // Act / Assert
    expect(defaultValidUntil(certifiedOn, 3)).toBe(validUntil);
  });

  it('should reject an invalid certification date when computing validity', () => {
    // Act / Assert
    expect(() => defaultValidUntil('2023-02-30', 3)).toThrow('认定日期无效');
  });

  it.each([
    ['2022-06-14', false],
    ['2022-06-15', true],
    ['2025-06-14', true],
    ['2025-06-15', false],
  ])('should treat a title certified 2022-06-15 as valid on %s: %p', (asOf, valid) => {
    // Act
    const [status] = titleStatuses([{ tier: 'innovative', certifiedOn: '2022-06-15' }], asOf, 3);

    // Assert
    expect(status).toMatchObject({ validUntil: '2025-06-14', validUntilDefaulted: true, valid });
  });

  it('should use an explicit validUntil when the profile gives one', () => {
    // Act
    const [status] = titleStatuses(
      [{ tier: 'specialized', certifiedOn: '2024-09-15', validUntil: '2025-05-31' }],
      AS_OF,
      3,
    );

    // Assert
    expect(status).toMatchObject({ validUntil: '2025-05-31', validUntilDefaulted: false, valid: false });
  });

  it('should find the highest valid title when several are held', () => {
    // Act
    const statuses = titleStatuses(
      [
        { tier: 'innovative', certifiedOn: '2024-01-01' },
        { tier: 'little-giant', certifiedOn: '2019-07-01' },
        { tier: 'specialized', certifiedOn: '2023-01-01' },
      ],
      AS_OF,
      3,
    );

    // Assert
    expect(highestValidTitle(statuses)).toBe('specialized');
    expect(highestValidTitle([])).toBeNull();
  });
});

describe('prerequisite chain', () => {
  it('should make 专精特新 eligible when a valid 创新型 title is held', () => {
    // Act
    const result = evaluate(withTitles([{ tier: 'innovative', certifiedOn: '2024-03-01' }]));

    // Assert
    expect(conditionOf(result, 'specialized', 'prerequisite').status).toBe('met');
    expect(result.tiers.specialized.decision).toBe('eligible');
    expect(result.tiers['little-giant'].decision).toBe('not-eligible');
    expect(result.tiers['little-giant'].gaps).toContain('未持有有效期内的专精特新中小企业称号');
  });

  it('should make 专精特新 not eligible and say when the 创新型 title expired', () => {
    // Act
    const result = evaluate(withTitles([{ tier: 'innovative', certifiedOn: '2021-01-01' }]));

    // Assert
    const c = conditionOf(result, 'specialized', 'prerequisite');
    expect(c.status).toBe('not-met');
    expect(c.gap).toBe('未持有有效期内的创新型中小企业称号（原称号已于2023-12-31到期）');
    expect(result.tiers.specialized.decision).toBe('not-eligible');
  });

  it('should make the chain unknown and name titles when the profile does not report titles', () => {
    // Act
    const result = evaluate(withTitles(undefined));

    // Assert
    expect(result.tiers.innovative.decision).toBe('eligible');
    expect(result.tiers.specialized.decision).toBe('unknown');
    expect(result.tiers.specialized.missing).toEqual(['titles']);
    expect(result.highestValidTitle).toBeNull();
  });

  it('should make 专精特新 not eligible when the profile reports no titles', () => {
    // Act
    const result = evaluate(withTitles([]));

    // Assert
    expect(result.tiers.specialized.decision).toBe('not-eligible');
    expect(result.tiers.specialized.gaps).toEqual(['未持有有效期内的创新型中小企业称号']);
  });

  it('should accept a valid higher title as the prerequisite when the lower one expired', () => {
    // Act
    const result = evaluate(
      withTitles([
        { tier: 'innovative', certifiedOn: '2021-01-01' },
        { tier: 'specialized', certifiedOn: '2023-05-01' },
      ]),
    );

    // Assert
    expect(conditionOf(result, 'specialized', 'prerequisite').status).toBe('met');
    expect(conditionOf(result, 'little-giant', 'prerequisite').status).toBe('met');
  });

  it('should not accept a title whose explicit validUntil has passed', () => {
    // Act
    const result = evaluate(
      withTitles([
        { tier: 'innovative', certifiedOn: '2024-03-01' },
        { tier: 'specialized', certifiedOn: '2024-09-15', validUntil: '2025-05-31' },
      ]),
    );

    // Assert
    expect(conditionOf(result, 'little-giant', 'prerequisite').status).toBe('not-met');
    expect(result.tiers['little-giant'].decision).toBe('not-eligible');
  });

  it('should accept the same evaluation’s lower tier when chainAcceptsSameRoundTier is on', () => {
    // Act
    const result = evaluate(withTitles([]), { chainAcceptsSameRoundTier: true });

    // Assert
    expect(result.tiers.specialized.decision).toBe('eligible');
    expect(result.tiers['little-giant'].decision).toBe('eligible');
    expect(conditionOf(result, 'specialized', 'prerequisite').note).toContain('chainAcceptsSameRoundTier');
  });

  it('should not accept the same evaluation’s lower tier by default', () => {
    // Act
    const result = evaluate(withTitles([]));

    // Assert
    expect(result.parameters.chainAcceptsSameRoundTier).toBe(false);
    expect(result.tiers.specialized.decision).toBe('not-eligible');
  });
});

describe('titleStatuses — malformed dates', () => {
  it.each([
    [{ tier: 'innovative', certifiedOn: '2023/05/01', validUntil: '2026-04-30' }, '认定日期无效'],
    [{ tier: 'innovative', certifiedOn: '2023-05-01', validUntil: '2026年4月30日' }, '有效期至日期无效'],
  ] as const)('should reject %o instead of comparing strings', (title, message) => {
    // Act / Assert
    expect(() => titleStatuses([title], '2025-06-01', 3)).toThrow(message);
  });
});

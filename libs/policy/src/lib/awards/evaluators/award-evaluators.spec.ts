import { resolveAwardParameters } from '../award-parameters';
import { AWARD_FAMILIES } from '../award-types';
import type { AwardVersion } from '../award-types';
import { AWARD_DEFINITIONS, BASE_AWARD_VERSIONS, awardDefinition } from '../awards.rules';
import { AWARD_EVALUATORS, evaluateAward } from './award-evaluators';

describe('AWARD_EVALUATORS', () => {
  it('should have an evaluator reading the award’s terms kind when any catalogue entry names its family', () => {
    // Act
    const mismatches = AWARD_DEFINITIONS.flatMap((d) => {
      const evaluator = (AWARD_EVALUATORS as Readonly<Record<string, { termsKind: string } | undefined>>)[
        d.family
      ];
      return evaluator?.termsKind === d.termsKind ? [] : [`${d.id}: ${d.family} → ${evaluator?.termsKind}`];
    });

    // Assert
    expect(mismatches).toEqual([]);
  });

  it('should give every base version terms of the kind its family’s evaluator reads when the catalogue is loaded', () => {
    // Act
    const mismatches = BASE_AWARD_VERSIONS.flatMap((v) => {
      const evaluator = AWARD_EVALUATORS[awardDefinition(v.awardId).family];
      return evaluator.termsKind === v.terms.kind ? [] : [v.id];
    });

    // Assert
    expect(mismatches).toEqual([]);
  });

  it('should use every family for at least one award when the catalogue is loaded', () => {
    // Act
    const used = new Set(AWARD_DEFINITIONS.map((d) => d.family));

    // Assert
    expect(AWARD_FAMILIES.filter((f) => !used.has(f))).toEqual([]);
    expect(Object.keys(AWARD_EVALUATORS).sort()).toEqual([...AWARD_FAMILIES].sort());
  });

  it('should name the certification event’s tiers when an award is decided on a certification', () => {
    // Act
    const withoutEvent = AWARD_DEFINITIONS.filter(
      (d) => (d.family === 'new-certification' || d.family === 'county-matching') && !d.trigger.event,
    );

    // Assert
    expect(withoutEvent.map((d) => d.id)).toEqual([]);
  });
});

describe('evaluateAward', () => {
  it('should refuse with a RangeError when the version’s terms are not of the family’s kind', () => {
    // Arrange: an S-17 version carrying S-35's prize terms
    const base = BASE_AWARD_VERSIONS.find((v) => v.awardId === 'S-17');
    const version: AwardVersion = {
      ...base!,
      id: 'S-17@wrong',
      terms: { kind: 'prize', amountsFen: [3, 2, 1] },
    };

    // Act
    const act = (): unknown =>
      evaluateAward({
        facts: { kind: 'new' },
        version,
        params: resolveAwardParameters(),
        date: '2024-05-10',
        definition: awardDefinition('S-17'),
      });

    // Assert
    expect(act).toThrow(new RangeError('版本S-17@wrong的参数类型为prize，应为fixed'));
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';

import { evaluateTiers } from './evaluate-tiers';
import { nextTierDistance } from './next-tier-distance';
import type { ProfileInput } from './tier-input';

// The example profiles of docs/examples, as `npm run -s policy -- evaluate <file> --as-of 2025-06-01` reads them
// (the command only adds schema validation and printing around evaluateTiers).
const EXAMPLES = path.resolve(__dirname, '../../../../../docs/examples');
const AS_OF = '2025-06-01';

function load(file: string): ProfileInput {
  return JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as ProfileInput;
}

describe('docs/examples profiles', () => {
  it('should hold exactly the three documented examples', () => {
    // Act / Assert
    expect(
      fs
        .readdirSync(EXAMPLES)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([
      'profile-innovative-by-score.json',
      'profile-missing-fact.json',
      'profile-specialized-candidate-gap.json',
    ]);
  });

  it('should find the graphite workshop eligible for 创新型 by a score of 75 when evaluated on 2025-06-01', () => {
    // Act
    const result = evaluateTiers({
      profile: load('profile-innovative-by-score.json'),
      asOf: AS_OF,
      type: 'new',
    });

    // Assert
    expect(result.tiers.innovative).toMatchObject({
      decision: 'eligible',
      route: { kind: 'score', id: 'score' },
    });
    expect(result.tiers.innovative.score?.total).toBe(75);
    expect(result.tiers.innovative.score?.dimensions.map((d) => d.points)).toEqual([30, 15, 30]);
    expect(result.tiers.specialized.decision).toBe('not-eligible');
    expect(result.tiers['little-giant'].decision).toBe('not-eligible');
    expect(nextTierDistance(result)).toMatchObject({ nextTier: 'innovative', status: 'recommend' });
  });

  it('should show the 专精特新 candidate short by its R&D ratio only', () => {
    // Act
    const result = evaluateTiers({
      profile: load('profile-specialized-candidate-gap.json'),
      asOf: AS_OF,
      type: 'new',
    });

    // Assert
    expect(result.highestValidTitle).toBe('innovative');
    expect(result.tiers.specialized.decision).toBe('not-eligible');
    expect(result.tiers.specialized.gaps).toEqual(['研发费用占比 2.40% < 3%']);
    expect(result.tiers.specialized.score?.total).toBe(82);
    expect(nextTierDistance(result)).toMatchObject({
      nextTier: 'specialized',
      status: 'short',
      unmetConditions: 1,
      scoreShortfall: null,
    });
  });

  it('should leave 小巨人 unknown and name the missing market share', () => {
    // Act
    const result = evaluateTiers({ profile: load('profile-missing-fact.json'), asOf: AS_OF, type: 'new' });

    // Assert
    expect(result.tiers.innovative.decision).toBe('eligible');
    expect(result.tiers.specialized.decision).toBe('eligible');
    expect(result.tiers['little-giant'].decision).toBe('unknown');
    expect(result.tiers['little-giant'].missing).toEqual(['annualData[2024].marketShareBp']);
    expect(result.missing).toEqual(['annualData[2024].marketShareBp']);
    expect(nextTierDistance(result)).toMatchObject({ nextTier: 'little-giant', status: 'unknown' });
  });

  it('should judge the missing-fact example by the 2022 standard when it is a 2026-06-01 复核', () => {
    // Act
    const result = evaluateTiers({
      profile: load('profile-missing-fact.json'),
      asOf: '2026-06-01',
      type: 'review',
    });

    // Assert: 2025 data are absent, so every tier waits for them
    expect(result.ruleVersion.id).toBe('tiers-2022');
    expect(result.dataYear).toBe(2025);
    expect(result.missing).toContain('annualData[2025].operatingRevenue');
  });
});

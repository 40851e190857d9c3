import { COUNTIES } from '@ladder/shared-domain';

import { computeCoverage } from './coverage';
import type { CoverageEnterprise } from './coverage';

/** A deterministic pseudo-random sequence (the pool is the same on every run). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

describe('computeCoverage', () => {
  it('should equal a direct count per county and name exactly the uncovered quality SMEs when given a generated pool', () => {
    // Arrange
    const rnd = lcg(42);
    const pool: CoverageEnterprise[] = Array.from({ length: 500 }, (_, i) => ({
      uscc: `U${String(i).padStart(5, '0')}`,
      name: `企业${i}`,
      countyCode: COUNTIES[Math.floor(rnd() * COUNTIES.length)]?.code ?? '350404',
      quality: rnd() < 0.6,
    }));
    const covered = new Set(pool.filter(() => rnd() < 0.45).map((e) => e.uscc));
    // Act
    const result = computeCoverage(2025, '2025-12-31', pool, covered);
    // Assert
    for (const c of COUNTIES) {
      const q = pool.filter((e) => e.quality && e.countyCode === c.code);
      const k = q.filter((e) => covered.has(e.uscc));
      const row = result.counties.find((r) => r.countyCode === c.code);
      expect(row).toMatchObject({ qualitySmes: q.length, covered: k.length });
      expect(row?.rate).toBe(q.length ? Math.round((k.length / q.length) * 10_000) / 10_000 : null);
    }
    const uncovered = pool.filter((e) => e.quality && !covered.has(e.uscc)).map((e) => e.uscc);
    expect(result.uncovered.map((u) => u.uscc).sort()).toEqual(uncovered.sort());
    expect(result.covered + result.uncovered.length).toBe(result.qualitySmes);
    expect(result.qualitySmes).toBe(pool.filter((e) => e.quality).length);
  });

  it('should give a null rate and list only the county asked for when the county has no quality SME', () => {
    // Act
    const result = computeCoverage(
      2025,
      '2025-12-31',
      [{ uscc: 'A', name: 'a', countyCode: '350404', quality: false }],
      new Set(['A']),
      '350404',
    );
    // Assert
    expect(result.counties).toEqual([
      { countyCode: '350404', countyName: '三元区', qualitySmes: 0, covered: 0, rate: null },
    ]);
    expect(result.rate).toBeNull();
  });
});

import { AnnualFacts, CreateEnterpriseBody, checkAnnualFactsConsistency, validatePayload } from '@ladder/contracts';
import { COUNTY_CODES, LEGACY_COUNTY_CODES, POOL_CATEGORIES, validateUscc } from '@ladder/shared-domain';
import type { PoolCategory } from '@ladder/shared-domain';

import {
  DEMO_CATEGORY_SHARES,
  DEMO_YEARS,
  categoryOn,
  demoTitles,
  generateDemoPool,
  sizeClasses,
  titleEarned,
} from './demo-data';

jest.setTimeout(120_000);

describe('demo pool', () => {
  const pool = generateDemoPool();
  const holders = pool.filter((p) => p.titles.length > 0);

  it('should have at least 300 enterprises over all 11 counties with valid, unique USCCs', () => {
    expect(pool.length).toBeGreaterThanOrEqual(300);
    expect(new Set(pool.map((p) => p.enterprise.countyCode))).toEqual(new Set(COUNTY_CODES));
    expect(new Set(pool.map((p) => p.enterprise.uscc)).size).toBe(pool.length);
    for (const { enterprise } of pool) {
      const result = validateUscc(enterprise.uscc);
      expect(result.valid).toBe(true);
      const division = enterprise.uscc.slice(2, 8);
      expect([enterprise.countyCode, ...Object.keys(LEGACY_COUNTY_CODES).filter((k) => LEGACY_COUNTY_CODES[k] === enterprise.countyCode)]).toContain(division);
    }
  });

  it('should give every enterprise consecutive years of facts up to 2025 that the registry accepts', () => {
    for (const { enterprise, years } of pool) {
      expect(validatePayload(CreateEnterpriseBody, enterprise).ok).toBe(true);
      const numbers = years.map((y) => y.year);
      expect(numbers).toEqual(expect.arrayContaining([...DEMO_YEARS]));
      expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
      for (const y of years) {
        expect(validatePayload(AnnualFacts, y.facts).ok).toBe(true);
        expect(checkAnnualFactsConsistency(y.facts)).toEqual([]);
      }
    }
  });

  it('should hold a title only where the figures met the tier on its certification date under the rules then in force', () => {
    expect(holders.length).toBeGreaterThan(pool.length / 10);
    const unearned = demoTitles(pool).filter((t) => !titleEarned(pool.find((p) => p.enterprise.uscc === t.uscc)!, t));
    expect(unearned).toEqual([]);
  });

  it('should give SME titles only to enterprises that are SMEs in every year they report', () => {
    const notSme = holders.filter((p) => sizeClasses(p).some((c) => c !== 'micro' && c !== 'small' && c !== 'medium'));
    expect(notSme.map((p) => p.enterprise.name)).toEqual([]);
  });

  it('should recognise enterprises in every year of the plan period (2022–2025), lower tiers first', () => {
    const titles = demoTitles(pool);
    for (const year of ['2022', '2023', '2024', '2025']) expect(titles.some((t) => t.certifiedOn.startsWith(year))).toBe(true);
    for (const tier of ['innovative', 'specialized', 'little-giant'] as const) expect(titles.some((t) => t.tier === tier)).toBe(true);
    for (const p of holders) expect(p.titles.map((t) => t.certifiedOn)).toEqual([...p.titles.map((t) => t.certifiedOn)].sort());
  });

  // The window the demo is designed for (see demo-data.ts): its first and last day.
  it.each(['2026-04-01', '2026-12-31'])('should spread over the pool categories within the documented bounds when evaluated on %s', (asOf) => {
    const counts: Record<PoolCategory | 'none', number> = { recommend: 0, upgrade: 0, watch: 0, none: 0 };
    for (const p of pool) counts[categoryOn(p, asOf) ?? 'none']++;
    const outside = POOL_CATEGORIES.map((c) => ({ c, share: counts[c] / pool.length }))
      .filter(({ c, share }) => share < DEMO_CATEGORY_SHARES[c].min || share > DEMO_CATEGORY_SHARES[c].max)
      .map(({ c, share }) => `${c} ${(share * 100).toFixed(1)}%`);
    expect(outside).toEqual([]);
    // Only a 小巨人 has no next tier, hence no category.
    expect(counts.none).toBe(pool.filter((p) => p.titles.some((t) => t.tier === 'little-giant')).length);
  });

  it('should be the same pool on every run', () => {
    expect(generateDemoPool(20, 7).map((p) => p.enterprise.uscc)).toEqual(generateDemoPool(20, 7).map((p) => p.enterprise.uscc));
  });
});

import { AnnualFacts, CreateEnterpriseBody, checkAnnualFactsConsistency, validatePayload } from '@ladder/contracts';
import { COUNTY_CODES, LEGACY_COUNTY_CODES, validateUscc } from '@ladder/shared-domain';

import { generateDemoPool } from './demo-data';

describe('demo pool', () => {
  const pool = generateDemoPool();

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

  it('should give every enterprise three years of facts the registry accepts', () => {
    for (const { enterprise, years } of pool) {
      expect(validatePayload(CreateEnterpriseBody, enterprise).ok).toBe(true);
      expect(years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
      for (const y of years) {
        const checked = validatePayload(AnnualFacts, y.facts);
        expect(checked.ok).toBe(true);
        expect(checkAnnualFactsConsistency(y.facts)).toEqual([]);
      }
    }
  });

  it('should be the same pool on every run', () => {
    expect(generateDemoPool(5).map((p) => p.enterprise.uscc)).toEqual(pool.slice(0, 5).map((p) => p.enterprise.uscc));
  });
});

import { createHash } from 'node:crypto';

import { DEFAULT_TIER_PARAMETERS } from '@ladder/policy';
import type { ProfileInput } from '@ladder/policy';
import { mulberry32 } from '@ladder/shared-domain';

import { canonical, inputsHash } from './inputs-hash';

/** The definition the stored inputs hashes were taken with (before `canonical` was written for speed). */
function straightforward(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(straightforward).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${straightforward(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}


const KEYS = ['year', 'employees', 'rdExpense', 'ip', 'class1Total', 'a', 'B', 'b', '_', '年度', '营业收入', 'Z9', '10', '2', 'é', '\u{1F600}', '"q"'];

function randomValue(rand: () => number, depth: number): unknown {
  const pick = Math.floor(rand() * (depth > 3 ? 7 : 10));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rand() < 0.5;
    case 3:
      return Math.floor(rand() * 1e15) * (rand() < 0.2 ? -1 : 1);
    case 4:
      return rand() * 100;
    case 5:
      return `${KEYS[Math.floor(rand() * KEYS.length)]}\n"${Math.floor(rand() * 100)}`;
    case 6:
      return '';
    case 7:
    case 8: {
      const out: Record<string, unknown> = {};
      const n = Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) out[KEYS[Math.floor(rand() * KEYS.length)]!] = randomValue(rand, depth + 1);
      return out;
    }
    default:
      return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  }
}

describe('inputs hash', () => {
  it('should write the same canonical text as the straightforward definition when given any JSON-like value', () => {
    const rand = mulberry32(20261207);
    for (let i = 0; i < 5_000; i++) {
      const value = randomValue(rand, 0);
      expect(canonical(value)).toBe(straightforward(value));
    }
    for (const value of [[undefined, null, 1], { b: undefined, a: null }, { z: [{}, []], y: new Date(0) }, 'x', 0, -0, NaN])
      expect(canonical(value)).toBe(straightforward(value));
  });

  it('should give the hash stored before when given a profile', () => {
    const profile: ProfileInput = {
      uscc: '91350402MA0000000X',
      name: '三明测试有限公司',
      industryGroup: 'industry',
      independentLegalPerson: true,
      annualData: [
        { year: 2024, employees: 120, operatingRevenue: 150_000_000, ip: { class1Total: 2, class2Total: 0 }, scienceAwards: [] },
        { year: 2025, employees: 130, operatingRevenue: 180_000_000, rdExpense: 9_000_000, makerChina: 'none' },
      ],
      titles: [{ tier: 'innovative', certifiedOn: '2024-05-01', validUntil: '2027-04-30' }],
    };
    const params = DEFAULT_TIER_PARAMETERS;
    const expected = createHash('sha256')
      .update(straightforward({ profile, asOf: '2026-06-15', type: 'new', params, rule: 'tiers-2026' }))
      .digest('hex');
    expect(inputsHash(profile, '2026-06-15', 'new', params, 'tiers-2026')).toBe(expected);
  });
});

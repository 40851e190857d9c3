import { describe, expect, it } from 'vitest';

import { setPath } from '@/components/annual-facts/annual-facts-schema';

import { addYear, toProfile, toProfileModel, toWhatIfRequest } from './data';

const ENTERPRISE: Api.Enterprise.Enterprise = {
  uscc: '91350404MA34PQ7W25',
  name: '三明示例装备制造有限公司',
  countyCode: '350404',
  industryGroup: 'industry',
  chains: [],
  contacts: [],
  address: null,
  legalRepresentative: null,
  establishedOn: null,
  independentLegalPerson: true,
  mainProduct: null,
  status: 'active',
  category: 'upgrade',
  tier: 'innovative',
  sizeClass: 'small',
  sizeClassYear: 2024,
  latestDataYear: 2024,
  admittedAt: '2024-01-01T00:00:00Z',
  removedAt: null,
  removalReason: null,
  version: 2,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-06-01T00:00:00Z',
};

function annual(year: number, facts: Api.Enterprise.Facts): Api.Enterprise.AnnualData {
  return {
    uscc: ENTERPRISE.uscc,
    year,
    facts,
    sizeClass: {
      sizeClass: null,
      status: 'unknown',
      missing: [],
      ruleId: 'size-2011',
      clause: '',
      explanation: '',
      onBoundary: false,
    },
    revision: 1,
    source: 'manual',
    submittedBy: 'gxj',
    submittedAt: '2025-03-01T00:00:00Z',
  };
}

function certification(
  tier: Api.Tiering.Certification['tier'],
  status: Api.Tiering.Certification['status'],
): Api.Tiering.Certification {
  return {
    id: tier,
    uscc: ENTERPRISE.uscc,
    name: ENTERPRISE.name,
    countyCode: '350404',
    tier,
    kind: 'new',
    status,
    issuer: '福建省工业和信息化厅',
    docNo: 'X',
    certifiedOn: '2023-06-15',
    validUntil: '2026-06-14',
    renewals: [],
    revokedOn: null,
    revocationReason: null,
    fraud: false,
    barredUntil: null,
    review: { eligible: true, reason: '', deadline: null },
    daysToExpiry: 100,
    recommendationId: null,
    createdAt: '2023-06-20T00:00:00Z',
  };
}

describe('what-if profile', () => {
  it('should start from the registry: newest year first, 万元 inputs, titles other than revoked', () => {
    const model = toProfileModel(
      ENTERPRISE,
      [
        annual(2023, { operatingRevenue: 80_000_000_00 }),
        annual(2024, { operatingRevenue: 250_000_000_00, rdExpense: 6_000_000_00 }),
      ],
      [certification('innovative', 'valid'), certification('specialized', 'revoked')],
    );
    expect(model.years.map((y) => y.year)).toEqual([2024, 2023]);
    expect(model.years[0]?.values['operatingRevenue']).toBe('25000');
    expect(model.titles).toEqual([{ tier: 'innovative', certifiedOn: '2023-06-15', validUntil: '2026-06-14' }]);
    expect(model.includeTitles).toBe(true);
    expect(model.independentLegalPerson).toBe(true);
  });

  it('should send 万元 as 分 and the years oldest first', () => {
    // Arrange
    const model = toProfileModel(ENTERPRISE, [annual(2024, { rdExpense: 6_000_000_00 })], []);
    setPath(model.years[0]!.values, 'rdExpense', '750.5');
    expect(addYear(model, 2023)).toBe(true);
    setPath(model.years[1]!.values, 'operatingRevenue', '20000');

    // Act
    const profile = toProfile(ENTERPRISE, model);

    // Assert
    expect(profile.annualData).toEqual([
      { year: 2023, operatingRevenue: 2_000_000_000_0 },
      { year: 2024, rdExpense: 750_500_000 },
    ]);
    expect(profile).toMatchObject({
      uscc: ENTERPRISE.uscc,
      name: ENTERPRISE.name,
      countyCode: '350404',
      industryGroup: 'industry',
      independentLegalPerson: true,
      titles: [],
    });
  });

  it('should refuse a year twice and an incomplete title', () => {
    const model = toProfileModel(ENTERPRISE, [annual(2024, {})], []);
    expect(addYear(model, 2024)).toBe(false);
    model.titles.push({ tier: '', certifiedOn: '', validUntil: '' });
    expect(() => toProfile(ENTERPRISE, model)).toThrow(RangeError);
  });

  it('should leave the titles to the service when the records could not be read', () => {
    const model = toProfileModel(ENTERPRISE, [], null);
    expect(model.includeTitles).toBe(false);
    expect(toProfile(ENTERPRISE, model).titles).toBeUndefined();
    model.independentLegalPerson = null;
    expect('independentLegalPerson' in toProfile(ENTERPRISE, model)).toBe(false);
  });

  it('should build the request with the date and type', () => {
    const profile = toProfile(ENTERPRISE, toProfileModel(ENTERPRISE, [], []));
    expect(toWhatIfRequest(profile, '2025-06-01', 'review')).toEqual({ profile, asOf: '2025-06-01', type: 'review' });
  });
});

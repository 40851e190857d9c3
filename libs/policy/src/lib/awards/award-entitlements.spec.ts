import type { CertificationEvent } from './award-entitlements';
import { entitlementsForCertification } from './award-entitlements';
import type { CountyMatchingEntry } from './award-parameters';
import { AwardRequestError } from './award-request';

const event = (changes: Partial<CertificationEvent> = {}): CertificationEvent => ({
  tier: 'specialized',
  kind: 'new',
  certifiedOn: '2024-05-10',
  countyCode: '350404',
  ...changes,
});

const summary = (e: ReturnType<typeof entitlementsForCertification>) =>
  e.map((r) => ({ awardId: r.awardId, amountFen: r.amountFen, payerSplit: r.payerSplit }));

describe('entitlementsForCertification', () => {
  it('should create exactly one city 5万 entitlement when a 专精特新 is recognised on 2024-05-10', () => {
    // Act
    const result = entitlementsForCertification(event());

    // Assert
    expect(summary(result)).toEqual([
      { awardId: 'S-17', amountFen: 5_000_000, payerSplit: [{ payer: 'CITY', amountFen: 5_000_000 }] },
    ]);
    expect(result[0]).toMatchObject({ decision: 'granted', handling: 'pay', catalogueId: 'S-17' });
  });

  it('should create the city 20万 and the tracked provincial 50万 when a 小巨人 is newly recognised', () => {
    // Act
    const result = entitlementsForCertification(event({ tier: 'little-giant' }));

    // Assert
    expect(summary(result)).toEqual([
      { awardId: 'S-18', amountFen: 20_000_000, payerSplit: [{ payer: 'CITY', amountFen: 20_000_000 }] },
      { awardId: 'FJ-LG-50', amountFen: 50_000_000, payerSplit: [{ payer: 'PROV', amountFen: 50_000_000 }] },
    ]);
    expect(result[1]).toMatchObject({ handling: 'track' });
    expect(result[1]?.version).toMatchObject({ docNo: '闽中小企业办〔2022〕1号', confidence: 'secondary' });
  });

  it('should create nothing when the certification is a renewal (复核)', () => {
    // Act / Assert
    expect(entitlementsForCertification(event({ kind: 'renewal' }))).toEqual([]);
    expect(entitlementsForCertification(event({ tier: 'little-giant', kind: 'renewal' }))).toEqual([]);
  });

  it('should treat a renewal as new when renewalCountsAsNew is true', () => {
    // Act
    const result = entitlementsForCertification(event({ kind: 'renewal' }), {
      params: { renewalCountsAsNew: true },
    });

    // Assert
    expect(result.map((r) => r.awardId)).toEqual(['S-17']);
  });

  it('should create nothing when the tier is 创新型', () => {
    // Act / Assert
    expect(entitlementsForCertification(event({ tier: 'innovative' }))).toEqual([]);
  });

  it.each`
    certifiedOn     | count
    ${'2021-12-31'} | ${0}
    ${'2022-01-01'} | ${1}
    ${'2025-12-31'} | ${1}
    ${'2026-01-01'} | ${0}
    ${'2026-05-10'} | ${0}
  `(
    'should create $count entitlements when a 专精特新 is recognised on $certifiedOn',
    ({ certifiedOn, count }) => {
      // Act / Assert
      expect(entitlementsForCertification(event({ certifiedOn: certifiedOn as string }))).toHaveLength(
        count as number,
      );
    },
  );

  describe('S-19 county matching', () => {
    const row = (
      countyCode: string,
      tier: CountyMatchingEntry['tier'],
      amountFen: number,
      effectiveFrom = '2022-01-01',
    ): CountyMatchingEntry => ({
      countyCode,
      tier,
      amountFen,
      effectiveFrom,
      effectiveTo: '2025-12-31',
      confirmed: true,
    });
    const params = {
      countyMatching: [
        row('350404', 'specialized', 2_000_000),
        row('350404', 'little-giant', 10_000_000),
        row('350481', 'specialized', 3_000_000, '2024-01-01'),
      ],
    };

    it.each`
      countyCode  | tier              | certifiedOn     | county
      ${'350404'} | ${'specialized'}  | ${'2024-05-10'} | ${[{ payer: 'CNTY', countyCode: '350404', amountFen: 2_000_000 }]}
      ${'350402'} | ${'specialized'}  | ${'2024-05-10'} | ${[{ payer: 'CNTY', countyCode: '350404', amountFen: 2_000_000 }]}
      ${'350404'} | ${'little-giant'} | ${'2024-05-10'} | ${[{ payer: 'CNTY', countyCode: '350404', amountFen: 10_000_000 }]}
      ${'350481'} | ${'specialized'}  | ${'2024-05-10'} | ${[{ payer: 'CNTY', countyCode: '350481', amountFen: 3_000_000 }]}
      ${'350481'} | ${'specialized'}  | ${'2023-05-10'} | ${[]}
      ${'350421'} | ${'specialized'}  | ${'2024-05-10'} | ${[]}
    `(
      'should split the county matching to $countyCode when a $tier certified on $certifiedOn has a table row',
      ({ countyCode, tier, certifiedOn, county }) => {
        // Act
        const result = entitlementsForCertification(
          event({
            countyCode: countyCode as string,
            tier: tier as CertificationEvent['tier'],
            certifiedOn: certifiedOn as string,
          }),
          { params },
        );
        const matching = result.filter((r) => r.awardId === 'S-19').flatMap((r) => r.payerSplit);

        // Assert
        expect(matching).toEqual(county);
        expect(result.every((r) => r.payerSplit.reduce((s, p) => s + p.amountFen, 0) === r.amountFen)).toBe(
          true,
        );
      },
    );
  });

  it('should throw Chinese problems when the event is invalid', () => {
    // Act / Assert
    expect(() =>
      entitlementsForCertification(event({ certifiedOn: '2024-5-10', countyCode: '110101' })),
    ).toThrow(AwardRequestError);
    expect(() => entitlementsForCertification(event({ countyCode: '110101' }))).toThrow(
      '不是三明市的县（市、区）',
    );
  });
});

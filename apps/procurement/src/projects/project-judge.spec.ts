import { computeProcurement } from '@ladder/policy';

import { bidderKindOf, reserveOf } from './project-judge';

describe('project judge', () => {
  it.each([
    { form: 'alone', size: 'micro', kind: 'small-micro' },
    { form: 'alone', size: 'small', kind: 'small-micro' },
    { form: 'alone', size: 'medium', kind: 'medium' },
    { form: 'alone', size: 'large', kind: 'large' },
    { form: 'consortium', size: 'large', kind: 'consortium' },
    { form: 'subcontract', size: 'medium', kind: 'subcontract' },
  ] as const)('should take a $size supplier bidding $form as a $kind bidder', ({ form, size, kind }) => {
    // Act / Assert
    expect(bidderKindOf(form, size)).toBe(kind);
  });

  it('should check a plan with the policy library on the procurement date (no threshold of its own)', () => {
    // Arrange: works, 500万 in 2022 H2: 40 % (19号, parameter worksReserve40)
    const p = { procurementDate: '2022-09-01', category: 'works', budgetFen: 500_000_000, suitableForSme: true, reservedFen: 200_000_000, reservedForSmallMicroFen: 120_000_000 } as const;
    // Act
    const r = reserveOf(p);
    // Assert
    expect(r).toEqual(computeProcurement({ kind: 'reserve', date: p.procurementDate, category: p.category, budgetFen: p.budgetFen, suitableForSme: true, reservedFen: p.reservedFen, reservedForSmallMicroFen: p.reservedForSmallMicroFen }));
    expect(r).toMatchObject({ decision: 'share-reserved', minimumReservedFen: 200_000_000, check: { compliant: true } });
  });

  it('should refuse a plan the policy library finds invalid with PROCUREMENT_PROJECT_INVALID', () => {
    // Act / Assert
    expect(() => reserveOf({ procurementDate: '2023-02-30', category: 'goods', budgetFen: 1, suitableForSme: true, reservedFen: 0, reservedForSmallMicroFen: null })).toThrow(expect.objectContaining({ code: 'PROCUREMENT_PROJECT_INVALID' }));
  });
});

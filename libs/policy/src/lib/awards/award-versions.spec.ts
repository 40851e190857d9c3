import type { AwardVersion } from './award-types';
import {
  AwardCatalogueError,
  BASE_AWARD_CATALOGUE,
  buildAwardCatalogue,
  resolveAwardVersion,
  validateSuccessorVersion,
} from './award-versions';
import { AWARD_DEFINITIONS, BASE_AWARD_VERSIONS } from './awards.rules';
import { computeAward } from './compute-award';
import { entitlementsForCertification } from './award-entitlements';

/** A successor of S-17 for 2026, as the subsidies database would hold it after a two-person approval. */
const S17_2026: AwardVersion = {
  id: 'S-17@2026',
  awardId: 'S-17',
  effectiveFrom: '2026-01-01',
  effectiveTo: '2026-12-31',
  source: {
    title: '三明市优质中小企业梯度培育若干措施（2026年）',
    docNo: '明工信〔2026〕8号',
    article: '第二条',
    confidence: 'confirmed',
  },
  clause: '第二条',
  terms: { kind: 'fixed', amountFen: 6_000_000 },
  successor: true,
  approvedBy: ['张三', '李四'],
  approvedOn: '2026-02-01',
};

const withChanges = (changes: Record<string, unknown>): AwardVersion => ({ ...S17_2026, ...changes });

describe('BASE_AWARD_VERSIONS', () => {
  it('should hold exactly one base version per award when the catalogue is loaded', () => {
    // Act
    const ids = BASE_AWARD_VERSIONS.map((v) => v.awardId);

    // Assert
    expect([...ids].sort()).toEqual(AWARD_DEFINITIONS.map((d) => d.id).sort());
    expect(
      BASE_AWARD_VERSIONS.every((v) => v.effectiveFrom === '2022-01-01' && v.effectiveTo === '2025-12-31'),
    ).toBe(true);
  });

  it('should give every base version a source, a clause and terms of its award kind when validated like a successor', () => {
    // Act: validate each base version against the others, as if it were new
    const problems = BASE_AWARD_VERSIONS.flatMap((v) =>
      validateSuccessorVersion(
        { ...v, successor: true },
        BASE_AWARD_VERSIONS.filter((o) => o !== v),
      ),
    );

    // Assert
    expect(problems).toEqual([]);
  });
});

describe('resolveAwardVersion', () => {
  it('should return the base version inside the plan period and nothing after it when no successor exists', () => {
    // Act / Assert
    expect(resolveAwardVersion(BASE_AWARD_CATALOGUE, 'S-17', '2024-05-10')?.id).toBe('S-17@plan-2022');
    expect(resolveAwardVersion(BASE_AWARD_CATALOGUE, 'S-17', '2026-05-10')).toBeUndefined();
  });

  it('should return the successor when an approved successor covers the date', () => {
    // Arrange
    const catalogue = buildAwardCatalogue([S17_2026]);

    // Act / Assert
    expect(resolveAwardVersion(catalogue, 'S-17', '2026-05-10')?.id).toBe('S-17@2026');
    expect(resolveAwardVersion(catalogue, 'S-17', '2025-12-31')?.id).toBe('S-17@plan-2022');
    expect(resolveAwardVersion(catalogue, 'S-18', '2026-05-10')).toBeUndefined();
  });

  it('should throw when a hand-built catalogue has overlapping versions of one award', () => {
    // Arrange
    const catalogue = {
      ...BASE_AWARD_CATALOGUE,
      versions: [...BASE_AWARD_VERSIONS, { ...S17_2026, effectiveFrom: '2025-06-01' }],
    };

    // Act / Assert
    expect(() => resolveAwardVersion(catalogue, 'S-17', '2025-07-01')).toThrow(AwardCatalogueError);
    expect(() => resolveAwardVersion(catalogue, 'S-17', '2025-07-01')).toThrow('有效期不得重叠');
  });
});

describe('successor versions and the 2026 recognition', () => {
  const request = { awardId: 'S-17' as const, date: '2026-05-10', facts: { kind: 'new' as const } };

  it('should give nothing for a 2026-05-10 recognition when no successor version is approved', () => {
    // Act
    const result = computeAward(request);
    const entitlements = entitlementsForCertification({
      tier: 'specialized',
      kind: 'new',
      certifiedOn: '2026-05-10',
      countyCode: '350404',
    });

    // Assert
    expect(result).toMatchObject({ decision: 'not-covered', amountFen: 0, payerSplit: [] });
    expect(entitlements).toEqual([]);
  });

  it("should give the successor's amount for a 2026-05-10 recognition when the successor is approved", () => {
    // Act
    const result = computeAward(request, { successors: [S17_2026] });
    const entitlements = entitlementsForCertification(
      { tier: 'specialized', kind: 'new', certifiedOn: '2026-05-10', countyCode: '350404' },
      { successors: [S17_2026] },
    );

    // Assert
    expect(result).toMatchObject({ decision: 'granted', amountFen: 6_000_000 });
    expect(result.version).toMatchObject({
      id: 'S-17@2026',
      docNo: '明工信〔2026〕8号',
      clause: '第二条',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
      successor: true,
    });
    expect(entitlements.map((e) => [e.awardId, e.amountFen])).toEqual([['S-17', 6_000_000]]);
  });

  it('should keep using the base version for 2024 events when a successor is added', () => {
    // Act / Assert
    expect(computeAward({ ...request, date: '2024-05-10' }, { successors: [S17_2026] }).amountFen).toBe(
      5_000_000,
    );
  });

  it('should accept an open-ended later successor when it does not overlap the earlier ones', () => {
    // Arrange
    const open = withChanges({ id: 'S-17@2027', effectiveFrom: '2027-01-01', effectiveTo: undefined });

    // Act
    const catalogue = buildAwardCatalogue([S17_2026, open]);

    // Assert
    expect(resolveAwardVersion(catalogue, 'S-17', '2031-01-01')?.id).toBe('S-17@2027');
  });
});

describe('validateSuccessorVersion', () => {
  it('should accept a well-formed successor when it does not overlap', () => {
    // Act / Assert
    expect(validateSuccessorVersion(S17_2026, BASE_AWARD_VERSIONS)).toEqual([]);
  });

  it('should reject a successor when its period overlaps the plan period', () => {
    // Arrange
    const overlapping = withChanges({ effectiveFrom: '2025-07-01' });

    // Act
    const problems = validateSuccessorVersion(overlapping, BASE_AWARD_VERSIONS);

    // Assert
    expect(problems).toEqual([
      '版本S-17@2026：与版本S-17@plan-2022（2022-01-01至2025-12-31）的有效期重叠：同一奖励的版本有效期不得重叠',
    ]);
    expect(() => buildAwardCatalogue([overlapping])).toThrow(AwardCatalogueError);
  });

  it('should reject two successors that overlap each other when building the catalogue', () => {
    // Arrange
    const second = withChanges({ id: 'S-17@2026b', effectiveFrom: '2026-06-01', effectiveTo: '2027-05-31' });

    // Act / Assert
    expect(() => buildAwardCatalogue([S17_2026, second])).toThrow(
      '与版本S-17@2026（2026-01-01至2026-12-31）的有效期重叠',
    );
  });

  it.each`
    changes                                                                                               | problem
    ${{ source: { title: '某文件', docNo: '', confidence: 'confirmed' } }}                                | ${'缺少文号（source.docNo）'}
    ${{ source: undefined }}                                                                              | ${'缺少政策来源（source）及文号'}
    ${{ effectiveFrom: '2026-13-01' }}                                                                    | ${'生效日期（effectiveFrom）无效'}
    ${{ effectiveTo: '2026/12/31' }}                                                                      | ${'失效日期（effectiveTo）无效'}
    ${{ effectiveFrom: '2026-12-31', effectiveTo: '2026-01-01' }}                                         | ${'生效日期2026-12-31晚于失效日期2026-01-01'}
    ${{ effectiveTo: null }}                                                                              | ${'失效日期（effectiveTo）无效'}
    ${{ terms: { kind: 'fixed', amountFen: -1 } }}                                                        | ${'奖励金额（amountFen）不能小于0'}
    ${{ terms: { kind: 'fixed', amountFen: 1.5 } }}                                                       | ${'奖励金额（amountFen）应为整数（分）'}
    ${{ terms: { kind: 'unit-price-rate', rate: { num: 60, den: 100 }, capFen: 1 } }}                     | ${'参数类型应为 fixed'}
    ${{ awardId: 'S-36', terms: { kind: 'unit-price-rate', rate: { num: 60, den: 100 }, capFen: -100 } }} | ${'上限（capFen）不能小于0'}
    ${{ awardId: 'S-36', terms: { kind: 'unit-price-rate', rate: { num: 101, den: 100 }, capFen: 100 } }} | ${'奖励比例（rate）不能超过100%'}
    ${{ awardId: 'S-36', terms: { kind: 'unit-price-rate', rate: { num: 1, den: 0 }, capFen: 100 } }}     | ${'分母大于0'}
    ${{ awardId: 'S-99' }}                                                                                | ${'未知奖励“S-99”'}
    ${{ successor: false }}                                                                               | ${'successor 应为 true'}
    ${{ id: 'S-17@plan-2022' }}                                                                           | ${'已存在'}
    ${{ approvedBy: ['张三', '张三'] }}                                                                   | ${'两名不同人员审批'}
    ${{ clause: '' }}                                                                                     | ${'缺少条款（clause）'}
  `('should report "$problem" when the successor is invalid', ({ changes, problem }) => {
    // Act
    const problems = validateSuccessorVersion(
      withChanges(changes as Record<string, unknown>),
      BASE_AWARD_VERSIONS,
    );

    // Assert
    expect(problems.join('\n')).toContain(problem as string);
  });

  it('should validate the S-47 fund table of a successor when a fund kind is missing or above 100%', () => {
    // Arrange
    const s47 = withChanges({
      id: 'S-47@2026',
      awardId: 'S-47',
      terms: {
        kind: 'fund-rate',
        capFen: 100_000_000,
        rates: {
          'manufacturing-upgrade': { num: 5, den: 1000 },
          'sme-development': { num: 2, den: 1 },
          'sme-development-sub-fund': null,
        },
      },
    });

    // Act
    const problems = validateSuccessorVersion(s47, BASE_AWARD_VERSIONS).join('\n');

    // Assert
    expect(problems).toContain('基金比例缺少 manufacturing-upgrade-sub-fund');
    expect(problems).toContain('国家中小企业发展基金比例不能超过100%');
  });
});

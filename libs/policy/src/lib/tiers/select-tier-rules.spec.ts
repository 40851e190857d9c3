import { evaluateTiers } from './evaluate-tiers';
import { selectTierRules, TIER_RULE_VERSIONS } from './select-tier-rules';
import { TIERS_2022 } from './tiers-2022.rules';
import { TIERS_2026 } from './tiers-2026.rules';

describe('selectTierRules', () => {
  it.each([
    ['2025-06-01', 'new', 'tiers-2022'],
    ['2026-06-01', 'new', 'tiers-2026'],
    ['2026-06-01', 'review', 'tiers-2022'],
    ['2027-01-01', 'review', 'tiers-2026'],
    ['2026-03-31', 'new', 'tiers-2022'],
    ['2026-04-01', 'new', 'tiers-2026'],
    ['2026-12-31', 'review', 'tiers-2022'],
    ['2022-06-01', 'new', 'tiers-2022'],
    ['2024-01-01', 'review', 'tiers-2022'],
  ] as const)('should pick %s %s → %s with the default parameters', (asOf, type, id) => {
    // Act
    const selection = selectTierRules(asOf, type);

    // Assert
    expect(selection.rules.id).toBe(id);
    expect(selection.reason).toMatch(/。$/);
    expect(selection.reason).toContain(asOf);
  });

  it('should explain with 117号 and the pending cut-off when a 2026 review uses the 2022 standard', () => {
    // Act
    const selection = selectTierRules('2026-06-01', 'review');

    // Assert
    expect(selection.reason).toContain('工信厅企业函〔2026〕117号');
    expect(selection.reason).toContain('2026-12-31');
    expect(selection.reason).toContain('待市工信局确认');
  });

  it('should follow reviewUses2022Until when it is moved', () => {
    // Act / Assert
    expect(selectTierRules('2026-06-01', 'review', { reviewUses2022Until: '2026-05-31' }).rules.id).toBe(
      'tiers-2026',
    );
    expect(selectTierRules('2027-03-01', 'review', { reviewUses2022Until: '2027-06-30' }).rules.id).toBe(
      'tiers-2022',
    );
    expect(selectTierRules('2027-03-01', 'new', { reviewUses2022Until: '2027-06-30' }).rules.id).toBe(
      'tiers-2026',
    );
  });

  it('should throw when asOf is before the 2022 rules took effect or not a date', () => {
    // Act / Assert
    expect(() => selectTierRules('2022-05-31', 'new')).toThrow('早于梯度培育标准的施行日期');
    expect(() => selectTierRules('2025-02-30', 'new')).toThrow('评价日期无效');
    expect(() => selectTierRules('2026-06-01', 'review', { reviewUses2022Until: 'someday' })).toThrow(
      'reviewUses2022Until',
    );
  });

  it('should date the two rule sets without overlap and meet at 2026-03-31/2026-04-01', () => {
    // Act / Assert
    expect(TIER_RULE_VERSIONS.map((v) => v.id)).toEqual(['tiers-2022', 'tiers-2026']);
    expect(TIERS_2022.effectiveTo).toBe('2026-03-31');
    expect(TIERS_2026.effectiveFrom).toBe('2026-04-01');
    expect(TIERS_2022.source.docNo).toBe('工信部企业〔2022〕63号');
    expect(TIERS_2026.source.docNo).toBe('工信部企业〔2026〕2号');
  });

  it('should mark the 2022 effective date as approximate and 2026 items as secondary', () => {
    // Act / Assert
    expect(TIERS_2022.effectiveFrom).toBe('2022-06-01');
    expect(TIERS_2022.effectiveFromConfidence).toBe('unconfirmed');
    expect(TIERS_2026.source.confidence).toBe('secondary');
    expect(selectTierRules('2025-06-01', 'new').reason).toContain('近似日期');
  });

  it('should mark 产业链配套 and 主导产品所属领域 of the 2022 小巨人 as unconfirmed', () => {
    // Act
    const lg = TIERS_2022.littleGiant;

    // Assert
    expect(lg.kind).toBe('little-giant-2022');
    if (lg.kind !== 'little-giant-2022') return;
    expect(lg.chain.confidence).toBe('unconfirmed');
    expect(lg.domain.confidence).toBe('unconfirmed');
    expect(lg.specialization.niche.confidence).toBe('confirmed');
  });
});

describe('evaluateTiers with a forced rule set', () => {
  it('should use the named rule set whatever the date when ruleSetId is given', () => {
    const profile = { uscc: '91350100M000100Y43', industryGroup: 'industry' as const, annualData: [], titles: [] };
    const forced = evaluateTiers({ profile, asOf: '2025-06-01', type: 'new', ruleSetId: 'tiers-2026' });
    expect(forced.ruleVersion.id).toBe('tiers-2026');
    expect(forced.versionReason).toContain('指定');
    expect(() => evaluateTiers({ profile, asOf: '2025-06-01', type: 'new', ruleSetId: 'tiers-1999' })).toThrow(/未知的规则版本/);
  });
});

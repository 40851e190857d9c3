import { describe, expect, it } from 'vitest';

import {
  ANNUAL_FIELDS,
  ANNUAL_SECTIONS,
  annualErrorProps,
  factsToForm,
  formToFacts,
  getPath,
  setPath,
} from './annual-facts-schema';

describe('annual data form', () => {
  it('should cover every AnnualFacts field exactly once across the six sections', () => {
    const paths = ANNUAL_FIELDS.map((f) => f.path);
    expect(ANNUAL_SECTIONS.map((s) => s.key)).toEqual([
      'scale',
      'ip',
      'innovation',
      'market',
      'littleGiant',
      'compliance',
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    // 43 scalar facts (9 size/finance, 6 IP, 2+4 innovation/quality, 8+4 market/honours, 6 little giant,
    // 4 negative list) plus the science-awards list, which the innovation section edits as rows.
    expect(paths).toHaveLength(43);
    expect(ANNUAL_SECTIONS.find((s) => s.key === 'innovation')?.awards).toBe(true);
  });

  it('should convert 万元 to 分, % to basis points and keep unanswered items out', () => {
    // Arrange
    const model = factsToForm(2024, null);
    setPath(model.values, 'employees', '120');
    setPath(model.values, 'operatingRevenue', '5000');
    setPath(model.values, 'netProfit', '-12.5');
    setPath(model.values, 'marketShareBp', '12.34');
    setPath(model.values, 'ip.class1Total', '3');
    setPath(model.values, 'honours.highTechEnterprise', true);
    setPath(model.values, 'compliance.abnormalOperation', false);
    setPath(model.values, 'rdInstitutionLevel', 'provincial');
    model.awards.push({ level: 'provincial', rank: '2' });

    // Act
    const facts = formToFacts(model);

    // Assert
    expect(facts).toEqual({
      employees: 120,
      operatingRevenue: 5_000_000_000,
      netProfit: -12_500_000,
      marketShareBp: 1234,
      ip: { class1Total: 3 },
      honours: { highTechEnterprise: true },
      compliance: { abnormalOperation: false },
      rdInstitutionLevel: 'provincial',
      scienceAwards: [{ level: 'provincial', rank: 2 }],
    });
  });

  it('should refuse amounts finer than 1 分 and negative revenue', () => {
    const model = factsToForm(2024, null);
    setPath(model.values, 'operatingRevenue', '1.0000001');
    expect(() => formToFacts(model)).toThrow(RangeError);
    setPath(model.values, 'operatingRevenue', '-1');
    expect(() => formToFacts(model)).toThrow(RangeError);
  });

  it('should show stored facts back in 万元 and %', () => {
    const model = factsToForm(2023, {
      operatingRevenue: 1_234_567_891,
      marketShareBp: 50,
      quality: { ownBrand: true },
    });
    expect(getPath(model.values, 'operatingRevenue')).toBe('1234.567891');
    expect(getPath(model.values, 'marketShareBp')).toBe('0.5');
    expect(getPath(model.values, 'quality.ownBrand')).toBe(true);
    expect(getPath(model.values, 'quality.standardsDrafting')).toBeNull();
    expect(getPath(model.values, 'employees')).toBe('');
  });

  it('should place backend details at the matching fields', () => {
    const { fields, rest } = annualErrorProps([
      { field: 'rdStaff', message: '研发人员数（130）不能多于从业人员数（120）' },
      { field: 'facts.ip.class1Applied', message: '已应用的Ⅰ类知识产权数（5）不能多于Ⅰ类知识产权总数（3）' },
      { field: 'scienceAwards.0.rank', message: '排名应为1–100' },
      { message: '年度数据前后矛盾' },
    ]);
    expect(fields).toEqual({
      'values.rdStaff': '研发人员数（130）不能多于从业人员数（120）',
      'values.ip.class1Applied': '已应用的Ⅰ类知识产权数（5）不能多于Ⅰ类知识产权总数（3）',
      'awards.0.rank': '排名应为1–100',
    });
    expect(rest).toEqual(['年度数据前后矛盾']);
  });
});

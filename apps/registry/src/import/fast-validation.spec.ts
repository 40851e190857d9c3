import { AnnualFacts, CreateEnterpriseBody, describeValidationErrors } from '@ladder/contracts';
import { certainlyValid } from '@ladder/platform-messaging';
import { importRow, makeEnterprise } from '@ladder/platform-testing';
import { instanceToPlain, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { parseImportRow } from './import-row.parser';

/** What class-validator says about a value (the path the parser takes when the quick check is not sure). */
function classValidatorMessages(cls: new () => object, plain: object, forbidNonWhitelisted: boolean): string[] {
  return describeValidationErrors(validateSync(plainToInstance(cls, plain), { whitelist: true, forbidNonWhitelisted })).map((d) => d.message);
}

describe('quick validity check of import rows', () => {
  const fullRow = (i: number): Record<string, string | number | null> => ({
    ...importRow(makeEnterprise({ name: `  快速校验企业${i}  ` }), 2025, 1000 + i),
    所属产业链: '氟新材料',
    法定代表人: '张三',
    成立日期: '2015-06-30',
    联系人: '李四',
    联系电话: '0598-1234567',
    '从业人员数（人）': 120,
    '研发人员数（人）': 12,
    '研发费用（万元）': '35.5',
    Ⅰ类知识产权数: 2,
    Ⅱ类知识产权数: 5,
    高新技术企业: '是',
  });

  it('should accept valid rows on the quick path with exactly the data class-validator would accept', () => {
    for (let i = 0; i < 50; i++) {
      const parsed = parseImportRow(fullRow(i));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const { enterprise, facts } = parsed.row;
      expect(certainlyValid(CreateEnterpriseBody, enterprise)).toBe(true);
      expect(certainlyValid(AnnualFacts, facts)).toBe(true);
      expect(classValidatorMessages(CreateEnterpriseBody, enterprise, true)).toEqual([]);
      expect(classValidatorMessages(AnnualFacts, facts!, false)).toEqual([]);
      // Same data as the instances class-transformer would build (trimmed text, nested objects).
      expect(enterprise).toEqual(instanceToPlain(plainToInstance(CreateEnterpriseBody, enterprise)));
      expect(facts).toEqual(instanceToPlain(plainToInstance(AnnualFacts, facts)));
      expect(enterprise.name).toBe(`快速校验企业${i}`);
    }
  });

  it('should not be sure of a value class-validator rejects, so the messages stay class-validator\'s', () => {
    const ok = parseImportRow(fullRow(0));
    if (!ok.ok) throw new Error('row 0 should parse');
    const base = ok.row.enterprise as unknown as Record<string, unknown>;
    const facts = ok.row.facts as unknown as Record<string, unknown>;
    const badEnterprises: Record<string, unknown>[] = [
      { ...base, uscc: '91350100M000100Y4' },
      { ...base, name: 'x'.repeat(101) },
      { ...base, name: ' 前后空格 ' },
      { ...base, countyCode: '110000' },
      { ...base, unknownField: 1 },
      { ...base, contacts: [{ name: 3 }] },
      { ...base, contacts: 'not a list' },
    ];
    for (const bad of badEnterprises) {
      expect(certainlyValid(CreateEnterpriseBody, bad)).toBe(false);
    }
    for (const bad of [{ ...facts, employees: -1 }, { ...facts, employees: 1.5 }, { ...facts, ip: { class1Total: -2 } }, { ...facts, ip: 'x' }]) {
      expect(certainlyValid(AnnualFacts, bad)).toBe(false);
      expect(classValidatorMessages(AnnualFacts, bad, false).length).toBeGreaterThan(0);
    }
  });

  it('should report a bad row with the same messages as before', () => {
    const parsed = parseImportRow({ ...fullRow(1), 统一社会信用代码: '91350100M000100Y4', '从业人员数（人）': '1.5' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.messages).toContain('从业人员数（人）“1.5”应为整数');
    expect(parsed.messages.some((m) => m.includes('统一社会信用代码'))).toBe(true);
  });
});

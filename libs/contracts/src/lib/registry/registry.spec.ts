import type { ErrorDetail, ErrorPayload } from '../common/errors';
import { validatePayload } from '../common/validation';
import type { ValidationOutcome } from '../common/validation';
import { AnnualFacts, checkAnnualFactsConsistency } from './annual-facts';
import { EnterpriseRegisteredEvent } from './registry.events';
import { SubmitAnnualDataRequest } from './annual-data.rpc';
import { CreateEnterpriseRequest, UpdateEnterpriseRequest } from './enterprise.rpc';
import { ImportRefRequest, ListImportsRequest } from './import.rpc';

const USCC = '91350100M000100Y43';
const ACTOR = { userId: 'u-1', username: 'operator', roles: ['county-operator'], countyCode: '350481' };

function minimalCreate(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uscc: USCC,
    name: '三明示例装备制造有限公司',
    countyCode: '350404',
    industryGroup: 'industry',
    actor: ACTOR,
    ...overrides,
  };
}

function annual(
  facts: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { uscc: USCC, year: 2024, facts, actor: ACTOR, ...overrides };
}

function rejected<T>(outcome: ValidationOutcome<T>): ErrorPayload {
  if (outcome.ok) throw new Error('expected the payload to be rejected');
  return outcome.error;
}

function detail(error: ErrorPayload, field: string): ErrorDetail {
  const hit = error.details?.find((d) => d.field === field);
  if (!hit) throw new Error(`no detail for ${field}: ${JSON.stringify(error.details)}`);
  return hit;
}

const CHINESE = /[\u4e00-\u9fff]/;

describe('validatePayload(CreateEnterpriseRequest)', () => {
  it('should accept a minimal request when it has uscc, name, countyCode, industryGroup and actor', () => {
    // Act
    const outcome = validatePayload(CreateEnterpriseRequest, minimalCreate());

    // Assert
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value).toBeInstanceOf(CreateEnterpriseRequest);
    expect(outcome.value).toMatchObject({ uscc: USCC, countyCode: '350404', industryGroup: 'industry' });
    expect(outcome.value.actor.username).toBe('operator');
  });

  it.each([
    ['full-width', '９１３５０１００Ｍ０００１００Ｙ４３'],
    ['lower-case', '91350100m000100y43'],
    ['full-width lower-case with spaces and hyphens', ' ９１３５０１００－ｍ０００１００ｙ４３\u3000'],
  ])('should normalise a %s USCC when validating', (_label, uscc) => {
    // Act
    const outcome = validatePayload(CreateEnterpriseRequest, minimalCreate({ uscc }));

    // Assert
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.uscc).toBe(USCC);
  });

  it.each([
    ['350402', '350404'],
    ['350403', '350404'],
    ['350427', '350405'],
    [' 350481 ', '350481'],
  ])('should map county code %p to %s when validating', (countyCode, expected) => {
    // Act
    const outcome = validatePayload(CreateEnterpriseRequest, minimalCreate({ countyCode }));

    // Assert
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.countyCode).toBe(expected);
  });

  it('should trim the name when validating', () => {
    // Act
    const outcome = validatePayload(CreateEnterpriseRequest, minimalCreate({ name: '  三明示例  ' }));

    // Assert
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value.name).toBe('三明示例');
  });

  it.each([
    ['wrong check character', '91350100M000100Y44', '第18位应为“3”'],
    ['forbidden letter', '91350100M0001O0Y43', '不使用字母'],
    ['wrong length', '91350100M000100Y4', '应为18位'],
    ['empty', '', '缺少必填项'],
  ])('should reject the USCC in Chinese when it has a %s', (_label, uscc, fragment) => {
    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ uscc })));

    // Assert
    expect(error.code).toBe('VALIDATION_FAILED');
    const d = detail(error, 'uscc');
    expect(d.message).toContain('统一社会信用代码');
    expect(d.message).toContain(fragment);
    expect(error.message).toContain(d.message);
  });

  it('should reject a non-string USCC in Chinese when a number is sent', () => {
    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ uscc: 913501 })));

    // Assert
    expect(detail(error, 'uscc').message).toBe('统一社会信用代码应为文本');
  });

  it.each(['350101', '350400', 'abc', 'toString'])(
    'should reject unknown county %p in Chinese',
    (countyCode) => {
      // Act
      const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ countyCode })));

      // Assert
      const d = detail(error, 'countyCode');
      expect(d.message).toContain('未知的县（市、区）代码');
      expect(d.message).toContain('11个县（市、区）');
      expect(d.message).not.toContain('function');
    },
  );

  it.each(['mining', '工业', 'Industry'])(
    'should reject unknown industry group %p in Chinese',
    (industryGroup) => {
      // Act
      const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ industryGroup })));

      // Assert
      const d = detail(error, 'industryGroup');
      expect(d.message).toContain('未知的行业门类');
      expect(d.message).toContain('16个行业');
    },
  );

  it.each([
    ['countyCode', '所属县（市、区）', ''],
    ['industryGroup', '行业门类（划型）', ' '],
    ['name', '企业名称', null],
  ])('should answer only that %s is missing when it is blank or null', (field, label, value) => {
    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ [field]: value })));

    // Assert
    expect(error.details).toEqual([{ field, constraint: 'isDefined', message: `缺少必填项：${label}` }]);
    expect(error.message).toBe(`缺少必填项：${label}`);
  });

  it('should answer one message for an optional field sent blank, not that it is missing', () => {
    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, minimalCreate({ establishedOn: '' })));

    // Assert
    expect(error.details?.map((d) => d.message)).toEqual(['日期无效，应为 YYYY-MM-DD 格式的真实日期']);
  });

  it('should reject an unknown extra field in Chinese when forbidUnknown is the default', () => {
    // Act
    const error = rejected(
      validatePayload(CreateEnterpriseRequest, minimalCreate({ registeredCapital: 100 })),
    );

    // Assert
    const d = detail(error, 'registeredCapital');
    expect(d.constraint).toBe('whitelistValidation');
    expect(d.message).toBe('不允许的字段：registeredCapital');
  });

  it('should strip an unknown extra field when forbidUnknown is false', () => {
    // Act
    const outcome = validatePayload(CreateEnterpriseRequest, minimalCreate({ registeredCapital: 100 }), {
      forbidUnknown: false,
    });

    // Assert
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.value).not.toHaveProperty('registeredCapital');
  });

  it('should reject a name longer than 100 characters in Chinese', () => {
    // Act
    const error = rejected(
      validatePayload(CreateEnterpriseRequest, minimalCreate({ name: '企'.repeat(101) })),
    );

    // Assert
    expect(detail(error, 'name').message).toBe('企业名称不能超过100个字符');
  });

  it('should reject a request without actor when the actor is required', () => {
    // Arrange
    const payload = minimalCreate();
    delete payload['actor'];

    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, payload));

    // Assert
    expect(detail(error, 'actor').message).toBe('缺少必填项：操作人');
  });

  it('should reject an actor with an unknown county in Chinese when nested', () => {
    // Act
    const error = rejected(
      validatePayload(CreateEnterpriseRequest, minimalCreate({ actor: { ...ACTOR, countyCode: '110101' } })),
    );

    // Assert
    expect(detail(error, 'actor.countyCode').message).toContain('未知的县（市、区）代码“110101”');
  });

  it('should list every problem with Chinese messages when several fields are wrong', () => {
    // Act
    const error = rejected(
      validatePayload(
        CreateEnterpriseRequest,
        minimalCreate({ uscc: 'x', countyCode: '1', industryGroup: 'y', name: '' }),
      ),
    );

    // Assert
    expect(error.details?.map((d) => d.field).sort()).toEqual([
      'countyCode',
      'industryGroup',
      'name',
      'uscc',
    ]);
    for (const d of error.details ?? []) expect(d.message).toMatch(CHINESE);
    // The absent name first, then the other three problems, each once.
    expect(error.message.startsWith('缺少必填项：企业名称；')).toBe(true);
    for (const d of error.details ?? []) expect(error.message).toContain(d.message.replace('缺少必填项：', ''));
    expect(error.message).not.toContain('等');
  });

  it.each<[string, unknown]>([
    ['a string', 'registry'],
    ['null', null],
    ['an array', [minimalCreate()]],
    ['a number', 42],
    ['undefined', undefined],
    ['a boolean', true],
  ])('should answer MALFORMED_REQUEST when the payload is %s', (_label, payload) => {
    // Act
    const error = rejected(validatePayload(CreateEnterpriseRequest, payload));

    // Assert
    expect(error).toEqual({ code: 'MALFORMED_REQUEST', message: '请求内容应为 JSON 对象' });
  });
});

describe('validatePayload(SubmitAnnualDataRequest)', () => {
  it('should accept annual facts when every amount is a non-negative integer in 分', () => {
    // Act
    const outcome = validatePayload(
      SubmitAnnualDataRequest,
      annual({
        employees: 120,
        rdStaff: 12,
        operatingRevenue: 5_000_000_000,
        netProfit: -1_000_00,
        ip: { class1Total: 3 },
      }),
    );

    // Assert
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.facts).toBeInstanceOf(AnnualFacts);
    expect(outcome.value.facts.netProfit).toBe(-100_000);
  });

  it.each([
    'operatingRevenue',
    'mainBusinessRevenue',
    'rdExpense',
    'totalAssets',
    'totalLiabilities',
    'equityFinancing',
  ])('should reject a negative %s in Chinese', (field) => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ [field]: -1 })));

    // Assert
    const d = detail(error, `facts.${field}`);
    expect(d.constraint).toBe('min');
    expect(d.message).toMatch(/不能为负数$/);
    expect(d.message).toMatch(CHINESE);
  });

  it('should name 营业收入 when the revenue is negative', () => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ operatingRevenue: -100 })));

    // Assert
    expect(detail(error, 'facts.operatingRevenue').message).toBe('营业收入不能为负数');
  });

  it.each([12.5, 0.1, 1e-3])('should reject non-integer money %p in Chinese', (value) => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ operatingRevenue: value })));

    // Assert
    const d = detail(error, 'facts.operatingRevenue');
    expect(d.constraint).toBe('isInt');
    expect(d.message).toBe('营业收入应为整数');
  });

  it('should reject money sent as text when a number is required', () => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ operatingRevenue: '5000' })));

    // Assert
    const messages = error.details?.filter((d) => d.field === 'facts.operatingRevenue').map((d) => d.message);
    expect(messages).toContain('营业收入应为整数');
  });

  it('should reject money above Number.MAX_SAFE_INTEGER when validating', () => {
    // Act
    const error = rejected(
      validatePayload(SubmitAnnualDataRequest, annual({ totalAssets: Number.MAX_SAFE_INTEGER + 2 })),
    );

    // Assert
    expect(detail(error, 'facts.totalAssets').message).toContain('资产总额');
  });

  it('should reject a negative employee count in Chinese', () => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ employees: -3 })));

    // Assert
    expect(detail(error, 'facts.employees').message).toBe('从业人员数不能为负数');
  });

  it('should reject an unknown field inside facts when forbidUnknown is the default', () => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ profitMargin: 3 })));

    // Assert
    const d = detail(error, 'facts.profitMargin');
    expect(d.message).toBe('不允许的字段：facts.profitMargin');
  });

  it('should reject a missing facts object in Chinese when submitting', () => {
    // Arrange
    const payload = annual({});
    delete payload['facts'];

    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, payload));

    // Assert
    expect(detail(error, 'facts').message).toBe('缺少必填项：年度数据');
  });

  it.each([1999, 2101, 2024.5])(
    'should reject year %p in Chinese when outside 2000–2100 or not an integer',
    (year) => {
      // Act
      const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ employees: 1 }, { year })));

      // Assert
      expect(detail(error, 'year').message).toMatch(/^数据年度/);
    },
  );

  it.each([
    ['class1Total', 'Ⅰ类知识产权数不能为负数'],
    ['class2Total', 'Ⅱ类知识产权数不能为负数'],
  ])('should reject a negative ip.%s in Chinese when the field name contains a digit', (key, message) => {
    // Act
    const error = rejected(validatePayload(SubmitAnnualDataRequest, annual({ ip: { [key]: -1 } })));

    // Assert
    expect(detail(error, `facts.ip.${key}`).message).toBe(message);
  });

  it('should quote the limit, not a digit of the field name, when digitalLevel is out of range', () => {
    // Act
    const low = rejected(validatePayload(SubmitAnnualDataRequest, annual({ digitalLevel: 0 })));
    const high = rejected(validatePayload(SubmitAnnualDataRequest, annual({ digitalLevel: 5 })));

    // Assert
    expect(detail(low, 'facts.digitalLevel').message).toBe('数字化水平等级不能小于1');
    expect(detail(high, 'facts.digitalLevel').message).toBe('数字化水平等级不能大于4');
  });
});

describe('required nested objects', () => {
  it.each<[string, new () => object, Record<string, unknown>, string, string]>([
    [
      'registry.enterprise.update without patch',
      UpdateEnterpriseRequest,
      { uscc: USCC, actor: ACTOR },
      'patch',
      '缺少必填项：修改内容',
    ],
    [
      'registry.enterprise.update without actor',
      UpdateEnterpriseRequest,
      { uscc: USCC, patch: {} },
      'actor',
      '缺少必填项：操作人',
    ],
    [
      'registry.import.get without actor',
      ImportRefRequest,
      { importId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
      'actor',
      '缺少必填项：操作人',
    ],
    ['registry.import.list without actor', ListImportsRequest, {}, 'actor', '缺少必填项：操作人'],
    [
      'registry.enterprise.registered without enterprise',
      EnterpriseRegisteredEvent,
      { admittedAt: '2025-01-01T00:00:00Z' },
      'enterprise',
      '缺少必填项：企业',
    ],
  ])('should reject %s in Chinese', (_label, cls, payload, field, message) => {
    // Act
    const error = rejected(validatePayload(cls, payload));

    // Assert
    expect(detail(error, field).message).toBe(message);
  });
});

describe('checkAnnualFactsConsistency', () => {
  function facts(plain: Partial<AnnualFacts>): AnnualFacts {
    return Object.assign(new AnnualFacts(), plain);
  }

  it('should return no finding when the facts are consistent', () => {
    // Act
    const findings = checkAnnualFactsConsistency(
      facts({
        employees: 100,
        rdStaff: 100,
        operatingRevenue: 1000,
        mainBusinessRevenue: 1000,
        ip: {
          class1Total: 3,
          class1SelfDeveloped: 3,
          class1HighValue: 0,
          class1Applied: 2,
          class1OwnFirstThree: 3,
        },
      }),
    );

    // Assert
    expect(findings).toEqual([]);
  });

  it('should return no finding when the facts to compare are missing', () => {
    // Act / Assert
    expect(checkAnnualFactsConsistency(facts({}))).toEqual([]);
    expect(checkAnnualFactsConsistency(facts({ rdStaff: 10 }))).toEqual([]);
    expect(checkAnnualFactsConsistency(facts({ mainBusinessRevenue: 10 }))).toEqual([]);
    expect(checkAnnualFactsConsistency(facts({ ip: { class1SelfDeveloped: 5 } }))).toEqual([]);
  });

  it('should flag rdStaff when it is larger than employees', () => {
    // Act
    const findings = checkAnnualFactsConsistency(facts({ employees: 10, rdStaff: 11 }));

    // Assert
    expect(findings).toEqual([{ field: 'rdStaff', message: '研发人员数（11）不能多于从业人员数（10）' }]);
  });

  it('should flag mainBusinessRevenue when it is larger than operatingRevenue', () => {
    // Act
    const findings = checkAnnualFactsConsistency(
      facts({ operatingRevenue: 1000, mainBusinessRevenue: 1001 }),
    );

    // Assert
    expect(findings).toEqual([{ field: 'mainBusinessRevenue', message: '主营业务收入不能大于营业收入' }]);
  });

  it.each(['class1SelfDeveloped', 'class1HighValue', 'class1Applied', 'class1OwnFirstThree'] as const)(
    'should flag ip.%s when it is larger than the Class I total',
    (key) => {
      // Act
      const findings = checkAnnualFactsConsistency(facts({ ip: { class1Total: 2, [key]: 3 } }));

      // Assert
      expect(findings).toHaveLength(1);
      expect(findings[0]!.field).toBe(`ip.${key}`);
      expect(findings[0]!.message).toContain('（3）不能多于Ⅰ类知识产权总数（2）');
    },
  );

  it('should report every inconsistency when several are present', () => {
    // Act
    const findings = checkAnnualFactsConsistency(
      facts({
        employees: 1,
        rdStaff: 2,
        operatingRevenue: 1,
        mainBusinessRevenue: 2,
        ip: {
          class1Total: 0,
          class1SelfDeveloped: 1,
          class1HighValue: 1,
          class1Applied: 1,
          class1OwnFirstThree: 1,
        },
      }),
    );

    // Assert
    expect(findings.map((f) => f.field)).toEqual([
      'rdStaff',
      'mainBusinessRevenue',
      'ip.class1SelfDeveloped',
      'ip.class1HighValue',
      'ip.class1Applied',
      'ip.class1OwnFirstThree',
    ]);
    for (const f of findings) expect(f.message).toMatch(CHINESE);
  });

  it("should check a validated request's facts when used after validatePayload", () => {
    // Arrange
    const outcome = validatePayload(SubmitAnnualDataRequest, annual({ employees: 5, rdStaff: 6 }));
    if (!outcome.ok) throw new Error('expected a valid request');

    // Act
    const findings = checkAnnualFactsConsistency(outcome.value.facts);

    // Assert
    expect(findings.map((f) => f.field)).toEqual(['rdStaff']);
  });
});

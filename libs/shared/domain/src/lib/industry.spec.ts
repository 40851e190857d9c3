import {
  INDUSTRY_CHAINS,
  INDUSTRY_CHAIN_CODES,
  INDUSTRY_GROUPS,
  INDUSTRY_GROUP_LABELS,
  isIndustryGroup,
  resolveIndustryChain,
  resolveIndustryGroup,
} from './industry';

/** 《中小企业划型标准规定》第四条 items (一)–(十六), in the order of the text (rules.md §2). */
const EXPECTED_GROUPS: readonly [string, string, string][] = [
  ['agriculture', '农、林、牧、渔业', '（一）'],
  ['industry', '工业', '（二）'],
  ['construction', '建筑业', '（三）'],
  ['wholesale', '批发业', '（四）'],
  ['retail', '零售业', '（五）'],
  ['transport', '交通运输业', '（六）'],
  ['warehousing', '仓储业', '（七）'],
  ['postal', '邮政业', '（八）'],
  ['accommodation', '住宿业', '（九）'],
  ['catering', '餐饮业', '（十）'],
  ['information-transmission', '信息传输业', '（十一）'],
  ['software-it', '软件和信息技术服务业', '（十二）'],
  ['real-estate', '房地产开发经营', '（十三）'],
  ['property-management', '物业管理', '（十四）'],
  ['leasing-business', '租赁和商务服务业', '（十五）'],
  ['other', '其他未列明行业', '（十六）'],
];

describe('INDUSTRY_GROUPS', () => {
  it('should list the 16 keys in the order of the text when read', () => {
    // Act / Assert
    expect(INDUSTRY_GROUPS).toHaveLength(16);
    expect([...INDUSTRY_GROUPS]).toEqual(EXPECTED_GROUPS.map(([key]) => key));
  });

  it('should label every group with its Chinese name and item number when read', () => {
    // Act
    const labels = INDUSTRY_GROUPS.map((g) => [
      g,
      INDUSTRY_GROUP_LABELS[g].zh,
      INDUSTRY_GROUP_LABELS[g].item,
    ]);

    // Assert
    expect(labels).toEqual(EXPECTED_GROUPS);
    expect(Object.keys(INDUSTRY_GROUP_LABELS).sort()).toEqual([...INDUSTRY_GROUPS].sort());
    for (const g of INDUSTRY_GROUPS) expect(INDUSTRY_GROUP_LABELS[g].en.length).toBeGreaterThan(0);
  });
});

describe('isIndustryGroup', () => {
  it.each([...INDUSTRY_GROUPS])('should accept %s when it is a key', (key) => {
    // Act / Assert
    expect(isIndustryGroup(key)).toBe(true);
  });

  it.each<unknown>(['Industry', '工业', '', 'toString', 2, null, undefined, {}])(
    'should reject %p when it is not a key',
    (value) => {
      // Act / Assert
      expect(isIndustryGroup(value)).toBe(false);
    },
  );
});

describe('resolveIndustryGroup', () => {
  it.each(EXPECTED_GROUPS)('should resolve %s by key and by its Chinese label %s', (key, zh) => {
    // Act / Assert
    expect(resolveIndustryGroup(key)).toBe(key);
    expect(resolveIndustryGroup(zh)).toBe(key);
    expect(resolveIndustryGroup(` ${zh}\t`)).toBe(key);
  });

  it.each(['制造业', '工业企业', '农业', 'INDUSTRY', '', 'toString', '（二）'])(
    'should return undefined when %p is neither a key nor a label',
    (input) => {
      // Act / Assert
      expect(resolveIndustryGroup(input)).toBeUndefined();
    },
  );
});

describe('industry chains', () => {
  it('should have unique codes and labels when read', () => {
    // Act
    const codes = INDUSTRY_CHAINS.map((c) => c.code);
    const labels = INDUSTRY_CHAINS.map((c) => c.zh);

    // Assert
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(labels).size).toBe(labels.length);
    expect([...INDUSTRY_CHAIN_CODES]).toEqual(codes);
  });

  it("should include the plan's leading and emerging industries when read (rules.md §6.2)", () => {
    // Act
    const labels = INDUSTRY_CHAINS.map((c) => c.zh);

    // Assert
    expect(labels).toEqual(expect.arrayContaining(['钢铁与装备制造', '新材料', '石墨（烯）', '生物医药']));
  });

  it.each(INDUSTRY_CHAINS.map((c) => [c.code, c.zh] as const))(
    'should resolve chain %s by code and by label %s',
    (code, zh) => {
      // Act / Assert
      expect(resolveIndustryChain(code)).toBe(code);
      expect(resolveIndustryChain(zh)).toBe(code);
      expect(resolveIndustryChain(`  ${zh} `)).toBe(code);
    },
  );

  it.each(['石墨烯', '石墨(烯)', '石墨（烯）'])(
    'should resolve %p to graphite-graphene when brackets differ or are absent',
    (input) => {
      // Act / Assert
      expect(resolveIndustryChain(input)).toBe('graphite-graphene');
    },
  );

  it.each(['钢铁', '装备制造', 'unknown', ''])('should return undefined when %p is not a chain', (input) => {
    // Act / Assert
    expect(resolveIndustryChain(input)).toBeUndefined();
  });
});

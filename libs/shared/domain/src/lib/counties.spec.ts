import {
  COUNTIES,
  COUNTY_CODES,
  LEGACY_COUNTY_CODES,
  SANMING_CITY_CODE,
  findCounty,
  resolveCounty,
  resolveCountyCode,
} from './counties';

/** rules.md §6.1, transcribed again: code → name, English name, kind. */
const EXPECTED_COUNTIES: readonly [string, string, string, '区' | '市' | '县'][] = [
  ['350404', '三元区', 'Sanyuan', '区'],
  ['350405', '沙县区', 'Shaxian', '区'],
  ['350481', '永安市', "Yong'an", '市'],
  ['350421', '明溪县', 'Mingxi', '县'],
  ['350423', '清流县', 'Qingliu', '县'],
  ['350424', '宁化县', 'Ninghua', '县'],
  ['350425', '大田县', 'Datian', '县'],
  ['350426', '尤溪县', 'Youxi', '县'],
  ['350428', '将乐县', 'Jiangle', '县'],
  ['350429', '泰宁县', 'Taining', '县'],
  ['350430', '建宁县', 'Jianning', '县'],
];

describe('COUNTIES', () => {
  it('should list exactly the 11 county-level units of Sanming when read', () => {
    // Arrange / Act
    const codes = COUNTIES.map((c) => c.code);

    // Assert
    expect(COUNTIES).toHaveLength(11);
    expect(new Set(codes).size).toBe(11);
    expect([...COUNTY_CODES]).toEqual(codes);
    expect(COUNTIES.map((c) => [c.code, c.name, c.nameEn, c.kind])).toEqual(EXPECTED_COUNTIES);
  });

  it('should have 2 districts, 1 county-level city and 8 counties when counted by kind', () => {
    // Act
    const count = (kind: string): number => COUNTIES.filter((c) => c.kind === kind).length;

    // Assert
    expect([count('区'), count('市'), count('县')]).toEqual([2, 1, 8]);
  });

  it('should place every county under the city code 3504 when checking the prefix', () => {
    // Act / Assert
    expect(SANMING_CITY_CODE).toBe('350400');
    for (const c of COUNTIES) expect(c.code.startsWith('3504')).toBe(true);
    expect(COUNTY_CODES).not.toContain(SANMING_CITY_CODE);
  });

  it('should not list the pre-2021 codes as current counties when the 2021 adjustment applies', () => {
    // Act / Assert
    for (const legacy of ['350402', '350403', '350427']) {
      expect(COUNTY_CODES).not.toContain(legacy);
      expect(findCounty(legacy)).toBeUndefined();
    }
  });
});

describe('resolveCountyCode', () => {
  it.each([
    ['350402', '350404'],
    ['350403', '350404'],
    ['350427', '350405'],
  ])('should map legacy code %s to %s when the code predates the 2021 adjustment', (legacy, current) => {
    // Act / Assert
    expect(resolveCountyCode(legacy)).toBe(current);
    expect(LEGACY_COUNTY_CODES[legacy]).toBe(current);
  });

  it('should have exactly three legacy mappings when read', () => {
    // Act / Assert
    expect(LEGACY_COUNTY_CODES).toEqual({ '350402': '350404', '350403': '350404', '350427': '350405' });
  });

  it.each(EXPECTED_COUNTIES.map(([code]) => code))(
    'should return current code %s unchanged when resolving',
    (code) => {
      // Act / Assert
      expect(resolveCountyCode(code)).toBe(code);
    },
  );

  it('should trim surrounding spaces when resolving a code', () => {
    // Act / Assert
    expect(resolveCountyCode(' 350481 ')).toBe('350481');
    expect(resolveCountyCode(' 350427\t')).toBe('350405');
  });

  it.each(['350400', '350100', '350422', '3504', '', 'abc'])(
    'should return undefined when %p is not a Sanming county',
    (code) => {
      // Act / Assert
      expect(resolveCountyCode(code)).toBeUndefined();
    },
  );

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'should return undefined when %p names an Object.prototype member',
    (code) => {
      // Act / Assert
      expect(resolveCountyCode(code)).toBeUndefined();
    },
  );
});

describe('resolveCounty', () => {
  it.each(EXPECTED_COUNTIES)(
    'should resolve %s by code, name, short name and English name when %s is given',
    (code, name, nameEn) => {
      // Arrange
      const shortName = name.slice(0, -1);

      // Act / Assert
      expect(resolveCounty(code)?.code).toBe(code);
      expect(resolveCounty(name)?.code).toBe(code);
      expect(resolveCounty(shortName)?.code).toBe(code);
      expect(resolveCounty(nameEn)?.code).toBe(code);
      expect(resolveCounty(nameEn.toLowerCase())?.code).toBe(code);
      expect(resolveCounty(nameEn.toUpperCase())?.code).toBe(code);
    },
  );

  it.each([
    ['三元', '350404'],
    ['永安', '350481'],
    ['沙县', '350405'],
    [' 大田县 ', '350425'],
    ['350402', '350404'],
    ['350427', '350405'],
  ])('should resolve %p to %s when given a short name, padded name or legacy code', (input, code) => {
    // Act / Assert
    expect(resolveCounty(input)?.code).toBe(code);
  });

  it.each(['三明市', '三明', '梅列区', '福州市', '', '区', 'toString', 'Yongan-x'])(
    'should return undefined when %p is not a current county',
    (input) => {
      // Act / Assert
      expect(resolveCounty(input)).toBeUndefined();
    },
  );
});

/**
 * Sanming's 11 county-level units (GB/T 2260), after the 2021 adjustment
 * (撤销梅列区、三元区，设立新的三元区；撤销沙县，设立沙县区). Source: rules.md §6.1.
 */
export interface County {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly kind: '区' | '市' | '县';
}

export const SANMING_CITY_CODE = '350400';

export const COUNTIES: readonly County[] = [
  { code: '350404', name: '三元区', nameEn: 'Sanyuan', kind: '区' },
  { code: '350405', name: '沙县区', nameEn: 'Shaxian', kind: '区' },
  { code: '350481', name: '永安市', nameEn: "Yong'an", kind: '市' },
  { code: '350421', name: '明溪县', nameEn: 'Mingxi', kind: '县' },
  { code: '350423', name: '清流县', nameEn: 'Qingliu', kind: '县' },
  { code: '350424', name: '宁化县', nameEn: 'Ninghua', kind: '县' },
  { code: '350425', name: '大田县', nameEn: 'Datian', kind: '县' },
  { code: '350426', name: '尤溪县', nameEn: 'Youxi', kind: '县' },
  { code: '350428', name: '将乐县', nameEn: 'Jiangle', kind: '县' },
  { code: '350429', name: '泰宁县', nameEn: 'Taining', kind: '县' },
  { code: '350430', name: '建宁县', nameEn: 'Jianning', kind: '县' },
];

export const COUNTY_CODES: readonly string[] = COUNTIES.map((c) => c.code);

/**
 * Codes that existed before 2021 and still appear in USCC positions 3–8 (USCCs are not re-issued).
 * 350402 梅列区 and 350403 (old) 三元区 → new 三元区; 350427 沙县 → 沙县区.
 */
export const LEGACY_COUNTY_CODES: Readonly<Record<string, string>> = {
  '350402': '350404',
  '350403': '350404',
  '350427': '350405',
};

export function findCounty(code: string): County | undefined {
  return COUNTIES.find((c) => c.code === code);
}

/** Current county for a code, mapping legacy codes; undefined when the code is not a Sanming county. */
export function resolveCountyCode(code: string): string | undefined {
  const trimmed = code.trim();
  if (COUNTY_CODES.includes(trimmed)) return trimmed;
  // Own keys only: "toString", "constructor", "__proto__" must not reach Object.prototype.
  return Object.hasOwn(LEGACY_COUNTY_CODES, trimmed) ? LEGACY_COUNTY_CODES[trimmed] : undefined;
}

/** Accepts a code (current or legacy) or a Chinese name such as "三元区" / "永安". */
export function resolveCounty(input: string): County | undefined {
  const value = input.trim();
  const byCode = resolveCountyCode(value);
  if (byCode) return findCounty(byCode);
  return COUNTIES.find((c) => c.name === value || c.name.slice(0, -1) === value || c.nameEn.toLowerCase() === value.toLowerCase());
}

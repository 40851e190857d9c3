/**
 * The Excel template of the pool (导入模板): one row = one enterprise and, optionally, one year of annual
 * data. The same columns are used for export. Amounts are entered in 万元 and stored as integer 分.
 */
export type ImportColumnKind =
  | 'uscc'
  | 'text'
  | 'county'
  | 'industry-group'
  | 'chains'
  | 'date'
  | 'year'
  | 'int'
  | 'money-wan'
  | 'percent-bp'
  | 'yes-no'
  | 'rd-level';

export interface ImportColumn {
  readonly header: string;
  /** Dotted target: `enterprise.<field>`, `contact.<field>` or `annual.<path>`; `year` for the data year. */
  readonly target: string;
  readonly kind: ImportColumnKind;
  readonly required?: boolean;
  readonly width?: number;
  readonly note?: string;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { header: '统一社会信用代码', target: 'enterprise.uscc', kind: 'uscc', required: true, width: 24 },
  { header: '企业名称', target: 'enterprise.name', kind: 'text', required: true, width: 32 },
  { header: '所属县（市、区）', target: 'enterprise.countyCode', kind: 'county', required: true, width: 14, note: '名称或六位代码' },
  { header: '行业门类', target: 'enterprise.industryGroup', kind: 'industry-group', required: true, width: 16, note: '如“工业”' },
  { header: '所属产业链', target: 'enterprise.chains', kind: 'chains', width: 20, note: '多个用“、”分隔' },
  { header: '主导产品', target: 'enterprise.mainProduct', kind: 'text', width: 20 },
  { header: '法定代表人', target: 'enterprise.legalRepresentative', kind: 'text', width: 12 },
  { header: '成立日期', target: 'enterprise.establishedOn', kind: 'date', width: 12 },
  { header: '注册地址', target: 'enterprise.address', kind: 'text', width: 30 },
  { header: '联系人', target: 'contact.name', kind: 'text', width: 10 },
  { header: '联系电话', target: 'contact.phone', kind: 'text', width: 14 },
  { header: '数据年度', target: 'year', kind: 'year', width: 10, note: '填写后，以下年度数据一并导入' },
  { header: '从业人员数（人）', target: 'annual.employees', kind: 'int', width: 12 },
  { header: '研发人员数（人）', target: 'annual.rdStaff', kind: 'int', width: 12 },
  { header: '营业收入（万元）', target: 'annual.operatingRevenue', kind: 'money-wan', width: 14 },
  { header: '主营业务收入（万元）', target: 'annual.mainBusinessRevenue', kind: 'money-wan', width: 14 },
  { header: '研发费用（万元）', target: 'annual.rdExpense', kind: 'money-wan', width: 14 },
  { header: '资产总额（万元）', target: 'annual.totalAssets', kind: 'money-wan', width: 14 },
  { header: '负债总额（万元）', target: 'annual.totalLiabilities', kind: 'money-wan', width: 14 },
  { header: '净利润（万元）', target: 'annual.netProfit', kind: 'money-wan', width: 14 },
  { header: '新增股权融资额（万元）', target: 'annual.equityFinancing', kind: 'money-wan', width: 14 },
  { header: 'Ⅰ类知识产权数', target: 'annual.ip.class1Total', kind: 'int', width: 12 },
  { header: '自主研发Ⅰ类知识产权数', target: 'annual.ip.class1SelfDeveloped', kind: 'int', width: 12 },
  { header: 'Ⅰ类高价值知识产权数', target: 'annual.ip.class1HighValue', kind: 'int', width: 12 },
  { header: 'Ⅱ类知识产权数', target: 'annual.ip.class2Total', kind: 'int', width: 12 },
  { header: '研发机构级别', target: 'annual.rdInstitutionLevel', kind: 'rd-level', width: 12, note: '国家级/省级/市级/市级以下/无' },
  { header: '数字化水平等级', target: 'annual.digitalLevel', kind: 'int', width: 10, note: '1–4' },
  { header: '细分市场年限（年）', target: 'annual.nicheMarketYears', kind: 'int', width: 10 },
  { header: '细分市场占有率（%）', target: 'annual.marketShareBp', kind: 'percent-bp', width: 10 },
  { header: '高新技术企业', target: 'annual.honours.highTechEnterprise', kind: 'yes-no', width: 10, note: '是/否' },
  { header: '主导产品属于战略性新兴产业', target: 'annual.strategicEmergingProduct', kind: 'yes-no', width: 12, note: '是/否' },
];

export const RD_LEVEL_LABELS: Readonly<Record<string, string>> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  'below-city': '市级以下',
  none: '无',
};

/** Normalise a header cell: trim and drop a trailing required-marker asterisk. */
export function normalizeHeader(header: string): string {
  return header.trim().replace(/[*＊]$/, '').trim();
}

/** Required template headers missing from a sheet's header row (extra columns are ignored). */
export function missingTemplateHeaders(headers: readonly string[]): string[] {
  const present = new Set(headers.map(normalizeHeader));
  return IMPORT_COLUMNS.filter((c) => c.required && !present.has(c.header)).map((c) => c.header);
}

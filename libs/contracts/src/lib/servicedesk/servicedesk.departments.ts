// The desks an appeal can be routed to (政企直通车): the city departments named as 责任单位 in the plan
// (三明市优质中小企业梯度培育行动方案（2022—2025年）, rules.md §8) and the eleven county governments. Dated data:
// a department renamed or merged gets `until` and a successor, never an edit of its code.

export interface ServiceDepartment {
  /** Stable code: `gxj`, `czj`, …; `county-<GB/T 2260>` for a county government. */
  readonly code: string;
  /** The name as accounts carry it (the gateway matches an account's department to it). */
  readonly name: string;
  readonly short: string;
  readonly kind: 'city-department' | 'county-government';
  /** A county government's county. */
  readonly countyCode?: string;
  readonly since: string;
  readonly until?: string;
  /** Where it is named. */
  readonly source: string;
}

const PLAN = '三明市优质中小企业梯度培育行动方案（2022—2025年）责任单位';
const city = (code: string, name: string, short: string): ServiceDepartment => ({ code, name, short, kind: 'city-department', since: '2022-01-01', source: PLAN });
const county = (countyCode: string, name: string): ServiceDepartment => ({
  code: `county-${countyCode}`,
  name: `${name}人民政府`,
  short: name,
  kind: 'county-government',
  countyCode,
  since: '2022-01-01',
  source: `${PLAN}（各县（市、区）人民政府）`,
});

export const SERVICE_DEPARTMENTS: readonly ServiceDepartment[] = [
  city('gxj', '三明市工业和信息化局', '市工信局'),
  city('czj', '三明市财政局', '市财政局'),
  city('kjj', '三明市科学技术局', '市科技局'),
  city('rsj', '三明市人力资源和社会保障局', '市人社局'),
  city('rcb', '中共三明市委人才工作领导小组办公室', '市委人才办'),
  city('swj', '三明市商务局', '市商务局'),
  city('jrj', '三明市金融监管局', '市金融监管局'),
  city('zrzyj', '三明市自然资源局', '市自然资源局'),
  city('scjgj', '三明市市场监督管理局', '市市场监管局'),
  city('zjj', '三明市住房和城乡建设局', '市住建局'),
  city('sthjj', '三明市生态环境局', '市生态环境局'),
  city('jyj', '三明市教育局', '市教育局'),
  city('ybj', '国家金融监督管理总局三明监管分局', '三明金融监管分局'),
  county('350404', '三元区'),
  county('350405', '沙县区'),
  county('350481', '永安市'),
  county('350421', '明溪县'),
  county('350423', '清流县'),
  county('350424', '宁化县'),
  county('350425', '大田县'),
  county('350426', '尤溪县'),
  county('350428', '将乐县'),
  county('350429', '泰宁县'),
  county('350430', '建宁县'),
];

export const SERVICE_DEPARTMENT_CODES: readonly string[] = SERVICE_DEPARTMENTS.map((d) => d.code);

export function findServiceDepartment(code: string): ServiceDepartment | undefined {
  return SERVICE_DEPARTMENTS.find((d) => d.code === code);
}

/** The desk of an account's department (by its full or short name), or undefined. */
export function serviceDepartmentOfName(name: string | null | undefined): ServiceDepartment | undefined {
  if (!name) return undefined;
  return SERVICE_DEPARTMENTS.find((d) => d.name === name || d.short === name);
}

/** 诉求类别 (S-58 “困难诉求”). */
export const APPEAL_CATEGORIES = ['finance', 'land', 'talent', 'market', 'policy', 'payment-arrears', 'other'] as const;
export type AppealCategory = (typeof APPEAL_CATEGORIES)[number];
export const APPEAL_CATEGORY_ZH: Readonly<Record<AppealCategory, string>> = {
  finance: '融资',
  land: '用地',
  talent: '人才',
  market: '市场开拓',
  policy: '政策兑现',
  'payment-arrears': '账款拖欠',
  other: '其他',
};

export const APPEAL_STATUSES = ['submitted', 'routed', 'acknowledged', 'answered', 'resolved', 'closed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_ZH: Readonly<Record<AppealStatus, string>> = {
  submitted: '待分拨',
  routed: '待签收',
  acknowledged: '办理中',
  answered: '已答复',
  resolved: '已办结（待评价）',
  closed: '已评价',
};

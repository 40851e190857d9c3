import type { Role } from '@ladder/shared-permissions';

/** One demo account per role (fictional people); their password is DEMO_PASSWORD (default Ladder@2026). */
export interface DemoAccount {
  readonly username: string;
  readonly displayName: string;
  readonly department: string;
  readonly roles: readonly Role[];
  readonly countyCode?: string;
}

export const DEMO_PASSWORD_DEFAULT = 'Ladder@2026';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'gxj', displayName: '王工信', department: '三明市工业和信息化局', roles: ['gxj-operator'] },
  { username: 'gxjsh', displayName: '陈审核', department: '三明市工业和信息化局', roles: ['gxj-approver'] },
  { username: 'sanyuan', displayName: '林三元', department: '三元区工业和信息化局', roles: ['county-operator'], countyCode: '350404' },
  { username: 'sanyuansh', displayName: '黄三审', department: '三元区工业和信息化局', roles: ['county-approver'], countyCode: '350404' },
  { username: 'yongan', displayName: '吴永安', department: '永安市工业和信息化局', roles: ['county-operator'], countyCode: '350481' },
  { username: 'czj', displayName: '刘财政', department: '三明市财政局', roles: ['finance-officer'] },
  { username: 'czjsh', displayName: '郑财审', department: '三明市财政局', roles: ['finance-approver'] },
  { username: 'jrj', displayName: '何金融', department: '三明市金融监管局', roles: ['guarantee-officer'] },
  { username: 'dbjg', displayName: '邱担保', department: '三明市融资担保有限公司（示例）', roles: ['guarantor-officer'] },
  { username: 'dbsp', displayName: '罗审批', department: '三明市融资担保有限公司（示例）', roles: ['guarantor-approver'] },
  { username: 'yh', displayName: '钟银行', department: '三明示例农村商业银行', roles: ['bank-officer'] },
  { username: 'rcb', displayName: '许人才', department: '中共三明市委人才办', roles: ['talent-officer'] },
  { username: 'swj', displayName: '杨商务', department: '三明市商务局', roles: ['commerce-officer'] },
  // 政企直通车承办人: one per department that demo appeals go to (the account's department names its desk).
  { username: 'jrjcb', displayName: '周承办', department: '三明市金融监管局', roles: ['dept-handler'] },
  { username: 'zrzyjcb', displayName: '钱承办', department: '三明市自然资源局', roles: ['dept-handler'] },
  { username: 'rsjcb', displayName: '孙承办', department: '三明市人力资源和社会保障局', roles: ['dept-handler'] },
  { username: 'sanyuanzf', displayName: '李承办', department: '三元区人民政府', roles: ['dept-handler'] },
  { username: 'sysadmin', displayName: '系统管理员', department: '三明市工业和信息化局', roles: ['sys-admin'] },
  { username: 'secadmin', displayName: '安全管理员', department: '三明市工业和信息化局', roles: ['security-admin'] },
  { username: 'auditor', displayName: '审计管理员', department: '三明市工业和信息化局', roles: ['audit-admin'] },
];

import { completeUscc } from '@ladder/shared-domain';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '@ladder/contracts';

const ORG_SPACE = 31 ** 7;
let counter = Math.floor(Math.random() * (ORG_SPACE - 10_000_000));

/** A valid USCC, unique within the test process, registered in the given division. */
export function makeUscc(division = '350404'): string {
  counter++;
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let n = counter;
  let body = '';
  for (let i = 0; i < 7; i++) {
    body += alphabet.charAt(n % 31);
    n = Math.floor(n / 31);
  }
  return completeUscc(`91${division}MA${body}`);
}

export interface EnterpriseInput {
  uscc: string;
  name: string;
  countyCode: string;
  industryGroup: string;
  [key: string]: unknown;
}

/**
 * A test enterprise. Its default name carries the USCC's last six characters as digits (two per character, so it stays
 * unique): letters in a name would read as English to the console's page audit and fail a browser test at random.
 */
export function makeEnterprise(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  const uscc = overrides.uscc ?? makeUscc(overrides.countyCode ?? '350404');
  const digits = [...uscc.slice(-6)].map((c) => String(c.charCodeAt(0) % 100).padStart(2, '0')).join('');
  return { uscc, name: `测试企业${digits}有限公司`, countyCode: '350404', industryGroup: 'industry', ...overrides };
}

/** An .xlsx in the import template's layout; rows are header → value. */
export async function makeImportWorkbook(rows: Record<string, string | number | null>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('企业培育库');
  sheet.addRow(IMPORT_COLUMNS.map((c) => (c.required ? `${c.header}*` : c.header)));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.header] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function importRow(e: EnterpriseInput, year?: number, revenueWan?: number): Record<string, string | number | null> {
  return {
    统一社会信用代码: e.uscc,
    企业名称: e.name,
    '所属县（市、区）': e.countyCode,
    行业门类: '工业',
    ...(year ? { 数据年度: year, '从业人员数（人）': 50, '营业收入（万元）': revenueWan ?? 800 } : {}),
  };
}

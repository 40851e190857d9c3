import { ContractDateBody, PROCUREMENT_IMPORT_COLUMNS, RecordContractBody, RecordPaymentBody, validatePayload } from '@ladder/contracts';
import type { ProcurementImportColumn, ProcurementImportKind } from '@ladder/contracts';
import { normalizeUscc, resolveCounty, toFen } from '@ladder/shared-domain';

export type Cell = string | number | boolean | null;

export type ParsedProcurementRow =
  | { readonly kind: 'contracts'; readonly contractNumber: string; readonly contract: RecordContractBody }
  | { readonly kind: 'deliveries'; readonly contractNumber: string; readonly deliveredOn: string; readonly acceptedOn: string | null }
  | { readonly kind: 'payments'; readonly contractNumber: string; readonly payment: RecordPaymentBody };

export type ProcurementRowOutcome = { ok: true; row: ParsedProcurementRow } | { ok: false; contractNumber: string | null; messages: string[] };

const YES = new Set(['是', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', 'n', 'no', 'false', '0']);
const BUYER_KIND: Readonly<Record<string, string>> = { 机关: 'organ', 事业单位: 'institution', 大型企业: 'large-enterprise' };
const SIZE: Readonly<Record<string, string>> = { 中型: 'medium', 中型企业: 'medium', 小型: 'small', 小型企业: 'small', 微型: 'micro', 微型企业: 'micro', 大型: 'large', 大型企业: 'large' };

const isEmpty = (v: Cell | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const text = (v: Cell): string => (typeof v === 'string' ? v.trim() : String(v));

function parseCell(column: ProcurementImportColumn, v: Cell): unknown {
  const label = column.header;
  switch (column.kind) {
    case 'text':
      return text(v);
    case 'uscc':
      return normalizeUscc(text(v));
    case 'county': {
      const county = resolveCounty(text(v));
      if (!county) throw new Error(`${label}“${text(v)}”不是三明市的县（市、区）`);
      return county.code;
    }
    case 'buyer-kind': {
      const kind = BUYER_KIND[text(v)];
      if (!kind) throw new Error(`${label}“${text(v)}”应为机关、事业单位或大型企业`);
      return kind;
    }
    case 'size': {
      const size = SIZE[text(v)];
      if (!size) throw new Error(`${label}“${text(v)}”应为中型、小型、微型或大型`);
      return size;
    }
    case 'date': {
      const s = text(v).replace(/[./年月]/g, '-').replace(/日$/, '');
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      if (!m) throw new Error(`${label}“${text(v)}”不是有效日期（如 2024-09-01）`);
      return `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
    }
    case 'money-yuan':
      try {
        return toFen(typeof v === 'number' ? v : text(v), 'yuan');
      } catch {
        throw new Error(`${label}“${text(v)}”不是有效金额（元，最多两位小数）`);
      }
    case 'int': {
      const s = text(v);
      if (!/^\d+$/.test(s)) throw new Error(`${label}“${s}”应为整数`);
      return Number(s);
    }
    case 'percent-bp': {
      const s = text(v).replace(/[%％\s]/g, '');
      const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
      if (!m) throw new Error(`${label}“${text(v)}”应为百分数，最多两位小数（如 3.45）`);
      return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
    }
    case 'yes-no': {
      const s = text(v).toLowerCase();
      if (YES.has(s)) return true;
      if (NO.has(s)) return false;
      throw new Error(`${label}“${text(v)}”应为“是”或“否”`);
    }
  }
}

/**
 * One spreadsheet row of an import → the command it stands for, validated by the same contract classes as the API
 * (RecordContractBody, ContractDateBody, RecordPaymentBody), or every problem of the row in Chinese.
 */
export function parseProcurementRow(kind: ProcurementImportKind, cells: Readonly<Record<string, Cell>>): ProcurementRowOutcome {
  const messages: string[] = [];
  const values: Record<string, unknown> = {};
  for (const column of PROCUREMENT_IMPORT_COLUMNS[kind]) {
    const v = cells[column.header];
    if (isEmpty(v)) {
      if (column.required) messages.push(`缺少必填项：${column.header}`);
      continue;
    }
    try {
      values[column.field] = parseCell(column, v as Cell);
    } catch (error) {
      messages.push((error as Error).message);
    }
  }
  const contractNumber = typeof values['contractNumber'] === 'string' ? values['contractNumber'] : null;
  if (messages.length > 0) return { ok: false, contractNumber, messages };
  const check = <T extends object>(cls: new () => T, plain: Record<string, unknown>): T | null => {
    const outcome = validatePayload(cls, plain);
    if (outcome.ok) return outcome.value;
    messages.push(...(outcome.error.details ?? []).map((d) => d.message));
    if ((outcome.error.details ?? []).length === 0) messages.push(outcome.error.message);
    return null;
  };
  if (kind === 'contracts') {
    const contract = check(RecordContractBody, values);
    if (contract && contract.acceptanceCondition !== true && contract.acceptanceDeadline !== undefined) messages.push('填写约定验收期限届满日时，“以验收合格为付款条件”应为“是”');
    return contract && messages.length === 0 ? { ok: true, row: { kind, contractNumber: contract.contractNumber, contract } } : { ok: false, contractNumber, messages };
  }
  if (!contractNumber) return { ok: false, contractNumber, messages: ['缺少必填项：合同编号'] };
  if (kind === 'deliveries') {
    const delivered = check(ContractDateBody, { date: values['deliveredOn'] });
    const accepted = values['acceptedOn'] === undefined ? null : check(ContractDateBody, { date: values['acceptedOn'] });
    if (!delivered || messages.length > 0) return { ok: false, contractNumber, messages };
    return { ok: true, row: { kind, contractNumber, deliveredOn: delivered.date, acceptedOn: accepted?.date ?? null } };
  }
  const payment = check(RecordPaymentBody, { paidOn: values['paidOn'], amountFen: values['amountFen'] });
  return payment ? { ok: true, row: { kind, contractNumber, payment } } : { ok: false, contractNumber, messages };
}

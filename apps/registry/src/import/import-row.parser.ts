import {
  AnnualFacts,
  CreateEnterpriseBody,
  IMPORT_COLUMNS,
  RD_LEVEL_LABELS,
  describeValidationErrors,
  missingFieldMessage,
  normalizeHeader,
} from '@ladder/contracts';
import type { ImportColumn } from '@ladder/contracts';
import { certainlyValid } from '@ladder/platform-messaging';
import {
  normalizeUscc,
  resolveCounty,
  resolveIndustryChain,
  resolveIndustryGroup,
  toFen,
} from '@ladder/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export type Cell = string | number | boolean | null;

export interface ParsedRow {
  readonly enterprise: CreateEnterpriseBody;
  /** Fields present in the row (non-empty cells): an import never blanks a stored value. */
  readonly presentFields: readonly string[];
  readonly year?: number;
  readonly facts?: AnnualFacts;
}

export type ParseOutcome = { ok: true; row: ParsedRow } | { ok: false; messages: string[]; uscc?: string; name?: string };

const YES = new Set(['是', 'y', 'yes', 'true', '1', '有']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '无']);

function isEmpty(v: Cell | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function text(v: Cell): string {
  return typeof v === 'string' ? v.trim() : String(v);
}

/** A decimal with at most `decimals` places, scaled to an integer (e.g. "12.5" % with 2 → 1250 bp). */
function scaled(v: Cell, decimals: number, label: string): number {
  const s = typeof v === 'number' ? String(v) : text(v).replace(/[,%％\s]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m || (m[3] ?? '').replace(/0+$/, '').length > decimals) throw new Error(`${label}“${text(v)}”不是有效数字`);
  const n = Number((m[2] ?? '0') + (m[3] ?? '').padEnd(decimals, '0').slice(0, decimals));
  return m[1] === '-' ? -n : n;
}

function parseCell(column: ImportColumn, v: Cell): unknown {
  const label = column.header;
  switch (column.kind) {
    case 'uscc':
      return normalizeUscc(text(v));
    case 'text':
      return text(v);
    case 'county': {
      const county = resolveCounty(text(v));
      if (!county) throw new Error(`${label}“${text(v)}”不是三明市的县（市、区）`);
      return county.code;
    }
    case 'industry-group': {
      const group = resolveIndustryGroup(text(v));
      if (!group) throw new Error(`${label}“${text(v)}”不是《中小企业划型标准规定》的行业门类`);
      return group;
    }
    case 'chains': {
      const codes = text(v)
        .split(/[、,，;；\s]+/)
        .filter(Boolean)
        .map((part) => {
          const code = resolveIndustryChain(part);
          if (!code) throw new Error(`${label}“${part}”不在产业链目录中`);
          return code;
        });
      return [...new Set(codes)];
    }
    case 'date': {
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text(v));
      if (!m) throw new Error(`${label}“${text(v)}”应为日期，如 2015-06-30`);
      return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
    case 'year':
    case 'int': {
      const n = typeof v === 'number' ? v : Number(text(v).replace(/,/g, ''));
      if (!Number.isInteger(n)) throw new Error(`${label}“${text(v)}”应为整数`);
      return n;
    }
    case 'money-wan':
      try {
        return toFen(typeof v === 'number' ? v : text(v), 'wan-yuan');
      } catch {
        throw new Error(`${label}“${text(v)}”不是有效金额（万元，最多6位小数）`);
      }
    case 'percent-bp':
      return scaled(v, 2, label);
    case 'yes-no': {
      const s = text(v).toLowerCase();
      if (YES.has(s)) return true;
      if (NO.has(s)) return false;
      throw new Error(`${label}应填“是”或“否”`);
    }
    case 'rd-level': {
      const hit = Object.entries(RD_LEVEL_LABELS).find(([key, zh]) => zh === text(v) || key === text(v));
      if (!hit) throw new Error(`${label}应为国家级、省级、市级、市级以下或无`);
      return hit[0];
    }
  }
}

function setPath(target: Record<string, unknown>, parts: readonly string[], value: unknown): void {
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

/** A template column with its target split once: `scope.path`, the path's parts, the enterprise field it reports. */
interface ColumnPlan {
  readonly column: ImportColumn;
  readonly scope: string;
  readonly path: string;
  readonly parts: readonly string[];
  readonly field: string;
}

const PLANS: readonly ColumnPlan[] = IMPORT_COLUMNS.map((column) => {
  const [scope = '', ...rest] = column.target.split('.');
  return { column, scope, path: rest.join('.'), parts: rest, field: column.target.replace(/^enterprise\./, '') };
});

/** Normalised headers by sheet header (a file repeats its few headers on every row); bounded for odd files. */
const headerCache = new Map<string, string>();

function normalizedHeader(header: string): string {
  let normalized = headerCache.get(header);
  if (normalized === undefined) {
    if (headerCache.size >= 1_000) headerCache.clear();
    normalized = normalizeHeader(header);
    headerCache.set(header, normalized);
  }
  return normalized;
}

/** Turn one row's cells into validated enterprise fields and annual facts, or the reasons why not. */
export function parseImportRow(cells: Record<string, Cell>): ParseOutcome {
  const byHeader = new Map<string, Cell>();
  for (const header of Object.keys(cells)) byHeader.set(normalizedHeader(header), cells[header] as Cell);
  const messages: string[] = [];
  const enterprise: Record<string, unknown> = {};
  const contact: Record<string, unknown> = {};
  const annual: Record<string, unknown> = {};
  const present: string[] = [];
  let year: number | undefined;
  /** Enterprise fields already reported (a blank required column, a cell that did not parse): said once. */
  const reported = new Set<string>();
  for (const { column, scope, path, parts, field } of PLANS) {
    const raw = byHeader.get(column.header);
    if (isEmpty(raw)) {
      if (column.required) {
        messages.push(missingFieldMessage(column.header));
        reported.add(field);
      }
      continue;
    }
    let value: unknown;
    try {
      value = parseCell(column, raw as Cell);
    } catch (error) {
      messages.push((error as Error).message);
      reported.add(field);
      continue;
    }
    if (scope === 'enterprise') {
      enterprise[path] = value;
      present.push(path);
    } else if (scope === 'contact') contact[path] = value;
    else if (scope === 'annual') setPath(annual, parts, value);
    else if (scope === 'year') year = value as number;
  }
  if (Object.keys(contact).length > 0) {
    if (!contact['name']) messages.push('填写联系电话时请同时填写联系人');
    enterprise['contacts'] = [contact];
    present.push('contacts');
  }
  const uscc = typeof enterprise['uscc'] === 'string' ? enterprise['uscc'] : undefined;
  const name = typeof enterprise['name'] === 'string' ? enterprise['name'] : undefined;
  const hasAnnual = Object.keys(annual).length > 0;
  if (hasAnnual && year === undefined) messages.push('填写了年度数据，请同时填写“数据年度”');
  if (year !== undefined && (year < 2000 || year > 2100)) messages.push(`数据年度“${year}”不在2000–2100之间`);

  // Almost every row is valid: check it with the decorators' own functions first (no instances, no messages) and
  // run class-validator — which words the messages — only when that check is not sure.
  if (messages.length === 0) {
    if (certainlyValid(CreateEnterpriseBody, enterprise) && (!hasAnnual || certainlyValid(AnnualFacts, annual))) {
      return {
        ok: true,
        row: {
          enterprise: enterprise as unknown as CreateEnterpriseBody,
          presentFields: present.filter((f) => f !== 'uscc'),
          year,
          facts: hasAnnual ? annual : undefined,
        },
      };
    }
  }
  const instance = plainToInstance(CreateEnterpriseBody, enterprise);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  const details = describeValidationErrors(errors).filter((d) => !(d.constraint === 'isDefined' && reported.has(d.field ?? '')));
  messages.push(...details.map((d) => d.message));
  let facts: AnnualFacts | undefined;
  if (hasAnnual) {
    facts = plainToInstance(AnnualFacts, annual);
    messages.push(...describeValidationErrors(validateSync(facts, { whitelist: true })).map((d) => d.message));
  }
  if (messages.length > 0) return { ok: false, messages: [...new Set(messages)], uscc, name };
  return {
    ok: true,
    row: { enterprise: instance, presentFields: present.filter((f) => f !== 'uscc'), year, facts },
  };
}

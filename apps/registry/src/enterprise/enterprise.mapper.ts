import type { AnnualDataDto, ChangeLogEntryDto, EnterpriseDto, EnterpriseSnapshot, FieldChange } from '@ladder/contracts';
import type { IndustryChainCode } from '@ladder/shared-domain';

import type { AnnualData } from './annual-data.entity';
import type { ChangeLog } from './change-log.entity';
import type { Enterprise } from './enterprise.entity';

/** What a DTO reads: an enterprise, or the plain record of a new one (`newEnterpriseRecord`). */
export type DtoSource = Pick<
  Enterprise,
  | 'uscc'
  | 'name'
  | 'countyCode'
  | 'industryGroup'
  | 'contacts'
  | 'address'
  | 'legalRepresentative'
  | 'establishedOn'
  | 'independentLegalPerson'
  | 'mainProduct'
  | 'status'
  | 'category'
  | 'tier'
  | 'sizeClass'
  | 'sizeClassYear'
  | 'latestDataYear'
  | 'admittedAt'
  | 'removedAt'
  | 'removalReason'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & { readonly chains: readonly string[] };

export function toEnterpriseDto(e: DtoSource): EnterpriseDto {
  return {
    uscc: e.uscc,
    name: e.name,
    countyCode: e.countyCode,
    industryGroup: e.industryGroup,
    chains: e.chains as IndustryChainCode[],
    contacts: e.contacts,
    address: e.address ?? null,
    legalRepresentative: e.legalRepresentative ?? null,
    establishedOn: e.establishedOn ?? null,
    independentLegalPerson: e.independentLegalPerson ?? null,
    mainProduct: e.mainProduct ?? null,
    status: e.status,
    category: e.category ?? null,
    tier: e.tier ?? null,
    sizeClass: e.sizeClass ?? null,
    sizeClassYear: e.sizeClassYear ?? null,
    latestDataYear: e.latestDataYear ?? null,
    admittedAt: e.admittedAt.toISOString(),
    removedAt: e.removedAt ? e.removedAt.toISOString() : null,
    removalReason: e.removalReason ?? null,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** A row of the enterprise table as the query builder maps it (JSON columns stay text on SQLite). */
export type EnterpriseRow = Omit<Enterprise, 'contacts' | 'chains'> & { contacts: Enterprise['contacts'] | string };

/** The DTO straight from a row of a list query: no entity, no identity map (lists read many rows, change none). */
export function rowToEnterpriseDto(row: EnterpriseRow): EnterpriseDto {
  return {
    uscc: row.uscc,
    name: row.name,
    countyCode: row.countyCode,
    industryGroup: row.industryGroup,
    chains: row.chainTags.split(',').filter(Boolean) as IndustryChainCode[],
    contacts: typeof row.contacts === 'string' ? (JSON.parse(row.contacts) as Enterprise['contacts']) : row.contacts,
    address: row.address ?? null,
    legalRepresentative: row.legalRepresentative ?? null,
    establishedOn: row.establishedOn ?? null,
    independentLegalPerson: row.independentLegalPerson ?? null,
    mainProduct: row.mainProduct ?? null,
    status: row.status,
    category: row.category ?? null,
    tier: row.tier ?? null,
    sizeClass: row.sizeClass ?? null,
    sizeClassYear: row.sizeClassYear ?? null,
    latestDataYear: row.latestDataYear ?? null,
    admittedAt: row.admittedAt.toISOString(),
    removedAt: row.removedAt ? row.removedAt.toISOString() : null,
    removalReason: row.removalReason ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What a snapshot reads: an enterprise, or the plain record of a new one (`newEnterpriseRecord`). */
export type SnapshotSource = Pick<
  Enterprise,
  'uscc' | 'name' | 'countyCode' | 'industryGroup' | 'status' | 'category' | 'tier' | 'sizeClass' | 'independentLegalPerson' | 'version'
> & { readonly chains: readonly string[] };

export function toSnapshot(e: SnapshotSource): EnterpriseSnapshot {
  return {
    uscc: e.uscc,
    name: e.name,
    countyCode: e.countyCode,
    industryGroup: e.industryGroup,
    chains: e.chains as IndustryChainCode[],
    status: e.status,
    category: e.category ?? null,
    tier: e.tier ?? null,
    sizeClass: e.sizeClass ?? null,
    independentLegalPerson: e.independentLegalPerson ?? null,
    version: e.version,
  };
}

export function toAnnualDataDto(a: AnnualData): AnnualDataDto {
  return {
    uscc: a.uscc,
    year: a.year,
    facts: a.facts,
    sizeClass: a.sizeClassDetail,
    source: a.source,
    submittedBy: a.submittedBy,
    submittedAt: a.submittedAt.toISOString(),
    revision: a.revision,
  };
}

export function toChangeLogDto(c: ChangeLog): ChangeLogEntryDto {
  return {
    id: c.id,
    uscc: c.uscc,
    at: c.at.toISOString(),
    actor: c.actor,
    action: c.action,
    changes: c.changes,
    reason: c.reason ?? null,
    year: c.year ?? null,
  };
}

/** Canonical JSON (sorted keys, undefined dropped) so that equal facts compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/** Strip class prototypes and undefined values: what is stored as JSON. */
export function plainFacts<T>(value: T): T {
  const copy = sortedPlainCopy(value);
  return (copy === NOT_PLAIN ? JSON.parse(canonicalJson(value)) : copy) as T;
}

const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * `JSON.parse(canonicalJson(value))` without the text in between, for what import rows and request bodies hold:
 * strings, booleans, finite numbers, plain objects (keys sorted, null and undefined members dropped) and arrays.
 * Anything else (class instances, dates, undefined or functions in arrays, non-finite numbers, a `__proto__` key)
 * is `NOT_PLAIN` and takes the JSON round trip.
 */
function sortedPlainCopy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : NOT_PLAIN;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: unknown[] = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) return NOT_PLAIN;
          const v = sortedPlainCopy(value[i]);
          if (v === NOT_PLAIN) return NOT_PLAIN;
          out[i] = v;
        }
        return out;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(source).sort()) {
        if (key === '__proto__') return NOT_PLAIN;
        const member = source[key];
        if (member === undefined || member === null) continue;
        const v = sortedPlainCopy(member);
        if (v === NOT_PLAIN) return NOT_PLAIN;
        out[key] = v;
      }
      return out;
    }
    default:
      return NOT_PLAIN;
  }
}

/** Equal once canonicalised (`undefined` and `null` are the same: not set). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}

/** `over` laid on `base`, nested objects merged, empty values of `over` ignored (an import's empty cells keep what is stored). */
export function deepMerge<T extends object>(base: T, over: T): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    const current = out[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && current && typeof current === 'object' && !Array.isArray(current)) {
      out[k] = deepMerge(current, v);
    } else out[k] = v;
  }
  return out as T;
}

/** The changed leaves of a year's facts, as `facts.<path>` field changes in key order. */
export function diffFacts(before: object, after: object, prefix = ''): FieldChange[] {
  const out: FieldChange[] = [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
    const path = prefix ? `${prefix}.${key}` : key;
    const x = b[key];
    const y = a[key];
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x) && !Array.isArray(y)) {
      out.push(...diffFacts(x, y, path));
    } else if (!sameValue(x, y)) out.push({ field: `facts.${path}`, before: x ?? null, after: y ?? null });
  }
  return out;
}

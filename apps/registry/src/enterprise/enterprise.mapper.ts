import type { AnnualDataDto, ChangeLogEntryDto, EnterpriseDto, EnterpriseSnapshot } from '@ladder/contracts';
import type { IndustryChainCode } from '@ladder/shared-domain';

import type { AnnualData } from './annual-data.entity';
import type { ChangeLog } from './change-log.entity';
import type { Enterprise } from './enterprise.entity';

export function toEnterpriseDto(e: Enterprise): EnterpriseDto {
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

export function toSnapshot(e: Enterprise): EnterpriseSnapshot {
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
  return JSON.parse(canonicalJson(value)) as T;
}

import type { EntityData } from '@mikro-orm/core';
import type { Actor, EnterpriseFields, FieldChange } from '@ladder/contracts';

import type { ChangeLog } from './change-log.entity';
import { Enterprise } from './enterprise.entity';
import { plainFacts } from './enterprise.mapper';

/**
 * Rows for the set-based writes (`insertRows`): the plain-SQL create and the import's batches write the same
 * columns the ORM would, from the same entity defaults.
 */

/** A new enterprise (version 1, active) from the fields of a create or an import row; not managed by any EntityManager. */
export function newEnterprise(fields: EnterpriseFields & { uscc: string }, actor: Actor, now: Date): Enterprise {
  const e = new Enterprise();
  e.uscc = fields.uscc;
  e.name = fields.name;
  e.countyCode = fields.countyCode;
  e.industryGroup = fields.industryGroup;
  e.chains = fields.chains ?? [];
  e.contacts = plainFacts(fields.contacts ?? []);
  e.address = fields.address ?? null;
  e.legalRepresentative = fields.legalRepresentative ?? null;
  e.establishedOn = fields.establishedOn ?? null;
  e.independentLegalPerson = fields.independentLegalPerson ?? null;
  e.mainProduct = fields.mainProduct ?? null;
  e.createdBy = actor.username;
  e.updatedBy = actor.username;
  e.admittedAt = now;
  e.createdAt = now;
  e.updatedAt = now;
  e.version = 1;
  return e;
}

export function enterpriseRow(e: Enterprise): EntityData<Enterprise> {
  return {
    uscc: e.uscc,
    name: e.name,
    countyCode: e.countyCode,
    industryGroup: e.industryGroup,
    chainTags: e.chainTags,
    contacts: e.contacts,
    address: e.address,
    legalRepresentative: e.legalRepresentative,
    establishedOn: e.establishedOn,
    independentLegalPerson: e.independentLegalPerson,
    mainProduct: e.mainProduct,
    status: e.status,
    category: e.category,
    tier: e.tier,
    sizeClass: e.sizeClass,
    sizeClassYear: e.sizeClassYear,
    latestDataYear: e.latestDataYear,
    admittedAt: e.admittedAt,
    removedAt: e.removedAt,
    removalReason: e.removalReason,
    createdBy: e.createdBy,
    updatedBy: e.updatedBy,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export function changeLogRow(
  uscc: string,
  actor: Actor,
  action: 'registered' | 'annual-data',
  changes: FieldChange[],
  reason: string | null,
  year: number | null,
  at: Date,
): EntityData<ChangeLog> {
  return { uscc, at, actor: actor.username, action, changes, reason, year };
}


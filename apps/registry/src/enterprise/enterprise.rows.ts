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

type Nullable<K extends keyof Enterprise> = { [P in K]: NonNullable<Enterprise[P]> | null };

/** The columns of a new enterprise (all of them, as `enterpriseRow` lists them) plus its chains as a list. */
export type NewEnterpriseRecord = Pick<
  Enterprise,
  'uscc' | 'name' | 'countyCode' | 'industryGroup' | 'chainTags' | 'contacts' | 'status' | 'admittedAt' | 'createdBy' | 'updatedBy' | 'version' | 'createdAt' | 'updatedAt'
> &
  Nullable<
    | 'address'
    | 'legalRepresentative'
    | 'establishedOn'
    | 'independentLegalPerson'
    | 'mainProduct'
    | 'category'
    | 'tier'
    | 'sizeClass'
    | 'sizeClassYear'
    | 'latestDataYear'
    | 'removedAt'
    | 'removalReason'
  > & { readonly chains: readonly string[] };

/**
 * `newEnterprise` + `enterpriseRow` without the entity (a new entity instance costs MikroORM's per-property
 * accessors, which the import's batches pay 5,000 times): the same columns and defaults, the chains as
 * `Enterprise.chains` reads them back. `enterprise.rows.spec.ts` keeps the two equal.
 */
export function newEnterpriseRecord(fields: EnterpriseFields & { uscc: string }, actor: Actor, now: Date): NewEnterpriseRecord {
  const codes = fields.chains ?? [];
  const chainTags = `,${[...new Set(codes)].join(',')}${codes.length ? ',' : ''}`;
  return {
    uscc: fields.uscc,
    name: fields.name,
    countyCode: fields.countyCode,
    industryGroup: fields.industryGroup,
    chainTags,
    chains: chainTags.split(',').filter(Boolean),
    contacts: plainFacts(fields.contacts ?? []),
    address: fields.address ?? null,
    legalRepresentative: fields.legalRepresentative ?? null,
    establishedOn: fields.establishedOn ?? null,
    independentLegalPerson: fields.independentLegalPerson ?? null,
    mainProduct: fields.mainProduct ?? null,
    status: 'active',
    category: null,
    tier: null,
    sizeClass: null,
    sizeClassYear: null,
    latestDataYear: null,
    admittedAt: now,
    removedAt: null,
    removalReason: null,
    createdBy: actor.username,
    updatedBy: actor.username,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** The row `insertRows` writes for a `newEnterpriseRecord` (its columns, without the chains list). */
export function enterpriseRecordRow(r: NewEnterpriseRecord): EntityData<Enterprise> {
  const { chains: _chains, ...row } = r;
  return row;
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


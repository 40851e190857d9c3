import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, OrganisationDto, OrganisationKind, UpsertOrganisationRequest } from '@ladder/contracts';
import { DomainException, TransactionRunner } from '@ladder/platform-messaging';

import { REGULATOR_ROLE } from '../guarantees.tokens';
import { Organisation } from './organisation.entity';

export function toOrganisationDto(o: Organisation): OrganisationDto {
  return { id: o.id, kind: o.kind, name: o.name, members: [...o.members] };
}

/**
 * What an actor may see and do: the regulator (市金融监管局) and internal callers everything; an account of a
 * guarantor or a bank its own organisation's business only (`null` = no restriction).
 */
export interface OrganisationScope {
  readonly guarantorIds: readonly string[] | null;
  readonly bankIds: readonly string[] | null;
}

export const UNRESTRICTED: OrganisationScope = { guarantorIds: null, bankIds: null };

@Injectable()
export class OrganisationService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(): Promise<OrganisationDto[]> {
    const rows = await (this.em as EntityManager).find(Organisation, {}, { orderBy: { kind: 'asc', name: 'asc' } });
    return rows.map(toOrganisationDto);
  }

  async upsert(req: UpsertOrganisationRequest): Promise<OrganisationDto> {
    return this.transactions.run(async (em) => {
      const id = req.id ?? randomUUID();
      const clash = await em.findOne(Organisation, { name: req.name, id: { $ne: id } });
      if (clash) throw new DomainException('VALIDATION_FAILED', `机构名称“${req.name}”已存在`);
      let org: Organisation | null = null;
      if (req.id) {
        org = await em.findOne(Organisation, { id: req.id });
        if (!org) throw new DomainException('GUARANTEES_ORGANISATION_NOT_FOUND');
      } else {
        org = Object.assign(new Organisation(), { id });
        em.persist(org);
      }
      org.kind = req.kind;
      org.name = req.name;
      org.members = [...new Set(req.members)];
      await em.flush();
      return toOrganisationDto(org);
    });
  }

  /** The organisation of a kind, or GUARANTEES_ORGANISATION_NOT_FOUND. */
  async require(em: EntityManager, id: string, kind: OrganisationKind): Promise<Organisation> {
    const org = await em.findOne(Organisation, { id, kind });
    if (!org) throw new DomainException('GUARANTEES_ORGANISATION_NOT_FOUND', kind === 'bank' ? '未找到该合作银行' : '未找到该担保机构');
    return org;
  }

  /** The scope of an actor (no actor: an internal caller). Organisations are few: read them all. */
  async scopeOf(actor: Actor | undefined, em: EntityManager = this.em as EntityManager): Promise<OrganisationScope> {
    if (!actor || actor.roles.includes(REGULATOR_ROLE)) return UNRESTRICTED;
    const mine = (await em.find(Organisation, {})).filter((o) => o.members.includes(actor.username));
    return {
      guarantorIds: mine.filter((o) => o.kind === 'guarantor').map((o) => o.id),
      bankIds: mine.filter((o) => o.kind === 'bank').map((o) => o.id),
    };
  }
}

/** Is an application of this guarantor and bank within the scope (either side suffices to see it)? */
export function canSee(scope: OrganisationScope, guarantorId: string, bankId: string): boolean {
  if (scope.guarantorIds === null || scope.bankIds === null) return true;
  return scope.guarantorIds.includes(guarantorId) || scope.bankIds.includes(bankId);
}

/** Acting for the guarantor (receive, review, approve, compensate, recover). */
export function assertGuarantor(scope: OrganisationScope, guarantorId: string): void {
  if (scope.guarantorIds !== null && !scope.guarantorIds.includes(guarantorId)) {
    throw new DomainException('GUARANTEES_ORGANISATION_SCOPE', '您不是该担保机构的人员，无权办理');
  }
}

/** Acting for the bank (loan issued, repaid). */
export function assertBank(scope: OrganisationScope, bankId: string): void {
  if (scope.bankIds !== null && !scope.bankIds.includes(bankId)) {
    throw new DomainException('GUARANTEES_ORGANISATION_SCOPE', '您不是该合作银行的人员，无权办理');
  }
}

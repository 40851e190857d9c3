import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  AddWhiteListRequest,
  GuaranteeTierValue,
  Page,
  RemoveWhiteListRequest,
  WhiteListChangeDto,
  WhiteListEntryDto,
  WhiteListHistoryQuery,
  WhiteListQuery,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, recordEvent, scopedCounty } from '@ladder/platform-messaging';

import { GuaranteePolicy } from '../compute/guarantee-policy.service';
import { GUARANTEES_SOURCE, SYSTEM_USERNAME } from '../guarantees.tokens';
import { TitleCard } from './title-card.entity';
import type { ProjectedTitle } from './title-card.entity';
import { WhiteListChange } from './white-list-change.entity';
import { WhiteListEntry } from './white-list-entry.entity';

export type RemovalCause = 'expired' | 'revoked' | 'fraud' | 'manual';

export function toEntryDto(e: WhiteListEntry, name = ''): WhiteListEntryDto {
  return {
    uscc: e.uscc,
    name,
    countyCode: e.countyCode,
    member: e.member,
    source: e.source,
    tier: e.tier ?? null,
    certificationId: e.certificationId ?? null,
    since: e.since ?? null,
    until: e.until ?? null,
    reason: e.reason,
    updatedAt: e.updatedAt.toISOString(),
  };
}

function toChangeDto(c: WhiteListChange): WhiteListChangeDto {
  return {
    id: c.id,
    uscc: c.uscc,
    countyCode: c.countyCode,
    action: c.action,
    effectiveOn: c.effectiveOn,
    source: c.source,
    tier: c.tier ?? null,
    certificationId: c.certificationId ?? null,
    reason: c.reason,
    actor: c.actor,
    at: c.at.toISOString(),
  };
}

/** Enterprise names from the projection (registry events), by USCC. */
export async function namesOf(em: EntityManager, usccs: readonly string[]): Promise<Map<string, string>> {
  if (usccs.length === 0) return new Map();
  const cards = await em.find(TitleCard, { uscc: { $in: [...new Set(usccs)] } });
  return new Map(cards.map((c) => [c.uscc, c.name]));
}

/** The titles as libs/policy reads them. */
export function heldTitles(titles: readonly ProjectedTitle[]): { tier: ProjectedTitle['tier']; certifiedOn: string; validUntil: string; revokedOn: string | null }[] {
  return titles.map((t) => ({ tier: t.tier, certifiedOn: t.certifiedOn, validUntil: t.validUntil, revokedOn: t.revokedOn }));
}

/**
 * The city's financing-guarantee white list (S-48). Title events decide membership through libs/policy's
 * `whiteListMembership` on the event's effective date (recognition or renewal date; the day after expiry or
 * revocation); 市金融监管局 adds and removes by hand with a reason. Every change is a history row and an event
 * (`guarantees.whitelist.added|removed`, through the outbox) in the same transaction.
 */
@Injectable()
export class WhiteListService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly policy: GuaranteePolicy,
    private readonly clock: Clock,
  ) {}

  /** After a title event: bring the entry in line with the titles on `date` (inside the consumer's transaction). */
  async reconcile(em: EntityManager, card: TitleCard, date: string, cause: RemovalCause | null, causeText?: string): Promise<void> {
    const m = this.policy.membership(date, heldTitles(card.titles));
    let entry = await em.findOne(WhiteListEntry, { uscc: card.uscc });
    if (m.decision === 'member' && m.title) {
      const title = card.titles.find((t) => t.tier === m.title?.tier && t.certifiedOn === m.title.certifiedOn);
      const wasMember = entry?.member === true;
      if (!entry) {
        entry = Object.assign(new WhiteListEntry(), { uscc: card.uscc });
        em.persist(entry);
      }
      Object.assign(entry, {
        countyCode: card.countyCode,
        member: true,
        source: 'title',
        tier: m.title.tier as GuaranteeTierValue,
        certificationId: title?.certificationId ?? null,
        since: m.since,
        until: m.until,
        reason: m.reason,
      });
      if (!wasMember) this.change(em, entry, 'added', m.since ?? date, SYSTEM_USERNAME, m.until ?? undefined);
      return;
    }
    if (!entry?.member) return;
    // A manual addition stands until it is removed by hand — except after a fraud ban.
    if (entry.source === 'manual' && cause !== 'fraud') return;
    entry.member = false;
    entry.until = null;
    entry.reason = causeText ?? m.reason;
    this.change(em, entry, 'removed', date, SYSTEM_USERNAME, undefined, cause ?? 'expired');
  }

  async add(req: AddWhiteListRequest): Promise<WhiteListEntryDto> {
    return this.transactions.run(async (em) => {
      let entry = await em.findOne(WhiteListEntry, { uscc: req.uscc });
      if (entry?.member) throw new DomainException('GUARANTEES_WHITELIST_STATE', '该企业已在“白名单”内');
      if (!entry) {
        entry = Object.assign(new WhiteListEntry(), { uscc: req.uscc });
        em.persist(entry);
      }
      const on = req.effectiveOn ?? this.clock.today();
      Object.assign(entry, { countyCode: req.countyCode, member: true, source: 'manual', tier: null, certificationId: null, since: on, until: null, reason: req.reason });
      this.change(em, entry, 'added', on, req.actor.username);
      await em.flush();
      return toEntryDto(entry, (await namesOf(em, [entry.uscc])).get(entry.uscc));
    });
  }

  async remove(req: RemoveWhiteListRequest): Promise<WhiteListEntryDto> {
    return this.transactions.run(async (em) => {
      const entry = await em.findOne(WhiteListEntry, { uscc: req.uscc });
      if (!entry?.member) throw new DomainException('GUARANTEES_WHITELIST_STATE', '该企业不在“白名单”内');
      entry.member = false;
      entry.until = null;
      entry.reason = req.reason;
      this.change(em, entry, 'removed', req.effectiveOn ?? this.clock.today(), req.actor.username, undefined, 'manual');
      await em.flush();
      return toEntryDto(entry, (await namesOf(em, [entry.uscc])).get(entry.uscc));
    });
  }

  private change(em: EntityManager, entry: WhiteListEntry, action: 'added' | 'removed', on: string, actor: string, until?: string, cause?: RemovalCause): void {
    const row = Object.assign(new WhiteListChange(), {
      uscc: entry.uscc,
      countyCode: entry.countyCode,
      action,
      effectiveOn: on,
      source: entry.source,
      tier: entry.tier ?? null,
      certificationId: entry.certificationId ?? null,
      reason: entry.reason,
      actor,
    });
    em.persist(row);
    const base = {
      uscc: entry.uscc,
      countyCode: entry.countyCode,
      effectiveOn: on,
      source: entry.source,
      ...(entry.tier ? { tier: entry.tier } : {}),
      ...(entry.certificationId ? { certificationId: entry.certificationId } : {}),
      reason: entry.reason,
    };
    if (action === 'added') recordEvent(em, GUARANTEES_SOURCE, 'guarantees.whitelist.added', { ...base, ...(until ? { until } : {}) });
    else recordEvent(em, GUARANTEES_SOURCE, 'guarantees.whitelist.removed', { ...base, cause: cause ?? 'manual' });
  }

  async list(q: WhiteListQuery): Promise<Page<WhiteListEntryDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = { member: q.member ?? true };
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    if (q.uscc) where['uscc'] = q.uscc;
    const [rows, total] = await (this.em as EntityManager).findAndCount(WhiteListEntry, where, {
      orderBy: { countyCode: 'asc', uscc: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const names = await namesOf(this.em as EntityManager, rows.map((r) => r.uscc));
    return { items: rows.map((r) => toEntryDto(r, names.get(r.uscc))), total, page, pageSize };
  }

  async history(q: WhiteListHistoryQuery): Promise<Page<WhiteListChangeDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = q.uscc ? { uscc: q.uscc } : {};
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const [rows, total] = await (this.em as EntityManager).findAndCount(WhiteListChange, where, {
      orderBy: { id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toChangeDto), total, page, pageSize };
  }
}

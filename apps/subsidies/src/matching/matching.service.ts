import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, AwardMatchDto, MatchNoticeDto, MatchingDto, NoticeQuery, NoticeReadRequest, Page } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { formatWan, matchAwards } from '@ladder/policy';
import type { AwardMatch, AwardMatchFacts, AwardOptions } from '@ladder/policy';

import { CatalogueService } from '../catalogue/catalogue.service';
import { Entitlement } from '../entitlements/entitlement.entity';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { MatchNotice } from './match-notice.entity';

/** What subsidies knows of an enterprise, as the matching rules take it. */
export function matchFactsOf(card: EnterpriseCard, asOf: string): AwardMatchFacts {
  return {
    asOf,
    ...(card.countyCode ? { countyCode: card.countyCode } : {}),
    ...(card.sizeClass ? { sizeClass: card.sizeClass } : {}),
    titles: card.titles
      .filter((t) => t.status !== 'revoked')
      .map((t) => ({ tier: t.tier, certifiedOn: t.certifiedOn, validUntil: t.validUntil, kind: t.kind })),
  };
}

/**
 * 惠企政策智能匹配 (S-45): for an enterprise, every award it may qualify for now and what it lacks for the others
 * (libs/policy `matchAwards`, the same computation the entitlements use); awards it already has are marked received.
 * When an award newly qualifies, a notice is addressed to the enterprise's liaison cadre (S-57), once per award.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly catalogue: CatalogueService,
    private readonly clock: Clock,
  ) {}

  /** Recompute after a change of titles (inside the consumer's transaction) and notify new matches. */
  async refresh(em: EntityManager, card: EnterpriseCard, options?: AwardOptions): Promise<MatchNotice[]> {
    const result = matchAwards(matchFactsOf(card, this.clock.today()), options ?? (await this.catalogue.options(em)));
    if (result.qualifies.length === 0) return [];
    const existing = await em.find(MatchNotice, { uscc: card.uscc });
    const created: MatchNotice[] = [];
    for (const m of result.qualifies) {
      if (existing.some((n) => n.awardId === m.awardId)) continue;
      const n = new MatchNotice();
      n.uscc = card.uscc;
      n.awardId = m.awardId;
      n.countyCode = card.countyCode;
      n.message = `${card.name || card.uscc} 符合“${m.zh}”（${m.clause}）${m.amountFen > 0 ? `，测算金额${formatWan(m.amountFen)}` : ''}，请联系企业跟进。`;
      em.persist(n);
      created.push(n);
    }
    await em.flush();
    return created;
  }

  async enterprise(uscc: string, actor?: Actor): Promise<MatchingDto> {
    const em = this.em as EntityManager;
    const card = await em.findOne(EnterpriseCard, { uscc });
    if (!card) throw new DomainException('NOT_FOUND', `企业 ${uscc} 不在培育库中`);
    assertInScope(actor, card.countyCode);
    const result = matchAwards(matchFactsOf(card, this.clock.today()), await this.catalogue.options(em));
    const held = await em.find(Entitlement, { uscc, status: { $nin: ['rejected', 'cancelled'] } });
    const received = new Set(held.filter((e) => e.status === 'approved' || e.status === 'disbursed').map((e) => e.awardId));
    const inProgress = new Set(held.map((e) => e.awardId));
    const toDto = (m: AwardMatch): AwardMatchDto => ({
      awardId: m.awardId,
      name: m.zh,
      status: received.has(m.awardId) ? 'received' : inProgress.has(m.awardId) ? 'in-progress' : m.status,
      clause: m.clause,
      payer: m.payer,
      lacks: [...m.lacks],
      amountFen: m.amountFen,
    });
    const notices = await em.find(MatchNotice, { uscc }, { orderBy: { id: 'desc' } });
    return {
      uscc,
      name: card.name,
      liaison: card.liaison ? `${card.liaison.cadreName}（${card.liaison.cadreUnit}，${card.liaison.cadreRank}）` : null,
      matches: [...result.qualifies, ...result.others].map(toDto),
      notices: notices.map((n) => this.noticeDto(n, card)),
    };
  }

  async notices(q: NoticeQuery): Promise<Page<MatchNoticeDto>> {
    const em = this.em as EntityManager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    if (q.unread) where['readAt'] = null;
    const [rows, total] = await em.findAndCount(MatchNotice, where, { orderBy: { id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const cards = rows.length ? await em.find(EnterpriseCard, { uscc: { $in: [...new Set(rows.map((r) => r.uscc))] } }) : [];
    const byUscc = new Map(cards.map((c) => [c.uscc, c]));
    return { items: rows.map((n) => this.noticeDto(n, byUscc.get(n.uscc))), total, page, pageSize };
  }

  async read(req: NoticeReadRequest): Promise<MatchNoticeDto> {
    return this.transactions.run(async (em) => {
      const n = await em.findOne(MatchNotice, { id: req.noticeId });
      if (!n) throw new DomainException('NOT_FOUND', '未找到该通知');
      assertInScope(req.actor, n.countyCode);
      if (!n.readAt) {
        n.readAt = new Date();
        n.readBy = req.actor.username;
        await em.flush();
      }
      return this.noticeDto(n, (await em.findOne(EnterpriseCard, { uscc: n.uscc })) ?? undefined);
    });
  }

  private noticeDto(n: MatchNotice, card?: EnterpriseCard): MatchNoticeDto {
    return {
      id: n.id,
      uscc: n.uscc,
      name: card?.name ?? '',
      countyCode: n.countyCode,
      awardId: n.awardId,
      message: n.message,
      liaison: card?.liaison ? `${card.liaison.cadreName}（${card.liaison.cadreRank}）` : null,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type {
  Actor,
  Page,
  TalentEnterpriseDto,
  TalentEntitlementsDto,
  TalentMeasureDto,
  TalentScopeEntryDto,
  TalentScopeListRequest,
  TalentScopeRequest,
  TalentScopeRequestDto,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, assertInScope, scopedCounty } from '@ladder/platform-messaging';
import { talentEntitlements } from '@ladder/policy';
import type { TalentMeasureId } from '@ladder/policy';

import { EnterpriseCard } from '../projection/enterprise-card.entity';

/**
 * Which talent measures an enterprise is entitled to on a date: the titles projected from tiering, asked to the
 * rules of libs/policy (`talentEntitlements`) — the same answer as `npm run -s policy -- talent <request>`.
 */
@Injectable()
export class ScopeService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly clock: Clock,
  ) {}

  /** The rules request for a card on a date: `{ date, titles }` with each title's validity and revocation. */
  requestOf(card: Pick<EnterpriseCard, 'titles'>, date: string): TalentScopeRequestDto {
    return {
      date,
      titles: card.titles.map((t) => ({
        tier: t.tier,
        certifiedOn: t.certifiedOn,
        validUntil: t.validUntil,
        ...(t.revokedOn ? { revokedOn: t.revokedOn } : {}),
      })),
    };
  }

  entitlementsOf(card: Pick<EnterpriseCard, 'titles'>, date: string): TalentEntitlementsDto {
    return talentEntitlements(this.requestOf(card, date));
  }

  /** The measure's answer for a card on a date. */
  measureOf(card: EnterpriseCard, date: string, measure: TalentMeasureId): TalentMeasureDto {
    const m = this.entitlementsOf(card, date).measures.find((x) => x.id === measure);
    if (!m) throw new Error(`measure ${measure} missing from the rules' answer`);
    return m;
  }

  async card(uscc: string, actor?: Actor): Promise<EnterpriseCard> {
    const card = await this.em.findOne(EnterpriseCard, { uscc });
    if (!card)
      throw new DomainException(
        'TALENT_ENTERPRISE_UNKNOWN',
        `未找到企业 ${uscc}（尚未收到企业培育库或梯度培育的信息）`,
      );
    assertInScope(actor, card.countyCode);
    return card;
  }

  async get(req: TalentScopeRequest): Promise<TalentEntitlementsDto> {
    return this.entitlementsOf(await this.card(req.uscc, req.actor), req.date ?? this.clock.today());
  }

  async request(req: TalentScopeRequest): Promise<TalentScopeRequestDto> {
    return this.requestOf(await this.card(req.uscc, req.actor), req.date ?? this.clock.today());
  }

  async enterprise(req: TalentScopeRequest): Promise<TalentEnterpriseDto> {
    const card = await this.card(req.uscc, req.actor);
    return {
      uscc: card.uscc,
      name: card.name,
      countyCode: card.countyCode,
      titles: card.titles.map((t) => ({ ...t, history: [...t.history] })),
    };
  }

  /** Enterprises (with a title) that the measure applies to on the date, by county and name. */
  async list(req: TalentScopeListRequest): Promise<Page<TalentScopeEntryDto>> {
    const date = req.date ?? this.clock.today();
    const county = scopedCounty(req.actor, req.county);
    const cards = await this.em.find(
      EnterpriseCard,
      { ...(county ? { countyCode: county } : {}) },
      { orderBy: { countyCode: 'asc', uscc: 'asc' } },
    );
    const entries: TalentScopeEntryDto[] = [];
    for (const card of cards) {
      if (card.titles.length === 0 || card.status !== 'active') continue;
      const m = this.measureOf(card, date, req.measure);
      if (m.status !== 'applies') continue;
      entries.push({
        uscc: card.uscc,
        name: card.name,
        countyCode: card.countyCode,
        measure: req.measure,
        from: m.from,
        until: m.until,
        tier: m.title?.tier ?? null,
      });
    }
    const page = req.page ?? 1;
    const pageSize = req.pageSize ?? 20;
    return {
      items: entries.slice((page - 1) * pageSize, page * pageSize),
      total: entries.length,
      page,
      pageSize,
    };
  }
}

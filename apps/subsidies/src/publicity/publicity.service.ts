import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  Actor,
  ClosePublicityRequest,
  CreatePublicityRequest,
  Page,
  PublicityDto,
  PublicityQuery,
  RaiseObjectionRequest,
  ResolveObjectionRequest,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { addDays } from '@ladder/shared-domain';
import { PERM, hasPermission, isRole, permissionsOf } from '@ladder/shared-permissions';

import { SubsidiesEnv } from '../config/subsidies.env';
import { Entitlement } from '../entitlements/entitlement.entity';
import { EntitlementService } from '../entitlements/entitlement.service';
import { ENTITLEMENT_TX, SUBSIDIES_ENV, SUBSIDIES_SOURCE } from '../subsidies.tokens';
import { Objection } from './objection.entity';
import { Publicity } from './publicity.entity';

/**
 * 公示: entitlements created by themselves (免申即享) are published with an objection window before anyone may
 * approve them. An objection holds its item until it is resolved; closing the list (after the window) sends the
 * items without an open objection on to approval.
 *
 * Dates, by the service's clock: a 公示 starts today or later. One already published elsewhere and entered late
 * (补录, `startsOn` before today) needs a reason and a second person with the review permission who approved it
 * (the gateway checks their credentials). Either way the objection window is served in full in the system: it
 * ends `days` days after the later of `startsOn` and the day of entry, and only then can the list be closed.
 */
@Injectable()
export class PublicityService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly entitlements: EntitlementService,
    private readonly clock: Clock,
    @Inject(SUBSIDIES_ENV) private readonly env: SubsidiesEnv,
  ) {}

  async create(req: CreatePublicityRequest): Promise<PublicityDto> {
    return this.transactions.run(async (em) => {
      const items = await em.find(Entitlement, { id: { $in: req.entitlementIds } });
      const missing = req.entitlementIds.filter((id) => !items.some((e) => e.id === id));
      if (missing.length > 0) throw new DomainException('SUBSIDIES_ENTITLEMENT_NOT_FOUND', `未找到奖补记录：${missing.join('、')}`);
      for (const e of items) assertInScope(req.actor, e.countyCode);
      const wrong = items.filter((e) => e.status !== 'pending-publicity');
      if (wrong.length > 0) {
        throw new DomainException(
          'SUBSIDIES_ENTITLEMENT_STATE',
          `只有“待公示”的奖补记录可以公示：${wrong.map((e) => e.id.slice(0, 8)).join('、')} 状态不符`,
        );
      }
      const today = this.clock.today();
      const backdated = req.startsOn < today;
      if (backdated) this.checkBackdate(req, today);
      const p = new Publicity();
      p.id = randomUUID();
      p.title = req.title;
      p.startsOn = req.startsOn;
      p.endsOn = addDays(backdated ? today : req.startsOn, (req.days ?? this.env.PUBLICITY_DAYS) - 1);
      p.entitlementIds = items.map((e) => e.id);
      p.createdBy = req.actor.username;
      if (backdated) {
        p.backdateReason = req.backdateReason ?? null;
        p.approvedBy = req.approvedBy?.username ?? null;
        p.approvedById = req.approvedBy?.userId ?? null;
      }
      em.persist(p);
      for (const e of items) {
        e.status = 'in-publicity';
        e.publicityId = p.id;
        e.steps = [...e.steps, this.step('publicity', 'published', req.actor, `${p.startsOn}至${p.endsOn}`)];
        recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.published', {
          ...this.entitlements.eventBase(e),
          publicityId: p.id,
          startsOn: p.startsOn,
          endsOn: p.endsOn,
        });
      }
      await em.flush();
      return this.dto(em, p);
    }, ENTITLEMENT_TX);
  }

  /** 补录: a reason, and an approver who is someone else and holds the review permission. */
  private checkBackdate(req: CreatePublicityRequest, today: string): void {
    if (!req.backdateReason || !req.approvedBy) {
      throw new DomainException(
        'SUBSIDIES_PUBLICITY_BACKDATE',
        `公示开始日期（${req.startsOn}）早于今天（${today}）：补录已发布的公示须填写补录原因，并由另一名具有审核权限的人员批准`,
      );
    }
    if (req.approvedBy.userId === req.actor.userId) {
      throw new DomainException('SUBSIDIES_FOUR_EYES', '补录公示须由另一名人员批准，经办人不能批准自己的补录');
    }
    if (!hasPermission(permissionsOf(req.approvedBy.roles.filter(isRole)), PERM.subsidies.review)) {
      throw new DomainException('SUBSIDIES_PUBLICITY_BACKDATE', `批准人（${req.approvedBy.username}）没有奖补审核权限，不能批准补录公示`);
    }
  }

  /** An objection may be raised while the list is open and the window has not passed; it holds the item. */
  async raise(req: RaiseObjectionRequest): Promise<PublicityDto> {
    return this.transactions.run(async (em) => {
      const e = await this.entitlements.load(em, req.entitlementId, req.actor);
      if (!e.publicityId || !['in-publicity', 'objected'].includes(e.status)) {
        throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', '该奖补记录不在公示中，不能提出异议');
      }
      const p = await this.load(em, e.publicityId);
      if (p.status !== 'open' || this.clock.today() > p.endsOn) {
        throw new DomainException('SUBSIDIES_PUBLICITY_STATE', `公示期已于${p.endsOn}结束，不能再提出异议`);
      }
      const o = new Objection();
      o.id = randomUUID();
      o.entitlementId = e.id;
      o.publicityId = p.id;
      o.raisedBy = req.raisedBy;
      o.reason = req.reason;
      o.recordedBy = req.actor.username;
      em.persist(o);
      e.status = 'objected';
      e.steps = [...e.steps, this.step('publicity', 'objection', req.actor, `${req.raisedBy}：${req.reason}`)];
      await em.flush();
      return this.dto(em, p);
    }, ENTITLEMENT_TX);
  }

  /** Upheld: the item is rejected. Dismissed: it goes back into the list, or on to approval if the list is closed. */
  async resolve(req: ResolveObjectionRequest): Promise<PublicityDto> {
    return this.transactions.run(async (em) => {
      const o = await em.findOne(Objection, { id: req.objectionId });
      if (!o) throw new DomainException('SUBSIDIES_OBJECTION_NOT_FOUND');
      if (o.status !== 'open') throw new DomainException('SUBSIDIES_PUBLICITY_STATE', '该异议已处理');
      const e = await this.entitlements.load(em, o.entitlementId, req.actor);
      const p = await this.load(em, o.publicityId);
      o.status = req.decision;
      o.note = req.note;
      await em.flush();
      const stillOpen = await em.count(Objection, { entitlementId: e.id, status: 'open' });
      if (req.decision === 'upheld') {
        if (!['rejected', 'cancelled'].includes(e.status)) {
          e.status = 'rejected';
          e.steps = [...e.steps, this.step('publicity', 'objection-upheld', req.actor, req.note)];
          recordEvent(em, SUBSIDIES_SOURCE, 'subsidies.entitlement.rejected', {
            ...this.entitlements.eventBase(e),
            reason: `公示异议成立：${req.note}`,
            stage: 'publicity',
          });
        }
      } else if (stillOpen === 0 && e.status === 'objected') {
        e.status = p.status === 'open' ? 'in-publicity' : 'pending-approval';
        e.steps = [...e.steps, this.step('publicity', 'objection-dismissed', req.actor, req.note)];
      }
      await em.flush();
      return this.dto(em, p);
    }, ENTITLEMENT_TX);
  }

  /** After the window: items without an open objection go on to approval. */
  async close(req: ClosePublicityRequest): Promise<PublicityDto> {
    return this.transactions.run(async (em) => {
      const p = await this.load(em, req.publicityId);
      if (p.status !== 'open') throw new DomainException('SUBSIDIES_PUBLICITY_STATE', '该公示已结束');
      if (this.clock.today() <= p.endsOn) {
        throw new DomainException('SUBSIDIES_PUBLICITY_STATE', `公示期至${p.endsOn}，期满后方可结束公示`);
      }
      const items = await em.find(Entitlement, { id: { $in: p.entitlementIds } });
      for (const e of items) assertInScope(req.actor, e.countyCode);
      for (const e of items) {
        if (e.status === 'in-publicity') {
          e.status = 'pending-approval';
          e.steps = [...e.steps, this.step('publicity', 'passed', req.actor, '公示期满无异议')];
        }
      }
      p.status = 'closed';
      p.closedAt = new Date();
      await em.flush();
      return this.dto(em, p);
    }, ENTITLEMENT_TX);
  }

  async get(id: string, actor?: Actor): Promise<PublicityDto> {
    const em = this.em as EntityManager;
    const p = await this.load(em, id);
    const dto = await this.dto(em, p);
    const county = scopedCounty(actor);
    return county ? this.scoped(dto, county, em) : dto;
  }

  async list(q: PublicityQuery): Promise<Page<PublicityDto>> {
    const em = this.em as EntityManager;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await em.findAndCount(Publicity, {}, { orderBy: { createdAt: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const items = await Promise.all(rows.map((p) => this.dto(em, p)));
    const county = scopedCounty(q.actor);
    return { items: county ? await Promise.all(items.map((d) => this.scoped(d, county, em))) : items, total, page, pageSize };
  }

  /** A county sees only its own items of a city-wide list. */
  private async scoped(dto: PublicityDto, county: string, em: EntityManager): Promise<PublicityDto> {
    const own = new Set((await em.find(Entitlement, { id: { $in: dto.entitlementIds }, countyCode: county })).map((e) => e.id));
    return {
      ...dto,
      entitlementIds: dto.entitlementIds.filter((id) => own.has(id)),
      objections: dto.objections.filter((o) => own.has(o.entitlementId)),
    };
  }

  private async load(em: EntityManager, id: string): Promise<Publicity> {
    const p = await em.findOne(Publicity, { id });
    if (!p) throw new DomainException('SUBSIDIES_PUBLICITY_NOT_FOUND');
    return p;
  }

  private step(step: 'publicity', decision: string, actor: Actor, comment: string | null) {
    return { step, decision, actor: actor.username, actorId: actor.userId, at: new Date().toISOString(), comment };
  }

  private async dto(em: EntityManager, p: Publicity): Promise<PublicityDto> {
    const objections = await em.find(Objection, { publicityId: p.id }, { orderBy: { createdAt: 'asc' } });
    return {
      id: p.id,
      title: p.title,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      entitlementIds: p.entitlementIds,
      objections: objections.map((o) => ({
        id: o.id,
        entitlementId: o.entitlementId,
        raisedBy: o.raisedBy,
        reason: o.reason,
        status: o.status,
        note: o.note ?? null,
        createdAt: o.createdAt.toISOString(),
      })),
      createdBy: p.createdBy,
      createdAt: p.createdAt.toISOString(),
      closedAt: p.closedAt?.toISOString() ?? null,
      backdateReason: p.backdateReason ?? null,
      approvedBy: p.approvedBy ?? null,
    };
  }
}

import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import { TIER_LABELS } from '@ladder/shared-domain';
import type {
  HoldMeetingRequest,
  LogVisitRequest,
  MeetingDto,
  MeetingQuery,
  MeetingRef,
  Page,
  UnvisitedEnterpriseDto,
  UnvisitedQuery,
  VisitDto,
  VisitQuery,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';

import { AppealCommands } from '../appeals/appeal-commands.service';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { Meeting } from './meeting.entity';
import { Visit } from './visit.entity';

/** Titles that make an enterprise one the plan asks to visit on site (S-58: 专精特新中小企业实地走访). */
const VISITED_TIERS = new Set(['specialized', 'little-giant']);

/**
 * Liaison visits and 面对面 meetings. The issues raised at a visit and the follow-ups of a meeting become appeals
 * (awaiting triage) in the same transaction, linked both ways.
 */
@Injectable()
export class VisitService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly appeals: AppealCommands,
    private readonly clock: Clock,
  ) {}

  log(req: LogVisitRequest): Promise<VisitDto> {
    return this.transactions.run(async (em) => {
      const card = await em.findOne(EnterpriseCard, { uscc: req.uscc });
      if (!card || card.registryVersion === 0) throw new DomainException('SERVICEDESK_ENTERPRISE_UNKNOWN');
      assertInScope(req.actor, card.countyCode);
      if (req.visitedOn > this.clock.today()) throw new DomainException('VALIDATION_FAILED', '走访日期不能晚于今天');
      const v = new Visit();
      v.id = randomUUID();
      v.uscc = card.uscc;
      v.enterpriseName = card.name;
      v.countyCode = card.countyCode;
      v.visitedOn = req.visitedOn;
      v.cadreName = req.cadreName;
      v.cadreUnit = req.cadreUnit ?? null;
      v.summary = req.summary;
      v.recordedBy = req.actor.username;
      for (const issue of req.issues ?? []) {
        const a = await this.appeals.create(em, req.actor, { ...issue, uscc: card.uscc, raisedBy: req.cadreName, raisedByRole: 'liaison', origin: 'visit', originId: v.id });
        v.appealIds = [...v.appealIds, a.id];
      }
      em.persist(v);
      await em.flush();
      return this.visitDto(v);
    });
  }

  async visits(q: VisitQuery): Promise<Page<VisitDto>> {
    const where: FilterQuery<Visit> = {};
    const county = scopedCounty(q.actor, q.countyCode);
    if (county) where.countyCode = county;
    if (q.uscc) where.uscc = q.uscc;
    if (q.year) where.visitedOn = { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.findAndCount(Visit, where, { orderBy: { visitedOn: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    return { items: rows.map((v) => this.visitDto(v)), total, page, pageSize };
  }

  /** 专精特新 and 小巨人 enterprises (a valid title) of the pool without a visit in the year. */
  async unvisited(q: UnvisitedQuery): Promise<Page<UnvisitedEnterpriseDto>> {
    const year = q.year ?? Number(this.clock.today().slice(0, 4));
    const county = scopedCounty(q.actor, q.countyCode);
    const cards = (await this.em.find(EnterpriseCard, { status: 'active', ...(county ? { countyCode: county } : {}) }, { orderBy: { uscc: 'asc' } })).filter((c) =>
      c.registryVersion > 0 && c.titles.some((t) => t.status === 'valid' && VISITED_TIERS.has(t.tier)),
    );
    const visits = await this.em.find(Visit, { uscc: { $in: cards.map((c) => c.uscc) } }, { fields: ['uscc', 'visitedOn'] });
    const visitedThisYear = new Set(visits.filter((v) => v.visitedOn.startsWith(`${year}-`)).map((v) => v.uscc));
    const last = new Map<string, string>();
    for (const v of visits) if ((last.get(v.uscc) ?? '') < v.visitedOn) last.set(v.uscc, v.visitedOn);
    const rows = cards
      .filter((c) => !visitedThisYear.has(c.uscc))
      .map((c) => ({
        uscc: c.uscc,
        name: c.name,
        countyCode: c.countyCode,
        titles: c.titles.filter((t) => t.status === 'valid').map((t) => TIER_LABELS[t.tier].zh),
        liaison: c.liaison,
        lastVisitOn: last.get(c.uscc) ?? null,
      }));
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    return { items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
  }

  hold(req: HoldMeetingRequest): Promise<MeetingDto> {
    return this.transactions.run(async (em) => {
      assertInScope(req.actor, req.countyCode ?? null);
      const m = new Meeting();
      m.id = randomUUID();
      m.title = req.title;
      m.heldOn = req.heldOn;
      m.countyCode = req.countyCode ?? null;
      m.participants = req.participants;
      m.enterprises = req.enterprises;
      m.decisions = req.decisions;
      m.recordedBy = req.actor.username;
      for (const f of req.followUps ?? []) {
        const a = await this.appeals.create(em, req.actor, { ...f, raisedBy: `面对面协调会：${req.title}`, raisedByRole: 'enterprise-contact', origin: 'meeting', originId: m.id });
        m.appealIds = [...m.appealIds, a.id];
      }
      em.persist(m);
      await em.flush();
      return this.meetingDto(m);
    });
  }

  async meetings(q: MeetingQuery): Promise<Page<MeetingDto>> {
    const where: FilterQuery<Meeting> = {};
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    if (q.year) where.heldOn = { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.findAndCount(Meeting, where, { orderBy: { heldOn: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    return { items: rows.map((m) => this.meetingDto(m)), total, page, pageSize };
  }

  async meeting(req: MeetingRef): Promise<MeetingDto> {
    const m = await this.em.findOne(Meeting, { id: req.meetingId });
    if (!m) throw new DomainException('SERVICEDESK_MEETING_NOT_FOUND');
    if (req.actor?.countyCode && m.countyCode !== req.actor.countyCode) throw new DomainException('OUT_OF_SCOPE');
    return this.meetingDto(m);
  }

  private visitDto(v: Visit): VisitDto {
    return { id: v.id, uscc: v.uscc, enterpriseName: v.enterpriseName, countyCode: v.countyCode, visitedOn: v.visitedOn, cadreName: v.cadreName, cadreUnit: v.cadreUnit, summary: v.summary, appealIds: v.appealIds, recordedBy: v.recordedBy };
  }

  private meetingDto(m: Meeting): MeetingDto {
    return { id: m.id, title: m.title, heldOn: m.heldOn, countyCode: m.countyCode, participants: m.participants, enterprises: m.enterprises, decisions: m.decisions, appealIds: m.appealIds, recordedBy: m.recordedBy };
  }
}

import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  AddSessionRequest,
  AttendanceImportRequest,
  AttendanceImportResultDto,
  AttendanceRequest,
  CreateProgrammeRequest,
  EnrolRequest,
  EnrolmentDto,
  Page,
  ProgrammeDto,
  ProgrammeListRequest,
  ProgrammeRef,
  SessionDto,
} from '@ladder/contracts';
import { DomainException, TransactionRunner } from '@ladder/platform-messaging';
import { validateResidentId } from '@ladder/shared-domain';

import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { TALENT_TX } from '../talent.tokens';
import { Enrolment } from './enrolment.entity';
import { Programme } from './programme.entity';
import { TrainingSession } from './training-session.entity';

/** Training programmes (S-54): sessions, enrolment of people (and so of their enterprises) and attendance. */
@Injectable()
export class TrainingService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly people: PeopleService,
  ) {}

  async create(req: CreateProgrammeRequest): Promise<ProgrammeDto> {
    if (req.endsOn < req.startsOn) throw new DomainException('VALIDATION_FAILED', '结束日期不能早于开始日期');
    return this.transactions.run(async (em) => {
      const p = new Programme();
      p.id = randomUUID();
      Object.assign(p, {
        title: req.title,
        topic: req.topic,
        organiser: req.organiser,
        management: req.management,
        startsOn: req.startsOn,
        endsOn: req.endsOn,
        capacity: req.capacity,
      });
      p.createdBy = req.actor.username;
      em.persist(p);
      return this.dto(p, [], 0, []);
    }, TALENT_TX);
  }

  async list(req: ProgrammeListRequest): Promise<Page<ProgrammeDto>> {
    const page = req.page ?? 1;
    const pageSize = req.pageSize ?? 20;
    const where = req.year ? { startsOn: { $gte: `${req.year}-01-01`, $lte: `${req.year}-12-31` } } : {};
    const [items, total] = await this.em.findAndCount(Programme, where, {
      orderBy: { startsOn: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: await Promise.all(items.map((p) => this.full(this.em, p))), total, page, pageSize };
  }

  async get(req: ProgrammeRef): Promise<ProgrammeDto> {
    return this.full(this.em, await this.programme(this.em, req.programmeId));
  }

  async addSession(req: AddSessionRequest): Promise<SessionDto> {
    return this.transactions.run(async (em) => {
      const p = await this.programme(em, req.programmeId);
      if (req.heldOn < p.startsOn || req.heldOn > p.endsOn)
        throw new DomainException(
          'VALIDATION_FAILED',
          `场次日期应在项目期间（${p.startsOn}至${p.endsOn}）内`,
        );
      const s = new TrainingSession();
      s.id = randomUUID();
      s.programmeId = p.id;
      s.heldOn = req.heldOn;
      s.place = req.place;
      em.persist(s);
      return { id: s.id, programmeId: p.id, heldOn: s.heldOn, place: s.place, attended: 0 };
    }, TALENT_TX);
  }

  async enrol(req: EnrolRequest): Promise<EnrolmentDto> {
    return this.transactions.run(async (em) => {
      const p = await this.programme(em, req.programmeId);
      const { person, card } = await this.people.load(req.personId, req.actor);
      return this.dtoOf(await this.enrolIn(em, p, person), person, card);
    }, TALENT_TX);
  }

  async enrolments(req: ProgrammeRef): Promise<EnrolmentDto[]> {
    await this.programme(this.em, req.programmeId);
    const list = await this.em.find(
      Enrolment,
      { programmeId: req.programmeId },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const people = new Map(
      (await this.em.find(Person, { id: { $in: list.map((e) => e.personId) } })).map((p) => [p.id, p]),
    );
    const cards = await this.people.cards(list.map((e) => e.uscc));
    return list
      .filter((e) => !req.actor?.countyCode || cards.get(e.uscc)?.countyCode === req.actor.countyCode)
      .map((e) => this.dtoOf(e, people.get(e.personId), cards.get(e.uscc)));
  }

  async attend(req: AttendanceRequest): Promise<EnrolmentDto> {
    return this.transactions.run(async (em) => {
      const s = await em.findOne(TrainingSession, { id: req.sessionId });
      if (!s) throw new DomainException('TALENT_SESSION_NOT_FOUND');
      const { person, card } = await this.people.load(req.personId, req.actor);
      const e = await em.findOne(Enrolment, { programmeId: s.programmeId, personId: person.id });
      if (!e) throw new DomainException('TALENT_NOT_ENROLLED', `${person.name}未报名该培训项目`);
      this.mark(e, s.id, req.attended ?? true);
      return this.dtoOf(e, person, card);
    }, TALENT_TX);
  }

  /**
   * Rows of an attendance sheet (姓名, 居民身份证号) for one session: each row's person must be registered (the
   * number is matched through the keyed index, the name must agree); the person is enrolled if not yet and marked
   * present. A row in error is reported with its number and changes nothing; the others are imported.
   */
  async importAttendance(req: AttendanceImportRequest): Promise<AttendanceImportResultDto> {
    const errors: { row: number; message: string }[] = [];
    let imported = 0;
    const s = await this.em.findOne(TrainingSession, { id: req.sessionId });
    if (!s) throw new DomainException('TALENT_SESSION_NOT_FOUND');
    for (const row of req.rows) {
      const check = validateResidentId(row.residentId);
      if (!check.valid) {
        errors.push({ row: row.row, message: `居民身份证号无效：${check.message}` });
        continue;
      }
      const person = await this.people.findByResidentId(check.normalized);
      if (!person) {
        errors.push({ row: row.row, message: '该居民身份证号的人员尚未登记' });
        continue;
      }
      if (person.name !== row.name.trim()) {
        errors.push({ row: row.row, message: `姓名“${row.name.trim()}”与登记的姓名不一致` });
        continue;
      }
      try {
        await this.transactions.run(async (em) => {
          const p = await this.programme(em, s.programmeId);
          const { person: fresh } = await this.people.load(person.id, req.actor);
          this.mark(await this.enrolIn(em, p, fresh), s.id, true);
        }, TALENT_TX);
        imported += 1;
      } catch (error) {
        errors.push({ row: row.row, message: error instanceof Error ? error.message : String(error) });
      }
    }
    return { imported, errors };
  }

  private mark(e: Enrolment, sessionId: string, attended: boolean): void {
    const others = e.attendedSessionIds.filter((id) => id !== sessionId);
    e.attendedSessionIds = attended ? [...others, sessionId] : others;
  }

  /** The person's enrolment in the programme, created within capacity when absent. */
  private async enrolIn(em: EntityManager, p: Programme, person: Person): Promise<Enrolment> {
    const existing = await em.findOne(Enrolment, { programmeId: p.id, personId: person.id });
    if (existing) return existing;
    if ((await em.count(Enrolment, { programmeId: p.id })) >= p.capacity)
      throw new DomainException('TALENT_PROGRAMME_FULL', `培训项目名额（${p.capacity}人）已满`);
    const e = new Enrolment();
    e.id = randomUUID();
    e.programmeId = p.id;
    e.personId = person.id;
    e.uscc = person.uscc;
    em.persist(e);
    return e;
  }

  private async programme(em: EntityManager | CoreEntityManager, id: string): Promise<Programme> {
    const p = await em.findOne(Programme, { id });
    if (!p) throw new DomainException('TALENT_PROGRAMME_NOT_FOUND');
    return p;
  }

  private async full(em: EntityManager | CoreEntityManager, p: Programme): Promise<ProgrammeDto> {
    const sessions = await em.find(
      TrainingSession,
      { programmeId: p.id },
      { orderBy: { heldOn: 'asc', id: 'asc' } },
    );
    const enrolments = await em.find(Enrolment, { programmeId: p.id });
    return this.dto(p, sessions, enrolments.length, enrolments);
  }

  private dto(
    p: Programme,
    sessions: readonly TrainingSession[],
    enrolled: number,
    enrolments: readonly Enrolment[],
  ): ProgrammeDto {
    return {
      id: p.id,
      title: p.title,
      topic: p.topic,
      organiser: p.organiser,
      management: p.management,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      capacity: p.capacity,
      enrolled,
      sessions: sessions.map((s) => ({
        id: s.id,
        programmeId: p.id,
        heldOn: s.heldOn,
        place: s.place,
        attended: enrolments.filter((e) => e.attendedSessionIds.includes(s.id)).length,
      })),
    };
  }

  private dtoOf(e: Enrolment, person: Person | undefined, card: EnterpriseCard | undefined): EnrolmentDto {
    return {
      id: e.id,
      programmeId: e.programmeId,
      personId: e.personId,
      personName: person?.name ?? '',
      uscc: e.uscc,
      enterpriseName: card?.name ?? '',
      sessionsAttended: [...e.attendedSessionIds],
    };
  }
}

import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  CaseListRequest,
  CreateRoundRequest,
  DecideCaseRequest,
  NominationRoundDto,
  Page,
  RoundListRequest,
  SubmitCaseRequest,
  TalentCaseDto,
  TalentCaseKind,
  TalentMeasureCode,
} from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, TransactionRunner, assertInScope, recordEvent } from '@ladder/platform-messaging';

import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { ScopeService } from '../scope/scope.service';
import { TALENT_SERVICE } from '../mikro-orm.config';
import { TALENT_TX } from '../talent.tokens';
import { NominationRound } from './nomination-round.entity';
import { TalentCase } from './talent-case.entity';

/** The S-55 measure each kind rests on; its department (from the rules) reviews it. */
const MEASURE_OF: Readonly<Record<TalentCaseKind, TalentMeasureCode>> = {
  title: 'S-55a',
  housing: 'S-55b',
  'model-worker': 'S-55c',
  'bamin-talent': 'S-55d',
};

/**
 * 职称 green-channel applications, housing requests and 劳模 / 八闽英才 nominations: checked against the
 * employer's title on the application day by the rules (libs/policy), routed to the department the rule names
 * (人社局, 住建局, 市总工会, 人才办), and decided there.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly people: PeopleService,
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  async submit(req: SubmitCaseRequest): Promise<TalentCaseDto> {
    const appliedOn = req.appliedOn ?? this.clock.today();
    if (req.kind === 'title' && (!req.specialty || !req.level))
      throw new DomainException('VALIDATION_FAILED', '职称申请须填写专业和级别');
    const nomination = req.kind === 'model-worker' || req.kind === 'bamin-talent';
    if (nomination && !req.roundId)
      throw new DomainException('VALIDATION_FAILED', '推荐（提名）须选择评选批次');
    return this.transactions.run(async (em) => {
      let round: NominationRound | null = null;
      if (nomination) {
        round = await em.findOne(NominationRound, { id: req.roundId });
        if (!round || round.kind !== req.kind) throw new DomainException('TALENT_ROUND_NOT_FOUND');
        if (appliedOn < round.opensOn || appliedOn > round.closesOn)
          throw new DomainException(
            'TALENT_ROUND_CLOSED',
            `该批次申报期为${round.opensOn}至${round.closesOn}`,
          );
      }
      const { person, card } = await this.people.load(req.personId, req.actor);
      if (!card) throw new DomainException('TALENT_ENTERPRISE_UNKNOWN');
      const measure = this.scope.measureOf(card, appliedOn, MEASURE_OF[req.kind]);
      if (measure.status !== 'applies')
        throw new DomainException(
          'TALENT_NOT_ELIGIBLE',
          `${card.name || card.uscc}在${appliedOn}不具备“${measure.zh}”资格：${measure.reason}`,
        );
      const c = new TalentCase();
      c.id = randomUUID();
      c.kind = req.kind;
      c.measure = measure.id;
      c.personId = person.id;
      c.uscc = card.uscc;
      c.countyCode = card.countyCode;
      c.appliedOn = appliedOn;
      c.eligibility = measure.reason;
      c.department = measure.department;
      c.specialty = req.specialty ?? null;
      c.level = req.level ?? null;
      c.roundId = round?.id ?? null;
      c.createdBy = req.actor.username;
      em.persist(c);
      return this.dto(c, person, card.name);
    }, TALENT_TX);
  }

  async decide(req: DecideCaseRequest): Promise<TalentCaseDto> {
    return this.transactions.run(async (em) => {
      const c = await em.findOne(TalentCase, { id: req.caseId });
      if (!c) throw new DomainException('TALENT_CASE_NOT_FOUND');
      assertInScope(req.actor, c.countyCode);
      if (c.status !== 'routed') throw new DomainException('TALENT_CASE_STATE', '该申请已有结果');
      c.status = req.outcome;
      c.outcomeNote = req.note ?? null;
      c.decidedBy = req.actor.username;
      c.decidedOn = this.clock.today();
      recordEvent(em, TALENT_SERVICE, 'talent.case.decided', {
        caseId: c.id,
        kind: c.kind,
        measure: c.measure,
        uscc: c.uscc,
        countyCode: c.countyCode,
        department: c.department,
        outcome: req.outcome,
        decidedOn: c.decidedOn,
      });
      const { person, card } = await this.people.load(c.personId);
      return this.dto(c, person, card?.name ?? '');
    }, TALENT_TX);
  }

  async list(req: CaseListRequest): Promise<Page<TalentCaseDto>> {
    const where: FilterQuery<TalentCase> = {};
    if (req.kind) where.kind = req.kind;
    if (req.status) where.status = req.status;
    if (req.roundId) where.roundId = req.roundId;
    if (req.actor?.countyCode) where.countyCode = req.actor.countyCode;
    const page = req.page ?? 1;
    const pageSize = req.pageSize ?? 20;
    const [items, total] = await this.em.findAndCount(TalentCase, where, {
      orderBy: { appliedOn: 'desc', id: 'asc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const people = new Map(
      (await this.em.find(Person, { id: { $in: items.map((c) => c.personId) } })).map((p) => [p.id, p]),
    );
    const cards = await this.people.cards(items.map((c) => c.uscc));
    return {
      items: items.map((c) => this.dto(c, people.get(c.personId), cards.get(c.uscc)?.name ?? '')),
      total,
      page,
      pageSize,
    };
  }

  async createRound(req: CreateRoundRequest): Promise<NominationRoundDto> {
    if (req.closesOn < req.opensOn)
      throw new DomainException('VALIDATION_FAILED', '申报截止日不能早于开始日');
    return this.transactions.run(async (em) => {
      if (await em.count(NominationRound, { kind: req.kind, year: req.year, title: req.title }))
        throw new DomainException('CONFLICT', '同名批次已存在');
      const r = new NominationRound();
      r.id = randomUUID();
      Object.assign(r, {
        kind: req.kind,
        year: req.year,
        title: req.title,
        opensOn: req.opensOn,
        closesOn: req.closesOn,
      });
      em.persist(r);
      return {
        id: r.id,
        kind: r.kind,
        year: r.year,
        title: r.title,
        opensOn: r.opensOn,
        closesOn: r.closesOn,
      };
    }, TALENT_TX);
  }

  async rounds(_req: RoundListRequest): Promise<NominationRoundDto[]> {
    const list = await this.em.find(
      NominationRound,
      {},
      { orderBy: { year: 'desc', opensOn: 'desc', id: 'asc' } },
    );
    return list.map((r) => ({
      id: r.id,
      kind: r.kind,
      year: r.year,
      title: r.title,
      opensOn: r.opensOn,
      closesOn: r.closesOn,
    }));
  }

  private dto(c: TalentCase, person: Person | undefined, enterpriseName: string): TalentCaseDto {
    return {
      id: c.id,
      kind: c.kind,
      measure: c.measure,
      personId: c.personId,
      personName: person?.name ?? '',
      uscc: c.uscc,
      enterpriseName,
      countyCode: c.countyCode,
      appliedOn: c.appliedOn,
      eligibility: c.eligibility,
      department: c.department,
      specialty: c.specialty,
      level: c.level,
      roundId: c.roundId,
      status: c.status,
      outcomeNote: c.outcomeNote,
      decidedBy: c.decidedBy,
      decidedOn: c.decidedOn,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { CoverageDto, CoverageRequest } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { scopedCounty } from '@ladder/platform-messaging';

import { EnterpriseCard } from '../projection/enterprise-card.entity';
import { ScopeService } from '../scope/scope.service';
import { computeCoverage } from './coverage';
import { Enrolment } from './enrolment.entity';
import { Programme } from './programme.entity';
import { TrainingSession } from './training-session.entity';

/**
 * S-54 coverage for a year. Quality SMEs are the active enterprises the rules give S-54 on 12-31 of the year (or
 * today, in the current year); covered are those with a person present at a session of a management programme held
 * in the year.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly scope: ScopeService,
    private readonly clock: Clock,
  ) {}

  async get(req: CoverageRequest): Promise<CoverageDto> {
    const county = scopedCounty(req.actor, req.county);
    const today = this.clock.today();
    const yearEnd = `${req.year}-12-31`;
    const asOf = today < yearEnd && today >= `${req.year}-01-01` ? today : yearEnd;
    const cards = await this.em.find(EnterpriseCard, {
      status: 'active',
      ...(county ? { countyCode: county } : {}),
    });
    const enterprises = cards.map((c) => ({
      uscc: c.uscc,
      name: c.name,
      countyCode: c.countyCode,
      quality: c.titles.length > 0 && this.scope.measureOf(c, asOf, 'S-54').status === 'applies',
    }));
    return computeCoverage(req.year, asOf, enterprises, await this.coveredUsccs(req.year), county);
  }

  /** Enterprises with a person present at a management-training session held in the year. */
  async coveredUsccs(year: number): Promise<Set<string>> {
    const programmes = await this.em.find(Programme, { management: true }, { fields: ['id'] });
    if (programmes.length === 0) return new Set();
    const sessions = await this.em.find(TrainingSession, {
      programmeId: { $in: programmes.map((p) => p.id) },
      heldOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    });
    const inYear = new Set(sessions.map((s) => s.id));
    const enrolments = await this.em.find(Enrolment, {
      programmeId: { $in: [...new Set(sessions.map((s) => s.programmeId))] },
    });
    return new Set(
      enrolments.filter((e) => e.attendedSessionIds.some((id) => inYear.has(id))).map((e) => e.uscc),
    );
  }
}

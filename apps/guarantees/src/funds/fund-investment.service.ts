import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { FundInvestmentDto, FundInvestmentQuery, Page, RecordFundInvestmentRequest } from '@ladder/contracts';
import { TransactionRunner, recordEvent, scopedCounty } from '@ladder/platform-messaging';

import { GUARANTEES_SOURCE } from '../guarantees.tokens';
import { FundInvestment } from './fund-investment.entity';

function toDto(f: FundInvestment): FundInvestmentDto {
  return {
    id: f.id,
    uscc: f.uscc,
    countyCode: f.countyCode,
    fund: f.fund,
    fundName: f.fundName,
    paidInFen: f.paidInFen,
    paidInOn: f.paidInOn,
    recordedBy: f.recordedBy,
    recordedAt: f.recordedAt.toISOString(),
  };
}

/**
 * S-47: national fund investments paid in. The award itself is subsidies' (libs/policy `computeAward` S-47): each
 * record goes there as `guarantees.fund-investment.recorded`, from which subsidies opens the application.
 */
@Injectable()
export class FundInvestmentService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
  ) {}

  async record(req: RecordFundInvestmentRequest): Promise<FundInvestmentDto> {
    return this.transactions.run(async (em) => {
      const f = Object.assign(new FundInvestment(), {
        id: randomUUID(),
        uscc: req.uscc,
        countyCode: req.countyCode,
        fund: req.fund,
        fundName: req.fundName,
        paidInFen: req.paidInFen,
        paidInOn: req.paidInOn,
        recordedBy: req.actor.username,
      });
      em.persist(f);
      recordEvent(em, GUARANTEES_SOURCE, 'guarantees.fund-investment.recorded', {
        investmentId: f.id,
        uscc: f.uscc,
        countyCode: f.countyCode,
        fund: f.fund,
        fundName: f.fundName,
        paidInFen: f.paidInFen,
        paidInOn: f.paidInOn,
        recordedBy: f.recordedBy,
      });
      await em.flush();
      return toDto(f);
    });
  }

  async list(q: FundInvestmentQuery): Promise<Page<FundInvestmentDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = q.uscc ? { uscc: q.uscc } : {};
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const [rows, total] = await (this.em as EntityManager).findAndCount(FundInvestment, where, {
      orderBy: { paidInOn: 'desc', id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toDto), total, page, pageSize };
  }
}

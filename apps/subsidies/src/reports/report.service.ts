import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Actor, SubsidyReportDto } from '@ladder/contracts';
import { scopedCounty } from '@ladder/platform-messaging';

import { BudgetLine } from '../budgets/budget-line.entity';
import { toBudgetLineDto } from '../budgets/budget.service';
import { LedgerEntry } from '../budgets/ledger-entry.entity';
import { Entitlement } from '../entitlements/entitlement.entity';

type Totals = { count: number; approvedFen: number; disbursedFen: number };

const COMMITTED = new Set(['approved', 'disbursed']);

/**
 * Totals by award, county and year, and the reconciliation of every budget line with its ledger: reserved =
 * reserves − releases − consumptions and consumed = consumptions, to the fen; a line that does not balance is shown.
 */
@Injectable()
export class ReportService {
  constructor(private readonly em: CoreEntityManager) {}

  async summary(year?: number, actor?: Actor): Promise<SubsidyReportDto> {
    const em = this.em as EntityManager;
    const county = scopedCounty(actor);
    const entitlements = await em.find(Entitlement, {
      status: { $nin: ['rejected', 'cancelled'] },
      ...(county ? { countyCode: county } : {}),
    });
    const byAward: Record<string, Totals> = {};
    const byCounty: Record<string, Totals> = {};
    const byYear: Record<string, Totals> = {};
    for (const e of entitlements) {
      const y = String(e.budgetYear ?? Number(e.triggerDate.slice(0, 4)));
      if (year && y !== String(year)) continue;
      const approved = COMMITTED.has(e.status) ? e.amountFen : 0;
      const disbursed = e.status === 'disbursed' ? e.amountFen : 0;
      for (const [bucket, key] of [
        [byAward, e.awardId],
        [byCounty, e.countyCode],
        [byYear, y],
      ] as const) {
        const t = (bucket[key] ??= { count: 0, approvedFen: 0, disbursedFen: 0 });
        t.count += 1;
        t.approvedFen += approved;
        t.disbursedFen += disbursed;
      }
    }
    const lines = await em.find(BudgetLine, {
      ...(year ? { year } : {}),
      ...(county ? { countyCode: county } : {}),
    }, { orderBy: { year: 'desc', payer: 'asc', countyCode: 'asc' } });
    const ledger = lines.length ? await em.find(LedgerEntry, { budgetLineId: { $in: lines.map((l) => l.id) } }) : [];
    const reconciliation = lines.map((l) => {
      const own = ledger.filter((x) => x.budgetLineId === l.id);
      const sum = (kind: LedgerEntry['kind']) => own.filter((x) => x.kind === kind).reduce((s, x) => s + x.amountFen, 0);
      const ledgerConsumedFen = sum('consume');
      const ledgerReservedFen = sum('reserve') - sum('release') - ledgerConsumedFen;
      return {
        ...toBudgetLineDto(l),
        ledgerReservedFen,
        ledgerConsumedFen,
        balanced: ledgerReservedFen === l.reservedFen && ledgerConsumedFen === l.consumedFen,
      };
    });
    return { year: year ?? null, byAward, byCounty, byYear, reconciliation };
  }
}

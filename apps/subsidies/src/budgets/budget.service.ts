import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { PAYER_LABELS } from '@ladder/contracts';
import type { Actor, BudgetLineDto, LedgerEntryDto, LedgerQuery, Page, Payer, PayerShareDto } from '@ladder/contracts';
import { DomainException, TransactionRunner, scopedCounty } from '@ladder/platform-messaging';
import { findCounty, formatWanYuan } from '@ladder/shared-domain';

import { BudgetLine } from './budget-line.entity';
import { LedgerEntry } from './ledger-entry.entity';


export function toBudgetLineDto(l: BudgetLine): BudgetLineDto {
  return {
    id: l.id,
    payer: l.payer,
    countyCode: l.countyCode || null,
    year: l.year,
    amountFen: l.amountFen,
    reservedFen: l.reservedFen,
    consumedFen: l.consumedFen,
    availableFen: l.amountFen - l.reservedFen - l.consumedFen,
    version: l.version,
  };
}

function lineName(payer: Payer, countyCode: string, year: number): string {
  const county = countyCode ? findCounty(countyCode)?.name ?? countyCode : '';
  return `${year}年度${county}${PAYER_LABELS[payer]}预算`;
}

export interface Movement {
  readonly entitlementId: string;
  readonly awardId: string;
  readonly uscc: string;
  readonly year: number;
  readonly voucherNo?: string | null;
}

/**
 * Budget lines per payer and year. Reserve on approval, consume on payment, release on cancellation — each
 * a conditional UPDATE that the database refuses when it would overdraw the line (so two officials approving
 * against the last 10万 cannot both succeed) and a ledger entry in the same transaction.
 */
@Injectable()
export class BudgetService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
  ) {}

  async set(payer: Payer, countyCode: string | undefined, year: number, amountFen: number, _actor: Actor): Promise<BudgetLineDto> {
    const county = payer === 'CNTY' || payer === 'BEN' ? (countyCode ?? '') : '';
    if ((payer === 'CNTY' || payer === 'BEN') && !county) throw new DomainException('VALIDATION_FAILED', '县级、受益地财政预算须指定县（市、区）');
    if ((payer === 'PROV' || payer === 'CITY') && countyCode) throw new DomainException('VALIDATION_FAILED', '省级、市级财政预算不按县（市、区）下达');
    return this.transactions.run(async (em) => {
      let line = await em.findOne(BudgetLine, { payer, countyCode: county, year });
      if (!line) {
        line = Object.assign(new BudgetLine(), { id: randomUUID(), payer, countyCode: county, year });
        em.persist(line);
      }
      if (amountFen < line.reservedFen + line.consumedFen) {
        throw new DomainException(
          'VALIDATION_FAILED',
          `预算额度不能低于已预留与已拨付之和（${formatWanYuan(line.reservedFen + line.consumedFen)}万元）`,
        );
      }
      line.amountFen = amountFen;
      await em.flush();
      return toBudgetLineDto(line);
    });
  }

  /** Lines of a year (or all); a county sees the city and provincial lines and its own. */
  async list(year?: number, actor?: Actor): Promise<BudgetLineDto[]> {
    const where: Record<string, unknown> = year ? { year } : {};
    const county = scopedCounty(actor);
    if (county) where['countyCode'] = { $in: ['', county] };
    const rows = await (this.em as EntityManager).find(BudgetLine, where, { orderBy: { year: 'desc', payer: 'asc', countyCode: 'asc' } });
    return rows.map(toBudgetLineDto);
  }

  /**
   * The line a share draws on. Provincial money (PROV) is paid by the province and only tracked here: without a
   * PROV line the movement is recorded in the ledger alone (`null`); with one, it is checked like any other line.
   */
  private async line(em: EntityManager, share: PayerShareDto, year: number): Promise<BudgetLine | null> {
    const county = share.payer === 'CNTY' || share.payer === 'BEN' ? (share.countyCode ?? '') : '';
    const line = await em.findOne(BudgetLine, { payer: share.payer, countyCode: county, year }, { refresh: true });
    if (!line && share.payer === 'PROV') return null;
    if (!line) {
      throw new DomainException('SUBSIDIES_BUDGET_MISSING', `尚未下达${lineName(share.payer, county, year)}，不能批准`);
    }
    return line;
  }

  /** Reserve every share of an entitlement (inside the approval transaction). */
  async reserve(em: EntityManager, shares: readonly PayerShareDto[], m: Movement, actor: Actor): Promise<void> {
    for (const share of shares) {
      if (share.amountFen === 0) continue;
      const line = await this.line(em, share, m.year);
      if (!line) {
        this.ledger(em, null, share, m, 'reserve', actor);
        continue;
      }
      const changed: unknown = await em
        .createQueryBuilder(BudgetLine)
        .update({ reservedFen: raw('reserved_fen + ?', [share.amountFen]), version: raw('version + 1') })
        .where({ id: line.id })
        .andWhere('amount_fen - reserved_fen - consumed_fen >= ?', [share.amountFen])
        .execute('run');
      if (!affected(changed)) {
        const fresh = await em.findOneOrFail(BudgetLine, { id: line.id }, { refresh: true });
        const available = fresh.amountFen - fresh.reservedFen - fresh.consumedFen;
        throw new DomainException(
          'SUBSIDIES_BUDGET_INSUFFICIENT',
          `${lineName(share.payer, line.countyCode, m.year)}余额不足：可用${formatWanYuan(available)}万元，本项需${formatWanYuan(share.amountFen)}万元`,
        );
      }
      this.ledger(em, line, share, m, 'reserve', actor);
    }
  }

  /** Move reserved money to consumed (payment). */
  async consume(em: EntityManager, shares: readonly PayerShareDto[], m: Movement, actor: Actor): Promise<void> {
    for (const share of shares) {
      if (share.amountFen === 0) continue;
      const line = await this.line(em, share, m.year);
      if (!line) {
        this.ledger(em, null, share, m, 'consume', actor);
        continue;
      }
      const changed: unknown = await em
        .createQueryBuilder(BudgetLine)
        .update({
          reservedFen: raw('reserved_fen - ?', [share.amountFen]),
          consumedFen: raw('consumed_fen + ?', [share.amountFen]),
          version: raw('version + 1'),
        })
        .where({ id: line.id })
        .andWhere('reserved_fen >= ?', [share.amountFen])
        .execute('run');
      if (!affected(changed)) throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', '该奖补的预算预留不存在，不能拨付');
      this.ledger(em, line, share, m, 'consume', actor);
    }
  }

  /** Give reserved money back (rejection or cancellation after approval). */
  async release(em: EntityManager, shares: readonly PayerShareDto[], m: Movement, actor: Actor): Promise<void> {
    for (const share of shares) {
      if (share.amountFen === 0) continue;
      const line = await this.line(em, share, m.year);
      if (!line) {
        this.ledger(em, null, share, m, 'release', actor);
        continue;
      }
      const changed: unknown = await em
        .createQueryBuilder(BudgetLine)
        .update({ reservedFen: raw('reserved_fen - ?', [share.amountFen]), version: raw('version + 1') })
        .where({ id: line.id })
        .andWhere('reserved_fen >= ?', [share.amountFen])
        .execute('run');
      if (!affected(changed)) throw new DomainException('SUBSIDIES_ENTITLEMENT_STATE', '该奖补的预算预留不存在，不能释放');
      this.ledger(em, line, share, m, 'release', actor);
    }
  }

  private ledger(em: EntityManager, line: BudgetLine | null, share: PayerShareDto, m: Movement, kind: LedgerEntry['kind'], actor: Actor): void {
    const e = new LedgerEntry();
    e.budgetLineId = line?.id ?? null;
    e.entitlementId = m.entitlementId;
    e.awardId = m.awardId;
    e.uscc = m.uscc;
    e.payer = share.payer;
    e.countyCode = share.countyCode ?? null;
    e.year = m.year;
    e.kind = kind;
    e.amountFen = share.amountFen;
    e.voucherNo = m.voucherNo ?? null;
    e.actor = actor.username;
    em.persist(e);
  }

  async ledgerList(q: LedgerQuery): Promise<Page<LedgerEntryDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const where: Record<string, unknown> = {};
    if (q.payer) where['payer'] = q.payer;
    if (q.year) where['year'] = q.year;
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    const [rows, total] = await (this.em as EntityManager).findAndCount(LedgerEntry, where, {
      orderBy: { id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return {
      items: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        entitlementId: e.entitlementId,
        awardId: e.awardId,
        uscc: e.uscc,
        payer: e.payer,
        countyCode: e.countyCode ?? null,
        year: e.year,
        kind: e.kind,
        amountFen: e.amountFen,
        voucherNo: e.voucherNo ?? null,
        actor: e.actor,
      })),
      total,
      page,
      pageSize,
    };
  }
}

function affected(result: unknown): boolean {
  const r = result as { affectedRows?: number; rowCount?: number } | number | undefined;
  if (typeof r === 'number') return r > 0;
  return (r?.affectedRows ?? r?.rowCount ?? 0) > 0;
}

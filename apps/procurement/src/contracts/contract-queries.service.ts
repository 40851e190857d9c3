import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type {
  ContractDto,
  ContractQuery,
  ContractRef,
  DisclosureDto,
  DisclosureQuery,
  Page,
  RepeatOffenderQuery,
  RepeatOffenderRowDto,
  RepeatOffendersDto,
  SmeShareDto,
  SmeShareGroupQuery,
  SmeShareGroupRowDto,
  SmeShareGroupsDto,
  SmeShareQuery,
  SmeShareRowDto,
} from '@ladder/contracts';
import { judgeRepeatOffender, repeatOffenderVersionOn } from '@ladder/policy';
import { findCounty } from '@ladder/shared-domain';
import { Clock } from '@ladder/platform-config';
import { DomainException, assertInScope, scopedCounty } from '@ladder/platform-messaging';

import { judgeContract } from './contract-judge';
import { ProcurementContract } from './procurement-contract.entity';

const SME_SIZES: ReadonlySet<string> = new Set(['medium', 'small', 'micro']);

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** num ÷ den as a percentage with two decimals, rounded half up ("33.33%"); "—" when den is 0. */
export function percentOf(num: number, den: number): string {
  if (den === 0) return '—';
  const hundredths = (BigInt(num) * 10_000n * 2n + BigInt(den)) / (2n * BigInt(den));
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}%`;
}

/** 分 as 元 with thousands separators and two decimals ("1,234.56"). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = BigInt(Math.abs(fen));
  return `${sign}${(abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(abs % 100n).padStart(2, '0')}`;
}

/** A share row: the exact fraction reduced, the percentage to two decimals, and the formula with both sums. */
export function shareRow(key: string, label: string, r: { contracts: number; smeContracts: number; totalFen: number; smeFen: number }): SmeShareGroupRowDto {
  const g = r.totalFen === 0 ? 1n : gcd(BigInt(r.smeFen), BigInt(r.totalFen)) || 1n;
  const sharePercent = percentOf(r.smeFen, r.totalFen);
  return {
    key,
    label,
    ...r,
    share: { num: Number(BigInt(r.smeFen) / g), den: Number(BigInt(r.totalFen) / g) },
    sharePercent,
    formula: `中小企业合同金额${yuan(r.smeFen)}元 ÷ 全部合同金额${yuan(r.totalFen)}元 = ${sharePercent}`,
  };
}

/** Contracts judged on a day, the annual disclosure list, the SME share and the repeat offenders (county scope applied). */
@Injectable()
export class ContractQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async get(req: ContractRef): Promise<ContractDto> {
    const c = await this.em.fork().findOne(ProcurementContract, { id: req.contractId });
    if (!c) throw new DomainException('PROCUREMENT_CONTRACT_NOT_FOUND');
    assertInScope(req.actor, c.countyCode);
    return judgeContract(c, req.asOf ?? this.clock.today());
  }

  async list(q: ContractQuery): Promise<Page<ContractDto>> {
    const where: FilterQuery<ProcurementContract> = {};
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    if (q.buyerName) where.buyerName = q.buyerName;
    if (q.supplierUscc) where.supplierUscc = q.supplierUscc;
    if (q.signedYear) where.signedOn = { $gte: `${q.signedYear}-01-01`, $lte: `${q.signedYear}-12-31` };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.fork().findAndCount(ProcurementContract, where, { orderBy: { signedOn: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const asOf = q.asOf ?? this.clock.today();
    return { items: rows.map((c) => judgeContract(c, asOf)), total, page, pageSize };
  }

  /** Contracts overdue and unpaid on 31 December of `year`, to be published by 31 March of the next year. */
  async disclosure(q: DisclosureQuery): Promise<DisclosureDto> {
    const asOf = `${q.year}-12-31`;
    const where: FilterQuery<ProcurementContract> = { signedOn: { $lte: asOf }, deliveredOn: { $ne: null, $lte: asOf } };
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    const contracts = await this.em.fork().find(ProcurementContract, where, { orderBy: { buyerName: 'asc', contractNumber: 'asc' } });
    const rows = contracts
      .map((c) => judgeContract(c, asOf))
      .filter((d) => d.paymentStatus === 'overdue' && d.outstandingFen > 0 && d.dueDate !== null)
      .map((d) => ({
        contractId: d.id,
        contractNumber: d.contractNumber,
        buyerName: d.buyerName,
        buyerKind: d.buyerKind,
        countyCode: d.countyCode,
        supplierName: d.supplierName,
        supplierUscc: d.supplierUscc,
        dueDate: d.dueDate ?? '',
        outstandingFen: d.outstandingFen,
        daysOverdue: d.daysOverdue,
      }));
    return { year: q.year, asOf, publishBy: `${q.year + 1}-03-31`, rows, totalOutstandingFen: rows.reduce((s, r) => s + r.outstandingFen, 0) };
  }

  /** Per buyer: the amounts of its contracts signed in `year` with an SME (size at signing) over all its contracts. */
  async smeShare(q: SmeShareQuery): Promise<SmeShareDto> {
    const where: FilterQuery<ProcurementContract> = { signedOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } };
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    const contracts = await this.em.fork().find(ProcurementContract, where, { orderBy: { buyerName: 'asc' } });
    const byBuyer = new Map<string, { contracts: number; smeContracts: number; totalFen: number; smeFen: number }>();
    for (const c of contracts) {
      const row = byBuyer.get(c.buyerName) ?? { contracts: 0, smeContracts: 0, totalFen: 0, smeFen: 0 };
      row.contracts += 1;
      row.totalFen += c.amountFen;
      if (SME_SIZES.has(c.sizeAtSigning)) {
        row.smeContracts += 1;
        row.smeFen += c.amountFen;
      }
      byBuyer.set(c.buyerName, row);
    }
    const rows: SmeShareRowDto[] = [...byBuyer.entries()].map(([buyerName, r]) => {
      const g = r.totalFen === 0 ? 1n : gcd(BigInt(r.smeFen), BigInt(r.totalFen)) || 1n;
      return { buyerName, ...r, share: { num: Number(BigInt(r.smeFen) / g), den: Number(BigInt(r.totalFen) / g) }, sharePercent: percentOf(r.smeFen, r.totalFen) };
    });
    return { year: q.year, rows };
  }

  /** By department (主管预算单位) or county: SME contract amounts signed in `year` over all, with both sums shown. */
  async smeShareGroups(q: SmeShareGroupQuery): Promise<SmeShareGroupsDto> {
    const by = q.by ?? 'department';
    const where: FilterQuery<ProcurementContract> = { signedOn: { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` } };
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    const contracts = await this.em.fork().find(ProcurementContract, where, { orderBy: { id: 'asc' } });
    const empty = (): { contracts: number; smeContracts: number; totalFen: number; smeFen: number } => ({ contracts: 0, smeContracts: 0, totalFen: 0, smeFen: 0 });
    const groups = new Map<string, ReturnType<typeof empty>>();
    const total = empty();
    for (const c of contracts) {
      const key = by === 'department' ? (c.department ?? '') : c.countyCode;
      const row = groups.get(key) ?? empty();
      for (const r of [row, total]) {
        r.contracts += 1;
        r.totalFen += c.amountFen;
        if (SME_SIZES.has(c.sizeAtSigning)) {
          r.smeContracts += 1;
          r.smeFen += c.amountFen;
        }
      }
      groups.set(key, row);
    }
    const label = (key: string): string => (by === 'county' ? (findCounty(key)?.name ?? key) : key || '（未填写主管预算单位）');
    const rows = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, r]) => shareRow(key, label(key), r));
    return { year: q.year, by, rows, total: shareRow('', '合计', total) };
  }

  /**
   * Buyers named in the disclosure lists (overdue and unpaid on 31 December) of several years from the payment
   * regulation through `year`, or on many contracts — the thresholds are the policy's dated repeat-offender rule.
   */
  async repeatOffenders(q: RepeatOffenderQuery): Promise<RepeatOffendersDto> {
    const asOf = `${q.year}-12-31`;
    const rule = repeatOffenderVersionOn(asOf);
    const where: FilterQuery<ProcurementContract> = { signedOn: { $lte: asOf }, deliveredOn: { $ne: null, $lte: asOf } };
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    const contracts = await this.em.fork().find(ProcurementContract, where, { orderBy: { buyerName: 'asc', contractNumber: 'asc' } });
    const byBuyer = new Map<string, { first: ProcurementContract; years: Set<number>; numbers: Set<string>; latestYear: number; latestOutstandingFen: number }>();
    for (let year = rule.firstYear; year <= q.year; year += 1) {
      const end = `${year}-12-31`;
      for (const c of contracts) {
        if (c.signedOn > end || c.deliveredOn === null || c.deliveredOn > end) continue;
        const d = judgeContract(c, end);
        if (d.paymentStatus !== 'overdue' || d.outstandingFen <= 0) continue;
        const b = byBuyer.get(c.buyerName) ?? { first: c, years: new Set<number>(), numbers: new Set<string>(), latestYear: 0, latestOutstandingFen: 0 };
        b.years.add(year);
        b.numbers.add(c.contractNumber);
        if (year > b.latestYear) {
          b.latestYear = year;
          b.latestOutstandingFen = 0;
        }
        b.latestOutstandingFen += d.outstandingFen;
        byBuyer.set(c.buyerName, b);
      }
    }
    const rows: RepeatOffenderRowDto[] = [];
    for (const [buyerName, b] of byBuyer) {
      const j = judgeRepeatOffender(b.years.size, b.numbers.size, asOf);
      if (!j.offender) continue;
      rows.push({
        buyerName,
        buyerKind: b.first.buyerKind,
        countyCode: b.first.countyCode,
        years: [...b.years].sort((x, y) => x - y),
        contracts: b.numbers.size,
        contractNumbers: [...b.numbers].sort(),
        latestOutstandingFen: b.latestOutstandingFen,
        reasons: [...j.reasons],
      });
    }
    return {
      year: q.year,
      fromYear: rule.firstYear,
      rule: {
        id: rule.id,
        effectiveFrom: rule.effectiveFrom,
        minYears: rule.minYears,
        minContracts: rule.minContracts,
        source: `${rule.source.title}（${rule.source.docNo}）`,
        pendingConfirmation: rule.pending.map((p) => `${p.parameter} = ${p.value}：${p.note}（待${p.confirmBy}确认）`).join('；'),
      },
      rows,
    };
  }
}

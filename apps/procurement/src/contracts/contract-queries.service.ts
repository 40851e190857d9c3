import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { ContractDto, ContractQuery, ContractRef, DisclosureDto, DisclosureQuery, Page, SmeShareDto, SmeShareQuery, SmeShareRowDto } from '@ladder/contracts';
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

/** Contracts judged on a day, the annual disclosure list and the SME share by buyer (county scope applied). */
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
}

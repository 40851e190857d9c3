import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import { findServiceDepartment } from '@ladder/contracts';
import type { StatisticsDto, StatisticsQuery, StatisticsRowDto } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, scopedCounty } from '@ladder/platform-messaging';
import { findCounty } from '@ladder/shared-domain';

import { Appeal } from '../appeals/appeal.entity';
import { AppealClocks } from '../sla/appeal-clocks';

const OPEN = new Set<Appeal['status']>(['routed', 'acknowledged', 'answered']);

interface Acc {
  received: number;
  resolved: number;
  onTime: number;
  days: number;
  rated: number;
  score: number;
  overdueOpen: number;
}

const ratio = (n: number, d: number, places: number): number | null => (d === 0 ? null : Math.round((n / d) * 10 ** places) / 10 ** places);

/**
 * 办结率 and the rest, over the appeals received in [from, to]: resolved = those of them resolved by `to`
 * (办结率 = resolved ÷ received), on time = resolved within the resolve deadline (or the approved committed date),
 * average working days from receipt to resolution, satisfaction over the rated ones, and how many are still
 * open with an overdue clock today. Grouped by the department that holds (or resolved) the appeal, the county, or
 * the month of receipt. The console and the Excel export both show exactly these rows.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly clocks: AppealClocks,
    private readonly clock: Clock,
  ) {}

  async get(q: StatisticsQuery): Promise<StatisticsDto> {
    if (q.from > q.to) throw new DomainException('VALIDATION_FAILED', '起始日期不能晚于截止日期');
    const where: FilterQuery<Appeal> = { receivedOn: { $gte: q.from, $lte: q.to } };
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    const appeals = await this.em.find(Appeal, where, { orderBy: { receivedOn: 'asc', id: 'asc' } });
    const today = this.clock.today();
    const groups = new Map<string, Acc>();
    const total: Acc = { received: 0, resolved: 0, onTime: 0, days: 0, rated: 0, score: 0, overdueOpen: 0 };
    let provisional = false;
    for (const a of appeals) {
      const key = q.groupBy === 'department' ? (a.departmentCode ?? 'unrouted') : q.groupBy === 'county' ? a.countyCode : a.receivedOn.slice(0, 7);
      const acc = groups.get(key) ?? { received: 0, resolved: 0, onTime: 0, days: 0, rated: 0, score: 0, overdueOpen: 0 };
      groups.set(key, acc);
      const resolved = a.resolvedOn !== null && a.resolvedOn <= q.to;
      const wd = resolved ? this.clocks.workingDays(a.receivedOn, a.resolvedOn as string) : null;
      if (wd?.provisional) provisional = true;
      const overdue = OPEN.has(a.status) && this.clocks.clocks(a, today).some((c) => c.state === 'overdue');
      for (const t of [acc, total]) {
        t.received++;
        if (resolved) {
          t.resolved++;
          if (a.resolvedOnTime) t.onTime++;
          t.days += wd?.days ?? 0;
        }
        if (a.satisfaction !== null) {
          t.rated++;
          t.score += a.satisfaction;
        }
        if (overdue) t.overdueOpen++;
      }
    }
    const row = (key: string, label: string, t: Acc): StatisticsRowDto => ({
      key,
      label,
      received: t.received,
      resolved: t.resolved,
      resolutionRate: ratio(t.resolved, t.received, 4),
      resolvedOnTime: t.onTime,
      onTimeRate: ratio(t.onTime, t.resolved, 4),
      avgWorkingDaysToResolve: ratio(t.days, t.resolved, 2),
      rated: t.rated,
      avgSatisfaction: ratio(t.score, t.rated, 2),
      overdueOpen: t.overdueOpen,
    });
    const label = (key: string): string =>
      q.groupBy === 'department'
        ? key === 'unrouted'
          ? '待分拨'
          : (findServiceDepartment(key)?.short ?? key)
        : q.groupBy === 'county'
          ? (findCounty(key)?.name ?? key)
          : `${key.slice(0, 4)}年${Number(key.slice(5))}月`;
    const rows = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, t]) => row(key, label(key), t));
    return {
      from: q.from,
      to: q.to,
      groupBy: q.groupBy,
      rows,
      total: row('total', '合计', total),
      provisional,
      note: `办结率＝${q.from}至${q.to}收到的诉求中截至${q.to}已办结的件数÷收到件数；按时办结率＝按时办结÷办结；平均办结工作日自收到次日起算至办结日。${provisional ? '部分工作日按周一至周五暂定计算（节假日安排尚未载入）。' : ''}`,
    };
  }
}

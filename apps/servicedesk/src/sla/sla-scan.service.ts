import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EntityManager as CoreEntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import { findServiceDepartment } from '@ladder/contracts';
import type { Page, ServiceNoticeDto, ServiceNoticeQuery, SlaClockDto, SlaScanResultDto } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { TransactionRunner, recordEvent, scopedCounty } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';

import { can, step } from '../appeals/appeal-access';
import { Appeal } from '../appeals/appeal.entity';
import { ServicedeskEnv } from '../config/servicedesk.env';
import { SERVICEDESK_ENV, SERVICEDESK_SOURCE, SYSTEM_NAME } from '../servicedesk.tokens';
import { AppealClocks } from './appeal-clocks';
import { SlaAlert } from './sla-alert.entity';

type Level = SlaAlert['level'];
type Outcome = 'sent' | 'already-sent';

/**
 * Warnings before and escalations after SLA deadlines, exactly once per appeal, clock cycle, deadline kind and
 * level: the SlaAlert row (unique on those four), the timeline step and the outbox event commit together, so a
 * second run — the periodic job twice, a job and a manual call at once, a redelivered request — finds the row or
 * fails on the unique key and rolls its event back. Runs every SLA_SCAN_MINUTES and on `servicedesk.sla.scan`.
 */
@Injectable()
export class SlaScanService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaScan');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    private readonly clocks: AppealClocks,
    private readonly clock: Clock,
    @Inject(SERVICEDESK_ENV) private readonly env: ServicedeskEnv,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.SLA_SCAN_MINUTES === 0) return;
    const run = (): void => void this.scan().catch((e: unknown) => this.logger.error(String(e)));
    this.timer = setInterval(run, this.env.SLA_SCAN_MINUTES * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async scan(): Promise<SlaScanResultDto> {
    const today = this.clock.today();
    const open = await this.em.fork().find(Appeal, { status: { $in: ['routed', 'acknowledged', 'answered'] } }, { fields: ['id'], orderBy: { id: 'asc' } });
    const result = { today, scanned: open.length, warnings: 0, escalations: 0, alreadySent: 0 };
    for (const { id } of open) {
      let appealClocks: SlaClockDto[];
      try {
        appealClocks = await this.transactions.run(async (em) => {
          const a = await em.findOneOrFail(Appeal, { id });
          return this.clocks.clocks(a, today);
        }, { fork: true });
      } catch (error) {
        this.logger.error(`${id}: ${String(error)}`);
        continue;
      }
      for (const c of appealClocks) {
        if (c.metOn !== null || c.dueOn === null) continue;
        const level: Level | null = c.state === 'overdue' ? 'escalated' : c.warnOn !== null && today >= c.warnOn ? 'warning' : null;
        if (!level) continue;
        const outcome = await this.alert(id, c, level, today);
        if (outcome === 'already-sent') result.alreadySent++;
        else if (level === 'warning') result.warnings++;
        else result.escalations++;
      }
    }
    if (result.warnings + result.escalations > 0) this.logger.log(`SLA scan ${today}: ${result.warnings} warnings, ${result.escalations} escalations`);
    return result;
  }

  private async alert(appealId: string, c: SlaClockDto, level: Level, today: string): Promise<Outcome | null> {
    try {
      return await this.transactions.run(async (em): Promise<Outcome> => {
        const a = await em.findOneOrFail(Appeal, { id: appealId });
        const key = { appealId, cycle: a.cycle, kind: c.kind, level };
        if (await em.findOne(SlaAlert, key)) return 'already-sent';
        const department = a.departmentCode ?? '';
        const deptName = findServiceDepartment(department)?.short ?? department;
        const text =
          level === 'warning'
            ? `诉求${a.number}（${a.enterpriseName}）${c.kindZh}时限${c.dueOn}到期，请${deptName}抓紧办理`
            : `诉求${a.number}（${a.enterpriseName}）${c.kindZh}已超期${c.workingDaysLate}个工作日（时限${c.dueOn}），已提级督办：${deptName}分管领导、市工信局`;
        const alert = em.create(SlaAlert, { ...key, appealNumber: a.number, dueOn: c.dueOn ?? today, departmentCode: department, countyCode: a.countyCode, text: c.provisional ? `${text}（暂定：${c.provisionalNote}）` : text, createdAt: new Date() });
        em.persist(alert);
        step(a, level, SYSTEM_NAME, today, alert.text);
        const base = { appealId, number: a.number, uscc: a.uscc, countyCode: a.countyCode, category: a.category, departmentCode: department, kind: c.kind, cycle: a.cycle, dueOn: c.dueOn ?? today, notify: [department, 'gxj'], provisional: c.provisional };
        if (level === 'warning') recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.warned', { ...base, warnedOn: today });
        else recordEvent(em, SERVICEDESK_SOURCE, 'servicedesk.appeal.escalated', { ...base, workingDaysLate: Math.max(1, c.workingDaysLate) });
        await em.flush();
        return 'sent';
      }, { fork: true });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return 'already-sent';
      this.logger.error(`${appealId} ${c.kind} ${level}: ${String(error)}`);
      return null;
    }
  }

  /** Console notices: a department handler sees its department's, a county account its county's, 工信局 all. */
  async notices(q: ServiceNoticeQuery): Promise<Page<ServiceNoticeDto>> {
    const where: FilterQuery<SlaAlert> = {};
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    if (q.actor?.departmentCode && can(q.actor, PERM.servicedesk.handle) && !can(q.actor, PERM.servicedesk.triage)) where.departmentCode = q.actor.departmentCode;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await this.em.findAndCount(SlaAlert, where, { orderBy: { id: 'desc' }, limit: pageSize, offset: (page - 1) * pageSize });
    return {
      items: rows.map((r) => ({
        id: String(r.id),
        appealId: r.appealId,
        appealNumber: r.appealNumber,
        level: r.level,
        kind: r.kind,
        dueOn: r.dueOn,
        departmentCode: r.departmentCode,
        text: r.text,
        createdAt: r.createdAt.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}

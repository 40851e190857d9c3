import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { APPEAL_CATEGORY_ZH, APPEAL_STATUS_ZH, findServiceDepartment } from '@ladder/contracts';
import type { Actor, AppealDto, AppealQuery, AppealRef, Page } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { DomainException, scopedCounty } from '@ladder/platform-messaging';
import { PERM } from '@ladder/shared-permissions';

import { AppealClocks } from '../sla/appeal-clocks';
import { assertCanSee, can } from './appeal-access';
import { Appeal } from './appeal.entity';

const OPEN: Appeal['status'][] = ['routed', 'acknowledged', 'answered'];

/** Reads of appeals: one with its clocks and timeline, and the lists (a department's queue, the triage board). */
@Injectable()
export class AppealQueries {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly clocks: AppealClocks,
    private readonly clock: Clock,
  ) {}

  async load(em: EntityManager | CoreEntityManager, appealId: string, actor?: Actor): Promise<Appeal> {
    const a = await em.findOne(Appeal, { id: appealId });
    if (!a) throw new DomainException('SERVICEDESK_APPEAL_NOT_FOUND');
    assertCanSee(actor, a);
    return a;
  }

  async get(req: AppealRef): Promise<AppealDto> {
    return this.dto(await this.load(this.em, req.appealId, req.actor));
  }

  async list(q: AppealQuery): Promise<Page<AppealDto>> {
    const where: FilterQuery<Appeal> = {};
    const county = scopedCounty(q.actor, q.countyCode);
    if (county) where.countyCode = county;
    const handler = q.actor?.departmentCode && can(q.actor, PERM.servicedesk.handle) && !can(q.actor, PERM.servicedesk.triage);
    if (handler) {
      if (q.departmentCode && q.departmentCode !== q.actor?.departmentCode) throw new DomainException('SERVICEDESK_NOT_YOUR_DEPARTMENT');
      where.departmentCode = q.actor?.departmentCode;
    } else if (q.departmentCode) where.departmentCode = q.departmentCode;
    if (q.status) where.status = q.status;
    if (q.uscc) where.uscc = q.uscc;
    if (q.category) where.category = q.category;
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    if (q.overdue) {
      // Overdue is a property of the clocks (computed, not stored): filter the open appeals in memory.
      const open = await this.em.find(Appeal, { ...where, status: { $in: q.status ? [q.status] : OPEN } }, { orderBy: { receivedOn: 'asc', id: 'asc' } });
      const today = this.clock.today();
      const dtos = open.map((a) => this.dto(a, today)).filter((d) => d.clocks.some((c) => c.state === 'overdue'));
      return { items: dtos.slice((page - 1) * pageSize, page * pageSize), total: dtos.length, page, pageSize };
    }
    const [rows, total] = await this.em.findAndCount(Appeal, where, {
      orderBy: { receivedOn: 'desc', createdAt: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const today = this.clock.today();
    return { items: rows.map((a) => this.dto(a, today)), total, page, pageSize };
  }

  dto(a: Appeal, today = this.clock.today()): AppealDto {
    const clocks = this.clocks.clocks(a, today);
    return {
      id: a.id,
      number: a.number,
      uscc: a.uscc,
      enterpriseName: a.enterpriseName,
      countyCode: a.countyCode,
      category: a.category,
      categoryZh: APPEAL_CATEGORY_ZH[a.category],
      title: a.title,
      description: a.description,
      raisedBy: a.raisedBy,
      raisedByRole: a.raisedByRole,
      contactPhone: a.contactPhone,
      origin: a.origin,
      originId: a.originId,
      status: a.status,
      statusZh: APPEAL_STATUS_ZH[a.status],
      departmentCode: a.departmentCode,
      departmentName: a.departmentCode ? (findServiceDepartment(a.departmentCode)?.name ?? a.departmentCode) : null,
      waitingForEnterprise: a.pauses.some((p) => p.to === null),
      receivedOn: a.receivedOn,
      routedOn: a.routedOn,
      resolvedOn: a.resolvedOn,
      satisfaction: a.satisfaction,
      cycle: a.cycle,
      reopenCount: a.reopenCount,
      answer: a.answer,
      result: a.result,
      commitment: a.commitment,
      clocks,
      provisional: clocks.some((c) => c.provisional),
      timeline: a.timeline,
      version: a.version,
    };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { EXPOSED_STATUSES } from '@ladder/contracts';
import type {
  ExposureDto,
  ExposureRowDto,
  GuaranteeApplicationDto,
  GuaranteeQuery,
  GuaranteeRef,
  GuaranteesActorQuery,
  Page,
  PolicyCostYearDto,
} from '@ladder/contracts';
import { DomainException, scopedCounty } from '@ladder/platform-messaging';
import { findCounty } from '@ladder/shared-domain';

import { Organisation } from '../organisations/organisation.entity';
import { OrganisationService, canSee } from '../organisations/organisation.service';
import type { OrganisationScope } from '../organisations/organisation.service';
import { namesOf } from '../whitelist/white-list.service';
import { GuaranteeApplication } from './guarantee-application.entity';
import { toApplicationDto } from './guarantee.mapper';

/** Restrict a query to what the scope may see: its guarantors' or its banks' applications. */
function scopeWhere(scope: OrganisationScope): Record<string, unknown> {
  if (scope.guarantorIds === null || scope.bankIds === null) return {};
  return { $or: [{ guarantorId: { $in: [...scope.guarantorIds] } }, { bankId: { $in: [...scope.bankIds] } }] };
}

/** Reads of the workflow: lists, one application, exposure and policy cost — all within the actor's scope. */
@Injectable()
export class GuaranteeQueries {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly organisations: OrganisationService,
  ) {}

  private get db(): EntityManager {
    return this.em as EntityManager;
  }

  async list(q: GuaranteeQuery): Promise<Page<GuaranteeApplicationDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const scope = await this.organisations.scopeOf(q.actor);
    const where: Record<string, unknown> = { ...scopeWhere(scope) };
    if (q.status) where['status'] = q.status;
    if (q.uscc) where['uscc'] = q.uscc;
    if (q.guarantorId) where['guarantorId'] = q.guarantorId;
    if (q.bankId) where['bankId'] = q.bankId;
    const county = scopedCounty(q.actor, q.county);
    if (county) where['countyCode'] = county;
    const [rows, total] = await this.db.findAndCount(GuaranteeApplication, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const names = await namesOf(this.db, rows.map((r) => r.uscc));
    return { items: rows.map((r) => toApplicationDto(r, names.get(r.uscc))), total, page, pageSize };
  }

  async get(q: GuaranteeRef): Promise<GuaranteeApplicationDto> {
    const app = await this.db.findOne(GuaranteeApplication, { id: q.applicationId });
    if (!app) throw new DomainException('GUARANTEES_APPLICATION_NOT_FOUND');
    const scope = await this.organisations.scopeOf(q.actor);
    if (!canSee(scope, app.guarantorId, app.bankId)) throw new DomainException('GUARANTEES_ORGANISATION_SCOPE');
    return toApplicationDto(app, (await namesOf(this.db, [app.uscc])).get(app.uscc));
  }

  /** Pending (在审/已批未放), outstanding (在保), compensated and recovered — by enterprise, guarantor, bank, county. */
  async exposure(q: GuaranteesActorQuery): Promise<ExposureDto> {
    const scope = await this.organisations.scopeOf(q.actor);
    const where: Record<string, unknown> = { ...scopeWhere(scope), status: { $in: [...EXPOSED_STATUSES, 'compensated', 'recovered'] } };
    const county = scopedCounty(q.actor);
    if (county) where['countyCode'] = county;
    const apps = await this.db.find(GuaranteeApplication, where);
    const names = new Map((await this.db.find(Organisation, {})).map((o) => [o.id, o.name]));
    const enterpriseNames = await namesOf(this.db, apps.map((a) => a.uscc));
    const group = (key: (a: GuaranteeApplication) => string, name: (k: string) => string): ExposureRowDto[] => {
      const rows = new Map<string, { pendingFen: number; outstandingFen: number; compensatedFen: number; recoveredFen: number; count: number }>();
      for (const a of apps) {
        const k = key(a);
        const r = rows.get(k) ?? { pendingFen: 0, outstandingFen: 0, compensatedFen: 0, recoveredFen: 0, count: 0 };
        if (a.status === 'issued') r.outstandingFen += a.principalFen;
        else if (a.status === 'submitted' || a.status === 'reviewed' || a.status === 'approved') r.pendingFen += a.principalFen;
        r.compensatedFen += a.compensatedFen;
        r.recoveredFen += a.recoveredFen;
        r.count += 1;
        rows.set(k, r);
      }
      return [...rows.entries()]
        .map(([k, r]) => ({ key: k, name: name(k), ...r }))
        .sort((a, b) => b.outstandingFen + b.pendingFen - (a.outstandingFen + a.pendingFen) || a.key.localeCompare(b.key));
    };
    return {
      byEnterprise: group((a) => a.uscc, (k) => enterpriseNames.get(k) || k),
      byGuarantor: group((a) => a.guarantorId, (k) => names.get(k) ?? k),
      byBank: group((a) => a.bankId, (k) => names.get(k) ?? k),
      byCounty: group((a) => a.countyCode, (k) => findCounty(k)?.name ?? k),
    };
  }

  /** Fees waived or reduced (borne by the guarantors), per year of approval and guarantor. */
  async policyCost(q: GuaranteesActorQuery): Promise<PolicyCostYearDto[]> {
    const scope = await this.organisations.scopeOf(q.actor);
    const where: Record<string, unknown> = { ...scopeWhere(scope), approvedYear: q.year ?? { $ne: null }, status: { $ne: 'rejected' } };
    const apps = await this.db.find(GuaranteeApplication, where);
    const rows = new Map<string, PolicyCostYearDto>();
    for (const a of apps) {
      const year = a.approvedYear ?? 0;
      const key = `${year}/${a.guarantorId}`;
      const r = rows.get(key) ?? { year, guarantorId: a.guarantorId, count: 0, standardFeeFen: 0, chargedFeeFen: 0, policyCostFen: 0 };
      rows.set(key, {
        ...r,
        count: r.count + 1,
        standardFeeFen: r.standardFeeFen + a.standardFeeFen,
        chargedFeeFen: r.chargedFeeFen + a.chargedFeeFen,
        policyCostFen: r.policyCostFen + a.policyCostFen,
      });
    }
    const perGuarantor = [...rows.values()].sort((a, b) => b.year - a.year || (a.guarantorId ?? '').localeCompare(b.guarantorId ?? ''));
    const totals = new Map<number, PolicyCostYearDto>();
    for (const r of perGuarantor) {
      const t = totals.get(r.year) ?? { year: r.year, guarantorId: null, count: 0, standardFeeFen: 0, chargedFeeFen: 0, policyCostFen: 0 };
      totals.set(r.year, {
        ...t,
        count: t.count + r.count,
        standardFeeFen: t.standardFeeFen + r.standardFeeFen,
        chargedFeeFen: t.chargedFeeFen + r.chargedFeeFen,
        policyCostFen: t.policyCostFen + r.policyCostFen,
      });
    }
    // Each year's total (guarantorId null) first, then the year's guarantors.
    return [...totals.values()].flatMap((t) => [t, ...perGuarantor.filter((r) => r.year === t.year)]);
  }
}

import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager as CoreEntityManager } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { AwardCatalogueEntryDto, AwardVersionDto, DecideVersionRequest, ProposeVersionRequest } from '@ladder/contracts';
import { DomainException, TransactionRunner } from '@ladder/platform-messaging';
import { AWARD_DEFINITIONS, BASE_AWARD_VERSIONS, isAwardId, validateSuccessorVersion } from '@ladder/policy';
import type { AwardOptions, AwardTerms, AwardVersion as PolicyAwardVersion } from '@ladder/policy';
import { formatWanYuan } from '@ladder/shared-domain';

import { SubsidiesEnv } from '../config/subsidies.env';
import { SUBSIDIES_ENV } from '../subsidies.tokens';
import { AwardVersion } from './award-version.entity';

/** A successor version stored here, as libs/policy takes it. */
export function toPolicyVersion(v: AwardVersion): PolicyAwardVersion {
  if (!isAwardId(v.awardId)) throw new DomainException('SUBSIDIES_AWARD_UNKNOWN', `未知的奖补项目：${v.awardId}`);
  return {
    id: `successor-${v.id}`,
    awardId: v.awardId,
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo ? { effectiveTo: v.effectiveTo } : {}),
    source: { title: v.title, docNo: v.docNo, ...(v.article ? { article: v.article } : {}), confidence: 'confirmed' },
    clause: v.article ?? v.title,
    terms: v.terms as unknown as AwardTerms,
    successor: true,
    ...(v.decidedBy ? { approvedBy: [v.proposedBy, v.decidedBy] } : {}),
    ...(v.decidedAt ? { approvedOn: v.decidedAt.toISOString().slice(0, 10) } : {}),
    ...(v.note ? { note: v.note } : {}),
  };
}

function termsText(t: AwardTerms): string {
  switch (t.kind) {
    case 'fixed':
      return `${formatWanYuan(t.amountFen)}万元`;
    case 'prize':
      return `一等奖${formatWanYuan(t.amountsFen[0])}万元、二等奖${formatWanYuan(t.amountsFen[1])}万元、三等奖${formatWanYuan(t.amountsFen[2])}万元`;
    case 'unit-price-rate':
      return `市场销售单价的${(t.rate.num * 100) / t.rate.den}%，最高${formatWanYuan(t.capFen)}万元`;
    case 'equipment-rate':
      return `设备投资额的不超过${(t.maxRate.num * 100) / t.maxRate.den}%，单家企业最高${formatWanYuan(t.capFen)}万元`;
    case 'fund-rate':
      return `实际到资额的5‰或1%，最高${formatWanYuan(t.capFen)}万元`;
    case 'discretionary':
      return `最高不超过${formatWanYuan(t.capFen)}万元`;
    case 'county-matching':
      return '各县（市、区）配套，金额按县级政策';
    case 'plaque':
      return t.benefit;
  }
}

function capOf(t: AwardTerms): number | null {
  return 'capFen' in t ? t.capFen : null;
}

/** The award catalogue with its versions, and the two-person approval of successor versions. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly em: CoreEntityManager,
    private readonly transactions: TransactionRunner,
    @Inject(SUBSIDIES_ENV) private readonly env: SubsidiesEnv,
  ) {}

  /** Approved successors and the configured readings, for every computation. */
  async options(em: EntityManager): Promise<AwardOptions> {
    const approved = await em.find(AwardVersion, { status: 'approved' }, { orderBy: { effectiveFrom: 'asc' } });
    return { successors: approved.map(toPolicyVersion), ...(this.env.awardParameters ? { params: this.env.awardParameters } : {}) };
  }

  async list(): Promise<AwardCatalogueEntryDto[]> {
    const stored = await (this.em as EntityManager).find(AwardVersion, {}, { orderBy: { createdAt: 'asc' } });
    return AWARD_DEFINITIONS.map((d) => {
      const base = BASE_AWARD_VERSIONS.filter((v) => v.awardId === d.id);
      const latest = base[base.length - 1];
      return {
        awardId: d.id,
        name: d.zh,
        payer: d.payer ?? 'CITY',
        trigger: d.trigger.zh,
        amountText: latest ? termsText(latest.terms) : '',
        capFen: latest ? capOf(latest.terms) : null,
        clause: d.clause,
        versions: [
          ...base.map(
            (v): AwardVersionDto => ({
              id: v.id,
              awardId: v.awardId,
              kind: 'base',
              status: 'approved',
              effectiveFrom: v.effectiveFrom,
              effectiveTo: v.effectiveTo ?? null,
              title: v.source.title,
              docNo: v.source.docNo,
              article: v.clause,
              terms: v.terms,
              proposedBy: null,
              decidedBy: null,
              note: v.note ?? null,
              comment: null,
              createdAt: null,
            }),
          ),
          ...stored.filter((s) => s.awardId === d.id).map(toVersionDto),
        ],
      };
    });
  }

  async propose(req: ProposeVersionRequest): Promise<AwardVersionDto> {
    if (!isAwardId(req.awardId)) throw new DomainException('SUBSIDIES_AWARD_UNKNOWN', `未知的奖补项目：${req.awardId}`);
    return this.transactions.run(async (em) => {
      const v = new AwardVersion();
      v.id = randomUUID();
      v.awardId = req.awardId;
      v.effectiveFrom = req.effectiveFrom;
      v.effectiveTo = req.effectiveTo ?? null;
      v.title = req.title;
      v.docNo = req.docNo;
      v.article = req.article ?? null;
      v.terms = req.terms;
      v.note = req.note ?? null;
      v.proposedById = req.actor.userId;
      v.proposedBy = req.actor.username;
      await this.check(em, v);
      em.persist(v);
      await em.flush();
      return toVersionDto(v);
    });
  }

  /**
   * The second person decides (inside the caller's transaction); an approved version takes effect for every
   * computation from now on. Returns the policy form of an approved version, for the caller to apply it.
   */
  async decide(em: EntityManager, req: DecideVersionRequest): Promise<{ dto: AwardVersionDto; approved: PolicyAwardVersion | null }> {
    const v = await em.findOne(AwardVersion, { id: req.versionId });
    if (!v) throw new DomainException('SUBSIDIES_VERSION_NOT_FOUND');
    if (v.status !== 'proposed') throw new DomainException('SUBSIDIES_VERSION_STATE', '该政策版本已审批，不能重复处理');
    if (v.proposedById === req.actor.userId) throw new DomainException('SUBSIDIES_FOUR_EYES');
    v.decidedBy = req.actor.username;
    v.decidedAt = new Date();
    v.comment = req.comment ?? null;
    if (req.decision === 'approve') await this.check(em, v);
    v.status = req.decision === 'approve' ? 'approved' : 'rejected';
    await em.flush();
    return { dto: toVersionDto(v), approved: v.status === 'approved' ? toPolicyVersion(v) : null };
  }

  /** The proposed version must be well formed and overlap no approved or base version of the award. */
  private async check(em: EntityManager, v: AwardVersion): Promise<void> {
    const approved = await em.find(AwardVersion, { status: 'approved', awardId: v.awardId, id: { $ne: v.id } });
    const problems = validateSuccessorVersion(toPolicyVersion(v), [...BASE_AWARD_VERSIONS, ...approved.map(toPolicyVersion)]);
    if (problems.length > 0) {
      throw new DomainException(
        'SUBSIDIES_VERSION_INVALID',
        problems.join('；'),
        problems.map((message) => ({ message })),
      );
    }
  }
}

export function toVersionDto(v: AwardVersion): AwardVersionDto {
  return {
    id: v.id,
    awardId: v.awardId,
    kind: 'successor',
    status: v.status,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? null,
    title: v.title,
    docNo: v.docNo,
    article: v.article ?? null,
    terms: v.terms,
    proposedBy: v.proposedBy,
    decidedBy: v.decidedBy ?? null,
    note: v.note ?? null,
    comment: v.comment ?? null,
    createdAt: v.createdAt.toISOString(),
  };
}


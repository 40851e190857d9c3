import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager as KnexEntityManager } from '@mikro-orm/knex';
import type { AwardBidRequest, BidDto, Page, ProjectDto, ProjectQuery, ProjectRef, RecordBidRequest, RecordProjectRequest, SupplierCardDto, SupplierRef } from '@ladder/contracts';
import { DomainException, TransactionRunner, assertInScope, scopedCounty } from '@ladder/platform-messaging';

import { SIZE_OF, newContract, registrySizeOf } from '../contracts/contract-factory';
import { SupplierCard } from '../projection/supplier-card.entity';
import { RECORD_TX } from '../procurement.tokens';
import { ProcurementBid } from './procurement-bid.entity';
import { ProcurementProject } from './procurement-project.entity';
import { asJson, bidDto, bidderKindOf, deductionOf, projectDto, reserveOf } from './project-judge';

const invalid = (message: string): DomainException => new DomainException('PROCUREMENT_PROJECT_INVALID', message);

/**
 * Procurement projects (财库〔2020〕46号 / 〔2022〕19号): the reserved-share plan checked on its procurement date,
 * bids with the SME declaration checked against the registry's size class and the price deduction decided, and the
 * award that records the contract with the supplier's size fixed at signing. Every figure is the policy library's.
 */
@Injectable()
export class ProjectService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly em: EntityManager,
  ) {}

  record(req: RecordProjectRequest): Promise<ProjectDto> {
    return this.transactions.run(async (em) => {
      assertInScope(req.actor, req.countyCode);
      if (await em.findOne(ProcurementProject, { projectNumber: req.projectNumber })) throw new DomainException('PROCUREMENT_PROJECT_EXISTS', `项目编号${req.projectNumber}已登记`);
      const reservedFen = req.reservedFen ?? (req.reservedForm === 'whole' ? req.budgetFen : req.reservedForm === 'not-reserved' ? 0 : undefined);
      if (reservedFen === undefined) throw invalid('预留形式为设置采购包、联合体或分包时，请填写预留金额（reservedFen）');
      if (reservedFen > req.budgetFen) throw invalid(`预留金额${reservedFen}分超过采购预算${req.budgetFen}分`);
      if (req.reservedForm === 'not-reserved' && reservedFen > 0) throw invalid('预留形式为不预留时，预留金额应为0');
      if (req.reservedForSmallMicroFen !== undefined && req.reservedForSmallMicroFen > reservedFen) throw invalid(`预留给小微企业的金额${req.reservedForSmallMicroFen}分超过预留金额${reservedFen}分`);
      if (req.evaluation === 'price-score-bonus' && req.category !== 'works') throw invalid('评审方式“增加价格分”仅适用于工程项目（适用招标投标法、采用综合评估法）');
      const p = new ProcurementProject();
      p.id = randomUUID();
      p.projectNumber = req.projectNumber;
      p.name = req.name;
      p.buyerName = req.buyerName;
      p.buyerKind = req.buyerKind;
      p.department = req.department;
      p.countyCode = req.countyCode;
      p.category = req.category;
      p.budgetFen = req.budgetFen;
      p.procurementDate = req.procurementDate;
      p.suitableForSme = req.suitableForSme ?? true;
      p.reservedForm = req.reservedForm;
      p.reservedFen = reservedFen;
      p.reservedForSmallMicroFen = req.reservedForSmallMicroFen ?? null;
      p.smallMicroRateBp = req.smallMicroRateBp ?? null;
      p.jointRateBp = req.jointRateBp ?? null;
      p.evaluation = req.evaluation ?? 'price-deduction';
      p.createdBy = req.actor.username;
      reserveOf(p); // invalid input is refused before anything is stored
      em.persist(p);
      await em.flush();
      return projectDto(p, []);
    }, RECORD_TX);
  }

  async get(req: ProjectRef): Promise<ProjectDto> {
    const em = this.em.fork();
    const p = await em.findOne(ProcurementProject, { id: req.projectId });
    if (!p) throw new DomainException('PROCUREMENT_PROJECT_NOT_FOUND');
    assertInScope(req.actor, p.countyCode);
    return projectDto(p, await em.find(ProcurementBid, { projectId: p.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }));
  }

  async list(q: ProjectQuery): Promise<Page<ProjectDto>> {
    const em = this.em.fork();
    const where: FilterQuery<ProcurementProject> = {};
    const county = scopedCounty(q.actor);
    if (county) where.countyCode = county;
    if (q.buyerName) where.buyerName = q.buyerName;
    if (q.department) where.department = q.department;
    if (q.year) where.procurementDate = { $gte: `${q.year}-01-01`, $lte: `${q.year}-12-31` };
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const [rows, total] = await em.findAndCount(ProcurementProject, where, { orderBy: { procurementDate: 'desc', id: 'asc' }, limit: pageSize, offset: (page - 1) * pageSize });
    const bids = rows.length === 0 ? [] : await em.find(ProcurementBid, { projectId: { $in: rows.map((p) => p.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return { items: rows.map((p) => projectDto(p, bids.filter((b) => b.projectId === p.id))), total, page, pageSize };
  }

  bid(req: RecordBidRequest): Promise<BidDto> {
    return this.transactions.run(async (em) => {
      const p = await this.project(em, req.projectId, req.actor);
      if (p.awardedBidId !== null) throw new DomainException('PROCUREMENT_PROJECT_STATE', `采购项目${p.projectNumber}已确定中标（成交）供应商，不再登记投标`);
      if (req.inReservedPackage !== undefined && p.reservedForm !== 'package') throw invalid('仅预留形式为“设置采购包”的项目可标明投标的采购包是否为预留包');
      const { actor, projectId: _projectId, ...body } = req;
      const registrySize = await registrySizeOf(em, req.supplierUscc);
      const sizeUsed = registrySize ?? req.declaredSize;
      const bidderKind = bidderKindOf(req.form, sizeUsed);
      const deduction = deductionOf(p, body, bidderKind);
      const b = new ProcurementBid();
      b.id = randomUUID();
      b.projectId = p.id;
      b.supplierUscc = req.supplierUscc;
      b.supplierName = req.supplierName;
      b.declaredSize = req.declaredSize;
      b.form = req.form;
      b.bidFen = req.bidFen;
      b.smallMicroShareBp = req.smallMicroShareBp ?? null;
      b.controlledRelationship = req.controlledRelationship ?? null;
      b.goodsMadeBySmallMicro = req.goodsMadeBySmallMicro ?? null;
      b.inReservedPackage = req.inReservedPackage ?? null;
      b.registrySize = registrySize;
      b.sizeUsed = sizeUsed;
      b.sizeMismatch = registrySize !== null && registrySize !== req.declaredSize;
      b.bidderKind = bidderKind;
      b.deductionDecision = deduction.decision;
      b.evaluationPriceFen = deduction.evaluationPriceFen;
      b.deduction = asJson(deduction);
      b.createdBy = actor.username;
      em.persist(b);
      await em.flush();
      return bidDto(b);
    }, RECORD_TX);
  }

  award(req: AwardBidRequest): Promise<ProjectDto> {
    return this.transactions.run(async (em) => {
      const p = await this.project(em, req.projectId, req.actor);
      if (p.awardedBidId !== null) throw new DomainException('PROCUREMENT_PROJECT_STATE', `采购项目${p.projectNumber}已确定中标（成交）供应商`);
      const b = await em.findOne(ProcurementBid, { id: req.bidId, projectId: p.id });
      if (!b) throw new DomainException('PROCUREMENT_BID_NOT_FOUND');
      if (req.signedOn < p.procurementDate) throw invalid(`合同订立日期${req.signedOn}早于采购日期${p.procurementDate}`);
      const contract = await newContract(
        em,
        {
          contractNumber: req.contractNumber,
          buyerName: p.buyerName,
          buyerKind: p.buyerKind,
          countyCode: p.countyCode,
          department: p.department,
          supplierUscc: b.supplierUscc,
          supplierName: b.supplierName,
          declaredSize: b.declaredSize,
          signedOn: req.signedOn,
          amountFen: req.amountFen ?? b.bidFen,
          acceptanceCondition: req.acceptanceCondition,
          acceptanceDeadline: req.acceptanceDeadline,
          agreedTermDays: req.agreedTermDays,
          backToBack: req.backToBack,
          agreedAnnualRateBp: req.agreedAnnualRateBp,
        },
        req.actor.username,
        p.id,
      );
      b.awarded = true;
      b.registrySizeAtSigning = contract.registrySize;
      b.sizeMismatchAtSigning = contract.registrySize !== null && contract.registrySize !== b.declaredSize;
      b.contractId = contract.id;
      p.awardedBidId = b.id;
      p.contractId = contract.id;
      await em.flush();
      return projectDto(p, await em.find(ProcurementBid, { projectId: p.id }, { orderBy: { createdAt: 'asc', id: 'asc' } }));
    }, RECORD_TX);
  }

  /** The registry's size class of a supplier as the projection holds it (what a bid or a signing now would use). */
  async supplier(req: SupplierRef): Promise<SupplierCardDto> {
    const card = await this.em.fork().findOne(SupplierCard, { uscc: req.uscc });
    if (!card) return { uscc: req.uscc, inPool: false, name: null, countyCode: null, sizeClass: null, registryVersion: null };
    return { uscc: card.uscc, inPool: card.status === 'active', name: card.name, countyCode: card.countyCode, sizeClass: card.sizeClass ? SIZE_OF[card.sizeClass] : null, registryVersion: card.registryVersion };
  }

  private async project(em: KnexEntityManager, id: string, actor: RecordBidRequest['actor']): Promise<ProcurementProject> {
    const p = await em.findOne(ProcurementProject, { id });
    if (!p) throw new DomainException('PROCUREMENT_PROJECT_NOT_FOUND');
    assertInScope(actor, p.countyCode);
    return p;
  }
}

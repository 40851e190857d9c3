import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ApplicationQuery,
  ApproveEntitlementRequest,
  BudgetQuery,
  CancelEntitlementRequest,
  ClosePublicityRequest,
  ComputeAwardRequest,
  CreatePublicityRequest,
  DecideVersionRequest,
  DisburseEntitlementRequest,
  EntitlementQuery,
  EntitlementRef,
  LedgerQuery,
  MatchingQuery,
  NoticeQuery,
  NoticeReadRequest,
  ProposeVersionRequest,
  PublicityQuery,
  PublicityRef,
  RaiseObjectionRequest,
  ResolveObjectionRequest,
  ReviewApplicationRequest,
  RpcResponse,
  SetBudgetRequest,
  SubmitApplicationRequest,
  SubsidiesActorQuery,
  UpsertParkRequest,
} from '@ladder/contracts';

import { ApplicationService } from './applications/application.service';
import { BudgetService } from './budgets/budget.service';
import { CatalogueService } from './catalogue/catalogue.service';
import { EntitlementService } from './entitlements/entitlement.service';
import { MatchingService } from './matching/matching.service';
import { ParkService } from './parks/park.service';
import { PublicityService } from './publicity/publicity.service';
import { ReportService } from './reports/report.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class SubsidiesMessageController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly entitlements: EntitlementService,
    private readonly publicity: PublicityService,
    private readonly applications: ApplicationService,
    private readonly budgets: BudgetService,
    private readonly reports: ReportService,
    private readonly matching: MatchingService,
    private readonly parks: ParkService,
  ) {}

  @MessagePattern('subsidies.catalogue.list')
  catalogueList(@Payload() _q: SubsidiesActorQuery): Promise<RpcResponse<'subsidies.catalogue.list'>> {
    return this.catalogue.list();
  }

  @MessagePattern('subsidies.award.compute')
  compute(@Payload() r: ComputeAwardRequest): Promise<RpcResponse<'subsidies.award.compute'>> {
    return this.applications.compute(r);
  }

  @MessagePattern('subsidies.version.propose')
  propose(@Payload() r: ProposeVersionRequest): Promise<RpcResponse<'subsidies.version.propose'>> {
    return this.catalogue.propose(r);
  }

  @MessagePattern('subsidies.version.decide')
  decide(@Payload() r: DecideVersionRequest): Promise<RpcResponse<'subsidies.version.decide'>> {
    return this.entitlements.decideVersion(r);
  }

  @MessagePattern('subsidies.entitlement.list')
  entitlementList(@Payload() q: EntitlementQuery): Promise<RpcResponse<'subsidies.entitlement.list'>> {
    return this.entitlements.list(q);
  }

  @MessagePattern('subsidies.entitlement.get')
  entitlementGet(@Payload() r: EntitlementRef): Promise<RpcResponse<'subsidies.entitlement.get'>> {
    return this.entitlements.get(r.entitlementId, r.actor);
  }

  @MessagePattern('subsidies.entitlement.approve')
  approve(@Payload() r: ApproveEntitlementRequest): Promise<RpcResponse<'subsidies.entitlement.approve'>> {
    return this.entitlements.approve(r);
  }

  @MessagePattern('subsidies.entitlement.disburse')
  disburse(@Payload() r: DisburseEntitlementRequest): Promise<RpcResponse<'subsidies.entitlement.disburse'>> {
    return this.entitlements.disburse(r);
  }

  @MessagePattern('subsidies.entitlement.cancel')
  cancel(@Payload() r: CancelEntitlementRequest): Promise<RpcResponse<'subsidies.entitlement.cancel'>> {
    return this.entitlements.cancel(r);
  }

  @MessagePattern('subsidies.publicity.create')
  publicityCreate(@Payload() r: CreatePublicityRequest): Promise<RpcResponse<'subsidies.publicity.create'>> {
    return this.publicity.create(r);
  }

  @MessagePattern('subsidies.publicity.close')
  publicityClose(@Payload() r: ClosePublicityRequest): Promise<RpcResponse<'subsidies.publicity.close'>> {
    return this.publicity.close(r);
  }

  @MessagePattern('subsidies.publicity.get')
  publicityGet(@Payload() r: PublicityRef): Promise<RpcResponse<'subsidies.publicity.get'>> {
    return this.publicity.get(r.publicityId, r.actor);
  }

  @MessagePattern('subsidies.publicity.list')
  publicityList(@Payload() q: PublicityQuery): Promise<RpcResponse<'subsidies.publicity.list'>> {
    return this.publicity.list(q);
  }

  @MessagePattern('subsidies.objection.raise')
  objectionRaise(@Payload() r: RaiseObjectionRequest): Promise<RpcResponse<'subsidies.objection.raise'>> {
    return this.publicity.raise(r);
  }

  @MessagePattern('subsidies.objection.resolve')
  objectionResolve(@Payload() r: ResolveObjectionRequest): Promise<RpcResponse<'subsidies.objection.resolve'>> {
    return this.publicity.resolve(r);
  }

  @MessagePattern('subsidies.application.submit')
  applicationSubmit(@Payload() r: SubmitApplicationRequest): Promise<RpcResponse<'subsidies.application.submit'>> {
    return this.applications.submit(r);
  }

  @MessagePattern('subsidies.application.review')
  applicationReview(@Payload() r: ReviewApplicationRequest): Promise<RpcResponse<'subsidies.application.review'>> {
    return this.applications.review(r);
  }

  @MessagePattern('subsidies.application.list')
  applicationList(@Payload() q: ApplicationQuery): Promise<RpcResponse<'subsidies.application.list'>> {
    return this.applications.list(q);
  }

  @MessagePattern('subsidies.budget.allocate')
  budgetSet(@Payload() r: SetBudgetRequest): Promise<RpcResponse<'subsidies.budget.allocate'>> {
    return this.budgets.set(r.payer, r.countyCode, r.year, r.amountFen, r.actor);
  }

  @MessagePattern('subsidies.budget.list')
  budgetList(@Payload() q: BudgetQuery): Promise<RpcResponse<'subsidies.budget.list'>> {
    return this.budgets.list(q.year, q.actor);
  }

  @MessagePattern('subsidies.ledger.list')
  ledgerList(@Payload() q: LedgerQuery): Promise<RpcResponse<'subsidies.ledger.list'>> {
    return this.budgets.ledgerList(q);
  }

  @MessagePattern('subsidies.report.summary')
  report(@Payload() q: BudgetQuery): Promise<RpcResponse<'subsidies.report.summary'>> {
    return this.reports.summary(q.year, q.actor);
  }

  @MessagePattern('subsidies.matching.enterprise')
  matchingEnterprise(@Payload() q: MatchingQuery): Promise<RpcResponse<'subsidies.matching.enterprise'>> {
    return this.matching.enterprise(q.uscc, q.actor);
  }

  @MessagePattern('subsidies.notice.list')
  noticeList(@Payload() q: NoticeQuery): Promise<RpcResponse<'subsidies.notice.list'>> {
    return this.matching.notices(q);
  }

  @MessagePattern('subsidies.notice.acknowledge')
  noticeRead(@Payload() r: NoticeReadRequest): Promise<RpcResponse<'subsidies.notice.acknowledge'>> {
    return this.matching.read(r);
  }

  @MessagePattern('subsidies.park.upsert')
  parkUpsert(@Payload() r: UpsertParkRequest): Promise<RpcResponse<'subsidies.park.upsert'>> {
    return this.parks.upsert(r);
  }

  @MessagePattern('subsidies.park.list')
  parkList(@Payload() q: SubsidiesActorQuery): Promise<RpcResponse<'subsidies.park.list'>> {
    return this.parks.list(q.actor);
  }
}

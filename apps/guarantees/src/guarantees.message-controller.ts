import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddWhiteListRequest,
  CloseGuaranteeRequest,
  ComputeGuaranteeRequest,
  FinancingNeedRef,
  FinancingQuery,
  FundInvestmentQuery,
  GuaranteeQuery,
  GuaranteeRef,
  GuaranteeStepRequest,
  GuaranteesActorQuery,
  GuaranteesInfoRequest,
  IssueLoanRequest,
  RecordFinancingNeedRequest,
  RecordFundInvestmentRequest,
  RemoveWhiteListRequest,
  SubmitGuaranteeRequest,
  UpsertCreditProductRequest,
  UpsertOrganisationRequest,
  WhiteListHistoryQuery,
  WhiteListQuery,
} from '@ladder/contracts';
import type { RpcResponse } from '@ladder/contracts';

import { GuaranteeQueries } from './applications/guarantee.queries';
import { GuaranteeService } from './applications/guarantee.service';
import { GuaranteePolicy } from './compute/guarantee-policy.service';
import { FinancingService } from './financing/financing.service';
import { FundInvestmentService } from './funds/fund-investment.service';
import { GuaranteesInfoService } from './info/info.service';
import { OrganisationService } from './organisations/organisation.service';
import { WhiteListService } from './whitelist/white-list.service';

/** Thin: validated payload in, use case out. */
@Controller()
export class GuaranteesMessageController {
  constructor(
    private readonly info: GuaranteesInfoService,
    private readonly policy: GuaranteePolicy,
    private readonly whiteList: WhiteListService,
    private readonly organisations: OrganisationService,
    private readonly guarantees: GuaranteeService,
    private readonly queries: GuaranteeQueries,
    private readonly funds: FundInvestmentService,
    private readonly financing: FinancingService,
  ) {}

  @MessagePattern('guarantees.info.get')
  infoGet(@Payload() _req: GuaranteesInfoRequest): Promise<RpcResponse<'guarantees.info.get'>> {
    return this.info.get();
  }

  @MessagePattern('guarantees.guarantee.compute')
  compute(@Payload() req: ComputeGuaranteeRequest): RpcResponse<'guarantees.guarantee.compute'> {
    const { actor: _actor, ...request } = req;
    return this.policy.compute(request);
  }

  @MessagePattern('guarantees.whitelist.list')
  whiteListList(@Payload() q: WhiteListQuery): Promise<RpcResponse<'guarantees.whitelist.list'>> {
    return this.whiteList.list(q);
  }

  @MessagePattern('guarantees.whitelist.history')
  whiteListHistory(@Payload() q: WhiteListHistoryQuery): Promise<RpcResponse<'guarantees.whitelist.history'>> {
    return this.whiteList.history(q);
  }

  @MessagePattern('guarantees.whitelist.add')
  whiteListAdd(@Payload() req: AddWhiteListRequest): Promise<RpcResponse<'guarantees.whitelist.add'>> {
    return this.whiteList.add(req);
  }

  @MessagePattern('guarantees.whitelist.remove')
  whiteListRemove(@Payload() req: RemoveWhiteListRequest): Promise<RpcResponse<'guarantees.whitelist.remove'>> {
    return this.whiteList.remove(req);
  }

  @MessagePattern('guarantees.organisation.list')
  organisationList(@Payload() _q: GuaranteesActorQuery): Promise<RpcResponse<'guarantees.organisation.list'>> {
    return this.organisations.list();
  }

  @MessagePattern('guarantees.organisation.upsert')
  organisationUpsert(@Payload() req: UpsertOrganisationRequest): Promise<RpcResponse<'guarantees.organisation.upsert'>> {
    return this.organisations.upsert(req);
  }

  @MessagePattern('guarantees.guarantee.submit')
  submit(@Payload() req: SubmitGuaranteeRequest): Promise<RpcResponse<'guarantees.guarantee.submit'>> {
    return this.guarantees.submit(req);
  }

  @MessagePattern('guarantees.guarantee.list')
  list(@Payload() q: GuaranteeQuery): Promise<RpcResponse<'guarantees.guarantee.list'>> {
    return this.queries.list(q);
  }

  @MessagePattern('guarantees.guarantee.get')
  get(@Payload() q: GuaranteeRef): Promise<RpcResponse<'guarantees.guarantee.get'>> {
    return this.queries.get(q);
  }

  @MessagePattern('guarantees.guarantee.review')
  review(@Payload() req: GuaranteeStepRequest): Promise<RpcResponse<'guarantees.guarantee.review'>> {
    return this.guarantees.review(req);
  }

  @MessagePattern('guarantees.guarantee.decide')
  decide(@Payload() req: GuaranteeStepRequest): Promise<RpcResponse<'guarantees.guarantee.decide'>> {
    return this.guarantees.decide(req);
  }

  @MessagePattern('guarantees.loan.issue')
  issue(@Payload() req: IssueLoanRequest): Promise<RpcResponse<'guarantees.loan.issue'>> {
    return this.guarantees.issue(req);
  }

  @MessagePattern('guarantees.loan.close')
  close(@Payload() req: CloseGuaranteeRequest): Promise<RpcResponse<'guarantees.loan.close'>> {
    return this.guarantees.close(req);
  }

  @MessagePattern('guarantees.exposure.summary')
  exposure(@Payload() q: GuaranteesActorQuery): Promise<RpcResponse<'guarantees.exposure.summary'>> {
    return this.queries.exposure(q);
  }

  @MessagePattern('guarantees.policy-cost.by-year')
  policyCost(@Payload() q: GuaranteesActorQuery): Promise<RpcResponse<'guarantees.policy-cost.by-year'>> {
    return this.queries.policyCost(q);
  }

  @MessagePattern('guarantees.fund-investment.record')
  fundRecord(@Payload() req: RecordFundInvestmentRequest): Promise<RpcResponse<'guarantees.fund-investment.record'>> {
    return this.funds.record(req);
  }

  @MessagePattern('guarantees.fund-investment.list')
  fundList(@Payload() q: FundInvestmentQuery): Promise<RpcResponse<'guarantees.fund-investment.list'>> {
    return this.funds.list(q);
  }

  @MessagePattern('guarantees.product.upsert')
  productUpsert(@Payload() req: UpsertCreditProductRequest): Promise<RpcResponse<'guarantees.product.upsert'>> {
    return this.financing.upsertProduct(req);
  }

  @MessagePattern('guarantees.product.list')
  productList(@Payload() q: FinancingQuery): Promise<RpcResponse<'guarantees.product.list'>> {
    return this.financing.products(q);
  }

  @MessagePattern('guarantees.need.record')
  needRecord(@Payload() req: RecordFinancingNeedRequest): Promise<RpcResponse<'guarantees.need.record'>> {
    return this.financing.recordNeed(req);
  }

  @MessagePattern('guarantees.need.list')
  needList(@Payload() q: FinancingQuery): Promise<RpcResponse<'guarantees.need.list'>> {
    return this.financing.needs(q);
  }

  @MessagePattern('guarantees.need.matches')
  needMatches(@Payload() q: FinancingNeedRef): Promise<RpcResponse<'guarantees.need.matches'>> {
    return this.financing.matches(q);
  }
}

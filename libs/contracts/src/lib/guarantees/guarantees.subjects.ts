import type { Page } from '../common/pagination';
import { event, rpc } from '../common/subject-map';
import type { GuaranteeComputationDto } from './guarantee-computation.dto';
import {
  CloseGuaranteeRequest,
  ComputeGuaranteeRequest,
  GuaranteeQuery,
  GuaranteeRef,
  GuaranteeStepRequest,
  GuaranteesActorQuery,
  IssueLoanRequest,
  SubmitGuaranteeRequest,
  UpsertOrganisationRequest,
} from './guarantee.rpc';
import type {
  ExposureDto,
  GuaranteeApplicationDto,
  OrganisationDto,
  PolicyCostYearDto,
  WhiteListChangeDto,
  WhiteListEntryDto,
} from './guarantees.dto';
import { FinancingNeedRef, FinancingQuery, RecordFinancingNeedRequest, UpsertCreditProductRequest } from './financing.rpc';
import type { CreditProductDto, FinancingMatchDto, FinancingNeedDto } from './financing.rpc';
import { FundInvestmentQuery, RecordFundInvestmentRequest } from './fund-investment.rpc';
import type { FundInvestmentDto } from './fund-investment.rpc';
import {
  FundInvestmentRecordedEvent,
  GuaranteeApprovedEvent,
  GuaranteeClosedEvent,
  LoanIssuedEvent,
  WhiteListAddedEvent,
  WhiteListRemovedEvent,
} from './guarantees.events';
import { GuaranteesInfoRequest } from './guarantees.rpc';
import type { GuaranteesInfo } from './guarantees.rpc';
import { AddWhiteListRequest, RemoveWhiteListRequest, WhiteListHistoryQuery, WhiteListQuery } from './whitelist.rpc';

/** JetStream stream of the guarantees service's facts. */
export const GUARANTEES_STREAM = 'GUARANTEES';

export const GUARANTEES_RPC = {
  'guarantees.info.get': rpc<GuaranteesInfoRequest, GuaranteesInfo>(GuaranteesInfoRequest, 'What the guarantees service is and since when it runs'),
  'guarantees.guarantee.compute': rpc<ComputeGuaranteeRequest, GuaranteeComputationDto>(ComputeGuaranteeRequest, 'Ceiling, headroom and fee of one loan (as the policy command)'),
  'guarantees.whitelist.list': rpc<WhiteListQuery, Page<WhiteListEntryDto>>(WhiteListQuery, 'The financing-guarantee white list (S-48)'),
  'guarantees.whitelist.history': rpc<WhiteListHistoryQuery, Page<WhiteListChangeDto>>(WhiteListHistoryQuery, 'Changes of the white list'),
  'guarantees.whitelist.add': rpc<AddWhiteListRequest, WhiteListEntryDto>(AddWhiteListRequest, 'Manual addition by the regulator'),
  'guarantees.whitelist.remove': rpc<RemoveWhiteListRequest, WhiteListEntryDto>(RemoveWhiteListRequest, 'Manual removal by the regulator'),
  'guarantees.organisation.list': rpc<GuaranteesActorQuery, OrganisationDto[]>(GuaranteesActorQuery, 'Guarantors and partner banks'),
  'guarantees.organisation.upsert': rpc<UpsertOrganisationRequest, OrganisationDto>(UpsertOrganisationRequest, 'Create or update an organisation'),
  'guarantees.guarantee.submit': rpc<SubmitGuaranteeRequest, GuaranteeApplicationDto>(SubmitGuaranteeRequest, 'Receive an application (reserves the ceiling)'),
  'guarantees.guarantee.list': rpc<GuaranteeQuery, Page<GuaranteeApplicationDto>>(GuaranteeQuery, 'Applications and guarantees'),
  'guarantees.guarantee.get': rpc<GuaranteeRef, GuaranteeApplicationDto>(GuaranteeRef, 'One application'),
  'guarantees.guarantee.review': rpc<GuaranteeStepRequest, GuaranteeApplicationDto>(GuaranteeStepRequest, 'Guarantor review (初审)'),
  'guarantees.guarantee.decide': rpc<GuaranteeStepRequest, GuaranteeApplicationDto>(GuaranteeStepRequest, 'Guarantor approval (another person)'),
  'guarantees.loan.issue': rpc<IssueLoanRequest, GuaranteeApplicationDto>(IssueLoanRequest, 'The bank confirms the loan'),
  'guarantees.loan.close': rpc<CloseGuaranteeRequest, GuaranteeApplicationDto>(CloseGuaranteeRequest, 'Repaid, compensated (代偿) or recovered (追偿)'),
  'guarantees.exposure.summary': rpc<GuaranteesActorQuery, ExposureDto>(GuaranteesActorQuery, 'Exposure by enterprise, guarantor, bank and county'),
  'guarantees.policy-cost.by-year': rpc<GuaranteesActorQuery, PolicyCostYearDto[]>(GuaranteesActorQuery, 'Fees waived or reduced, by year'),
  'guarantees.fund-investment.record': rpc<RecordFundInvestmentRequest, FundInvestmentDto>(RecordFundInvestmentRequest, 'Record a national fund investment paid in (S-47)'),
  'guarantees.product.upsert': rpc<UpsertCreditProductRequest, CreditProductDto>(UpsertCreditProductRequest, 'A partner bank publishes a credit product (S-49a)'),
  'guarantees.product.list': rpc<FinancingQuery, Page<CreditProductDto>>(FinancingQuery, 'Credit products for quality SMEs'),
  'guarantees.need.record': rpc<RecordFinancingNeedRequest, FinancingNeedDto>(RecordFinancingNeedRequest, 'Record an enterprise financing need'),
  'guarantees.need.list': rpc<FinancingQuery, Page<FinancingNeedDto>>(FinancingQuery, 'Financing needs'),
  'guarantees.need.matches': rpc<FinancingNeedRef, FinancingMatchDto>(FinancingNeedRef, 'Products matching a need by tier, amount and county'),
  'guarantees.fund-investment.list': rpc<FundInvestmentQuery, Page<FundInvestmentDto>>(FundInvestmentQuery, 'National fund investments recorded'),
} as const;

const audience = 'partner banks, guarantors, 市金融监管局, 市工信局';

export const GUARANTEES_EVENTS = {
  'guarantees.whitelist.added': event(WhiteListAddedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'An enterprise joined the financing-guarantee white list (S-48): a valid title, or a manual addition.',
    audience,
  }),
  'guarantees.whitelist.removed': event(WhiteListRemovedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'An enterprise left the white list: title expired or revoked (fraud ban included), or manual removal.',
    audience,
  }),
  'guarantees.guarantee.approved': event(GuaranteeApprovedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'A guarantee was approved by a second person; fee and policy cost (减收/免收) are fixed.',
    audience,
  }),
  'guarantees.loan.issued': event(LoanIssuedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'The partner bank confirmed the guaranteed loan.',
    audience,
  }),
  'guarantees.fund-investment.recorded': event(FundInvestmentRecordedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'A national fund investment was paid in (S-47); subsidies opens the 到资奖励 application from it.',
    audience: 'subsidies, 市工信局, 市财政局',
  }),
  'guarantees.guarantee.closed': event(GuaranteeClosedEvent, {
    stream: GUARANTEES_STREAM,
    summary: 'A guarantee ended: the loan was repaid, or the guarantor compensated the bank (代偿).',
    audience,
  }),
} as const;

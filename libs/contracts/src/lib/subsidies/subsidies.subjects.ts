import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import type {
  ApplicationDto,
  AwardCatalogueEntryDto,
  AwardVersionDto,
  BudgetLineDto,
  EntitlementDto,
  LedgerEntryDto,
  MatchNoticeDto,
  MatchingDto,
  ParkDto,
  PublicityDto,
  SubsidyReportDto,
} from './subsidies.dto';
import type { AwardComputationDto } from './award-computation.dto';
import {
  EntitlementApprovedEvent,
  EntitlementCreatedEvent,
  EntitlementDisbursedEvent,
  EntitlementPublishedEvent,
  EntitlementRejectedEvent,
} from './subsidies.events';
import { ApplicationQuery, ReviewApplicationRequest, SubmitApplicationRequest } from './application.rpc';
import { ComputeAwardRequest, DecideVersionRequest, ProposeVersionRequest, SubsidiesActorQuery } from './award.rpc';
import { BudgetQuery, LedgerQuery, SetBudgetRequest } from './budget.rpc';
import {
  ApproveEntitlementRequest,
  CancelEntitlementRequest,
  DisburseEntitlementRequest,
  EntitlementQuery,
  EntitlementRef,
} from './entitlement.rpc';
import { MatchingQuery, NoticeQuery, NoticeReadRequest } from './matching.rpc';
import { UpsertParkRequest } from './park.rpc';
import {
  ClosePublicityRequest,
  CreatePublicityRequest,
  PublicityQuery,
  PublicityRef,
  RaiseObjectionRequest,
  ResolveObjectionRequest,
} from './publicity.rpc';

export const SUBSIDIES_STREAM = 'SUBSIDIES';

export const SUBSIDIES_RPC = {
  'subsidies.catalogue.list': rpc<SubsidiesActorQuery, AwardCatalogueEntryDto[]>(SubsidiesActorQuery, 'Awards with their versions'),
  'subsidies.award.compute': rpc<ComputeAwardRequest, AwardComputationDto>(ComputeAwardRequest, 'Compute one award from its facts'),
  'subsidies.version.propose': rpc<ProposeVersionRequest, AwardVersionDto>(ProposeVersionRequest, 'Propose a successor version'),
  'subsidies.version.decide': rpc<DecideVersionRequest, AwardVersionDto>(DecideVersionRequest, 'Second person approves or rejects'),
  'subsidies.entitlement.list': rpc<EntitlementQuery, Page<EntitlementDto>>(EntitlementQuery, 'Entitlements'),
  'subsidies.entitlement.get': rpc<EntitlementRef, EntitlementDto>(EntitlementRef, 'One entitlement'),
  'subsidies.entitlement.approve': rpc<ApproveEntitlementRequest, EntitlementDto>(ApproveEntitlementRequest, 'Business or finance approval step'),
  'subsidies.entitlement.disburse': rpc<DisburseEntitlementRequest, EntitlementDto>(DisburseEntitlementRequest, 'Record the payment'),
  'subsidies.entitlement.cancel': rpc<CancelEntitlementRequest, EntitlementDto>(CancelEntitlementRequest, 'Cancel before payment'),
  'subsidies.publicity.create': rpc<CreatePublicityRequest, PublicityDto>(CreatePublicityRequest, 'Open a 公示 list'),
  'subsidies.publicity.close': rpc<ClosePublicityRequest, PublicityDto>(ClosePublicityRequest, 'Close a 公示 after its window'),
  'subsidies.publicity.get': rpc<PublicityRef, PublicityDto>(PublicityRef, 'One 公示 list'),
  'subsidies.publicity.list': rpc<PublicityQuery, Page<PublicityDto>>(PublicityQuery, '公示 lists'),
  'subsidies.objection.raise': rpc<RaiseObjectionRequest, PublicityDto>(RaiseObjectionRequest, 'Raise an objection (holds the item)'),
  'subsidies.objection.resolve': rpc<ResolveObjectionRequest, PublicityDto>(ResolveObjectionRequest, 'Resolve an objection'),
  'subsidies.application.submit': rpc<SubmitApplicationRequest, ApplicationDto>(SubmitApplicationRequest, 'Apply for an award with documents'),
  'subsidies.application.review': rpc<ReviewApplicationRequest, ApplicationDto>(ReviewApplicationRequest, 'Review an application'),
  'subsidies.application.list': rpc<ApplicationQuery, Page<ApplicationDto>>(ApplicationQuery, 'Applications'),
  'subsidies.budget.allocate': rpc<SetBudgetRequest, BudgetLineDto>(SetBudgetRequest, 'Allocate a budget line'),
  'subsidies.budget.list': rpc<BudgetQuery, BudgetLineDto[]>(BudgetQuery, 'Budget lines'),
  'subsidies.ledger.list': rpc<LedgerQuery, Page<LedgerEntryDto>>(LedgerQuery, 'Disbursement ledger'),
  'subsidies.report.summary': rpc<BudgetQuery, SubsidyReportDto>(BudgetQuery, 'Totals and reconciliation'),
  'subsidies.matching.enterprise': rpc<MatchingQuery, MatchingDto>(MatchingQuery, 'Awards an enterprise may qualify for'),
  'subsidies.park.upsert': rpc<UpsertParkRequest, ParkDto>(UpsertParkRequest, 'Create or update a park'),
  'subsidies.park.list': rpc<SubsidiesActorQuery, ParkDto[]>(SubsidiesActorQuery, 'Parks with the plaque flag'),
  'subsidies.notice.list': rpc<NoticeQuery, Page<MatchNoticeDto>>(NoticeQuery, 'New policy matches for liaisons'),
  'subsidies.notice.acknowledge': rpc<NoticeReadRequest, MatchNoticeDto>(NoticeReadRequest, 'Mark a notice as read'),
} as const;

const audience = 'finance bureau, counties, other bureaus';

export const SUBSIDIES_EVENTS = {
  'subsidies.entitlement.created': event(EntitlementCreatedEvent, {
    stream: SUBSIDIES_STREAM,
    summary: 'An entitlement was created: 免申即享 from a new recognition, or an approved application.',
    audience,
  }),
  'subsidies.entitlement.published': event(EntitlementPublishedEvent, {
    stream: SUBSIDIES_STREAM,
    summary: 'An entitlement entered a 公示 list with an objection window.',
    audience,
  }),
  'subsidies.entitlement.approved': event(EntitlementApprovedEvent, {
    stream: SUBSIDIES_STREAM,
    summary: 'An entitlement passed its last approval step; the budget line is reserved.',
    audience,
  }),
  'subsidies.entitlement.disbursed': event(EntitlementDisbursedEvent, {
    stream: SUBSIDIES_STREAM,
    summary: 'An entitlement was paid; the budget line is consumed and the ledger records the payment.',
    audience,
  }),
  'subsidies.entitlement.rejected': event(EntitlementRejectedEvent, {
    stream: SUBSIDIES_STREAM,
    summary: 'An entitlement was rejected (objection upheld, approval refused) or cancelled, with the reason.',
    audience,
  }),
} as const;

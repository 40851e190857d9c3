import { ProcurementInfoRequest } from './lib/procurement/procurement.rpc';
import { PROCUREMENT_ERROR_CODES } from './lib/procurement/procurement.errors';
import { ComplaintQuery, ComplaintRef, ConcludeComplaintRequest, FileComplaintRequest, ReviewComplaintRequest } from './lib/procurement/complaint.rpc';
import { ComputePaymentRequest, ComputeProcurementRequest } from './lib/procurement/compute.rpc';
import { ContractDateRequest, ContractQuery, ContractRef, DisclosureQuery, OverdueScanRequest, RecordContractRequest, RecordPaymentRequest, SmeShareQuery } from './lib/procurement/contract.rpc';
import { RepeatOffenderQuery, SmeShareGroupQuery } from './lib/procurement/monitoring.rpc';
import { AppendProcurementImportRequest, CreateProcurementImportRequest, ProcurementImportQuery, ProcurementImportRef } from './lib/procurement/procurement-import.rpc';
import { AwardBidRequest, ProjectQuery, ProjectRef, RecordBidRequest, RecordProjectRequest, SupplierRef } from './lib/procurement/project.rpc';
import { ComplaintOverdueEvent, ComplaintReceivedEvent, ComplaintReviewedEvent, PaymentOverdueEvent } from './lib/procurement/procurement.events';
import {
  AddSessionRequest,
  AttendanceImportRequest,
  AttendanceRequest,
  CaseListRequest,
  CoverageRequest,
  CreateProgrammeRequest,
  CreateRoundRequest,
  DecideCaseRequest,
  EnrolRequest,
  ProgrammeListRequest,
  ProgrammeRef,
  RoundListRequest,
  SubmitCaseRequest,
} from './lib/talent/talent-work.rpc';
import { TalentCaseDecidedEvent, TalentScopeEndedEvent, TalentScopeStartedEvent } from './lib/talent/talent.events';
import { PersonListRequest, PersonRef, RegisterPersonRequest, RevealPersonRequest, TalentInfoRequest, TalentScopeListRequest, TalentScopeRequest } from './lib/talent/talent.rpc';
import {
  AppealNoteRequest,
  AppealQuery,
  AppealRef,
  AppealTextRequest,
  DecideCommitmentRequest,
  RaiseAppealRequest,
  RateAppealRequest,
  RequestCommitmentRequest,
  RouteAppealRequest,
  ServiceNoticeQuery,
  SlaScanRequest,
  StatisticsQuery,
  TransferAppealRequest,
} from './lib/servicedesk/appeal.rpc';
import { AppealEscalatedEvent, AppealRaisedEvent, AppealRatedEvent, AppealResolvedEvent, AppealRoutedEvent, AppealWarnedEvent } from './lib/servicedesk/servicedesk.events';
import { ServicedeskInfoRequest } from './lib/servicedesk/servicedesk.rpc';
import { HoldMeetingRequest, LogVisitRequest, MeetingQuery, MeetingRef, UnvisitedQuery, VisitQuery } from './lib/servicedesk/visit.rpc';
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
} from './lib/guarantees/guarantee.rpc';
import { GUARANTEES_ERROR_CODES } from './lib/guarantees/guarantees.errors';
import { FinancingNeedRef, FinancingQuery, RecordFinancingNeedRequest, UpsertCreditProductRequest } from './lib/guarantees/financing.rpc';
import { FundInvestmentQuery, RecordFundInvestmentRequest } from './lib/guarantees/fund-investment.rpc';
import {
  FundInvestmentRecordedEvent,
  GuaranteeApprovedEvent,
  GuaranteeClosedEvent,
  LoanIssuedEvent,
  WhiteListAddedEvent,
  WhiteListRemovedEvent,
} from './lib/guarantees/guarantees.events';
import { GuaranteesInfoRequest } from './lib/guarantees/guarantees.rpc';
import { AddWhiteListRequest, RemoveWhiteListRequest, WhiteListHistoryQuery, WhiteListQuery } from './lib/guarantees/whitelist.rpc';
import { COMMON_ERROR_CODES } from './lib/common/errors';
import { ERROR_CODES, errorCodeInfo } from './lib/catalogue/error-codes';
import { DLQ_STREAM, DLQ_SUBJECT_PREFIX, EVENT_MAP, RPC_MAP, STREAMS } from './lib/catalogue/subjects';
import type { PayloadClass } from './lib/common/subject-map';
import { validatePayload } from './lib/common/validation';
import { REGISTRY_ERROR_CODES } from './lib/registry/registry.errors';
import { SERVICEDESK_ERROR_CODES } from './lib/servicedesk/servicedesk.errors';
import { TALENT_ERROR_CODES } from './lib/talent/talent.errors';
import { SUBSIDIES_ERROR_CODES } from './lib/subsidies/subsidies.errors';
import { TIERING_ERROR_CODES } from './lib/tiering/tiering.errors';
import {
  AnnualDataSubmittedEvent,
  EnterpriseReadmittedEvent,
  EnterpriseRegisteredEvent,
  EnterpriseRemovedEvent,
  EnterpriseUpdatedEvent,
} from './lib/registry/registry.events';
import {
  ActorOnlyRequest,
  AppendImportRowsRequest,
  ApplicationQuery,
  ApproveEntitlementBody,
  ApproveEntitlementRequest,
  AssessmentRequest,
  AssignLiaisonBody,
  AssignLiaisonRequest,
  BudgetQuery,
  CancelEntitlementBody,
  CancelEntitlementRequest,
  CertificationQuery,
  ClosePublicityRequest,
  ComputeAwardBody,
  ComputeAwardRequest,
  CreateEnterpriseBody,
  CreateEnterpriseRequest,
  CreateImportRequest,
  CreatePublicityBody,
  CreatePublicityRequest,
  CreateRecommendationBody,
  CreateRecommendationRequest,
  DecideVersionBody,
  DecideVersionRequest,
  DisburseEntitlementBody,
  DisburseEntitlementRequest,
  EnterpriseHistoryRequest,
  EntitlementQuery,
  EntitlementRef,
  GetEnterpriseRequest,
  ImportRefRequest,
  JobQuery,
  LedgerQuery,
  LiaisonQuery,
  ListAnnualDataRequest,
  ListEnterprisesRequest,
  ListImportsRequest,
  MatchingQuery,
  NoticeQuery,
  NoticeReadRequest,
  PoolQuery,
  ProposeVersionBody,
  ProposeVersionRequest,
  PublicityQuery,
  PublicityRef,
  RaiseObjectionBody,
  RaiseObjectionRequest,
  ReadmitEnterpriseRequest,
  RecommendationQuery,
  RecordCertificationBody,
  RecordCertificationRequest,
  RecordOutcomeBody,
  RecordOutcomeRequest,
  RegistryStatsRequest,
  RemoveEnterpriseRequest,
  RenewCertificationBody,
  RenewCertificationRequest,
  ResolveObjectionBody,
  ResolveObjectionRequest,
  ReviewApplicationBody,
  ReviewApplicationRequest,
  ReviewRecommendationBody,
  ReviewRecommendationRequest,
  RevokeCertificationBody,
  RevokeCertificationRequest,
  RunEvaluationBody,
  RunEvaluationRequest,
  SetBudgetBody,
  SetBudgetRequest,
  StartJobBody,
  StartJobRequest,
  SubmitAnnualDataRequest,
  SubmitApplicationBody,
  SubmitApplicationRequest,
  SubmitProfileRequest,
  SubmitRecommendationRequest,
  SubsidiesActorQuery,
  UpdateEnterpriseRequest,
  UpsertParkBody,
  UpsertParkRequest,
  UsccQuery,
  WhatIfBody,
  WhatIfRequest,
} from './index';
import {
  EntitlementApprovedEvent,
  EntitlementCreatedEvent,
  EntitlementDisbursedEvent,
  EntitlementPublishedEvent,
  EntitlementRejectedEvent,
} from './lib/subsidies/subsidies.events';
import { SERVICES, healthSubject } from './lib/system/services';
import { HealthPingRequest } from './lib/system/system.subjects';
import {
  CategoryChangedEvent,
  EnterpriseCertifiedEvent,
  EnterpriseEvaluatedEvent,
  EnterpriseRecommendedEvent,
  EnterpriseRenewedEvent,
  EnterpriseRevokedEvent,
  EnterpriseTitleExpiredEvent,
  LiaisonAssignedEvent,
} from './lib/tiering/tiering.events';

// ---------------------------------------------------------------------------------------------------------------
// The catalogue, written out again: subject → payload class → a minimal valid payload. A subject added to RPC_MAP
// or EVENT_MAP without an entry here fails the test, and so does a subject pointing at another subject's class.
// ---------------------------------------------------------------------------------------------------------------
const USCC = '91350100M000100Y43';
const ACTOR = { userId: 'u-1', username: 'operator', roles: ['gxj-operator'] };
const UUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const SHA256 = 'a'.repeat(64);
const AT = '2025-03-01T08:00:00Z';
const SNAPSHOT = {
  uscc: USCC,
  name: '三明示例装备制造有限公司',
  countyCode: '350404',
  industryGroup: 'industry',
  chains: ['steel-equipment'],
  status: 'active',
  category: null,
  tier: null,
  sizeClass: 'small',
  version: 1,
};

interface Entry {
  readonly cls: PayloadClass;
  readonly sample: Record<string, unknown>;
}

/** Every service of the service list answers its health subject (libs/contracts/src/lib/system/services.ts). */
const HEALTH_SUBJECTS: readonly string[] = SERVICES.map((s) => healthSubject(s));

const EXPECTED_RPC: Readonly<Record<string, Entry>> = {
  'procurement.info.get': { cls: ProcurementInfoRequest, sample: { from: 'gateway' } },
  'procurement.preference.compute': { cls: ComputeProcurementRequest, sample: { request: { kind: 'reserve' } } },
  'procurement.payment.compute': { cls: ComputePaymentRequest, sample: { request: { asOf: '2024-10-08' }, calendar: 'strict' } },
  'procurement.contract.record': {
    cls: RecordContractRequest,
    sample: { contractNumber: 'HT-1', buyerName: '三明市某局', buyerKind: 'organ', countyCode: '350404', supplierUscc: USCC, supplierName: '三明示例', declaredSize: 'small', signedOn: '2024-08-20', amountFen: 10_000_000, actor: ACTOR },
  },
  'procurement.contract.get': { cls: ContractRef, sample: { contractId: UUID } },
  'procurement.contract.list': { cls: ContractQuery, sample: { buyerName: '三明市某局' } },
  'procurement.contract.deliver': { cls: ContractDateRequest, sample: { contractId: UUID, date: '2024-09-01', actor: ACTOR } },
  'procurement.contract.accept': { cls: ContractDateRequest, sample: { contractId: UUID, date: '2024-09-05', actor: ACTOR } },
  'procurement.contract.pay': { cls: RecordPaymentRequest, sample: { contractId: UUID, paidOn: '2024-10-18', amountFen: 100, actor: ACTOR } },
  'procurement.payment.scan': { cls: OverdueScanRequest, sample: { from: 'job' } },
  'procurement.disclosure.get': { cls: DisclosureQuery, sample: { year: 2024 } },
  'procurement.sme-share.get': { cls: SmeShareQuery, sample: { year: 2024 } },
  'procurement.sme-share.groups': { cls: SmeShareGroupQuery, sample: { year: 2024, by: 'county' } },
  'procurement.repeat-offender.list': { cls: RepeatOffenderQuery, sample: { year: 2025 } },
  'procurement.project.record': {
    cls: RecordProjectRequest,
    sample: { projectNumber: 'XM-1', name: '办公设备采购', buyerName: '三明市某局', buyerKind: 'organ', department: '三明市某局', countyCode: '350404', category: 'goods', budgetFen: 300_000_000, procurementDate: '2023-05-10', reservedForm: 'package', reservedFen: 90_000_000, smallMicroRateBp: 1500, actor: ACTOR },
  },
  'procurement.project.get': { cls: ProjectRef, sample: { projectId: UUID } },
  'procurement.project.list': { cls: ProjectQuery, sample: { year: 2023 } },
  'procurement.bid.record': { cls: RecordBidRequest, sample: { projectId: UUID, supplierUscc: USCC, supplierName: '三明示例', declaredSize: 'small', form: 'alone', bidFen: 100_000_000, actor: ACTOR } },
  'procurement.supplier.get': { cls: SupplierRef, sample: { uscc: USCC } },
  'procurement.project.award': { cls: AwardBidRequest, sample: { projectId: UUID, bidId: UUID, contractNumber: 'HT-2', signedOn: '2023-06-01', actor: ACTOR } },
  'procurement.import.create': { cls: CreateProcurementImportRequest, sample: { kind: 'contracts', fileName: 'a.xlsx', fileHash: 'a'.repeat(64), totalRows: 2, actor: ACTOR } },
  'procurement.import.append': { cls: AppendProcurementImportRequest, sample: { importId: UUID, rows: [{ rowNumber: 2, cells: { 合同编号: 'HT-1' } }], actor: ACTOR } },
  'procurement.import.start': { cls: ProcurementImportRef, sample: { importId: UUID, actor: ACTOR } },
  'procurement.import.get': { cls: ProcurementImportRef, sample: { importId: UUID, actor: ACTOR } },
  'procurement.import.list': { cls: ProcurementImportQuery, sample: { actor: ACTOR } },
  'procurement.import.errors': { cls: ProcurementImportRef, sample: { importId: UUID, actor: ACTOR } },
  'procurement.complaint.file': {
    cls: FileComplaintRequest,
    sample: { complainantUscc: USCC, complainantName: '三明示例', respondentName: '三明市某局', summary: '逾期未付', filedVia: 'enterprise', actor: ACTOR },
  },
  'procurement.complaint.get': { cls: ComplaintRef, sample: { complaintId: UUID } },
  'procurement.complaint.list': { cls: ComplaintQuery, sample: { status: 'received' } },
  'procurement.complaint.review': { cls: ReviewComplaintRequest, sample: { complaintId: UUID, decision: 'reject', reason: '不属于受理范围', actor: ACTOR } },
  'procurement.complaint.conclude': { cls: ConcludeComplaintRequest, sample: { complaintId: UUID, outcome: '已支付', actor: ACTOR } },
  'talent.info.get': { cls: TalentInfoRequest, sample: { from: 'gateway' } },
  'talent.enterprise.get': { cls: TalentScopeRequest, sample: { uscc: USCC } },
  'talent.scope.get': { cls: TalentScopeRequest, sample: { uscc: USCC, date: '2024-06-01' } },
  'talent.scope.request': { cls: TalentScopeRequest, sample: { uscc: USCC, date: '2024-06-01' } },
  'talent.scope.list': { cls: TalentScopeListRequest, sample: { measure: 'S-53', date: '2024-06-01' } },
  'talent.person.register': { cls: RegisterPersonRequest, sample: { name: '王五', residentId: '11010519491231002X', phone: '13800138000', uscc: USCC, actor: ACTOR } },
  'talent.person.list': { cls: PersonListRequest, sample: { uscc: USCC } },
  'talent.person.get': { cls: PersonRef, sample: { personId: UUID } },
  'talent.person.reveal': { cls: RevealPersonRequest, sample: { personId: UUID, reason: '职称评审核验', actor: ACTOR } },
  'talent.programme.create': {
    cls: CreateProgrammeRequest,
    sample: { title: '专精特新企业经营管理人才研修班', topic: '企业管理', organiser: '市工信局', management: true, startsOn: '2026-04-01', endsOn: '2026-04-03', capacity: 60, actor: ACTOR },
  },
  'talent.programme.list': { cls: ProgrammeListRequest, sample: { year: 2026 } },
  'talent.programme.get': { cls: ProgrammeRef, sample: { programmeId: UUID } },
  'talent.session.add': { cls: AddSessionRequest, sample: { programmeId: UUID, heldOn: '2026-04-01', place: '三明学院', actor: ACTOR } },
  'talent.enrolment.add': { cls: EnrolRequest, sample: { programmeId: UUID, personId: UUID, actor: ACTOR } },
  'talent.enrolment.list': { cls: ProgrammeRef, sample: { programmeId: UUID } },
  'talent.attendance.record': { cls: AttendanceRequest, sample: { sessionId: UUID, personId: UUID, attended: true, actor: ACTOR } },
  'talent.attendance.import': { cls: AttendanceImportRequest, sample: { sessionId: UUID, rows: [{ row: 2, name: '王五', residentId: '11010519491231002X' }], actor: ACTOR } },
  'talent.coverage.get': { cls: CoverageRequest, sample: { year: 2026, county: '350404' } },
  'talent.case.submit': { cls: SubmitCaseRequest, sample: { kind: 'title', personId: UUID, appliedOn: '2026-05-01', specialty: '机械工程', level: '中级', actor: ACTOR } },
  'talent.case.decide': { cls: DecideCaseRequest, sample: { caseId: UUID, outcome: 'approved', note: '评审通过', actor: ACTOR } },
  'talent.case.list': { cls: CaseListRequest, sample: { kind: 'housing', status: 'routed' } },
  'talent.round.create': { cls: CreateRoundRequest, sample: { kind: 'model-worker', year: 2026, title: '2026年市级劳模推荐', opensOn: '2026-03-01', closesOn: '2026-03-31', actor: ACTOR } },
  'talent.round.list': { cls: RoundListRequest, sample: {} },
  'servicedesk.info.get': { cls: ServicedeskInfoRequest, sample: { from: 'gateway' } },
  'servicedesk.appeal.raise': {
    cls: RaiseAppealRequest,
    sample: { uscc: USCC, category: 'finance', title: '流动资金贷款', description: '需要500万元流动资金', raisedBy: '张处长', raisedByRole: 'liaison', actor: ACTOR },
  },
  'servicedesk.appeal.get': { cls: AppealRef, sample: { appealId: UUID } },
  'servicedesk.appeal.list': { cls: AppealQuery, sample: { status: 'routed', departmentCode: 'jrj', overdue: true } },
  'servicedesk.appeal.route': { cls: RouteAppealRequest, sample: { appealId: UUID, departmentCode: 'jrj', actor: ACTOR } },
  'servicedesk.appeal.transfer': { cls: TransferAppealRequest, sample: { appealId: UUID, departmentCode: 'zrzyj', reason: '属用地事项', actor: ACTOR } },
  'servicedesk.appeal.acknowledge': { cls: AppealNoteRequest, sample: { appealId: UUID, actor: ACTOR } },
  'servicedesk.appeal.wait': { cls: AppealTextRequest, sample: { appealId: UUID, text: '请补充财务报表', actor: ACTOR } },
  'servicedesk.appeal.resume': { cls: AppealNoteRequest, sample: { appealId: UUID, note: '已补充', actor: ACTOR } },
  'servicedesk.appeal.answer': { cls: AppealTextRequest, sample: { appealId: UUID, text: '已对接银行', actor: ACTOR } },
  'servicedesk.appeal.resolve': { cls: AppealTextRequest, sample: { appealId: UUID, text: '贷款已发放', actor: ACTOR } },
  'servicedesk.appeal.rate': { cls: RateAppealRequest, sample: { appealId: UUID, score: 5, actor: ACTOR } },
  'servicedesk.commitment.request': { cls: RequestCommitmentRequest, sample: { appealId: UUID, committedDate: '2026-03-31', reason: '需多部门会商', actor: ACTOR } },
  'servicedesk.commitment.decide': { cls: DecideCommitmentRequest, sample: { appealId: UUID, decision: 'approve', actor: ACTOR } },
  'servicedesk.sla.scan': { cls: SlaScanRequest, sample: { from: 'job' } },
  'servicedesk.notice.list': { cls: ServiceNoticeQuery, sample: { page: 1 } },
  'servicedesk.visit.log': {
    cls: LogVisitRequest,
    sample: { uscc: USCC, visitedOn: '2026-03-02', cadreName: '张处长', summary: '了解生产经营情况', issues: [{ category: 'land', title: '扩建用地', description: '需用地20亩' }], actor: ACTOR },
  },
  'servicedesk.visit.list': { cls: VisitQuery, sample: { year: 2026 } },
  'servicedesk.visit.gaps': { cls: UnvisitedQuery, sample: { year: 2026, countyCode: '350404' } },
  'servicedesk.meeting.hold': {
    cls: HoldMeetingRequest,
    sample: { title: '面对面协调会', heldOn: '2026-03-05', participants: ['市工信局 王工信'], enterprises: [USCC], decisions: ['由市金融监管局对接'], actor: ACTOR },
  },
  'servicedesk.meeting.list': { cls: MeetingQuery, sample: { year: 2026 } },
  'servicedesk.meeting.get': { cls: MeetingRef, sample: { meetingId: UUID } },
  'servicedesk.statistics.get': { cls: StatisticsQuery, sample: { from: '2026-01-01', to: '2026-12-31', groupBy: 'department' } },
  'guarantees.info.get': { cls: GuaranteesInfoRequest, sample: { from: 'gateway' } },
  'guarantees.guarantee.compute': {
    cls: ComputeGuaranteeRequest,
    sample: { date: '2024-06-01', titles: [{ tier: 'specialized', certifiedOn: '2023-06-15' }], outstandingGuaranteedFen: 0, requestedPrincipalFen: 100, termMonths: 12 },
  },
  'guarantees.whitelist.list': { cls: WhiteListQuery, sample: { member: true } },
  'guarantees.whitelist.history': { cls: WhiteListHistoryQuery, sample: { uscc: USCC } },
  'guarantees.whitelist.add': { cls: AddWhiteListRequest, sample: { uscc: USCC, countyCode: '350404', reason: '市政府专题会议决定', actor: ACTOR } },
  'guarantees.whitelist.remove': { cls: RemoveWhiteListRequest, sample: { uscc: USCC, reason: '经核查不再符合', actor: ACTOR } },
  'guarantees.organisation.list': { cls: GuaranteesActorQuery, sample: { actor: ACTOR } },
  'guarantees.organisation.upsert': { cls: UpsertOrganisationRequest, sample: { kind: 'bank', name: '三明示例银行', members: ['yh'], actor: ACTOR } },
  'guarantees.guarantee.submit': {
    cls: SubmitGuaranteeRequest,
    sample: { uscc: USCC, guarantorId: UUID, bankId: UUID, principalFen: 100, termMonths: 12, purpose: '流动资金', actor: ACTOR },
  },
  'guarantees.guarantee.list': { cls: GuaranteeQuery, sample: { status: 'approved' } },
  'guarantees.guarantee.get': { cls: GuaranteeRef, sample: { applicationId: UUID } },
  'guarantees.guarantee.review': { cls: GuaranteeStepRequest, sample: { applicationId: UUID, approve: true, actor: ACTOR } },
  'guarantees.guarantee.decide': { cls: GuaranteeStepRequest, sample: { applicationId: UUID, approve: true, actor: ACTOR } },
  'guarantees.loan.issue': { cls: IssueLoanRequest, sample: { applicationId: UUID, loanNo: 'L-1', issuedOn: '2025-01-02', actor: ACTOR } },
  'guarantees.loan.close': { cls: CloseGuaranteeRequest, sample: { applicationId: UUID, outcome: 'repaid', on: '2025-12-31', actor: ACTOR } },
  'guarantees.exposure.summary': { cls: GuaranteesActorQuery, sample: { actor: ACTOR } },
  'guarantees.policy-cost.by-year': { cls: GuaranteesActorQuery, sample: { year: 2025 } },
  'guarantees.fund-investment.record': {
    cls: RecordFundInvestmentRequest,
    sample: { uscc: USCC, countyCode: '350404', fund: 'sme-development', fundName: '国家中小企业发展基金', paidInFen: 100, paidInOn: '2025-03-01', actor: ACTOR },
  },
  'guarantees.fund-investment.list': { cls: FundInvestmentQuery, sample: { uscc: USCC } },
  'guarantees.product.upsert': {
    cls: UpsertCreditProductRequest,
    sample: { bankId: UUID, name: '专精特新贷', rateMinBp: 300, rateMaxBp: 420, amountMinFen: 0, amountMaxFen: 100, tiers: ['specialized'], counties: [], active: true, actor: ACTOR },
  },
  'guarantees.product.list': { cls: FinancingQuery, sample: { bankId: UUID } },
  'guarantees.need.record': { cls: RecordFinancingNeedRequest, sample: { uscc: USCC, countyCode: '350404', amountFen: 100, termMonths: 12, purpose: '设备更新', actor: ACTOR } },
  'guarantees.need.list': { cls: FinancingQuery, sample: { uscc: USCC } },
  'guarantees.need.matches': { cls: FinancingNeedRef, sample: { needId: UUID } },
  ...Object.fromEntries(HEALTH_SUBJECTS.map((subject) => [subject, { cls: HealthPingRequest, sample: { from: 'gateway' } }])),
  'registry.enterprise.create': {
    cls: CreateEnterpriseRequest,
    sample: { uscc: USCC, name: '三明示例', countyCode: '350404', industryGroup: 'industry', actor: ACTOR },
  },
  'registry.enterprise.update': {
    cls: UpdateEnterpriseRequest,
    sample: { uscc: USCC, patch: { name: '新名称' }, expectedVersion: 2, actor: ACTOR },
  },
  'registry.enterprise.get': { cls: GetEnterpriseRequest, sample: { uscc: USCC, actor: ACTOR } },
  'registry.enterprise.list': {
    cls: ListEnterprisesRequest,
    sample: { county: '350481', page: 1, pageSize: 20 },
  },
  'registry.enterprise.remove': {
    cls: RemoveEnterpriseRequest,
    sample: { uscc: USCC, reason: '迁出三明', actor: ACTOR },
  },
  'registry.enterprise.readmit': {
    cls: ReadmitEnterpriseRequest,
    sample: { uscc: USCC, reason: '迁回三明', actor: ACTOR },
  },
  'registry.enterprise.history': { cls: EnterpriseHistoryRequest, sample: { uscc: USCC } },
  'registry.annual-data.submit': {
    cls: SubmitAnnualDataRequest,
    sample: {
      uscc: USCC,
      year: 2024,
      facts: { employees: 120, operatingRevenue: 5_000_000_000 },
      actor: ACTOR,
    },
  },
  'registry.profile.submit': {
    cls: SubmitProfileRequest,
    sample: {
      profile: { uscc: USCC, name: '示例企业', countyCode: '350404', industryGroup: 'industry', annualData: [{ year: 2024, employees: 50 }] },
      actor: ACTOR,
    },
  },
  'registry.annual-data.list': { cls: ListAnnualDataRequest, sample: { uscc: USCC } },
  'registry.stats.summary': { cls: RegistryStatsRequest, sample: { actor: ACTOR } },
  'registry.import.create': {
    cls: CreateImportRequest,
    sample: { fileName: '培育库.xlsx', fileHash: SHA256, totalRows: 10, actor: ACTOR },
  },
  'registry.import.append': {
    cls: AppendImportRowsRequest,
    sample: {
      importId: UUID,
      rows: [{ rowNumber: 2, cells: { 企业名称: '三明示例', 从业人员: 12 } }],
      actor: ACTOR,
    },
  },
  'registry.import.start': { cls: ImportRefRequest, sample: { importId: UUID, actor: ACTOR } },
  'registry.import.get': { cls: ImportRefRequest, sample: { importId: UUID, actor: ACTOR } },
  'registry.import.errors': { cls: ImportRefRequest, sample: { importId: UUID, actor: ACTOR } },
  'registry.import.list': { cls: ListImportsRequest, sample: { actor: ACTOR, page: 1 } },
  'tiering.evaluation.latest': { cls: UsccQuery, sample: { uscc: USCC } },
  'tiering.evaluation.history': { cls: UsccQuery, sample: { uscc: USCC } },
  'tiering.certification.history': { cls: UsccQuery, sample: { uscc: USCC } },
  'tiering.evaluation.run': { cls: RunEvaluationRequest, sample: { uscc: USCC, asOf: '2025-06-01', type: 'new', actor: ACTOR } },
  'tiering.evaluation.what-if': {
    cls: WhatIfRequest,
    sample: {
      profile: { uscc: USCC, name: '示例企业', countyCode: '350404', industryGroup: 'industry', annualData: [{ year: 2024, employees: 50 }] },
      actor: ACTOR,
    },
  },
  'tiering.pool.list': { cls: PoolQuery, sample: { category: 'upgrade', page: 1 } },
  'tiering.pool.summary': { cls: ActorOnlyRequest, sample: { actor: ACTOR } },
  'tiering.targets.summary': { cls: ActorOnlyRequest, sample: { actor: ACTOR } },
  'tiering.rule-version.list': { cls: ActorOnlyRequest, sample: { actor: ACTOR } },
  'tiering.recommendation.create': {
    cls: CreateRecommendationRequest,
    sample: { uscc: USCC, tier: 'specialized', type: 'new', batchYear: 2025, actor: ACTOR },
  },
  'tiering.recommendation.review': { cls: ReviewRecommendationRequest, sample: { recommendationId: UUID, decision: 'approve', actor: ACTOR } },
  'tiering.recommendation.submit': { cls: SubmitRecommendationRequest, sample: { recommendationId: UUID, actor: ACTOR } },
  'tiering.recommendation.outcome': {
    cls: RecordOutcomeRequest,
    sample: { recommendationId: UUID, outcome: 'certified', issuer: '福建省工业和信息化厅', docNo: '闽工信〔2025〕1号', certifiedOn: '2025-06-30', actor: ACTOR },
  },
  'tiering.recommendation.list': { cls: RecommendationQuery, sample: { status: 'submitted' } },
  'tiering.certification.record': {
    cls: RecordCertificationRequest,
    sample: { uscc: USCC, tier: 'innovative', issuer: '福建省工业和信息化厅', docNo: '闽工信〔2024〕9号', certifiedOn: '2024-06-30', actor: ACTOR },
  },
  'tiering.certification.renew': { cls: RenewCertificationRequest, sample: { certificationId: UUID, docNo: '复核〔2027〕1号', renewedOn: '2027-06-01', actor: ACTOR } },
  'tiering.certification.revoke': { cls: RevokeCertificationRequest, sample: { certificationId: UUID, reason: '数据造假', fraud: true, revokedOn: '2025-09-01', actor: ACTOR } },
  'tiering.certification.list': { cls: CertificationQuery, sample: { expiringBy: '2026-12-31' } },
  'tiering.job.start': { cls: StartJobRequest, sample: { kind: 'shadow', versionA: 'tiers-2022', versionB: 'tiers-2026', actor: ACTOR } },
  'tiering.job.get': { cls: JobQuery, sample: { jobId: UUID } },
  'tiering.job.diffs': { cls: JobQuery, sample: { jobId: UUID, changedOnly: true } },
  'tiering.assessment.report': { cls: AssessmentRequest, sample: { year: 2025, period: 'annual' } },
  'tiering.liaison.assign': {
    cls: AssignLiaisonRequest,
    sample: { uscc: USCC, cadreName: '张处长', cadreRank: '处级', cadreUnit: '三明市工信局', actor: ACTOR },
  },
  'tiering.liaison.list': { cls: LiaisonQuery, sample: { missingOnly: true } },
  'subsidies.catalogue.list': { cls: SubsidiesActorQuery, sample: { actor: ACTOR } },
  'subsidies.award.compute': { cls: ComputeAwardRequest, sample: { awardId: 'S-36', date: '2025-03-01', facts: { unitPriceFen: 500_000_000 } } },
  'subsidies.version.propose': {
    cls: ProposeVersionRequest,
    sample: {
      awardId: 'S-17',
      effectiveFrom: '2026-01-01',
      effectiveTo: '2027-12-31',
      title: '三明市优质中小企业梯度培育后续政策',
      docNo: '明政办〔2026〕1号',
      terms: { kind: 'fixed', amountFen: 5_000_000 },
      actor: ACTOR,
    },
  },
  'subsidies.version.decide': { cls: DecideVersionRequest, sample: { versionId: UUID, decision: 'approve', actor: ACTOR } },
  'subsidies.entitlement.list': { cls: EntitlementQuery, sample: { status: 'pending-approval', awardId: 'S-17' } },
  'subsidies.entitlement.get': { cls: EntitlementRef, sample: { entitlementId: UUID } },
  'subsidies.entitlement.approve': {
    cls: ApproveEntitlementRequest,
    sample: { entitlementId: UUID, step: 'business', decision: 'approve', expectedVersion: 1, actor: ACTOR },
  },
  'subsidies.entitlement.disburse': {
    cls: DisburseEntitlementRequest,
    sample: { entitlementId: UUID, voucherNo: 'CZ-2025-0001', paidOn: '2025-08-01', expectedVersion: 3, actor: ACTOR },
  },
  'subsidies.entitlement.cancel': { cls: CancelEntitlementRequest, sample: { entitlementId: UUID, reason: '企业迁出', actor: ACTOR } },
  'subsidies.publicity.create': {
    cls: CreatePublicityRequest,
    sample: { title: '2025年第一批专精特新奖励公示', entitlementIds: [UUID], startsOn: '2025-06-01', actor: ACTOR },
  },
  'subsidies.publicity.close': { cls: ClosePublicityRequest, sample: { publicityId: UUID, actor: ACTOR } },
  'subsidies.publicity.get': { cls: PublicityRef, sample: { publicityId: UUID } },
  'subsidies.publicity.list': { cls: PublicityQuery, sample: { page: 1 } },
  'subsidies.objection.raise': {
    cls: RaiseObjectionRequest,
    sample: { entitlementId: UUID, raisedBy: '群众来信', reason: '企业存在违法行为', actor: ACTOR },
  },
  'subsidies.objection.resolve': { cls: ResolveObjectionRequest, sample: { objectionId: UUID, decision: 'dismissed', note: '经核查不属实', actor: ACTOR } },
  'subsidies.application.submit': {
    cls: SubmitApplicationRequest,
    sample: {
      uscc: USCC,
      awardId: 'S-36',
      date: '2025-03-01',
      reference: '闽工信〔2025〕首台套1号',
      facts: { unitPriceFen: 500_000_000 },
      documents: [{ name: '首台套认定文件' }],
      actor: ACTOR,
    },
  },
  'subsidies.application.review': { cls: ReviewApplicationRequest, sample: { applicationId: UUID, decision: 'approve', actor: ACTOR } },
  'subsidies.application.list': { cls: ApplicationQuery, sample: { status: 'submitted' } },
  'subsidies.budget.allocate': { cls: SetBudgetRequest, sample: { payer: 'CITY', year: 2025, amountFen: 100_000_000, actor: ACTOR } },
  'subsidies.budget.list': { cls: BudgetQuery, sample: { year: 2025 } },
  'subsidies.ledger.list': { cls: LedgerQuery, sample: { payer: 'CITY', year: 2025 } },
  'subsidies.report.summary': { cls: BudgetQuery, sample: { year: 2025 } },
  'subsidies.matching.enterprise': { cls: MatchingQuery, sample: { uscc: USCC } },
  'subsidies.notice.list': { cls: NoticeQuery, sample: { unread: true } },
  'subsidies.notice.acknowledge': { cls: NoticeReadRequest, sample: { noticeId: 1, actor: ACTOR } },
  'subsidies.park.upsert': {
    cls: UpsertParkRequest,
    sample: { name: '三明高新区金沙园', countyCode: '350404', operator: '三明高新区开发公司', enterprises: [{ uscc: USCC }], actor: ACTOR },
  },
  'subsidies.park.list': { cls: SubsidiesActorQuery, sample: { actor: ACTOR } },
};

const EXPECTED_EVENTS: Readonly<Record<string, Entry>> = {
  'procurement.payment.overdue-detected': {
    cls: PaymentOverdueEvent,
    sample: { contractId: UUID, contractNumber: 'HT-1', buyerName: '三明市某局', buyerKind: 'organ', countyCode: '350404', supplierUscc: USCC, dueDate: '2024-10-08', daysOverdue: 1, outstandingFen: 100, interestFen: 0, scannedOn: '2024-10-09' },
  },
  'procurement.complaint.received': { cls: ComplaintReceivedEvent, sample: { complaintId: UUID, number: 'TS2024-1', complainantUscc: USCC, receivedOn: '2024-09-27', reviewDueOn: '2024-10-16' } },
  'procurement.complaint.reviewed': {
    cls: ComplaintReviewedEvent,
    sample: { complaintId: UUID, number: 'TS2024-1', complainantUscc: USCC, receivedOn: '2024-09-27', reviewDueOn: '2024-10-16', decision: 'accept', forwardTo: '三明市财政局', reviewedOn: '2024-10-10' },
  },
  'procurement.complaint.overdue-detected': { cls: ComplaintOverdueEvent, sample: { complaintId: UUID, number: 'TS2024-1', complainantUscc: USCC, receivedOn: '2024-09-27', reviewDueOn: '2024-10-16', scannedOn: '2024-10-17' } },
  'registry.enterprise.registered': {
    cls: EnterpriseRegisteredEvent,
    sample: { enterprise: SNAPSHOT, admittedAt: AT },
  },
  'registry.enterprise.updated': {
    cls: EnterpriseUpdatedEvent,
    sample: { enterprise: SNAPSHOT, changes: [{ field: 'name', before: '旧名称', after: '新名称' }] },
  },
  'registry.enterprise.annual-data-submitted': {
    cls: AnnualDataSubmittedEvent,
    sample: {
      enterprise: SNAPSHOT,
      year: 2024,
      facts: { employees: 120, operatingRevenue: 5_000_000_000 },
      size: {
        sizeClass: 'small',
        clause: '工信部联企业〔2011〕300号 第四条（二）工业',
        ruleId: 'sme-size-2011',
      },
      revision: 1,
      submittedAt: AT,
    },
  },
  'registry.enterprise.removed': {
    cls: EnterpriseRemovedEvent,
    sample: { enterprise: SNAPSHOT, reason: '迁出', removedAt: AT },
  },
  'registry.enterprise.readmitted': {
    cls: EnterpriseReadmittedEvent,
    sample: { enterprise: SNAPSHOT, reason: '迁回' },
  },
  'tiering.enterprise.evaluated': {
    cls: EnterpriseEvaluatedEvent,
    sample: {
      uscc: USCC,
      countyCode: '350404',
      evaluationId: 1,
      asOf: '2025-06-01',
      type: 'new',
      ruleVersion: 'tiers-2022',
      dataYear: 2024,
      innovative: 'eligible',
      specialized: 'not-eligible',
      littleGiant: 'unknown',
      trigger: 'event',
    },
  },
  'tiering.enterprise.category-changed': {
    cls: CategoryChangedEvent,
    sample: { uscc: USCC, countyCode: '350404', before: null, after: 'upgrade', nextTier: 'specialized', evaluationId: 1, reason: '距专精特新尚有1项条件未满足' },
  },
  'tiering.enterprise.recommended': {
    cls: EnterpriseRecommendedEvent,
    sample: { recommendationId: UUID, uscc: USCC, countyCode: '350404', tier: 'specialized', type: 'new', batchYear: 2025, stage: 'county' },
  },
  'tiering.enterprise.certified': {
    cls: EnterpriseCertifiedEvent,
    sample: {
      certificationId: UUID,
      uscc: USCC,
      countyCode: '350404',
      tier: 'specialized',
      currentTier: 'specialized',
      kind: 'new',
      issuer: '福建省工业和信息化厅',
      docNo: '闽工信〔2024〕1号',
      certifiedOn: '2024-05-10',
      validUntil: '2027-05-09',
    },
  },
  'tiering.enterprise.renewed': {
    cls: EnterpriseRenewedEvent,
    sample: { certificationId: UUID, uscc: USCC, countyCode: '350404', tier: 'specialized', currentTier: 'specialized', docNo: '复核〔2027〕1号', renewedOn: '2027-05-01', validUntil: '2030-05-09' },
  },
  'tiering.enterprise.revoked': {
    cls: EnterpriseRevokedEvent,
    sample: { certificationId: UUID, uscc: USCC, countyCode: '350404', tier: 'specialized', currentTier: 'innovative', reason: '数据造假', fraud: true, revokedOn: '2025-09-01', barredUntil: '2028-09-01' },
  },
  'tiering.enterprise.expired': {
    cls: EnterpriseTitleExpiredEvent,
    sample: { certificationId: UUID, uscc: USCC, countyCode: '350404', tier: 'innovative', currentTier: null, validUntil: '2025-06-29' },
  },
  'tiering.enterprise.liaison-assigned': {
    cls: LiaisonAssignedEvent,
    sample: { uscc: USCC, countyCode: '350404', cadreName: '张处长', cadreRank: '处级', cadreUnit: '三明市工信局' },
  },
  'servicedesk.appeal.raised': { cls: AppealRaisedEvent, sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', origin: 'direct', receivedOn: '2026-03-02' } },
  'servicedesk.appeal.routed': { cls: AppealRoutedEvent, sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', departmentCode: 'jrj', reason: 'routed', cycle: 1, startedOn: '2026-03-02' } },
  'servicedesk.appeal.resolved': { cls: AppealResolvedEvent, sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', departmentCode: 'jrj', resolvedOn: '2026-03-06', onTime: true } },
  'servicedesk.appeal.rated': { cls: AppealRatedEvent, sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', departmentCode: 'jrj', score: 5, reopened: false } },
  'servicedesk.appeal.warned': {
    cls: AppealWarnedEvent,
    sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', departmentCode: 'jrj', kind: 'answer', cycle: 1, dueOn: '2026-03-04', warnedOn: '2026-03-04', notify: ['jrj', 'gxj'], provisional: false },
  },
  'servicedesk.appeal.escalated': {
    cls: AppealEscalatedEvent,
    sample: { appealId: UUID, number: 'ZQ2026-00001', uscc: USCC, countyCode: '350404', category: 'finance', departmentCode: 'jrj', kind: 'answer', cycle: 1, dueOn: '2026-03-04', workingDaysLate: 1, notify: ['jrj', 'gxj'], provisional: false },
  },
  'guarantees.whitelist.added': {
    cls: WhiteListAddedEvent,
    sample: { uscc: USCC, countyCode: '350404', effectiveOn: '2024-05-10', source: 'title', tier: 'specialized', certificationId: UUID, reason: '持有有效称号', until: '2027-05-09' },
  },
  'guarantees.whitelist.removed': { cls: WhiteListRemovedEvent, sample: { uscc: USCC, countyCode: '350404', effectiveOn: '2024-05-10', source: 'manual', reason: '撤销', cause: 'manual' } },
  'guarantees.guarantee.approved': {
    cls: GuaranteeApprovedEvent,
    sample: { applicationId: UUID, uscc: USCC, countyCode: '350404', guarantorId: UUID, bankId: UUID, principalFen: 100, termMonths: 12, chargedFeeFen: 0, policyCostFen: 1, feeTreatment: 'waived' },
  },
  'guarantees.loan.issued': {
    cls: LoanIssuedEvent,
    sample: { applicationId: UUID, uscc: USCC, countyCode: '350404', guarantorId: UUID, bankId: UUID, principalFen: 100, loanNo: 'L-1', issuedOn: '2025-01-02' },
  },
  'guarantees.fund-investment.recorded': {
    cls: FundInvestmentRecordedEvent,
    sample: { investmentId: UUID, uscc: USCC, countyCode: '350404', fund: 'sme-development', fundName: '国家中小企业发展基金', paidInFen: 100, paidInOn: '2025-03-01', recordedBy: 'jrj' },
  },
  'guarantees.guarantee.closed': {
    cls: GuaranteeClosedEvent,
    sample: { applicationId: UUID, uscc: USCC, countyCode: '350404', guarantorId: UUID, bankId: UUID, principalFen: 100, outcome: 'repaid', closedOn: '2025-12-31', compensatedFen: 0 },
  },
  'talent.scope.started': {
    cls: TalentScopeStartedEvent,
    sample: { uscc: USCC, countyCode: '350404', measure: 'S-53', effectiveOn: '2023-07-01', tier: 'little-giant', certificationId: UUID, reason: '持有有效的小巨人称号', until: '2026-06-30' },
  },
  'talent.scope.ended': {
    cls: TalentScopeEndedEvent,
    sample: { uscc: USCC, countyCode: '350404', measure: 'S-53', effectiveOn: '2024-11-02', certificationId: UUID, reason: '称号已撤销', cause: 'revoked' },
  },
  'talent.case.decided': {
    cls: TalentCaseDecidedEvent,
    sample: { caseId: UUID, kind: 'title', measure: 'S-55a', uscc: USCC, countyCode: '350404', department: '市人社局', outcome: 'approved', decidedOn: '2025-07-01' },
  },
  'subsidies.entitlement.created': {
    cls: EntitlementCreatedEvent,
    sample: { entitlementId: UUID, awardId: 'S-17', uscc: USCC, countyCode: '350404', amountFen: 5_000_000, payer: 'CITY', origin: 'certification', triggerKey: UUID, versionId: 'S-17@2022' },
  },
  'subsidies.entitlement.published': {
    cls: EntitlementPublishedEvent,
    sample: { entitlementId: UUID, awardId: 'S-17', uscc: USCC, countyCode: '350404', amountFen: 5_000_000, payer: 'CITY', publicityId: UUID, startsOn: '2025-06-01', endsOn: '2025-06-07' },
  },
  'subsidies.entitlement.approved': { cls: EntitlementApprovedEvent, sample: { entitlementId: UUID, awardId: 'S-17', uscc: USCC, countyCode: '350404', amountFen: 5_000_000, payer: 'CITY', budgetYear: 2025 } },
  'subsidies.entitlement.disbursed': {
    cls: EntitlementDisbursedEvent,
    sample: { entitlementId: UUID, awardId: 'S-17', uscc: USCC, countyCode: '350404', amountFen: 5_000_000, payer: 'CITY', voucherNo: 'CZ-2025-0001', paidOn: '2025-08-01' },
  },
  'subsidies.entitlement.rejected': { cls: EntitlementRejectedEvent, sample: { entitlementId: UUID, awardId: 'S-17', uscc: USCC, countyCode: '350404', amountFen: 5_000_000, payer: 'CITY', reason: '公示异议成立', stage: 'publicity' } },
};

/** RPC subjects that intentionally share a request class. Any other sharing is a copy-paste mistake. */
const SHARED_REQUEST_CLASSES: readonly (readonly string[])[] = [
  ['registry.import.errors', 'registry.import.get', 'registry.import.start'],
  ['tiering.certification.history', 'tiering.evaluation.history', 'tiering.evaluation.latest'],
  ['tiering.pool.summary', 'tiering.rule-version.list', 'tiering.targets.summary'],
  ['tiering.job.diffs', 'tiering.job.get'],
  ['subsidies.catalogue.list', 'subsidies.park.list'],
  ['subsidies.budget.list', 'subsidies.report.summary'],
  ['servicedesk.appeal.acknowledge', 'servicedesk.appeal.resume'],
  ['servicedesk.appeal.answer', 'servicedesk.appeal.resolve', 'servicedesk.appeal.wait'],
  ['guarantees.exposure.summary', 'guarantees.organisation.list', 'guarantees.policy-cost.by-year'],
  ['guarantees.guarantee.decide', 'guarantees.guarantee.review'],
  ['guarantees.need.list', 'guarantees.product.list'],
  ['procurement.contract.accept', 'procurement.contract.deliver'],
  ['procurement.import.errors', 'procurement.import.get', 'procurement.import.start'],
  ['talent.enterprise.get', 'talent.scope.get', 'talent.scope.request'],
  ['talent.enrolment.list', 'talent.programme.get'],
  ...(HEALTH_SUBJECTS.length > 1 ? [[...HEALTH_SUBJECTS].sort()] : []),
];

interface CatalogueEntry {
  readonly subject: string;
  readonly cls: PayloadClass;
  readonly kind: 'rpc' | 'event';
}
interface EventEntry extends CatalogueEntry {
  readonly stream: string;
  readonly version: number;
}

const rpcEntries: CatalogueEntry[] = Object.entries(RPC_MAP).map(([subject, def]) => ({
  subject,
  cls: def.request,
  kind: def.kind,
}));
const eventEntries: EventEntry[] = Object.entries(EVENT_MAP).map(([subject, def]) => ({
  subject,
  cls: def.payload,
  kind: def.kind,
  stream: def.stream,
  version: def.version,
}));

/** `<domain>.<aggregate>.<verb>`, lower-case words joined by hyphens, `.vN` (N ≥ 2) only on a breaking change. */
const WORD = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
const SUBJECT_GRAMMAR = new RegExp(`^(${WORD})\\.(${WORD})\\.(${WORD})(?:\\.v([2-9]|[1-9][0-9]+))?$`);
const IRREGULAR_PAST = new Set(['sent', 'paid', 'held', 'made', 'set', 'built', 'won', 'granted']);

function verbOf(subject: string): string {
  const m = SUBJECT_GRAMMAR.exec(subject);
  if (!m) throw new Error(`not a subject: ${subject}`);
  return m[3]!;
}

function isPastTense(verb: string): boolean {
  const last = verb.split('-').pop()!;
  return last.endsWith('ed') || IRREGULAR_PAST.has(last);
}

describe('catalogue — payload classes', () => {
  it('should list exactly the expected RPC subjects when RPC_MAP is read', () => {
    // Act / Assert
    expect(Object.keys(RPC_MAP).sort()).toEqual(Object.keys(EXPECTED_RPC).sort());
  });

  it('should list exactly the expected event subjects when EVENT_MAP is read', () => {
    // Act / Assert
    expect(Object.keys(EVENT_MAP).sort()).toEqual(Object.keys(EXPECTED_EVENTS).sort());
  });

  it.each(rpcEntries)(
    'should map RPC $subject to its own request class when declared',
    ({ subject, cls, kind }) => {
      // Act / Assert
      expect(kind).toBe('rpc');
      expect(cls).toBe(EXPECTED_RPC[subject]?.cls);
    },
  );

  it.each(eventEntries)(
    'should map event $subject to its own payload class when declared',
    ({ subject, cls, kind }) => {
      // Act / Assert
      expect(kind).toBe('event');
      expect(cls).toBe(EXPECTED_EVENTS[subject]?.cls);
    },
  );

  it('should give every event its own payload class when events are compared', () => {
    // Act
    const classes = eventEntries.map((e) => e.cls);

    // Assert
    expect(new Set(classes).size).toBe(classes.length);
  });

  it('should share a request class between RPC subjects only where intended', () => {
    // Arrange
    const byClass = new Map<PayloadClass, string[]>();
    for (const { subject, cls } of rpcEntries) byClass.set(cls, [...(byClass.get(cls) ?? []), subject]);

    // Act
    const shared = [...byClass.values()].filter((subjects) => subjects.length > 1).map((s) => s.sort());

    // Assert
    expect(shared).toEqual(SHARED_REQUEST_CLASSES);
  });

  it('should not use an event payload class as an RPC request when both maps are compared', () => {
    // Act
    const rpcClasses = new Set(rpcEntries.map((e) => e.cls));

    // Assert
    for (const e of eventEntries) expect(rpcClasses.has(e.cls)).toBe(false);
  });

  it.each([...rpcEntries, ...eventEntries])(
    'should instantiate the class of $subject and accept its minimal valid payload',
    ({ subject, cls }) => {
      // Arrange
      const entry = EXPECTED_RPC[subject] ?? EXPECTED_EVENTS[subject];

      // Act
      const instance = new cls();
      const outcome = validatePayload(cls, entry!.sample);

      // Assert
      expect(instance).toBeInstanceOf(cls);
      if (!outcome.ok) throw new Error(`${subject}: ${JSON.stringify(outcome.error)}`);
      expect(outcome.value).toBeInstanceOf(cls);
    },
  );

  it.each([...rpcEntries, ...eventEntries])(
    'should run validation for $subject when the payload has an unknown field',
    ({ subject, cls }) => {
      // Arrange
      const entry = EXPECTED_RPC[subject] ?? EXPECTED_EVENTS[subject];

      // Act
      const outcome = validatePayload(cls, { ...entry!.sample, notAField: 1 });

      // Assert: the class has validation metadata, so the unknown field is caught (not silently accepted)
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('VALIDATION_FAILED');
      expect(outcome.error.details).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'notAField', constraint: 'whitelistValidation' }),
        ]),
      );
    },
  );

  /** Requests whose fields are all optional: an empty payload is valid. */
  const ALL_OPTIONAL = [
    'procurement.info.get',
    'procurement.contract.list',
    'procurement.project.list',
    'procurement.payment.scan',
    'procurement.complaint.list',
    'talent.info.get',
    'talent.person.list',
    'talent.case.list',
    'talent.programme.list',
    'talent.round.list',
    'servicedesk.info.get',
    'guarantees.info.get',
    'guarantees.whitelist.list',
    'guarantees.whitelist.history',
    'guarantees.organisation.list',
    'guarantees.guarantee.list',
    'guarantees.exposure.summary',
    'guarantees.policy-cost.by-year',
    'guarantees.fund-investment.list',
    'guarantees.product.list',
    'guarantees.need.list',
    'registry.enterprise.list',
    'registry.stats.summary',
    ...HEALTH_SUBJECTS,
    'tiering.pool.list',
    'tiering.pool.summary',
    'tiering.targets.summary',
    'tiering.rule-version.list',
    'tiering.recommendation.list',
    'tiering.certification.list',
    'tiering.liaison.list',
    'subsidies.catalogue.list',
    'subsidies.entitlement.list',
    'subsidies.publicity.list',
    'subsidies.application.list',
    'subsidies.budget.list',
    'subsidies.ledger.list',
    'subsidies.report.summary',
    'subsidies.notice.list',
    'subsidies.park.list',
    'servicedesk.appeal.list',
    'servicedesk.sla.scan',
    'servicedesk.notice.list',
    'servicedesk.visit.list',
    'servicedesk.visit.gaps',
    'servicedesk.meeting.list',
  ];

  it.each([...rpcEntries, ...eventEntries])(
    'should run validation for $subject when the payload is empty',
    ({ subject, cls }) => {
      // Act
      const outcome = validatePayload(cls, {});

      // Assert: rejected with Chinese field messages unless every field is optional
      expect(outcome.ok).toBe(ALL_OPTIONAL.includes(subject));
      if (outcome.ok) return;
      expect(outcome.error.code).toBe('VALIDATION_FAILED');
      expect(outcome.error.details?.length).toBeGreaterThan(0);
      for (const d of outcome.error.details ?? []) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('should reject each event sample when validated against another event class', () => {
    // Arrange / Act / Assert: catches two subjects pointing at the wrong (but similar) class
    for (const a of eventEntries) {
      for (const b of eventEntries) {
        if (a.cls === b.cls) continue;
        const outcome = validatePayload(b.cls, EXPECTED_EVENTS[a.subject]!.sample);
        expect({ sample: a.subject, cls: b.subject, ok: outcome.ok }).toEqual({
          sample: a.subject,
          cls: b.subject,
          ok: false,
        });
      }
    }
  });
});

/**
 * HTTP bodies (what the gateway validates and OpenAPI documents): the request class of the subject minus the acting
 * user and the fields the gateway takes from the path. The request extends its body, so they cannot drift apart.
 */
const HTTP_BODIES: readonly { subject: string; body: PayloadClass; serverSet: readonly string[] }[] = [
  { subject: 'registry.enterprise.create', body: CreateEnterpriseBody, serverSet: [] },
  { subject: 'tiering.evaluation.run', body: RunEvaluationBody, serverSet: ['uscc'] },
  { subject: 'tiering.evaluation.what-if', body: WhatIfBody, serverSet: [] },
  { subject: 'tiering.recommendation.create', body: CreateRecommendationBody, serverSet: [] },
  { subject: 'tiering.recommendation.review', body: ReviewRecommendationBody, serverSet: ['recommendationId'] },
  { subject: 'tiering.recommendation.outcome', body: RecordOutcomeBody, serverSet: ['recommendationId'] },
  { subject: 'tiering.certification.record', body: RecordCertificationBody, serverSet: [] },
  { subject: 'tiering.certification.renew', body: RenewCertificationBody, serverSet: ['certificationId'] },
  { subject: 'tiering.certification.revoke', body: RevokeCertificationBody, serverSet: ['certificationId'] },
  { subject: 'tiering.job.start', body: StartJobBody, serverSet: [] },
  { subject: 'tiering.liaison.assign', body: AssignLiaisonBody, serverSet: ['uscc'] },
  { subject: 'subsidies.award.compute', body: ComputeAwardBody, serverSet: [] },
  { subject: 'subsidies.version.propose', body: ProposeVersionBody, serverSet: [] },
  { subject: 'subsidies.version.decide', body: DecideVersionBody, serverSet: ['versionId'] },
  { subject: 'subsidies.entitlement.approve', body: ApproveEntitlementBody, serverSet: ['entitlementId'] },
  { subject: 'subsidies.entitlement.disburse', body: DisburseEntitlementBody, serverSet: ['entitlementId'] },
  { subject: 'subsidies.entitlement.cancel', body: CancelEntitlementBody, serverSet: ['entitlementId'] },
  { subject: 'subsidies.publicity.create', body: CreatePublicityBody, serverSet: ['approvedBy'] },
  { subject: 'subsidies.objection.raise', body: RaiseObjectionBody, serverSet: ['entitlementId'] },
  { subject: 'subsidies.objection.resolve', body: ResolveObjectionBody, serverSet: ['objectionId'] },
  { subject: 'subsidies.application.submit', body: SubmitApplicationBody, serverSet: [] },
  { subject: 'subsidies.application.review', body: ReviewApplicationBody, serverSet: ['applicationId'] },
  { subject: 'subsidies.budget.allocate', body: SetBudgetBody, serverSet: [] },
  { subject: 'subsidies.park.upsert', body: UpsertParkBody, serverSet: ['id'] },
];

describe('catalogue — HTTP bodies', () => {
  it.each(HTTP_BODIES)('should make the request of $subject extend its body class', ({ subject, body }) => {
    // Arrange
    const request = RPC_MAP[subject as keyof typeof RPC_MAP].request;

    // Act / Assert
    expect(request.prototype).toBeInstanceOf(body);
  });

  it.each(HTTP_BODIES)(
    'should accept the sample of $subject without the actor and path fields, and refuse them, when validated as the body',
    ({ subject, body, serverSet }) => {
      // Arrange
      const sample = { ...EXPECTED_RPC[subject]!.sample };
      delete sample['actor'];
      for (const field of serverSet) delete sample[field];

      // Act
      const bodyOnly = validatePayload(body, sample);
      const withActor = validatePayload(body, { ...sample, actor: ACTOR });

      // Assert
      if (!bodyOnly.ok) throw new Error(`${subject}: ${JSON.stringify(bodyOnly.error)}`);
      expect(withActor.ok).toBe(false);
    },
  );

  it.each(HTTP_BODIES.filter((b) => b.serverSet.length > 0))(
    'should refuse the path fields of $subject in its body',
    ({ subject, body, serverSet }) => {
      // Arrange
      const sample = { ...EXPECTED_RPC[subject]!.sample };
      delete sample['actor'];
      for (const field of serverSet) sample[field] ??= UUID;

      // Act
      const outcome = validatePayload(body, sample);

      // Assert
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error.details?.map((d) => d.field)).toEqual(expect.arrayContaining([...serverSet]));
    },
  );
});

describe('catalogue — subject grammar', () => {
  it.each([...rpcEntries, ...eventEntries].map((e) => e.subject))(
    'should follow <domain>.<aggregate>.<verb> in lower case when %s is declared',
    (subject) => {
      // Act / Assert
      expect(subject).toMatch(SUBJECT_GRAMMAR);
      expect(subject).toBe(subject.toLowerCase());
    },
  );

  it.each(eventEntries)('should name event $subject in the past tense', ({ subject }) => {
    // Act / Assert
    expect(isPastTense(verbOf(subject))).toBe(true);
  });

  it.each(rpcEntries)('should not name RPC $subject in the past tense', ({ subject }) => {
    // Act / Assert
    expect(isPastTense(verbOf(subject))).toBe(false);
  });

  it.each(eventEntries)(
    'should carry a .vN suffix on $subject only when its version is above 1',
    ({ subject, version }) => {
      // Act
      const suffix = SUBJECT_GRAMMAR.exec(subject)?.[4];

      // Assert
      expect(version).toBeGreaterThanOrEqual(1);
      expect(suffix === undefined ? 1 : Number(suffix)).toBe(version);
    },
  );

  it.each([
    'registry.enterprise',
    'registry.enterprise.create.now',
    'Registry.enterprise.create',
    'registry.enterprise.Created',
    'registry.enterprise_x.created',
    'registry..created',
    'registry.enterprise.created.v1',
    'registry.enterprise.-created',
    'registry.enterprise.created-',
  ])('should reject %p when checked against the grammar', (subject) => {
    // Act / Assert
    expect(subject).not.toMatch(SUBJECT_GRAMMAR);
  });

  it('should not let an RPC subject and an event subject coincide when both maps are compared', () => {
    // Act / Assert
    for (const e of eventEntries) expect(Object.keys(RPC_MAP)).not.toContain(e.subject);
  });
});

describe('catalogue — streams', () => {
  it('should declare every event stream in STREAMS when events are listed', () => {
    // Arrange
    const names = STREAMS.map((s) => s.name);

    // Act / Assert
    for (const e of eventEntries) expect(names).toContain(e.stream);
  });

  it('should declare each stream once when STREAMS is read', () => {
    // Act
    const names = STREAMS.map((s) => s.name);

    // Assert
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(STREAMS.filter((s) => s.name !== DLQ_STREAM))(
    'should bind stream $name to exactly its events',
    (stream) => {
      // Act
      const events = eventEntries.filter((e) => e.stream === stream.name).map((e) => e.subject);

      // Assert
      expect([...stream.subjects].sort()).toEqual(events.sort());
      expect(stream.subjects.length).toBeGreaterThan(0);
      expect(stream.maxAgeDays).toBeGreaterThan(0);
      expect(stream.duplicateWindowSeconds).toBeGreaterThan(0);
    },
  );

  it('should bind the dead-letter stream to dlq.> only and to no event when STREAMS is read', () => {
    // Act
    const dlq = STREAMS.find((s) => s.name === DLQ_STREAM);

    // Assert
    expect(dlq?.subjects).toEqual([`${DLQ_SUBJECT_PREFIX}.>`]);
    expect(eventEntries.filter((e) => e.stream === DLQ_STREAM)).toEqual([]);
    for (const e of eventEntries) expect(e.subject.startsWith(`${DLQ_SUBJECT_PREFIX}.`)).toBe(false);
  });

  it('should put every event subject in exactly one stream when the streams are compared', () => {
    // Act / Assert
    for (const e of eventEntries) {
      expect(STREAMS.filter((s) => s.subjects.includes(e.subject)).map((s) => s.name)).toEqual([e.stream]);
    }
  });
});

describe('catalogue — error codes', () => {
  it.each(Object.entries(ERROR_CODES))(
    'should give %s a 4xx/5xx status and a Chinese message',
    (code, info) => {
      // Act / Assert
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      expect(Number.isInteger(info.status)).toBe(true);
      expect(info.status).toBeGreaterThanOrEqual(400);
      expect(info.status).toBeLessThan(600);
      expect(info.zh.trim().length).toBeGreaterThan(0);
      expect(info.zh).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('should not let a registry code override a common code when the catalogues are merged', () => {
    // Act
    const overlap = Object.keys(REGISTRY_ERROR_CODES).filter((k) => k in COMMON_ERROR_CODES);

    // Assert
    expect(overlap).toEqual([]);
    expect(Object.keys(ERROR_CODES)).toHaveLength(
      Object.keys(COMMON_ERROR_CODES).length +
        Object.keys(REGISTRY_ERROR_CODES).length +
        Object.keys(TIERING_ERROR_CODES).length +
        Object.keys(SUBSIDIES_ERROR_CODES).length +
        Object.keys(SERVICEDESK_ERROR_CODES).length +
        Object.keys(GUARANTEES_ERROR_CODES).length +
        Object.keys(PROCUREMENT_ERROR_CODES).length +
        Object.keys(TALENT_ERROR_CODES).length,
    );
  });

  it('should prefix every registry error code with REGISTRY_ when declared', () => {
    // Act / Assert
    for (const code of Object.keys(REGISTRY_ERROR_CODES)) expect(code.startsWith('REGISTRY_')).toBe(true);
  });

  it('should fall back to INTERNAL when the code is unknown', () => {
    // Act / Assert
    expect(errorCodeInfo('NO_SUCH_CODE')).toEqual(COMMON_ERROR_CODES.INTERNAL);
    expect(errorCodeInfo('toString')).toEqual(COMMON_ERROR_CODES.INTERNAL);
    expect(errorCodeInfo('NOT_FOUND')).toEqual({ status: 404, zh: '记录不存在' });
  });

  it('should map validation and malformed requests to 400 when looked up', () => {
    // Act / Assert
    expect(errorCodeInfo('VALIDATION_FAILED').status).toBe(400);
    expect(errorCodeInfo('MALFORMED_REQUEST').status).toBe(400);
  });
});

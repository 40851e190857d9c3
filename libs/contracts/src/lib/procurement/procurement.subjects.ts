import { event, rpc } from '../common/subject-map';
import type { Page } from '../common/pagination';
import { ComplaintQuery, ComplaintRef, ConcludeComplaintRequest, FileComplaintRequest, ReviewComplaintRequest } from './complaint.rpc';
import { ComputePaymentRequest, ComputeProcurementRequest } from './compute.rpc';
import type { PolicyComputation } from './compute.rpc';
import { ContractDateRequest, ContractQuery, ContractRef, DisclosureQuery, OverdueScanRequest, RecordContractRequest, RecordPaymentRequest, SmeShareQuery } from './contract.rpc';
import { RepeatOffenderQuery, SmeShareGroupQuery } from './monitoring.rpc';
import type {
  BidDto,
  ComplaintDto,
  ContractDto,
  DisclosureDto,
  OverdueScanResultDto,
  ProcurementImportDto,
  ProcurementImportRowErrorDto,
  ProjectDto,
  SupplierCardDto,
  RepeatOffendersDto,
  SmeShareDto,
  SmeShareGroupsDto,
} from './procurement.dto';
import { AppendProcurementImportRequest, CreateProcurementImportRequest, ProcurementImportQuery, ProcurementImportRef } from './procurement-import.rpc';
import { AwardBidRequest, ProjectQuery, ProjectRef, RecordBidRequest, RecordProjectRequest, SupplierRef } from './project.rpc';
import { ComplaintOverdueEvent, ComplaintReceivedEvent, ComplaintReviewedEvent, PaymentOverdueEvent } from './procurement.events';
import { ProcurementInfoRequest } from './procurement.rpc';
import type { ProcurementInfo } from './procurement.rpc';

/** JetStream stream of the procurement service's facts. */
export const PROCUREMENT_STREAM = 'PROCUREMENT';

export const PROCUREMENT_RPC = {
  'procurement.info.get': rpc<ProcurementInfoRequest, ProcurementInfo>(ProcurementInfoRequest, 'What the procurement service is and since when it runs'),
  'procurement.preference.compute': rpc<ComputeProcurementRequest, PolicyComputation>(ComputeProcurementRequest, 'Reserved share or price deduction, as `npm run -s policy -- procurement`'),
  'procurement.payment.compute': rpc<ComputePaymentRequest, PolicyComputation>(ComputePaymentRequest, 'Due date, overdue days and late interest, as `npm run -s policy -- payment`'),
  'procurement.contract.record': rpc<RecordContractRequest, ContractDto>(RecordContractRequest, 'Record a contract with an SME supplier (size fixed at signing)'),
  'procurement.contract.get': rpc<ContractRef, ContractDto>(ContractRef, 'One contract judged on a day'),
  'procurement.contract.list': rpc<ContractQuery, Page<ContractDto>>(ContractQuery, 'Contracts judged on a day'),
  'procurement.contract.deliver': rpc<ContractDateRequest, ContractDto>(ContractDateRequest, 'Record the delivery'),
  'procurement.contract.accept': rpc<ContractDateRequest, ContractDto>(ContractDateRequest, 'Record passing inspection or acceptance'),
  'procurement.contract.pay': rpc<RecordPaymentRequest, ContractDto>(RecordPaymentRequest, 'Record a payment'),
  'procurement.payment.scan': rpc<OverdueScanRequest, OverdueScanResultDto>(OverdueScanRequest, 'Overdue payments and complaint reviews of today (idempotent)'),
  'procurement.disclosure.get': rpc<DisclosureQuery, DisclosureDto>(DisclosureQuery, 'Annual list of overdue-unpaid contracts'),
  'procurement.sme-share.get': rpc<SmeShareQuery, SmeShareDto>(SmeShareQuery, 'SME share of contract amounts by buyer and year'),
  'procurement.sme-share.groups': rpc<SmeShareGroupQuery, SmeShareGroupsDto>(SmeShareGroupQuery, 'SME share of contract amounts by department or county and year'),
  'procurement.repeat-offender.list': rpc<RepeatOffenderQuery, RepeatOffendersDto>(RepeatOffenderQuery, 'Buyers overdue-unpaid in several years or on many contracts'),
  'procurement.project.record': rpc<RecordProjectRequest, ProjectDto>(RecordProjectRequest, 'Record a procurement project with its reserved-share plan (checked)'),
  'procurement.project.get': rpc<ProjectRef, ProjectDto>(ProjectRef, 'One project with its reserved-share check and bids'),
  'procurement.project.list': rpc<ProjectQuery, Page<ProjectDto>>(ProjectQuery, 'Procurement projects'),
  'procurement.bid.record': rpc<RecordBidRequest, BidDto>(RecordBidRequest, 'Record a bid: SME declaration checked, price deduction decided'),
  'procurement.supplier.get': rpc<SupplierRef, SupplierCardDto>(SupplierRef, "A supplier's registry size class as procurement knows it"),
  'procurement.project.award': rpc<AwardBidRequest, ProjectDto>(AwardBidRequest, 'Award a bid and record its contract (size fixed at signing)'),
  'procurement.import.create': rpc<CreateProcurementImportRequest, ProcurementImportDto>(CreateProcurementImportRequest, 'Open an Excel import of contracts, deliveries or payments'),
  'procurement.import.append': rpc<AppendProcurementImportRequest, ProcurementImportDto>(AppendProcurementImportRequest, 'Add a chunk of rows to an import'),
  'procurement.import.start': rpc<ProcurementImportRef, ProcurementImportDto>(ProcurementImportRef, 'Apply the rows in the background, one transaction each'),
  'procurement.import.get': rpc<ProcurementImportRef, ProcurementImportDto>(ProcurementImportRef, 'Progress of an import'),
  'procurement.import.list': rpc<ProcurementImportQuery, Page<ProcurementImportDto>>(ProcurementImportQuery, 'Imports, newest first'),
  'procurement.import.errors': rpc<ProcurementImportRef, ProcurementImportRowErrorDto[]>(ProcurementImportRef, 'The rows of an import that failed, with their errors'),
  'procurement.complaint.file': rpc<FileComplaintRequest, ComplaintDto>(FileComplaintRequest, 'Receive a late-payment complaint (the review clock starts)'),
  'procurement.complaint.get': rpc<ComplaintRef, ComplaintDto>(ComplaintRef, 'One complaint with its clock and timeline'),
  'procurement.complaint.list': rpc<ComplaintQuery, Page<ComplaintDto>>(ComplaintQuery, 'Complaints'),
  'procurement.complaint.review': rpc<ReviewComplaintRequest, ComplaintDto>(ReviewComplaintRequest, 'Accept and forward, or reject with a reason'),
  'procurement.complaint.conclude': rpc<ConcludeComplaintRequest, ComplaintDto>(ConcludeComplaintRequest, 'The handling outcome; the complainant informed'),
} as const;

const audience = '市财政局, 市工信局, 市商务局, servicedesk (rules.md S-51, S-52)';

export const PROCUREMENT_EVENTS = {
  'procurement.payment.overdue-detected': event(PaymentOverdueEvent, {
    stream: PROCUREMENT_STREAM,
    summary: 'An SME is owed money past the due date of the payment regulation (once per contract and day).',
    audience,
  }),
  'procurement.complaint.received': event(ComplaintReceivedEvent, { stream: PROCUREMENT_STREAM, summary: 'A late-payment complaint was received; its review clock started.', audience }),
  'procurement.complaint.reviewed': event(ComplaintReviewedEvent, { stream: PROCUREMENT_STREAM, summary: 'A complaint was accepted and forwarded, or rejected with a reason.', audience }),
  'procurement.complaint.overdue-detected': event(ComplaintOverdueEvent, {
    stream: PROCUREMENT_STREAM,
    summary: 'The 10-working-day review of a complaint passed undecided (once per complaint).',
    audience,
  }),
} as const;

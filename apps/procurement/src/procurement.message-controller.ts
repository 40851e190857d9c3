import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AppendProcurementImportRequest,
  AwardBidRequest,
  CreateProcurementImportRequest,
  ProcurementImportQuery,
  ProcurementImportRef,
  ProjectQuery,
  ProjectRef,
  RecordBidRequest,
  RecordProjectRequest,
  RepeatOffenderQuery,
  SmeShareGroupQuery,
  SupplierRef,
  ComplaintQuery,
  ComplaintRef,
  ComputePaymentRequest,
  ComputeProcurementRequest,
  ConcludeComplaintRequest,
  ContractDateRequest,
  ContractQuery,
  ContractRef,
  DisclosureQuery,
  FileComplaintRequest,
  OverdueScanRequest,
  ProcurementInfoRequest,
  RecordContractRequest,
  RecordPaymentRequest,
  ReviewComplaintRequest,
  SmeShareQuery,
} from '@ladder/contracts';
import type { RpcResponse, RpcSubject } from '@ladder/contracts';

import { ComplaintService } from './complaints/complaint.service';
import { ComputeService } from './compute/compute.service';
import { ContractCommands } from './contracts/contract-commands.service';
import { ContractQueries } from './contracts/contract-queries.service';
import { ProcurementImportService } from './import/procurement-import.service';
import { ProcurementInfoService } from './info/info.service';
import { ProjectService } from './projects/project.service';
import { OverdueScanService } from './scan/overdue-scan.service';

type R<S extends RpcSubject> = Promise<RpcResponse<S>>;

/** Thin: validated payload in, use case out. */
@Controller()
export class ProcurementMessageController {
  constructor(
    private readonly info: ProcurementInfoService,
    private readonly compute: ComputeService,
    private readonly commands: ContractCommands,
    private readonly queries: ContractQueries,
    private readonly scanner: OverdueScanService,
    private readonly complaints: ComplaintService,
    private readonly projects: ProjectService,
    private readonly imports: ProcurementImportService,
  ) {}

  @MessagePattern('procurement.info.get')
  infoGet(@Payload() _req: ProcurementInfoRequest): R<'procurement.info.get'> {
    return this.info.get();
  }

  @MessagePattern('procurement.preference.compute')
  async preference(@Payload() req: ComputeProcurementRequest): R<'procurement.preference.compute'> {
    return this.compute.preference(req);
  }

  @MessagePattern('procurement.payment.compute')
  async payment(@Payload() req: ComputePaymentRequest): R<'procurement.payment.compute'> {
    return this.compute.payment(req);
  }

  @MessagePattern('procurement.contract.record')
  record(@Payload() req: RecordContractRequest): R<'procurement.contract.record'> {
    return this.commands.record(req);
  }

  @MessagePattern('procurement.contract.get')
  get(@Payload() req: ContractRef): R<'procurement.contract.get'> {
    return this.queries.get(req);
  }

  @MessagePattern('procurement.contract.list')
  list(@Payload() req: ContractQuery): R<'procurement.contract.list'> {
    return this.queries.list(req);
  }

  @MessagePattern('procurement.contract.deliver')
  deliver(@Payload() req: ContractDateRequest): R<'procurement.contract.deliver'> {
    return this.commands.deliver(req);
  }

  @MessagePattern('procurement.contract.accept')
  accept(@Payload() req: ContractDateRequest): R<'procurement.contract.accept'> {
    return this.commands.accept(req);
  }

  @MessagePattern('procurement.contract.pay')
  pay(@Payload() req: RecordPaymentRequest): R<'procurement.contract.pay'> {
    return this.commands.pay(req);
  }

  @MessagePattern('procurement.payment.scan')
  scan(@Payload() _req: OverdueScanRequest): R<'procurement.payment.scan'> {
    return this.scanner.scan();
  }

  @MessagePattern('procurement.disclosure.get')
  disclosure(@Payload() req: DisclosureQuery): R<'procurement.disclosure.get'> {
    return this.queries.disclosure(req);
  }

  @MessagePattern('procurement.sme-share.get')
  smeShare(@Payload() req: SmeShareQuery): R<'procurement.sme-share.get'> {
    return this.queries.smeShare(req);
  }

  @MessagePattern('procurement.complaint.file')
  file(@Payload() req: FileComplaintRequest): R<'procurement.complaint.file'> {
    return this.complaints.file(req);
  }

  @MessagePattern('procurement.complaint.get')
  complaint(@Payload() req: ComplaintRef): R<'procurement.complaint.get'> {
    return this.complaints.get(req);
  }

  @MessagePattern('procurement.complaint.list')
  complaintList(@Payload() req: ComplaintQuery): R<'procurement.complaint.list'> {
    return this.complaints.list(req);
  }

  @MessagePattern('procurement.complaint.review')
  review(@Payload() req: ReviewComplaintRequest): R<'procurement.complaint.review'> {
    return this.complaints.review(req);
  }

  @MessagePattern('procurement.complaint.conclude')
  conclude(@Payload() req: ConcludeComplaintRequest): R<'procurement.complaint.conclude'> {
    return this.complaints.conclude(req);
  }

  @MessagePattern('procurement.sme-share.groups')
  smeShareGroups(@Payload() req: SmeShareGroupQuery): R<'procurement.sme-share.groups'> {
    return this.queries.smeShareGroups(req);
  }

  @MessagePattern('procurement.repeat-offender.list')
  repeatOffenders(@Payload() req: RepeatOffenderQuery): R<'procurement.repeat-offender.list'> {
    return this.queries.repeatOffenders(req);
  }

  @MessagePattern('procurement.project.record')
  recordProject(@Payload() req: RecordProjectRequest): R<'procurement.project.record'> {
    return this.projects.record(req);
  }

  @MessagePattern('procurement.project.get')
  project(@Payload() req: ProjectRef): R<'procurement.project.get'> {
    return this.projects.get(req);
  }

  @MessagePattern('procurement.project.list')
  projectList(@Payload() req: ProjectQuery): R<'procurement.project.list'> {
    return this.projects.list(req);
  }

  @MessagePattern('procurement.bid.record')
  recordBid(@Payload() req: RecordBidRequest): R<'procurement.bid.record'> {
    return this.projects.bid(req);
  }

  @MessagePattern('procurement.supplier.get')
  supplier(@Payload() req: SupplierRef): R<'procurement.supplier.get'> {
    return this.projects.supplier(req);
  }

  @MessagePattern('procurement.project.award')
  award(@Payload() req: AwardBidRequest): R<'procurement.project.award'> {
    return this.projects.award(req);
  }

  @MessagePattern('procurement.import.create')
  importCreate(@Payload() req: CreateProcurementImportRequest): R<'procurement.import.create'> {
    return this.imports.create(req);
  }

  @MessagePattern('procurement.import.append')
  importAppend(@Payload() req: AppendProcurementImportRequest): R<'procurement.import.append'> {
    return this.imports.append(req);
  }

  @MessagePattern('procurement.import.start')
  importStart(@Payload() req: ProcurementImportRef): R<'procurement.import.start'> {
    return this.imports.start(req);
  }

  @MessagePattern('procurement.import.get')
  importGet(@Payload() req: ProcurementImportRef): R<'procurement.import.get'> {
    return this.imports.get(req);
  }

  @MessagePattern('procurement.import.list')
  importList(@Payload() req: ProcurementImportQuery): R<'procurement.import.list'> {
    return this.imports.list(req);
  }

  @MessagePattern('procurement.import.errors')
  importErrors(@Payload() req: ProcurementImportRef): R<'procurement.import.errors'> {
    return this.imports.errors(req);
  }
}

import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
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
import { ProcurementInfoService } from './info/info.service';
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
}

/**
 * `Api.Procurement` — the 政府采购监测 part of the gateway's HTTP API (docs/procurement.md §6). Merged into the global
 * `Api` namespace of `api.d.ts`; DTOs from `@ladder/contracts` (the wire format), as types only.
 */
import type {
  BidDto,
  ComplaintDto,
  ComplaintStatus,
  ComputePaymentBody,
  ComputeProcurementBody,
  ConcludeComplaintBody,
  ContractDateBody,
  ContractDto,
  DisclosureDto,
  FileComplaintBody,
  PolicyComputation,
  ProcurementImportDto,
  ProcurementImportKind,
  ProcurementImportRowErrorDto,
  ProjectDto,
  RecordBidBody,
  RecordContractBody,
  RecordProjectBody,
  RepeatOffendersDto,
  SmeShareGroupsDto,
  RecordPaymentBody,
  ReviewComplaintBody,
  SmeShareDto,
} from '@ladder/contracts';

declare global {
  namespace Api {
    namespace Procurement {
      type Contract = ContractDto;
      type Complaint = ComplaintDto;
      type ComplaintState = ComplaintStatus;
      type Disclosure = DisclosureDto;
      type SmeShare = SmeShareDto;
      type Computation = PolicyComputation;
      type PreferenceRequest = ComputeProcurementBody;
      type PaymentRequest = ComputePaymentBody;
      type RecordContractRequest = RecordContractBody;
      type ContractDateRequest = ContractDateBody;
      type RecordPaymentRequest = RecordPaymentBody;
      type FileComplaintRequest = FileComplaintBody;
      type ReviewComplaintRequest = ReviewComplaintBody;
      type ConcludeComplaintRequest = ConcludeComplaintBody;
      type Project = ProjectDto;
      type Bid = BidDto;
      type RecordProjectRequest = RecordProjectBody;
      type RecordBidRequest = RecordBidBody;
      type SmeShareGroups = SmeShareGroupsDto;
      type RepeatOffenders = RepeatOffendersDto;
      type ImportKind = ProcurementImportKind;
      type ImportJob = ProcurementImportDto;
      type ImportRowError = ProcurementImportRowErrorDto;

      interface ProjectQuery extends Common.PageQuery {
        buyerName?: string;
        department?: string;
        year?: number;
      }

      interface ContractQuery extends Common.PageQuery {
        buyerName?: string;
        supplierUscc?: string;
        signedYear?: number;
        asOf?: string;
      }
      interface ComplaintQuery extends Common.PageQuery {
        status?: ComplaintStatus;
      }
    }
  }
}

export {};

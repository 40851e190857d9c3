/**
 * `Api.Subsidies` — the 奖补兑现 part of the gateway's HTTP API (docs/http-api.md "Subsidies"). Merged into the
 * global `Api` namespace of `api.d.ts`; DTOs and the award computation from `@ladder/contracts` (the wire format),
 * as types only.
 */
import type {
  ApplicationDocument as ApplicationDocumentInput,
  ApplicationDto,
  ApprovalStepDto,
  ApproveEntitlementBody,
  AwardCatalogueEntryDto,
  AwardComputationDto,
  AwardConditionDto,
  AwardDecision,
  AwardMatchDto,
  AwardPaymentDto,
  AwardTermsDto,
  AwardVersionDto,
  AwardVersionUsedDto,
  BudgetLineDto,
  CancelEntitlementBody,
  ComputeAwardBody,
  CreatePublicityBody,
  DecideVersionBody,
  DisburseEntitlementBody,
  EntitlementDto,
  EntitlementStatus,
  LedgerEntryDto,
  MatchingDto,
  MatchNoticeDto,
  ObjectionDto,
  ParkDto,
  Payer as PayerCode,
  ProposeVersionBody,
  PublicityDto,
  RaiseObjectionBody,
  ResolveObjectionBody,
  ReviewApplicationBody,
  SetBudgetBody,
  SubmitApplicationBody,
  SubsidyReportDto,
  UpsertParkBody,
} from '@ladder/contracts';

declare global {
  namespace Api {
    namespace Subsidies {
      type Payer = PayerCode;
      type CatalogueEntry = AwardCatalogueEntryDto;
      type Version = AwardVersionDto;
      type VersionStatus = AwardVersionDto['status'];
      type Terms = AwardTermsDto;
      type TermsKind = AwardTermsDto['kind'];
      /** What POST /subsidies/compute answers, and what `computation` / `preview` hold. */
      type Computation = AwardComputationDto;
      type Decision = AwardDecision;
      type Condition = AwardConditionDto;
      type Payment = AwardPaymentDto;
      type VersionUsed = AwardVersionUsedDto;
      type Entitlement = EntitlementDto;
      type Status = EntitlementStatus;
      type Step = ApprovalStepDto;
      type Publicity = PublicityDto;
      type Objection = ObjectionDto;
      type Application = ApplicationDto;
      type ApplicationStatus = ApplicationDto['status'];
      type BudgetLine = BudgetLineDto;
      type LedgerEntry = LedgerEntryDto;
      type Report = SubsidyReportDto;
      type ReportTotals = SubsidyReportDto['byAward'][string];
      type ReconciliationRow = SubsidyReportDto['reconciliation'][number];
      type Matching = MatchingDto;
      type Match = AwardMatchDto;
      type MatchStatus = AwardMatchDto['status'];
      type Notice = MatchNoticeDto;
      type Park = ParkDto;

      // Request bodies are the contract's `…Body` classes: what the gateway validates and documents.
      /** POST /subsidies/compute. */
      type ComputeRequest = ComputeAwardBody;

      /** POST /subsidies/catalogue/versions. */
      type ProposeVersionRequest = ProposeVersionBody;

      type DecisionRequest = DecideVersionBody;

      interface EntitlementFilters {
        status?: EntitlementStatus;
        awardId?: string;
        county?: string;
        uscc?: string;
        payer?: PayerCode;
      }
      type EntitlementQuery = EntitlementFilters & Common.PageQuery;

      type ApproveRequest = ApproveEntitlementBody;
      type DisburseRequest = DisburseEntitlementBody;
      /** The contract has no `expectedVersion` here (the gateway refuses unknown fields). */
      type CancelRequest = CancelEntitlementBody;
      type ObjectionRequest = RaiseObjectionBody;
      type ResolveObjectionRequest = ResolveObjectionBody;
      /**
       * 补录 (startsOn before today) also needs `backdateReason` and the second person who approves it on the spot;
       * the gateway checks `approver` and never passes the password on.
       */
      type CreatePublicityRequest = CreatePublicityBody & { approver?: { username: string; password: string } };

      interface ApplicationQuery extends Common.PageQuery {
        status?: ApplicationDto['status'];
      }
      type ApplicationDocument = ApplicationDocumentInput;
      type SubmitApplicationRequest = SubmitApplicationBody;
      type ReviewApplicationRequest = ReviewApplicationBody;

      type SetBudgetRequest = SetBudgetBody;

      interface LedgerFilters {
        payer?: PayerCode;
        year?: number;
        county?: string;
      }
      type LedgerQuery = LedgerFilters & Common.PageQuery;

      interface NoticeQuery extends Common.PageQuery {
        unread?: boolean;
      }

      type UpsertParkRequest = UpsertParkBody;
    }
  }
}

export {};

/**
 * `Api.Subsidies` — the 奖补兑现 part of the gateway's HTTP API (docs/http-api.md "Subsidies"). Merged into the
 * global `Api` namespace of `api.d.ts`; DTOs and the award computation from `@ladder/contracts` (the wire format),
 * as types only.
 */
import type {
  ApplicationDto,
  ApprovalStepDto,
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
  EntitlementDto,
  EntitlementStatus,
  LedgerEntryDto,
  MatchingDto,
  MatchNoticeDto,
  ObjectionDto,
  ParkDto,
  Payer as PayerCode,
  PublicityDto,
  SubsidyReportDto,
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

      /** POST /subsidies/compute. */
      interface ComputeRequest {
        awardId: string;
        date: string;
        facts: Record<string, unknown>;
      }

      /** POST /subsidies/catalogue/versions. */
      interface ProposeVersionRequest {
        awardId: string;
        effectiveFrom: string;
        effectiveTo?: string;
        title: string;
        docNo: string;
        article?: string;
        terms: Record<string, unknown>;
        note?: string;
      }

      interface DecisionRequest {
        decision: 'approve' | 'reject';
        comment?: string;
      }

      interface EntitlementFilters {
        status?: EntitlementStatus;
        awardId?: string;
        county?: string;
        uscc?: string;
        payer?: PayerCode;
      }
      type EntitlementQuery = EntitlementFilters & Common.PageQuery;

      interface ApproveRequest {
        step: 'business' | 'finance';
        decision: 'approve' | 'reject';
        comment?: string;
        expectedVersion: number;
      }
      interface DisburseRequest {
        voucherNo: string;
        paidOn: string;
        expectedVersion: number;
      }
      /** The contract has no `expectedVersion` here (the service refuses unknown fields). */
      interface CancelRequest {
        reason: string;
      }
      interface ObjectionRequest {
        raisedBy: string;
        reason: string;
      }
      interface ResolveObjectionRequest {
        decision: 'upheld' | 'dismissed';
        note: string;
      }
      interface CreatePublicityRequest {
        title: string;
        entitlementIds: string[];
        startsOn: string;
        days?: number;
        /** 补录 (startsOn before today): why, and the second person who approves it on the spot. */
        backdateReason?: string;
        approver?: { username: string; password: string };
      }

      interface ApplicationQuery extends Common.PageQuery {
        status?: ApplicationDto['status'];
      }
      interface ApplicationDocument {
        name: string;
        reference?: string;
      }
      interface SubmitApplicationRequest {
        uscc: string;
        awardId: string;
        date: string;
        reference: string;
        parkId?: string;
        facts: Record<string, unknown>;
        documents: ApplicationDocument[];
      }
      interface ReviewApplicationRequest {
        decision: 'approve' | 'reject';
        comment?: string;
      }

      interface SetBudgetRequest {
        payer: PayerCode;
        countyCode?: string;
        year: number;
        amountFen: number;
      }

      interface LedgerFilters {
        payer?: PayerCode;
        year?: number;
        county?: string;
      }
      type LedgerQuery = LedgerFilters & Common.PageQuery;

      interface NoticeQuery extends Common.PageQuery {
        unread?: boolean;
      }

      interface UpsertParkRequest {
        name: string;
        countyCode: string;
        operator: string;
        enterprises: { uscc: string }[];
      }
    }
  }
}

export {};

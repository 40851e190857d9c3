/**
 * `Api.Guarantees` — the 融资担保 part of the gateway's HTTP API (docs/http-api.md "Financing guarantees", docs/guarantees.md).
 * Merged into the global `Api` namespace of `api.d.ts`; DTOs and the computation from `@ladder/contracts` (the wire
 * format), as types only. Request bodies are the contract's `…Body` classes.
 */
import type {
  AddWhiteListBody,
  CloseGuaranteeBody,
  ComputeGuaranteeBody,
  CreditProductDto,
  ExposureDto,
  ExposureRowDto,
  FinancingMatchDto,
  FinancingNeedDto,
  GuaranteeApplicationDto,
  GuaranteeComputationDto,
  GuaranteeStatus,
  GuaranteeStepBody,
  GuaranteeTierValue,
  HeldTitleBody,
  IssueLoanBody,
  OrganisationDto,
  PolicyCostYearDto,
  SubmitGuaranteeBody,
  WhiteListChangeDto,
  WhiteListEntryDto,
} from '@ladder/contracts';

declare global {
  namespace Api {
    namespace Guarantees {
      type Tier = GuaranteeTierValue;
      /** What POST /guarantees/compute answers (= `npm run -s policy -- guarantee`). */
      type Computation = GuaranteeComputationDto;
      type Decision = GuaranteeComputationDto['decision'];
      type ComputeRequest = ComputeGuaranteeBody;
      type HeldTitle = HeldTitleBody;
      type WhiteListEntry = WhiteListEntryDto;
      type WhiteListChange = WhiteListChangeDto;
      type Organisation = OrganisationDto;
      type Application = GuaranteeApplicationDto;
      type Status = GuaranteeStatus;
      type Exposure = ExposureDto;
      type ExposureRow = ExposureRowDto;
      type PolicyCostYear = PolicyCostYearDto;
      type CreditProduct = CreditProductDto;
      type FinancingNeed = FinancingNeedDto;
      type FinancingMatch = FinancingMatchDto;
      type MatchedProduct = FinancingMatchDto['products'][number];

      interface WhiteListFilters {
        /** Default true (on the list); false = removed. */
        member?: boolean;
        county?: string;
        uscc?: string;
      }
      type WhiteListQuery = WhiteListFilters & Common.PageQuery;

      interface HistoryQuery extends Common.PageQuery {
        uscc?: string;
      }

      interface ApplicationQuery extends Common.PageQuery {
        status?: GuaranteeStatus;
        uscc?: string;
        county?: string;
        guarantorId?: string;
        bankId?: string;
      }

      type StepRequest = GuaranteeStepBody;
      type IssueRequest = IssueLoanBody;
      type CloseRequest = CloseGuaranteeBody;
      /** 受理担保申请 (principal in 分). */
      type SubmitRequest = SubmitGuaranteeBody;
      /** 人工纳入“白名单” (市金融监管局, with a reason). */
      type AddWhiteListRequest = AddWhiteListBody;
    }
  }
}

export {};

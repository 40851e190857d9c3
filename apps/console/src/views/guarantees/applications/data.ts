import { isGuaranteeStatus } from '@/utils/guarantees';

export type GuaranteeRow = Api.Guarantees.Application;

export interface GuaranteeFilterModel {
  /** '' = every state. */
  status: string;
  county: string;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the API scopes). */
export function toGuaranteeFilters(model: GuaranteeFilterModel, scopedCounty: string | null): Omit<Api.Guarantees.ApplicationQuery, 'page' | 'pageSize'> {
  const out: Omit<Api.Guarantees.ApplicationQuery, 'page' | 'pageSize'> = {};
  if (isGuaranteeStatus(model.status)) out.status = model.status;
  if (model.county && !scopedCounty) out.county = model.county;
  return out;
}

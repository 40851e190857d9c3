import { isPayer } from '@/utils/subsidies';

export type LedgerRow = Api.Subsidies.LedgerEntry;

export interface LedgerFilterModel {
  payer: string;
  year: number | null;
  county: string;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the API scopes). */
export function toLedgerFilters(model: LedgerFilterModel, scopedCounty: string | null): Api.Subsidies.LedgerFilters {
  const out: Api.Subsidies.LedgerFilters = {};
  if (isPayer(model.payer)) out.payer = model.payer;
  if (model.year !== null && Number.isInteger(model.year)) out.year = model.year;
  if (model.county && !scopedCounty) out.county = model.county;
  return out;
}

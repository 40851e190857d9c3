import { isValidUsccFormat } from './uscc';

export type WhiteListRow = Api.Guarantees.WhiteListEntry;

export interface WhiteListFilterModel {
  /** `members` = on the list, `removed` = left it. */
  tab: 'members' | 'removed';
  county: string;
  uscc: string;
}

/** The filters as the API wants them; a county-scoped user never sends a county (the API scopes). */
export function toWhiteListFilters(model: WhiteListFilterModel, scopedCounty: string | null): Api.Guarantees.WhiteListFilters {
  const out: Api.Guarantees.WhiteListFilters = { member: model.tab === 'members' };
  if (model.county && !scopedCounty) out.county = model.county;
  const uscc = model.uscc.trim().toUpperCase();
  if (uscc && isValidUsccFormat(uscc)) out.uscc = uscc;
  return out;
}

/** `2025-01-01 至 2027-12-31`, `2025-01-01 起`, or `—`. */
export function periodText(since: string | null, until: string | null): string {
  if (since && until) return `${since} 至 ${until}`;
  if (since) return `${since} 起`;
  return '—';
}

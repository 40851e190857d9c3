/** Query parameters that are integers or booleans in the contract classes (everything else stays a string). */
const INTEGER_KEYS = new Set(['page', 'pageSize', 'year', 'batchYear']);
const BOOLEAN_KEYS = new Set(['unread', 'changedOnly', 'missingOnly']);

export type RawQuery = Record<string, string | undefined>;

/**
 * Query-string values as the contract classes expect them; empty values are dropped. A value that does not parse
 * is passed on as sent, so the service's validation names it.
 */
export function typedQuery(q: RawQuery): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === '') continue;
    if (INTEGER_KEYS.has(k) && /^\d+$/.test(v)) out[k] = Number(v);
    else if (BOOLEAN_KEYS.has(k) && (v === 'true' || v === 'false')) out[k] = v === 'true';
    else out[k] = v;
  }
  return out;
}

import type { TalentEntitlementsDto, TalentMeasureCode, TalentScopeEndedEvent, TalentScopeStartedEvent } from '@ladder/contracts';

/** A scope change found by comparing the rules' answers before and after a title event. */
export type ScopeChange =
  | { readonly kind: 'started'; readonly payload: Omit<TalentScopeStartedEvent, 'uscc' | 'countyCode' | 'certificationId'> }
  | { readonly kind: 'ended'; readonly payload: Omit<TalentScopeEndedEvent, 'uscc' | 'countyCode' | 'certificationId'> };

/**
 * The measures that start or end with a title event: `before` is the rules' answer on the titles as they were
 * (on the last day before the change), `after` on the titles as they are now (on `effectiveOn`). A measure that
 * applies in `after` but not in `before` started; one that applied and no longer does ended (`cause`). Measures
 * the plan does not cover on either date (`not-covered`) neither start nor end.
 */
export function scopeChanges(
  before: TalentEntitlementsDto,
  after: TalentEntitlementsDto,
  effectiveOn: string,
  cause: 'expired' | 'revoked' | null,
): ScopeChange[] {
  const was = new Set<TalentMeasureCode>(before.applies);
  const is = new Set<TalentMeasureCode>(after.applies);
  const out: ScopeChange[] = [];
  for (const m of after.measures) {
    if (is.has(m.id) && !was.has(m.id)) {
      out.push({
        kind: 'started',
        payload: {
          measure: m.id,
          effectiveOn,
          ...(m.title ? { tier: m.title.tier } : {}),
          reason: m.reason,
          ...(m.until ? { until: m.until } : {}),
        },
      });
    }
  }
  if (cause) {
    for (const m of before.measures) {
      if (!was.has(m.id) || is.has(m.id)) continue;
      const now = after.measures.find((x) => x.id === m.id);
      out.push({
        kind: 'ended',
        payload: {
          measure: m.id,
          effectiveOn,
          ...(m.title ? { tier: m.title.tier } : {}),
          reason: now?.reason ?? m.reason,
          cause,
        },
      });
    }
  }
  return out;
}

/** Reading an award computation (`AwardComputationDto` of @ladder/contracts) for display. */
import { translate } from '@/locales';
import { EMPTY_TEXT } from '@/utils/format';
import { formatFen } from '@/utils/money';
import { payerLineLabel } from '@/utils/subsidies';

/**
 * An entitlement's `computation` or an application's `preview` (stored JSON, possibly written by an older version)
 * as a computation, or null when it does not look like one.
 */
export function asComputation(value: unknown): Api.Subsidies.Computation | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['decision'] !== 'string' || typeof v['amountFen'] !== 'number') return null;
  // Older or partial payloads: fill the lists the view iterates over.
  return {
    ...(v as unknown as Api.Subsidies.Computation),
    payerSplit: Array.isArray(v['payerSplit']) ? (v['payerSplit'] as Api.Subsidies.Payment[]) : [],
    conditions: Array.isArray(v['conditions']) ? (v['conditions'] as Api.Subsidies.Condition[]) : [],
    gaps: Array.isArray(v['gaps']) ? (v['gaps'] as string[]) : [],
    missing: Array.isArray(v['missing']) ? (v['missing'] as string[]) : [],
    pendingConfirmations: Array.isArray(v['pendingConfirmations'])
      ? (v['pendingConfirmations'] as Api.Subsidies.Computation['pendingConfirmations'])
      : [],
    version: (v['version'] as Api.Subsidies.VersionUsed | null | undefined) ?? null,
  };
}

export interface SplitRow {
  readonly key: string;
  readonly payer: string;
  readonly amount: string;
}

/** The payer split as rows: `市级 — 5万元`, `县级 · 梅列区 — 2万元`. */
export function splitRows(split: readonly { payer: string; countyCode?: string | null; amountFen: number }[]): SplitRow[] {
  return split.map((s, i) => ({
    key: `${s.payer}-${s.countyCode ?? ''}-${i}`,
    payer: payerLineLabel(s.payer, s.countyCode ?? null),
    amount: formatFen(s.amountFen),
  }));
}

/** `2022-01-01 至 2025-12-31`, or `2026-01-01 起` when open-ended. */
export function periodText(from: string | null | undefined, to: string | null | undefined): string {
  if (!from) return EMPTY_TEXT;
  return to ? translate('subsidies.common.periodRange', { from, to }) : translate('subsidies.common.periodOpen', { from });
}

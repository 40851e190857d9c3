import { objectionsOf } from '../publicity/data';

/** One entitlement of a 公示 list, with its objections (the entitlement is null until it has been read). */
export interface ItemRow {
  readonly id: string;
  /** 序号, from 1. */
  readonly index: number;
  readonly entitlement: Api.Subsidies.Entitlement | null;
  readonly objections: Api.Subsidies.Objection[];
}

/** The list's rows in its order; `entitlements[i]` is the i-th id's entitlement as read (or null). */
export function itemRows(
  publicity: Api.Subsidies.Publicity | null,
  entitlements: readonly (Api.Subsidies.Entitlement | null)[],
): ItemRow[] {
  if (!publicity) return [];
  return publicity.entitlementIds.map((id, i) => ({
    id,
    index: i + 1,
    entitlement: entitlements[i] ?? null,
    objections: objectionsOf(publicity, id),
  }));
}

/** The amount of the whole list, in 分 (entitlements not read yet count 0). */
export function totalFen(rows: readonly ItemRow[]): number {
  return rows.reduce((sum, r) => sum + (r.entitlement?.amountFen ?? 0), 0);
}

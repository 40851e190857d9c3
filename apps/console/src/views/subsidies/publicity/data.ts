import { addDays } from '@ladder/shared-domain';

import { translate } from '@/locales';

export type PublicityRow = Api.Subsidies.Publicity;

/** The objection window's default length in calendar days (the service's PUBLICITY_DAYS, pending confirmation). */
export const DEFAULT_DAYS = 7;

/** Calendar-date arithmetic is shared-domain's (the same the subsidies service uses for the window). */
export { addDays };

/**
 * The last day of a window of `days` days (inclusive), as the service computes it: from `startsOn`, or from
 * `today` when the 公示 is entered late (补录) — the objection window is always served in full.
 */
export function publicityEndsOn(startsOn: string, days: number, today = startsOn): string {
  return addDays(startsOn < today ? today : startsOn, days - 1);
}

/** The title of the printed list: `关于…的公示` (kept as is when it already reads so). */
export function printTitle(title: string): string {
  const trimmed = title.trim();
  if (/^关于.*的公示$/.test(trimmed)) return trimmed;
  const core = trimmed.replace(/^关于/, '').replace(/的?公示$/, '');
  return translate('subsidies.publicity.printTitle', { title: core });
}

/** The window has passed (the service closes only after `endsOn`). */
export function windowOver(p: Pick<PublicityRow, 'endsOn'>, today: string): boolean {
  return today > p.endsOn;
}

export function openObjections(p: Pick<PublicityRow, 'objections'>): number {
  return p.objections.filter((o) => o.status === 'open').length;
}

/** The objections raised against one item of the list, newest first. */
export function objectionsOf(p: Pick<PublicityRow, 'objections'>, entitlementId: string): Api.Subsidies.Objection[] {
  return p.objections.filter((o) => o.entitlementId === entitlementId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export interface CreatePublicityModel {
  title: string;
  startsOn: string;
  days: number;
  entitlementIds: string[];
  /** Only for a 公示 entered late (startsOn before today). */
  backdateReason?: string;
  approverUsername?: string;
  approverPassword?: string;
}

export type CreatePublicityParse = { ok: true; request: Api.Subsidies.CreatePublicityRequest } | { ok: false; message: string };

export function toCreatePublicityRequest(model: CreatePublicityModel, today = ''): CreatePublicityParse {
  if (!model.title.trim()) return { ok: false, message: translate('subsidies.publicity.titleRequired') };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(model.startsOn)) return { ok: false, message: translate('subsidies.publicity.startsOnRequired') };
  if (!Number.isInteger(model.days) || model.days < 1 || model.days > 60) {
    return { ok: false, message: translate('subsidies.publicity.daysInvalid') };
  }
  const ids = [...new Set(model.entitlementIds)];
  if (ids.length === 0) return { ok: false, message: translate('subsidies.publicity.itemsRequired') };
  const request = { title: model.title.trim(), startsOn: model.startsOn, days: model.days, entitlementIds: ids };
  if (!today || model.startsOn >= today) return { ok: true, request };
  const reason = model.backdateReason?.trim() ?? '';
  const username = model.approverUsername?.trim() ?? '';
  if (!reason || !username || !model.approverPassword) return { ok: false, message: translate('subsidies.publicity.backdateRequired') };
  return { ok: true, request: { ...request, backdateReason: reason, approver: { username, password: model.approverPassword } } };
}

/**
 * Runs `fn` over `items` with at most `limit` calls in flight, keeping the order; a failed call yields null (the
 * detail page loads every item of a list one by one).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<(R | null)[]> {
  const out: (R | null)[] = new Array<R | null>(items.length).fill(null);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      try {
        out[index] = await fn(items[index] as T);
      } catch {
        out[index] = null;
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker()));
  return out;
}

export interface ObjectionModel {
  raisedBy: string;
  reason: string;
}

export function toObjectionRequest(model: ObjectionModel): { ok: true; request: Api.Subsidies.ObjectionRequest } | { ok: false; message: string } {
  if (!model.raisedBy.trim()) return { ok: false, message: translate('subsidies.publicity.raisedByRequired') };
  if (!model.reason.trim()) return { ok: false, message: translate('subsidies.publicity.reasonRequired') };
  return { ok: true, request: { raisedBy: model.raisedBy.trim(), reason: model.reason.trim() } };
}

export interface ResolveModel {
  decision: 'upheld' | 'dismissed' | '';
  note: string;
}

export function toResolveRequest(model: ResolveModel): { ok: true; request: Api.Subsidies.ResolveObjectionRequest } | { ok: false; message: string } {
  if (model.decision !== 'upheld' && model.decision !== 'dismissed') {
    return { ok: false, message: translate('subsidies.publicity.resolveDecisionRequired') };
  }
  if (!model.note.trim()) return { ok: false, message: translate('subsidies.publicity.noteRequired') };
  return { ok: true, request: { decision: model.decision, note: model.note.trim() } };
}

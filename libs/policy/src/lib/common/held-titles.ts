import { TIERS, TIER_LABELS } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import { defaultValidUntil } from '../tiers/titles';
import { isIsoDate } from './source';
import type { PendingConfirmation } from './source';

// ---------------------------------------------------------------------------------------------------------------
// Titles an enterprise holds, with validity and revocation, as the measures that follow a title read them
// (guarantees S-48/S-49, talent S-53…S-55): which titles count on a date, and why the others do not.
// ---------------------------------------------------------------------------------------------------------------

/** A title as reported by tiering: recognised on `certifiedOn`, valid through `validUntil`, maybe revoked. */
export interface HeldTitle {
  readonly tier: Tier;
  /** 认定日期 (first day of validity). */
  readonly certifiedOn: string;
  /** Last day of validity; absent → certifiedOn + 3 years − 1 day (the 3-year validity of 工信部企业〔2022〕63号). */
  readonly validUntil?: string | null;
  /** 撤销日期: the title counts through this day and no longer from the next day (reading `titles.revocation`). */
  readonly revokedOn?: string | null;
}

export type HeldTitleState = 'valid' | 'not-yet-valid' | 'expired' | 'revoked';

export interface HeldTitleStatus {
  readonly tier: Tier;
  readonly certifiedOn: string;
  readonly validUntil: string;
  readonly validUntilDefaulted: boolean;
  readonly revokedOn: string | null;
  /** The last day the title counts: min(validUntil, revokedOn). */
  readonly lastDay: string;
  readonly state: HeldTitleState;
  readonly valid: boolean;
  /** e.g. "专精特新中小企业（2023-06-15认定，有效期至2026-06-14，有效）". */
  readonly zh: string;
}

/** Validity years when `validUntil` is absent. */
export const TITLE_VALIDITY_YEARS = 3;

/** Fixed reading of the revocation date, listed in every result that depends on it. */
export const REVOCATION_READING: PendingConfirmation = {
  parameter: 'titles.revocation',
  value: '撤销日当日仍计入，次日起不计入',
  note: '称号撤销（revokedOn）当日仍视为持有，自次日起不再持有，相应措施自撤销次日起停止；到期（validUntil）当日仍有效，次日起失效',
  confirmBy: '市工信局',
};

/** Fixed reading of an absent `validUntil`. */
export const DEFAULT_VALIDITY_READING: PendingConfirmation = {
  parameter: 'titles.defaultValidity',
  value: '认定日起3年（至认定日加3年的前一日）',
  note: '未报送有效期至（validUntil）时，按《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）有效期3年推算',
  confirmBy: '市工信局',
};

const STATE_ZH: Readonly<Record<HeldTitleState, string>> = {
  valid: '有效',
  'not-yet-valid': '尚未认定',
  expired: '已到期',
  revoked: '已撤销',
};

/** The state of one title on `date`. The title must be valid input (see `heldTitleProblems`). */
export function heldTitleStatus(title: HeldTitle, date: string): HeldTitleStatus {
  const validUntil = title.validUntil ?? defaultValidUntil(title.certifiedOn, TITLE_VALIDITY_YEARS);
  const revokedOn = title.revokedOn ?? null;
  const lastDay = revokedOn !== null && revokedOn < validUntil ? revokedOn : validUntil;
  const state: HeldTitleState =
    date < title.certifiedOn
      ? 'not-yet-valid'
      : date <= lastDay
        ? 'valid'
        : revokedOn !== null && revokedOn === lastDay
          ? 'revoked'
          : 'expired';
  const revoked = revokedOn !== null ? `，${revokedOn}撤销` : '';
  return {
    tier: title.tier,
    certifiedOn: title.certifiedOn,
    validUntil,
    validUntilDefaulted: title.validUntil === undefined || title.validUntil === null,
    revokedOn,
    lastDay,
    state,
    valid: state === 'valid',
    zh: `${TIER_LABELS[title.tier].zh}（${title.certifiedOn}认定，有效期至${validUntil}${revoked}，${date}${STATE_ZH[state]}）`,
  };
}

const rank = (tier: Tier): number => TIERS.indexOf(tier);

/** The valid title of the highest tier among `tiers` on `date`, or null. Ties: the one valid longest. */
export function countingTitle(
  statuses: readonly HeldTitleStatus[],
  tiers: readonly Tier[],
): HeldTitleStatus | null {
  let best: HeldTitleStatus | null = null;
  for (const s of statuses) {
    if (!s.valid || !tiers.includes(s.tier)) continue;
    if (
      best === null ||
      rank(s.tier) > rank(best.tier) ||
      (s.tier === best.tier && s.lastDay > best.lastDay)
    ) {
      best = s;
    }
  }
  return best;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems (Chinese) of a `titles` array read from JSON; `label` names the field, e.g. "titles". */
export function heldTitleProblems(value: unknown, label = 'titles'): string[] {
  if (!Array.isArray(value)) return [`${label}应为称号数组（未持有任何称号时写 []，未报送时写 null）`];
  const problems: string[] = [];
  value.forEach((t: unknown, i) => {
    const at = `${label}[${i}]`;
    if (!isRecord(t)) {
      problems.push(`${at}应为对象 { tier, certifiedOn, validUntil?, revokedOn? }`);
      return;
    }
    for (const key of Object.keys(t)) {
      if (!['tier', 'certifiedOn', 'validUntil', 'revokedOn'].includes(key)) {
        problems.push(`${at}有未知字段“${key}”：称号只含 tier、certifiedOn、validUntil、revokedOn`);
      }
    }
    if (!(TIERS as readonly unknown[]).includes(t['tier'])) {
      problems.push(`${at}.tier 应为 ${TIERS.join(' / ')}`);
    }
    const certifiedOn = t['certifiedOn'];
    const certOk = typeof certifiedOn === 'string' && isIsoDate(certifiedOn);
    if (!certOk) problems.push(`${at}.certifiedOn（认定日期）应为 YYYY-MM-DD`);
    for (const field of ['validUntil', 'revokedOn'] as const) {
      const d = t[field];
      if (d === undefined || d === null) continue;
      const zh = field === 'validUntil' ? '有效期至' : '撤销日期';
      if (typeof d !== 'string' || !isIsoDate(d))
        problems.push(`${at}.${field}（${zh}）应为 YYYY-MM-DD 或 null`);
      else if (certOk && d < certifiedOn)
        problems.push(`${at}.${field}（${zh}）${d}早于认定日期${certifiedOn}`);
    }
  });
  return problems;
}

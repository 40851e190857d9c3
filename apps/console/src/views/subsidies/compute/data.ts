import { translate } from '@/locales';
import { buildFacts } from '@/utils/subsidies';

/** The 奖补测算 form. */
export interface ComputeModel {
  awardId: string;
  /** The triggering event's date (YYYY-MM-DD). */
  date: string;
  /** S-36 / S-37: the market unit price in 万元. */
  unitPriceWan: string;
  /** Other awards: the facts as JSON (amounts in 分). */
  factsJson: string;
}

export function emptyComputeModel(awardId = '', date = ''): ComputeModel {
  return { awardId, date, unitPriceWan: '', factsJson: '' };
}

export type ComputeParse = { ok: true; request: Api.Subsidies.ComputeRequest } | { ok: false; message: string };

/** The request of the form (unit price 万元 → 分 exactly), or the first problem. */
export function toComputeRequest(model: ComputeModel): ComputeParse {
  if (!model.awardId) return { ok: false, message: translate('subsidies.compute.awardRequired') };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(model.date)) return { ok: false, message: translate('subsidies.compute.dateRequired') };
  const facts = buildFacts(model);
  if (!facts.ok) return facts;
  return { ok: true, request: { awardId: model.awardId, date: model.date, facts: facts.facts } };
}

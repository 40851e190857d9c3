import { translate } from '@/locales';
import { parseMoney } from '@/utils/money';

export interface TitleModel {
  tier: 'innovative' | 'specialized' | 'little-giant';
  certifiedOn: string;
  validUntil: string;
  revokedOn: string;
}

/** The 担保测算 form: the command's request (`docs/examples/guarantees/*.request.json`) with amounts in 万元. */
export interface GuaranteeComputeModel {
  date: string;
  titles: TitleModel[];
  /** 万元; empty = unknown. */
  outstandingWan: string;
  /** 万元. */
  requestedWan: string;
  termMonths: number | null;
}

export function emptyTitle(): TitleModel {
  return { tier: 'specialized', certifiedOn: '', validUntil: '', revokedOn: '' };
}

export function emptyGuaranteeModel(date: string): GuaranteeComputeModel {
  return { date, titles: [emptyTitle()], outstandingWan: '0', requestedWan: '', termMonths: 12 };
}

export type GuaranteeComputeParse = { ok: true; request: Api.Guarantees.ComputeRequest } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The request of the form, exactly as the command takes it (amounts 万元 → 分 without floating point), or the
 * first problem in Chinese. An empty outstanding amount is sent as unknown (the policy answers `unknown`).
 */
export function toGuaranteeRequest(model: GuaranteeComputeModel): GuaranteeComputeParse {
  if (!DATE.test(model.date)) return { ok: false, message: translate('guarantees.detail.dateRequired') };
  const titles: Api.Guarantees.HeldTitle[] = [];
  for (const title of model.titles) {
    if (!DATE.test(title.certifiedOn)) return { ok: false, message: `${translate('guarantees.compute.certifiedOn')}：${translate('guarantees.detail.dateRequired')}` };
    titles.push({
      tier: title.tier,
      certifiedOn: title.certifiedOn,
      ...(DATE.test(title.validUntil) ? { validUntil: title.validUntil } : {}),
      ...(DATE.test(title.revokedOn) ? { revokedOn: title.revokedOn } : {}),
    });
  }
  const request: Api.Guarantees.ComputeRequest = { date: model.date, titles };
  if (model.outstandingWan.trim() !== '') {
    const outstanding = parseMoney(model.outstandingWan, 'wan-yuan');
    if (!outstanding.ok) return { ok: false, message: `${translate('guarantees.compute.outstanding')}：${outstanding.message}` };
    request.outstandingGuaranteedFen = outstanding.fen;
  }
  const requested = parseMoney(model.requestedWan, 'wan-yuan', { allowZero: false });
  if (!requested.ok) return { ok: false, message: `${translate('guarantees.compute.requested')}：${requested.message}` };
  request.requestedPrincipalFen = requested.fen;
  if (model.termMonths === null || !Number.isInteger(model.termMonths) || model.termMonths <= 0) {
    return { ok: false, message: translate('guarantees.compute.noTerm') };
  }
  request.termMonths = model.termMonths;
  return { ok: true, request };
}

/** 拖欠投诉: the intake form, the review and the outcome, checked before anything is sent. */
import { translate } from '@/locales';
import { parseMoney } from '@/utils/money';
import { normalizeUscc, usccError } from '@/utils/subsidies';

import type { FormCheck } from '../contracts/data';

export interface ComplaintFormModel {
  complainantUscc: string;
  complainantName: string;
  respondentName: string;
  amountYuan: string;
  summary: string;
  filedVia: 'enterprise' | 'liaison';
}

export function emptyComplaintForm(contract?: Api.Procurement.Contract | null): ComplaintFormModel {
  return {
    complainantUscc: contract?.supplierUscc ?? '',
    complainantName: contract?.supplierName ?? '',
    respondentName: contract?.buyerName ?? '',
    amountYuan: '',
    summary: '',
    filedVia: 'enterprise',
  };
}

function required(field: string): string {
  return translate('procurement.form.required', { field: translate(field) });
}

export function toComplaintBody(m: ComplaintFormModel, contractId?: string): FormCheck<Api.Procurement.FileComplaintRequest> {
  if (!m.complainantUscc.trim()) return { ok: false, message: required('procurement.form.complainantUscc') };
  const problem = usccError(m.complainantUscc);
  const uscc = normalizeUscc(m.complainantUscc);
  if (problem || !uscc) return { ok: false, message: problem ?? required('procurement.form.complainantUscc') };
  const complainantName = m.complainantName.trim();
  const respondentName = m.respondentName.trim();
  const summary = m.summary.trim();
  if (!complainantName) return { ok: false, message: required('procurement.form.complainantName') };
  if (!respondentName) return { ok: false, message: required('procurement.form.respondentName') };
  if (!summary) return { ok: false, message: required('procurement.complaints.summary') };
  let amountFen: number | undefined;
  if (m.amountYuan.trim()) {
    const amount = parseMoney(m.amountYuan, 'yuan', { allowZero: false });
    if (!amount.ok) return { ok: false, message: `${translate('procurement.complaints.amount')}：${amount.message}` };
    amountFen = amount.fen;
  }
  return {
    ok: true,
    body: {
      complainantUscc: uscc,
      complainantName,
      respondentName,
      summary,
      filedVia: m.filedVia,
      ...(contractId ? { contractId } : {}),
      ...(amountFen !== undefined ? { amountFen } : {}),
    },
  };
}

export type ComplaintActionKind = 'review' | 'conclude';

export type ComplaintActionValue =
  | { readonly kind: 'review'; readonly body: Api.Procurement.ReviewComplaintRequest }
  | { readonly kind: 'conclude'; readonly body: Api.Procurement.ConcludeComplaintRequest };

/** 受理并转交 needs the department, 不予受理 a reason, 处理结果 its text. */
export function toComplaintAction(
  kind: ComplaintActionKind,
  decision: 'accept' | 'reject',
  text: string,
): FormCheck<ComplaintActionValue> {
  const value = text.trim();
  if (kind === 'conclude') {
    if (!value) return { ok: false, message: required('procurement.form.outcome') };
    return { ok: true, body: { kind, body: { outcome: value } } };
  }
  if (decision === 'accept') {
    if (!value) return { ok: false, message: required('procurement.form.forwardTo') };
    return { ok: true, body: { kind, body: { decision, forwardTo: value } } };
  }
  if (!value) return { ok: false, message: required('procurement.form.rejectReason') };
  return { ok: true, body: { kind, body: { decision, reason: value } } };
}

/** 登记合同: the form model and its check before anything is sent (the service validates the whole request again). */
import { translate } from '@/locales';
import { percentToBp } from '@/utils/format';
import { parseMoney } from '@/utils/money';
import { normalizeUscc, usccError } from '@/utils/subsidies';

export interface ContractFormModel {
  contractNumber: string;
  buyerName: string;
  buyerKind: Api.Procurement.RecordContractRequest['buyerKind'] | '';
  /** 主管预算单位 (optional; the SME share by department). */
  department: string;
  countyCode: string;
  supplierUscc: string;
  supplierName: string;
  declaredSize: Api.Procurement.RecordContractRequest['declaredSize'] | '';
  signedOn: string;
  amountYuan: string;
  acceptanceCondition: boolean;
  acceptanceDeadline: string;
  agreedTermDays: string;
  backToBack: boolean;
  agreedRatePercent: string;
}

export type FormCheck<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly message: string };

export const BUYER_KINDS = ['organ', 'institution', 'large-enterprise'] as const;
export const SUPPLIER_SIZES = ['micro', 'small', 'medium', 'large'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyContractForm(): ContractFormModel {
  return {
    contractNumber: '',
    buyerName: '',
    buyerKind: '',
    department: '',
    countyCode: '',
    supplierUscc: '',
    supplierName: '',
    declaredSize: '',
    signedOn: '',
    amountYuan: '',
    acceptanceCondition: false,
    acceptanceDeadline: '',
    agreedTermDays: '',
    backToBack: false,
    agreedRatePercent: '',
  };
}

function required(field: string): string {
  return translate('procurement.form.required', { field: translate(field) });
}

/** A calendar date typed or picked (`YYYY-MM-DD`), or the Chinese problem. */
export function checkDate(value: string | null | undefined, field: string): string | null {
  if (!value) return required(field);
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return translate('procurement.form.invalidDate', { field: translate(field) });
  return null;
}

/** The form → `RecordContractBody` (amount in 分, rate in basis points), or the first problem in Chinese. */
export function toContractBody(m: ContractFormModel): FormCheck<Api.Procurement.RecordContractRequest> {
  const contractNumber = m.contractNumber.trim();
  const buyerName = m.buyerName.trim();
  const supplierName = m.supplierName.trim();
  if (!contractNumber) return { ok: false, message: required('procurement.field.contractNumber') };
  if (!buyerName) return { ok: false, message: required('procurement.field.buyer') };
  if (!m.buyerKind) return { ok: false, message: required('procurement.field.buyerKind') };
  if (!m.countyCode) return { ok: false, message: required('procurement.field.county') };
  if (!m.supplierUscc.trim()) return { ok: false, message: required('procurement.field.uscc') };
  const usccProblem = usccError(m.supplierUscc);
  const uscc = normalizeUscc(m.supplierUscc);
  if (usccProblem || !uscc) return { ok: false, message: usccProblem ?? required('procurement.field.uscc') };
  if (!supplierName) return { ok: false, message: required('procurement.field.supplier') };
  if (!m.declaredSize) return { ok: false, message: required('procurement.form.declaredSize') };
  const signedProblem = checkDate(m.signedOn, 'procurement.field.signedOn');
  if (signedProblem) return { ok: false, message: signedProblem };
  const amount = parseMoney(m.amountYuan, 'yuan', { allowZero: false });
  if (!amount.ok) return { ok: false, message: `${translate('procurement.form.amountYuan')}：${amount.message}` };
  let acceptanceDeadline: string | undefined;
  if (m.acceptanceCondition && m.acceptanceDeadline) {
    const problem = checkDate(m.acceptanceDeadline, 'procurement.field.acceptanceDeadline');
    if (problem) return { ok: false, message: problem };
    if (m.acceptanceDeadline < m.signedOn) return { ok: false, message: translate('procurement.form.deadlineBeforeSigning') };
    acceptanceDeadline = m.acceptanceDeadline;
  }
  let agreedTermDays: number | undefined;
  const term = m.agreedTermDays.trim();
  if (term) {
    if (!/^\d{1,4}$/.test(term) || Number(term) > 3650) return { ok: false, message: translate('procurement.form.invalidTerm') };
    agreedTermDays = Number(term);
  }
  let agreedAnnualRateBp: number | undefined;
  const rate = m.agreedRatePercent.trim().replace(/%$/, '');
  if (rate) {
    let bp: number;
    try {
      bp = percentToBp(rate);
    } catch {
      return { ok: false, message: translate('procurement.form.invalidRate') };
    }
    if (bp > 10_000) return { ok: false, message: translate('procurement.form.invalidRate') };
    agreedAnnualRateBp = bp;
  }
  return {
    ok: true,
    body: {
      contractNumber,
      buyerName,
      buyerKind: m.buyerKind,
      ...(m.department.trim() ? { department: m.department.trim() } : {}),
      countyCode: m.countyCode,
      supplierUscc: uscc,
      supplierName,
      declaredSize: m.declaredSize,
      signedOn: m.signedOn,
      amountFen: amount.fen,
      ...(m.acceptanceCondition ? { acceptanceCondition: true } : {}),
      ...(acceptanceDeadline ? { acceptanceDeadline } : {}),
      ...(agreedTermDays !== undefined ? { agreedTermDays } : {}),
      ...(m.backToBack ? { backToBack: true } : {}),
      ...(agreedAnnualRateBp !== undefined ? { agreedAnnualRateBp } : {}),
    },
  };
}

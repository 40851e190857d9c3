/** 登记交付 / 验收 / 付款 on a contract: the dialog's model and its check before anything is sent. */
import { translate } from '@/locales';
import { formatFen, parseMoney } from '@/utils/money';

import { checkDate } from '../contracts/data';
import type { FormCheck } from '../contracts/data';

export type ContractActionKind = 'delivery' | 'acceptance' | 'payment';

export type ContractActionValue =
  | { readonly kind: 'delivery' | 'acceptance'; readonly body: Api.Procurement.ContractDateRequest }
  | { readonly kind: 'payment'; readonly body: Api.Procurement.RecordPaymentRequest };

export function toContractAction(
  kind: ContractActionKind,
  date: string | null | undefined,
  amountYuan: string,
  contract: Pick<Api.Procurement.Contract, 'signedOn' | 'amountFen' | 'paidFen' | 'deliveredOn'>,
): FormCheck<ContractActionValue> {
  const { signedOn } = contract;
  const field = kind === 'payment' ? 'procurement.field.paidOn' : kind === 'delivery' ? 'procurement.field.deliveredOn' : 'procurement.field.acceptedOn';
  const problem = checkDate(date, field);
  if (problem || !date) return { ok: false, message: problem ?? '' };
  if (date < signedOn) return { ok: false, message: translate('procurement.form.beforeSigning', { field: translate(field), signedOn }) };
  if (kind === 'acceptance' && contract.deliveredOn && date < contract.deliveredOn)
    return { ok: false, message: translate('procurement.form.acceptanceBeforeDelivery', { deliveredOn: contract.deliveredOn }) };
  if (kind !== 'payment') return { ok: true, body: { kind, body: { date } } };
  const amount = parseMoney(amountYuan, 'yuan', { allowZero: false });
  if (!amount.ok) return { ok: false, message: `${translate('procurement.form.paymentYuan')}：${amount.message}` };
  const unpaid = contract.amountFen - contract.paidFen;
  if (amount.fen > unpaid) return { ok: false, message: translate('procurement.form.paymentExceeds', { amount: formatFen(unpaid) }) };
  return { ok: true, body: { kind, body: { paidOn: date, amountFen: amount.fen } } };
}

/**
 * The 测算 page's examples and the readable summary of the policy commands' JSON (docs/procurement.md §6): the
 * decision, band, clause, due date and interest as labelled lines, codes as Chinese, 分 as 元.
 */
import { translate } from '@/locales';
import { formatFen } from '@/utils/money';
import { decisionLabel, paymentStatusLabel } from '@/utils/procurement';

export interface SummaryLine {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** The examples: a 小微 bid on a 2021 goods project at 10 %, and the 国庆 due date with 500.00元 interest. */
export const PREFERENCE_EXAMPLE = {
  kind: 'deduction',
  date: '2021-06-15',
  category: 'goods',
  projectReserved: false,
  bidder: 'small-micro',
  goodsMadeBySmallMicro: true,
  bidFen: 100_000_000,
  rate: { num: 10, den: 100 },
};

export const PAYMENT_EXAMPLE = {
  contractSignedOn: '2024-08-01',
  buyerKind: 'organ',
  supplierSizeAtSigning: 'micro',
  deliveredOn: '2024-09-01',
  amountFen: 10_000_000,
  payments: [{ paidOn: '2024-10-18', amountFen: 10_000_000 }],
  asOf: '2024-10-31',
};

/** A JSON object typed in the form, or null when the text is not one (empty text = `undefined`). */
export function parseJsonObject(text: string): Record<string, unknown> | null | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function line(key: string, value: string | null): SummaryLine[] {
  return value === null ? [] : [{ key, label: translate(`procurement.compute.${key}`), value }];
}

/** The reserved-share or deduction result, line by line. */
export function summarisePreference(result: Record<string, unknown>): SummaryLine[] {
  const decision = str(result['decision']);
  const band = obj(result['band']);
  const evaluation = num(result['evaluationPriceFen']);
  const reserved = num(result['minimumReservedFen']);
  return [
    ...line('decision', decision === null ? null : decisionLabel(decision)),
    ...line('reason', str(result['reason'])),
    ...line('band', str(band['zh'])),
    ...line('evaluationPrice', evaluation === null ? null : formatFen(evaluation)),
    ...line('minimumReserved', reserved === null ? null : formatFen(reserved)),
    ...line('formula', str(result['formula'])),
    ...line('clause', str(result['clause']) ?? str(band['clause'])),
  ];
}

/** The payment result, line by line. */
export function summarisePayment(result: Record<string, unknown>): SummaryLine[] {
  const status = str(result['status']);
  const interest = obj(result['interest']);
  const period = obj(result['period']);
  const days = num(result['daysOverdue']);
  const total = num(interest['totalFen']);
  const flags = Array.isArray(result['flags']) ? result['flags'].map((f) => str(obj(f)['zh'])).filter((f) => f !== null) : [];
  return [
    ...line('status', status === null ? null : paymentStatusLabel(status)),
    ...line('reason', str(result['reason'])),
    ...line('dueDate', str(result['dueDate'])),
    ...line('period', str(period['explanation'])),
    ...line('daysOverdue', days === null || days <= 0 ? null : translate('procurement.field.days', { n: days })),
    ...line('interest', total === null ? null : formatFen(total)),
    ...line('formula', str(interest['formula'])),
    ...line('clause', str(interest['clause']) ?? str(period['clause'])),
    ...line('flags', flags.length > 0 ? flags.join('；') : null),
  ];
}

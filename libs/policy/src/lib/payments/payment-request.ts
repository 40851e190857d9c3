import type { RateFraction } from '../awards/award-types';
import { isIsoDate } from '../common/source';
import { isRateFraction } from '../procurement/procurement-request';
import type { BuyerKind, PaymentParameters, SupplierSize } from './payment.rules';
import { BUYER_KINDS, PAYMENT_PARAMETER_VALUES, SUPPLIER_SIZES } from './payment.rules';

// A request of the payment command (docs/payment-request.schema.json): one contract between a 机关/事业单位/大型企业
// buyer and a supplier, its delivery (and acceptance), the payments made, and the day to judge it on.

export interface PaymentMade {
  readonly paidOn: string;
  readonly amountFen: number;
}

export interface PaymentRequest {
  readonly contractSignedOn: string;
  readonly buyerKind: BuyerKind;
  /** The supplier's size class on the signing day (from the registry's size class, else its declaration). */
  readonly supplierSizeAtSigning: SupplierSize;
  readonly deliveredOn: string;
  /** The amount payable for this delivery. */
  readonly amountFen: number;
  /** The day the contract is judged on (overdue days and interest up to it). */
  readonly asOf: string;
  /** Payment is conditioned on passing inspection or acceptance (检验或者验收合格). */
  readonly acceptanceCondition?: boolean | null;
  readonly acceptedOn?: string | null;
  /** The last day of the agreed inspection / acceptance period. */
  readonly acceptanceDeadline?: string | null;
  /** The agreed payment term in days from delivery (or acceptance); null or absent = none agreed. */
  readonly agreedTermDays?: number | null;
  /** The contract makes payment depend on a third party paying the buyer ("背靠背"). */
  readonly backToBack?: boolean | null;
  /** The agreed annual late-interest rate, e.g. 4 % = { "num": 4, "den": 100 }; null or absent = none agreed. */
  readonly agreedAnnualRate?: RateFraction | null;
  readonly payments?: readonly PaymentMade[] | null;
}

export type PaymentRequestValidation =
  | { readonly ok: true; readonly value: PaymentRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

const KEYS = [
  'contractSignedOn',
  'buyerKind',
  'supplierSizeAtSigning',
  'deliveredOn',
  'amountFen',
  'asOf',
  'acceptanceCondition',
  'acceptedOn',
  'acceptanceDeadline',
  'agreedTermDays',
  'backToBack',
  'agreedAnnualRate',
  'payments',
];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const absent = (v: unknown): boolean => v === undefined || v === null;

/** Validate a payment request read from JSON; every problem in Chinese. */
export function validatePaymentRequest(plain: unknown): PaymentRequestValidation {
  if (!isRecord(plain)) return { ok: false, problems: ['款项支付测算请求应为 JSON 对象'] };
  const problems: string[] = [];
  for (const key of Object.keys(plain)) {
    if (!KEYS.includes(key)) problems.push(`未知字段“${key}”：可用 ${KEYS.join('、')}`);
  }
  const date = (key: string, label: string, required: boolean): void => {
    const v = plain[key];
    if (absent(v)) {
      if (required) problems.push(`缺少${label} ${key}（YYYY-MM-DD）`);
    } else if (typeof v !== 'string' || !isIsoDate(v)) {
      problems.push(`${label} ${key}“${shown(v)}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`);
    }
  };
  date('contractSignedOn', '合同订立日期', true);
  date('deliveredOn', '交付日期', true);
  date('asOf', '测算基准日', true);
  date('acceptedOn', '检验或验收合格日期', false);
  date('acceptanceDeadline', '约定的检验或验收期限届满日', false);
  if (!(BUYER_KINDS as readonly unknown[]).includes(plain['buyerKind'])) {
    problems.push(
      `付款方类型 buyerKind“${shown(plain['buyerKind'])}”无效：应为 organ（机关）、institution（事业单位）或 large-enterprise（大型企业）`,
    );
  }
  if (!(SUPPLIER_SIZES as readonly unknown[]).includes(plain['supplierSizeAtSigning'])) {
    problems.push(
      `供应商订立合同时的规模 supplierSizeAtSigning“${shown(plain['supplierSizeAtSigning'])}”无效：应为 ${SUPPLIER_SIZES.join('、')}`,
    );
  }
  if (!isFen(plain['amountFen']) || plain['amountFen'] === 0)
    problems.push('应付金额 amountFen 应为大于0的整数（单位：分）');
  for (const key of ['acceptanceCondition', 'backToBack']) {
    if (!absent(plain[key]) && typeof plain[key] !== 'boolean') problems.push(`${key} 应为 true 或 false`);
  }
  const term = plain['agreedTermDays'];
  if (
    !absent(term) &&
    !(typeof term === 'number' && Number.isSafeInteger(term) && term >= 0 && term <= 3650)
  ) {
    problems.push('约定付款期限 agreedTermDays 应为0至3650之间的整数（天）');
  }
  if (!absent(plain['agreedAnnualRate']) && !isRateFraction(plain['agreedAnnualRate'])) {
    problems.push('约定逾期利率 agreedAnnualRate 应为年利率分数对象，如 4% 写作 {"num": 4, "den": 100}');
  }
  if (
    plain['acceptanceCondition'] !== true &&
    (!absent(plain['acceptedOn']) || !absent(plain['acceptanceDeadline']))
  ) {
    problems.push(
      '给出 acceptedOn 或 acceptanceDeadline 时 acceptanceCondition 应为 true（付款以检验或验收合格为条件）',
    );
  }
  const payments = plain['payments'];
  if (!absent(payments)) {
    if (!Array.isArray(payments))
      problems.push('已付款项 payments 应为数组 [{ "paidOn": "YYYY-MM-DD", "amountFen": 100 }]');
    else {
      let total = 0;
      payments.forEach((p: unknown, i: number) => {
        if (
          !isRecord(p) ||
          typeof p['paidOn'] !== 'string' ||
          !isIsoDate(p['paidOn']) ||
          !isFen(p['amountFen']) ||
          p['amountFen'] === 0
        ) {
          problems.push(`payments[${i}] 应为 { "paidOn": "YYYY-MM-DD", "amountFen": 大于0的整数 }`);
          return;
        }
        if (Object.keys(p).some((k) => k !== 'paidOn' && k !== 'amountFen'))
          problems.push(`payments[${i}] 只含 paidOn、amountFen`);
        total += p['amountFen'];
        if (typeof plain['asOf'] === 'string' && p['paidOn'] > plain['asOf']) {
          problems.push(`payments[${i}] 付款日${p['paidOn']}晚于测算基准日${plain['asOf']}`);
        }
      });
      if (isFen(plain['amountFen']) && total > plain['amountFen']) {
        problems.push(`已付合计${total}分超过应付金额${plain['amountFen']}分`);
      }
    }
  }
  const signed = plain['contractSignedOn'];
  const delivered = plain['deliveredOn'];
  if (
    typeof signed === 'string' &&
    typeof delivered === 'string' &&
    isIsoDate(signed) &&
    isIsoDate(delivered) &&
    delivered < signed
  ) {
    problems.push(`交付日期${delivered}早于合同订立日期${signed}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: plain as unknown as PaymentRequest };
}

/** Problems with a parameter file `{ "transitionBasis": …, "dayCountBasis": …, "belowLprAgreedRate": … }`. */
export function validatePaymentParameters(plain: unknown): string[] {
  if (!isRecord(plain)) return ['参数应为 JSON 对象，如 {"dayCountBasis": 365}'];
  const problems: string[] = [];
  const names = Object.keys(PAYMENT_PARAMETER_VALUES);
  for (const [key, value] of Object.entries(plain)) {
    const allowed = (PAYMENT_PARAMETER_VALUES as Readonly<Record<string, readonly unknown[]>>)[key];
    if (allowed === undefined) problems.push(`未知参数“${key}”：可用 ${names.join('、')}`);
    else if (!allowed.includes(value))
      problems.push(`参数 ${key}“${shown(value)}”无效：应为 ${allowed.map(shown).join('、')}`);
  }
  return problems;
}

export type PaymentParameterInput = Partial<PaymentParameters>;

/** Invalid request: the problems in Chinese (a RangeError, so the command maps it to exit code 2). */
export class PaymentRequestError extends RangeError {
  readonly code = 'POLICY_PAYMENT_INVALID_REQUEST';

  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'PaymentRequestError';
  }
}

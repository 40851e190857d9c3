/**
 * 款项支付测算命令 — 《保障中小企业款项支付条例》 applied to one contract.
 *
 *   npm run -s policy -- payment <request.json> [--params <params.json>] [--calendar strict|provisional]
 *
 * The request is one contract, its delivery (and acceptance), the payments made and the day to judge it on
 * (docs/payment-request.schema.json, docs/procurement.md). Prints `computePayment(...)` as JSON: the text applied,
 * the due date, whether and how long it is overdue, the late interest, the articles and the flags. Invalid input or
 * a date beyond the loaded working-day calendar: a Chinese message on stderr, exit 2.
 */
import {
  CalendarNotLoadedError,
  PROVISIONAL_WORKING_CALENDAR,
  PaymentRequestError,
  computePayment,
  provisionalNote,
  validatePaymentParameters,
  validatePaymentRequest,
} from '@ladder/policy';
import type { PaymentParameters } from '@ladder/policy';

import { CommandUsageError, listProblems, parseFileArgs, readJsonFile, runCommand } from './command-io';

export const PAYMENT_USAGE = `用法：npm run -s policy -- payment <款项支付测算请求.json> [--params <参数.json>] [--calendar strict|provisional]

按《保障中小企业款项支付条例》（国务院令第728号；自2025-06-01起国务院令第802号）测算一份合同，在标准输出打印结果（JSON）：
适用文本与条款、付款期限与到期日（按《民法典》第二百零一条、第二百零三条及国务院节假日安排顺延）、截至基准日是否逾期及天数、
逾期利息（分，单利，向下取整）、需关注的情形（超过60日的约定、“背靠背”条款、约定利率低于LPR等）与待确认的解释。

  <file>            请求格式见 docs/payment-request.schema.json；金额单位一律为“分”，年利率写作 {"num": 4, "den": 100}
  --params <file>   歧义条款的取值，如 {"transitionBasis": "signing-date", "dayCountBasis": 360}（见 docs/procurement.md）
  --calendar <mode> strict（默认）：日期落在未载入国务院节假日安排的年度时拒绝测算；provisional：该年度按周一至周五
                    暂定计算，结果注明 "calendarProvisional": true 及说明，待通知载入后须重算（不得据此支付）
  -h, --help        显示本说明

退出码：0 成功；2 参数或输入无效、或日期超出已载入的工作日历（中文说明见标准错误输出）。
示例：npm run -s policy -- payment docs/examples/payments/organ-delivery-2024-09-01-paid-10-days-late.request.json`;

/** Runs `payment …` (argv after the sub-command); returns the exit code. */
export function paymentMain(argv: readonly string[]): number {
  return runCommand(
    PAYMENT_USAGE,
    () => {
      const options = parseFileArgs(argv, ['--params', '--calendar'], '款项支付测算请求');
      if (options === 'help') return 'help';
      const validation = validatePaymentRequest(readJsonFile(options.file, '款项支付测算请求'));
      if (!validation.ok) {
        throw new CommandUsageError(
          `款项支付测算请求不符合格式（见 docs/payment-request.schema.json）：\n${listProblems(validation.problems)}`,
        );
      }
      let params: Partial<PaymentParameters> | undefined;
      const paramsFile = options.options['--params'];
      if (paramsFile !== undefined) {
        const plain = readJsonFile(paramsFile, '参数');
        const problems = validatePaymentParameters(plain);
        if (problems.length > 0) throw new CommandUsageError(`参数文件无效：\n${listProblems(problems)}`);
        params = plain as Partial<PaymentParameters>;
      }
      const mode = options.options['--calendar'] ?? 'strict';
      if (mode !== 'strict' && mode !== 'provisional') throw new CommandUsageError(`选项 --calendar 的取值应为 strict 或 provisional，而不是“${mode}”`);
      if (mode === 'strict') return computePayment(validation.value, { params });
      // Asked for explicitly: the strict answer if the calendar has every year, else the provisional one, marked.
      try {
        return computePayment(validation.value, { params });
      } catch (error) {
        if (!(error instanceof CalendarNotLoadedError)) throw error;
        const result = computePayment(validation.value, { params, calendar: PROVISIONAL_WORKING_CALENDAR });
        return { ...result, calendarProvisional: true, calendarNote: provisionalNote([error.year]) };
      }
    },
    (error) =>
      error instanceof PaymentRequestError
        ? `款项支付测算请求无效：\n${listProblems(error.problems)}`
        : undefined,
  );
}

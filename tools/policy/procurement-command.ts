/**
 * 政府采购测算命令 — the reserved share of a project, or the price-deduction decision for one bid.
 *
 *   npm run -s policy -- procurement <request.json> [--params <params.json>]
 *
 * The request is `{ kind: "reserve" | "deduction", date, category, … }` (docs/procurement-request.schema.json,
 * docs/procurement.md). Validated with `validateProcurementRequest` (Chinese problems); prints
 * `computeProcurement(...)` as JSON on stdout. Invalid input: a Chinese message on stderr, exit 2.
 */
import {
  ProcurementRequestError,
  computeProcurement,
  validateProcurementParameters,
  validateProcurementRequest,
} from '@ladder/policy';
import type { ProcurementParameters } from '@ladder/policy';

import { CommandUsageError, listProblems, parseFileArgs, readJsonFile, runCommand } from './command-io';

export const PROCUREMENT_USAGE = `用法：npm run -s policy -- procurement <政府采购测算请求.json> [--params <参数.json>]

按《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）及财库〔2022〕19号（自2022-07-01）测算，在标准输出打印结果（JSON）：
  kind = reserve     预留份额：全部预留（货物服务200万元以下、工程400万元以下）或预留比例、预留下限、小微企业部分，及所报方案的核对
  kind = deduction   价格扣除：采购日适用的扣除区间、比例是否在区间内（accepted / rejected）、不适用的原因、评审价（分，向下取整）

  <file>            请求格式见 docs/procurement-request.schema.json；金额单位一律为“分”，比例写作 {"num": 15, "den": 100}
  --params <file>   歧义条款的取值，如 {"worksReserve40": "second-half-2022"}（见 docs/procurement.md）
  -h, --help        显示本说明

退出码：0 成功；2 参数或输入无效（中文说明见标准错误输出）。
示例：npm run -s policy -- procurement docs/examples/procurement/goods-small-micro-2023-rate-15.request.json`;

/** Runs `procurement …` (argv after the sub-command); returns the exit code. */
export function procurementMain(argv: readonly string[]): number {
  return runCommand(
    PROCUREMENT_USAGE,
    () => {
      const options = parseFileArgs(argv, ['--params'], '政府采购测算请求');
      if (options === 'help') return 'help';
      const validation = validateProcurementRequest(readJsonFile(options.file, '政府采购测算请求'));
      if (!validation.ok) {
        throw new CommandUsageError(
          `政府采购测算请求不符合格式（见 docs/procurement-request.schema.json）：\n${listProblems(validation.problems)}`,
        );
      }
      let params: Partial<ProcurementParameters> | undefined;
      const paramsFile = options.options['--params'];
      if (paramsFile !== undefined) {
        const plain = readJsonFile(paramsFile, '参数');
        const problems = validateProcurementParameters(plain);
        if (problems.length > 0) throw new CommandUsageError(`参数文件无效：\n${listProblems(problems)}`);
        params = plain as Partial<ProcurementParameters>;
      }
      return computeProcurement(validation.value, { params });
    },
    (error) =>
      error instanceof ProcurementRequestError
        ? `政府采购测算请求无效：\n${listProblems(error.problems)}`
        : undefined,
  );
}

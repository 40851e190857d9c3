/**
 * 融资担保测算命令 — S-49 guaranteed-loan ceiling and fee for one application (with S-48 white-list membership).
 *
 *   npm run -s policy -- guarantee <request.json> [--successors <versions.json>] [--params <params.json>]
 *
 * The request is `{ date, titles, outstandingGuaranteedFen, requestedPrincipalFen, termMonths | termDays }`
 * (docs/examples/guarantees/guarantee-request.schema.json), validated with `validateGuaranteeRequest` (Chinese
 * problems). Prints `computeGuarantee(...)` as JSON on stdout. Invalid input: a Chinese message on stderr, exit 2.
 */
import {
  GuaranteeRequestError,
  MeasureCatalogueError,
  computeGuarantee,
  validateGuaranteeParameters,
  validateGuaranteeRequest,
} from '@ladder/policy';
import type { GuaranteeParameters } from '@ladder/policy';

import { CommandUsageError, listProblems, parseFileArgs, readJsonFile, runCommand } from './command-io';

export const GUARANTEE_USAGE = `用法：npm run -s policy -- guarantee <融资担保测算请求.json> [--successors <后续版本.json>] [--params <参数.json>]

按《三明市优质中小企业梯度培育行动方案》二、（三）2（docs/guarantees.md）测算一笔政府性融资担保贷款，在标准输出打印结果（JSON）：
结论（eligible / not-eligible / not-covered / unknown）、申请日计入的称号层级、担保额度、剩余额度、担保费（分，
含费率、减免方式与政策让利）、“白名单”待遇、条款与政策版本、待确认的参数。

  guarantee <file>          测算请求：{ "date": "2024-06-01", "titles": [{ "tier": "specialized", "certifiedOn": "2023-06-15" }],
                            "outstandingGuaranteedFen": 300000000, "requestedPrincipalFen": 200000000, "termMonths": 12 }
                            格式见 docs/examples/guarantees/guarantee-request.schema.json；金额单位一律为“分”
  --successors <file>       经审批的后续政策版本（JSON 数组），与基础版本（2022-01-01至2025-12-31）一同生效；
                            同一规则（S-48、S-49）的版本有效期不得重叠
  --params <file>           歧义条款的取值（JSON 对象，如 {"ceilingScope": "per-loan"}），未给出的按默认值
  -h, --help                显示本说明

退出码：0 成功；2 参数或输入无效（中文说明见标准错误输出）。
示例：npm run -s policy -- guarantee docs/examples/guarantees/specialized-300wan-plus-200wan.request.json`;

/** Runs `guarantee …` (argv after the sub-command); returns the exit code. */
export function guaranteeMain(argv: readonly string[]): number {
  return runCommand(
    GUARANTEE_USAGE,
    () => {
      const args = parseFileArgs(argv, ['--successors', '--params'], '融资担保测算请求');
      if (args === 'help') return 'help';
      const validation = validateGuaranteeRequest(readJsonFile(args.file, '融资担保测算请求'));
      if (!validation.ok) {
        throw new CommandUsageError(
          `融资担保测算请求不符合格式（见 docs/examples/guarantees/guarantee-request.schema.json）：\n${listProblems(validation.problems)}`,
        );
      }
      let successors: unknown[] = [];
      const successorsFile = args.options['--successors'];
      if (successorsFile !== undefined) {
        const plain = readJsonFile(successorsFile, '后续版本');
        if (!Array.isArray(plain)) throw new CommandUsageError('后续版本文件应为 JSON 数组');
        successors = plain;
      }
      let params: Partial<GuaranteeParameters> | undefined;
      const paramsFile = args.options['--params'];
      if (paramsFile !== undefined) {
        const plain = readJsonFile(paramsFile, '参数');
        const problems = validateGuaranteeParameters(plain);
        if (problems.length > 0) throw new CommandUsageError(`参数文件无效：\n${listProblems(problems)}`);
        params = plain as Partial<GuaranteeParameters>;
      }
      // Successor problems (overlap, missing 文号, …) and invalid readings surface as RangeErrors.
      return computeGuarantee(validation.value, { successors, params });
    },
    (error) =>
      error instanceof MeasureCatalogueError
        ? `后续政策版本无效：\n${listProblems(error.problems)}`
        : error instanceof GuaranteeRequestError
          ? `融资担保测算请求或参数无效：\n${listProblems(error.problems)}`
          : undefined,
  );
}

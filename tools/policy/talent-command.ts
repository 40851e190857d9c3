/**
 * 人才支持措施命令 — which talent measures (S-53, S-54, S-55) an enterprise's titles entitle it to on a date.
 *
 *   npm run -s policy -- talent <request.json> [--successors <versions.json>] [--params <params.json>]
 *
 * The request is `{ date, titles, inPool? }` (docs/examples/talent/talent-request.schema.json), validated with
 * `validateTalentRequest`. Prints `talentEntitlements(...)` as JSON on stdout. Invalid input: Chinese on stderr, exit 2.
 */
import {
  MeasureCatalogueError,
  TalentRequestError,
  talentEntitlements,
  validateTalentParameters,
  validateTalentRequest,
} from '@ladder/policy';
import type { TalentParameters } from '@ladder/policy';

import { CommandUsageError, listProblems, parseFileArgs, readJsonFile, runCommand } from './command-io';

export const TALENT_USAGE = `用法：npm run -s policy -- talent <人才措施查询请求.json> [--successors <后续版本.json>] [--params <参数.json>]

按《三明市优质中小企业梯度培育行动方案》二、（三）4（docs/talent.md）列出企业在查询日适用的人才支持措施（JSON）：
“2+3+N”重点支持范围（S-53）、经营管理人才培训全覆盖（S-54）、职称绿色通道、保障性住房、劳模等荣誉、“八闽英才”申报（S-55），
每项含结论（applies / does-not-apply / not-covered / unknown）、依据的称号及其起止日、承办部门、条款与政策版本。

  talent <file>             查询请求：{ "date": "2024-06-01", "titles": [{ "tier": "little-giant", "certifiedOn": "2023-07-01" }] }
                            格式见 docs/examples/talent/talent-request.schema.json
  --successors <file>       经审批的后续政策版本（JSON 数组），与基础版本（2022-01-01至2025-12-31）一同生效
  --params <file>           歧义条款的取值（JSON 对象，如 {"trainingIncludesPool": true}）
  -h, --help                显示本说明

退出码：0 成功；2 参数或输入无效（中文说明见标准错误输出）。
示例：npm run -s policy -- talent docs/examples/talent/little-giant-in-scope.request.json`;

/** Runs `talent …` (argv after the sub-command); returns the exit code. */
export function talentMain(argv: readonly string[]): number {
  return runCommand(
    TALENT_USAGE,
    () => {
      const args = parseFileArgs(argv, ['--successors', '--params'], '人才措施查询请求');
      if (args === 'help') return 'help';
      const validation = validateTalentRequest(readJsonFile(args.file, '人才措施查询请求'));
      if (!validation.ok) {
        throw new CommandUsageError(
          `人才措施查询请求不符合格式（见 docs/examples/talent/talent-request.schema.json）：\n${listProblems(validation.problems)}`,
        );
      }
      let successors: unknown[] = [];
      const successorsFile = args.options['--successors'];
      if (successorsFile !== undefined) {
        const plain = readJsonFile(successorsFile, '后续版本');
        if (!Array.isArray(plain)) throw new CommandUsageError('后续版本文件应为 JSON 数组');
        successors = plain;
      }
      let params: Partial<TalentParameters> | undefined;
      const paramsFile = args.options['--params'];
      if (paramsFile !== undefined) {
        const plain = readJsonFile(paramsFile, '参数');
        const problems = validateTalentParameters(plain);
        if (problems.length > 0) throw new CommandUsageError(`参数文件无效：\n${listProblems(problems)}`);
        params = plain as Partial<TalentParameters>;
      }
      // Successor problems (overlap, missing 文号, …) and invalid readings surface as RangeErrors.
      return talentEntitlements(validation.value, { successors, params });
    },
    (error) =>
      error instanceof MeasureCatalogueError
        ? `后续政策版本无效：\n${listProblems(error.problems)}`
        : error instanceof TalentRequestError
          ? `人才措施查询请求或参数无效：\n${listProblems(error.problems)}`
          : undefined,
  );
}

/**
 * 奖励测算命令 — compute one award of the plan's catalogue.
 *
 *   npm run -s policy -- award <request.json> [--successors <versions.json>] [--params <params.json>]
 *
 * The request is `{ awardId, date, facts }` (docs/awards.md). It has no contract class yet: it is validated with
 * `validateAwardRequest` from @ladder/policy (Chinese problems). Prints `computeAward(...)` as JSON on stdout.
 * Invalid input: a Chinese message on stderr, exit 2.
 */
import * as fs from 'node:fs';

import {
  AWARD_IDS,
  AwardCatalogueError,
  AwardRequestError,
  computeAward,
  validateAwardParameters,
  validateAwardRequest,
} from '@ladder/policy';
import type { AwardParameters, AwardVersion } from '@ladder/policy';

export const AWARD_USAGE = `用法：npm run -s policy -- award <奖励测算请求.json> [--successors <后续版本.json>] [--params <参数.json>]

按《三明市优质中小企业梯度培育行动方案》奖励目录（docs/awards.md）测算一项奖励，在标准输出打印结果（JSON）：
结论（granted / not-eligible / not-covered / unknown）、金额（分）、是否触及上限、计算公式、支付方拆分、条款与政策版本、
待确认的参数。

  award <file>              奖励测算请求：{ "awardId": "S-36", "date": "2024-03-01", "facts": { "unitPriceFen": 500000000 } }
                            awardId：${AWARD_IDS.join('、')}
                            date：触发事件（认定、获奖、落户、到资、申报等）的日期；金额单位一律为“分”
  --successors <file>       经审批的后续政策版本（JSON 数组），与基础版本（2022-01-01至2025-12-31）一同生效；
                            同一奖励的版本有效期不得重叠
  --params <file>           歧义条款的取值（JSON 对象，如 {"renewalCountsAsNew": false}），未给出的按默认值
  -h, --help                显示本说明

退出码：0 成功；2 参数或输入无效（中文说明见标准错误输出）。
示例：npm run -s policy -- award docs/examples/awards/s-36-national-first-set-500wan.request.json`;

export class AwardUsageError extends Error {}

interface AwardOptions {
  readonly file: string;
  readonly successors?: string;
  readonly params?: string;
}

function parseAwardArgs(argv: readonly string[]): AwardOptions | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  let file: string | undefined;
  let successors: string | undefined;
  let params: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new AwardUsageError(`选项 ${name} 缺少取值`);
      return v;
    };
    if (name === '--successors') successors = value();
    else if (name === '--params') params = value();
    else if (name.startsWith('-')) throw new AwardUsageError(`未知选项 ${name}`);
    else if (file === undefined) file = arg;
    else throw new AwardUsageError(`多余的参数“${arg}”：一次只测算一个奖励请求文件`);
  }
  if (file === undefined) throw new AwardUsageError('缺少奖励测算请求文件：award <奖励测算请求.json>');
  return { file, successors, params };
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AwardUsageError(
      `无法读取${what}文件“${file}”：${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AwardUsageError(`${what}文件“${file}”不是有效的 JSON：${(error as Error).message}`);
  }
}

const list = (problems: readonly string[]): string => problems.map((p) => `  - ${p}`).join('\n');

/** Runs `award …` (argv after the sub-command); returns the exit code. */
export function awardMain(argv: readonly string[]): number {
  try {
    const options = parseAwardArgs(argv);
    if (options === 'help') {
      process.stdout.write(`${AWARD_USAGE}\n`);
      return 0;
    }
    const validation = validateAwardRequest(readJson(options.file, '奖励测算请求'));
    if (!validation.ok) {
      throw new AwardUsageError(
        `奖励测算请求不符合格式（见 docs/awards.md）：\n${list(validation.problems)}`,
      );
    }
    let successors: AwardVersion[] = [];
    if (options.successors !== undefined) {
      const plain = readJson(options.successors, '后续版本');
      if (!Array.isArray(plain)) throw new AwardUsageError('后续版本文件应为 JSON 数组');
      successors = plain as AwardVersion[];
    }
    let params: Partial<AwardParameters> | undefined;
    if (options.params !== undefined) {
      const plain = readJson(options.params, '参数');
      const problems = validateAwardParameters(plain);
      if (problems.length > 0) throw new AwardUsageError(`参数文件无效：\n${list(problems)}`);
      params = plain as Partial<AwardParameters>;
    }
    // Successor problems (overlap, missing 文号, …) and invalid readings surface as RangeErrors.
    const result = computeAward(validation.value, { successors, params });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AwardUsageError || error instanceof RangeError) {
      const message =
        error instanceof AwardCatalogueError
          ? `后续政策版本无效：\n${list(error.problems)}`
          : error instanceof AwardRequestError
            ? `奖励测算请求或参数无效：\n${list(error.problems)}`
            : error.message;
      process.stderr.write(`错误：${message}\n`);
      return 2;
    }
    throw error;
  }
}

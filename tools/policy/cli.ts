/**
 * 政策命令 — the policy library on the command line.
 *
 *   npm run -s policy -- evaluate <profile.json> [--as-of YYYY-MM-DD] [--type new|review]
 *   npm run -s policy -- award <request.json> [--successors <versions.json>] [--params <params.json>]
 *   npm run -s policy -- procurement <request.json> [--params <params.json>]
 *   npm run -s policy -- payment <request.json> [--params <params.json>]
 *   npm run -s policy -- guarantee <request.json> [--successors <versions.json>] [--params <params.json>]
 *   npm run -s policy -- talent <request.json> [--successors <versions.json>] [--params <params.json>]
 *
 * `evaluate` reads a profile in the registry's schema (docs/enterprise-profile.schema.json), validates it with the
 * contract class, and prints `evaluateTiers(...)` as JSON on stdout. `award` (award-command.ts) computes one award
 * of the plan's catalogue (docs/awards.md); `procurement` and `payment` (procurement-command.ts, payment-command.ts)
 * apply the procurement preferences and the payment regulation (docs/procurement.md). Invalid input: a Chinese message on stderr, exit 2.
 */
import * as fs from 'node:fs';

import { EnterpriseProfile, validatePayload } from '@ladder/contracts';
import { evaluateTiers, isIsoDate, todayInShanghai } from '@ladder/policy';
import type { EvaluationType } from '@ladder/policy';

import { AWARD_USAGE, awardMain } from './award-command';
import { PAYMENT_USAGE, paymentMain } from './payment-command';
import { PROCUREMENT_USAGE, procurementMain } from './procurement-command';
import { GUARANTEE_USAGE, guaranteeMain } from './guarantee-command';
import { TALENT_USAGE, talentMain } from './talent-command';

const EVALUATE_USAGE = `用法：npm run -s policy -- evaluate <企业画像.json> [--as-of YYYY-MM-DD] [--type new|review]

按评价日适用的梯度培育标准（工信部企业〔2022〕63号 / 工信部企业〔2026〕2号）评价企业画像，
在标准输出打印评价结果（JSON）。

  evaluate <file>      企业画像文件，格式见 docs/enterprise-profile.schema.json
  --as-of YYYY-MM-DD   评价日期（默认：今天，Asia/Shanghai）；“上年度”为其前一个日历年
  --type new|review    new = 新申报（默认），review = 复核
  -h, --help           显示本说明

退出码：0 成功；2 参数或输入无效（中文说明见标准错误输出）。
示例：npm run -s policy -- evaluate docs/examples/profile-innovative-by-score.json --as-of 2025-06-01`;

const USAGE = `政策命令：
  npm run -s policy -- evaluate <企业画像.json> [--as-of YYYY-MM-DD] [--type new|review]   梯度评价
  npm run -s policy -- award <奖励测算请求.json> [--successors <文件>] [--params <文件>]     奖励测算
  npm run -s policy -- procurement <政府采购测算请求.json> [--params <文件>]                预留份额 / 价格扣除
  npm run -s policy -- payment <款项支付测算请求.json> [--params <文件>]                    付款期限 / 逾期利息
  npm run -s policy -- guarantee <融资担保测算请求.json> [--successors <文件>] [--params <文件>] 融资担保测算
  npm run -s policy -- talent <人才措施请求.json> [--successors <文件>] [--params <文件>]    人才支持措施
  npm run -s policy -- <命令> --help                                                      命令说明

${EVALUATE_USAGE}

${AWARD_USAGE}

${PROCUREMENT_USAGE}

${PAYMENT_USAGE}

${GUARANTEE_USAGE}

${TALENT_USAGE}`;

class UsageError extends Error {}

interface Options {
  readonly file: string;
  readonly asOf: string;
  readonly type: EvaluationType;
}

function parseArgs(argv: readonly string[]): Options | 'help' | 'evaluate-help' {
  if (argv.length === 0)
    throw new UsageError('缺少命令：应为 evaluate、award、procurement、payment、guarantee 或 talent');
  if (argv.includes('-h') || argv.includes('--help'))
    return argv[0] === 'evaluate' ? 'evaluate-help' : 'help';
  const [command, ...rest] = argv;
  if (command !== 'evaluate') {
    throw new UsageError(
      `未知命令“${command ?? ''}”：应为 evaluate、award、procurement、payment、guarantee 或 talent`,
    );
  }
  let file: string | undefined;
  let asOf: string | undefined;
  let type: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`选项 ${name} 缺少取值`);
      return v;
    };
    if (name === '--as-of') asOf = value();
    else if (name === '--type') type = value();
    else if (name.startsWith('-')) throw new UsageError(`未知选项 ${name}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`多余的参数“${arg}”：一次只评价一个企业画像文件`);
  }
  if (file === undefined) throw new UsageError('缺少企业画像文件：evaluate <企业画像.json>');
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`评价日期“${asOf}”无效：应为 YYYY-MM-DD`);
  if (type !== undefined && type !== 'new' && type !== 'review') {
    throw new UsageError(`评价类型“${type}”无效：应为 new（新申报）或 review（复核）`);
  }
  return { file, asOf: asOf ?? todayInShanghai(), type: type ?? 'new' };
}

function readProfile(file: string): EnterpriseProfile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`无法读取文件“${file}”：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let plain: unknown;
  try {
    plain = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`文件“${file}”不是有效的 JSON：${(error as Error).message}`);
  }
  const outcome = validatePayload(EnterpriseProfile, plain);
  if (!outcome.ok) {
    const details = (outcome.error.details ?? []).map((d) => `  - ${d.field}：${d.message}`).join('\n');
    throw new UsageError(
      `企业画像不符合格式（docs/enterprise-profile.schema.json）：${outcome.error.message}${details ? `\n${details}` : ''}`,
    );
  }
  return outcome.value;
}

export function main(argv: readonly string[]): number {
  if (argv[0] === 'award') return awardMain(argv.slice(1));
  if (argv[0] === 'procurement') return procurementMain(argv.slice(1));
  if (argv[0] === 'payment') return paymentMain(argv.slice(1));
  if (argv[0] === 'guarantee') return guaranteeMain(argv.slice(1));
  if (argv[0] === 'talent') return talentMain(argv.slice(1));
  try {
    const options = parseArgs(argv);
    if (options === 'help' || options === 'evaluate-help') {
      process.stdout.write(`${options === 'help' ? USAGE : EVALUATE_USAGE}\n`);
      return 0;
    }
    const profile = readProfile(options.file);
    const result = evaluateTiers({ profile, asOf: options.asOf, type: options.type });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) {
      process.stderr.write(`错误：${error.message}\n`);
      if (error instanceof UsageError && argv.length === 0) process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}

// `… | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));

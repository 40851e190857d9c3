/**
 * What the JSON-in, JSON-out policy commands share: argument parsing (one file and `--name value` options),
 * reading a JSON file with Chinese errors, and printing a result or an error with the exit code.
 */
import * as fs from 'node:fs';

/** Invalid arguments or input: the message goes to stderr, exit code 2. */
export class CommandUsageError extends Error {}

export interface FileArgs {
  readonly file: string;
  readonly options: Readonly<Record<string, string>>;
}

/** `<file> [--name value | --name=value]…`; 'help' for -h / --help. */
export function parseFileArgs(
  argv: readonly string[],
  optionNames: readonly string[],
  what: string,
): FileArgs | 'help' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  let file: string | undefined;
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    if (name.startsWith('-')) {
      if (!optionNames.includes(name)) throw new CommandUsageError(`未知选项 ${name}`);
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new CommandUsageError(`选项 ${name} 缺少取值`);
      options[name] = value;
    } else if (file === undefined) file = arg;
    else throw new CommandUsageError(`多余的参数“${arg}”：一次只处理一个${what}文件`);
  }
  if (file === undefined) throw new CommandUsageError(`缺少${what}文件`);
  return { file, options };
}

export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandUsageError(
      `无法读取${what}文件“${file}”：${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CommandUsageError(`${what}文件“${file}”不是有效的 JSON：${(error as Error).message}`);
  }
}

export const listProblems = (problems: readonly string[]): string =>
  problems.map((p) => `  - ${p}`).join('\n');

/**
 * Runs a command body: 'help' prints the usage; a result is printed as JSON; a CommandUsageError or a RangeError
 * (the policy library's input errors, calendar years not loaded…) prints `错误：…` on stderr and returns 2.
 * `describe` may give a longer message for a known error class.
 */
export function runCommand(
  usage: string,
  body: () => unknown,
  describe: (error: Error) => string | undefined = () => undefined,
): number {
  try {
    const result = body();
    process.stdout.write(result === 'help' ? `${usage}\n` : `${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CommandUsageError || error instanceof RangeError) {
      const code = 'code' in error && typeof error.code === 'string' ? `（${error.code}）` : '';
      process.stderr.write(`错误${code}：${describe(error) ?? error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * One check over everything a client sends as text (JSON body, query string, path parameters): control
 * characters and broken UTF-16 are refused before any handler, service or database sees them.
 *
 * Allowed: tab, line feed and carriage return (multi-line reasons and notes). Refused: the other C0 controls
 * (NUL included), DEL, the C1 controls U+0080–U+009F, and lone surrogates (what `"\ud800"` in JSON decodes to).
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Nesting deeper than this is refused (no form of the API nests more than a few levels). */
export const MAX_INPUT_DEPTH = 32;

export interface InputProblem {
  readonly kind: 'control-character' | 'too-deep';
  /** Where: `body.facts.name`, `query.q`, `params.id`; a key itself is named with `[key]`. */
  readonly field: string;
}

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/**
 * The first problem in a parsed input (iterative walk: a hostile, deeply nested body cannot overflow the
 * stack here). Buffers (raw uploads) are not text and are skipped.
 */
export function findInputProblem(value: unknown, root: string): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const v = item.value;
    if (typeof v === 'string') {
      if (hasForbiddenCharacter(v)) return { kind: 'control-character', field: item.path };
      continue;
    }
    if (typeof v !== 'object' || v === null || Buffer.isBuffer(v)) continue;
    if (item.depth >= MAX_INPUT_DEPTH) return { kind: 'too-deep', field: item.path };
    if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push({ value: child, path: `${item.path}[${i}]`, depth: item.depth + 1 }));
      continue;
    }
    for (const [key, child] of Object.entries(v as Record<string, unknown>)) {
      if (hasForbiddenCharacter(key)) return { kind: 'control-character', field: `${item.path}[key]` };
      stack.push({ value: child, path: `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return null;
}

/** The Chinese message for a problem (the field path goes into `details`). */
export function inputProblemMessage(problem: InputProblem): string {
  return problem.kind === 'too-deep'
    ? `请求内容嵌套层级过深（最多${MAX_INPUT_DEPTH}层）`
    : '提交的内容包含不允许的控制字符（如 NUL）或无效字符，请删除后重试';
}

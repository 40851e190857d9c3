import { setFlagsFromString } from 'node:v8';

/** Old-generation growth after each full GC, in % of what survived it (V8's `--heap-growing-percent`). */
export const DEFAULT_HEAP_GROWING_PERCENT = 100;

/**
 * Let the old generation grow by `percent` of what survived each full GC before the next one starts, instead of
 * V8's own factor (docs/performance.md, list API: the half-load tail).
 *
 * V8 derives the factor from how fast the old generation fills; a service that keeps few objects but moves many
 * ArrayBuffers (NATS messages, HTTP bodies, 13 KB a list page) gets the minimum, ≈ 1.1, while V8 counts the
 * buffers allocated since the last full GC against that small headroom. The next full GC then starts as soon as
 * one is over: the registry ran 2–5 of them a second at half load (pauses of 5–90 ms, CPU per request × 3–4),
 * flipping into that state in about two runs of three. With room for twice the live heap (tens of MB here) they
 * are rare again. The flag is read whenever V8 sets the next limit, so setting it at start-up takes effect.
 *
 * `HEAP_GROWING_PERCENT` overrides the value (`0`: V8's own factor); a `--heap-growing-percent` given to node
 * (command line or `NODE_OPTIONS`) wins over both.
 */
export function tuneHeapGrowth(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): number | undefined {
  const given = [...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)];
  if (given.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return undefined;
  const raw = env['HEAP_GROWING_PERCENT'];
  const percent = raw === undefined || raw === '' ? DEFAULT_HEAP_GROWING_PERCENT : Number(raw);
  if (!Number.isInteger(percent) || percent < 0 || percent > 1_000) {
    throw new Error(`HEAP_GROWING_PERCENT must be an integer from 0 to 1000, not "${raw}"`);
  }
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return percent;
}

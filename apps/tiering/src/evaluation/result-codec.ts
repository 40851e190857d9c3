import { deflateSync, inflateSync } from 'node:zlib';

import type { EvaluationResult } from '@ladder/policy';

/**
 * The stored form of an evaluation's explanation (pool_entry.result, ADR 0014): its JSON text compressed with
 * zlib (RFC 1950, deflate at level 1 — a fast level; the text is 20–33 KB and repetitive, it shrinks about 5×).
 * A zlib stream starts with the byte 0x78; a row written before the change holds the JSON text itself (starting
 * with `{`), which is read as it is. Pure: used where the JSON is produced, in the job's worker threads too.
 */
export function encodeResultJson(json: string): Buffer {
  return deflateSync(json, { level: 1 });
}

/** The JSON text of a stored explanation, compressed or (rows written before ADR 0014) as it was. */
export function decodeResultText(stored: Uint8Array | string): string {
  if (typeof stored === 'string') return stored;
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  // '{': the JSON text stored uncompressed (a row converted by the migration).
  return bytes[0] === 0x7b ? bytes.toString('utf8') : inflateSync(bytes).toString('utf8');
}

export function decodeResult(stored: Uint8Array | string): EvaluationResult {
  return JSON.parse(decodeResultText(stored)) as EvaluationResult;
}

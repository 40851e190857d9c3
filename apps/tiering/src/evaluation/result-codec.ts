import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

import type { EvaluationResult } from '@ladder/policy';

/** The first byte of a stored explanation: its format. */
const BROTLI_UTF16 = 0x01;
/** `{`: the JSON text itself, as UTF-8 (a row stored before ADR 0014, converted by the migration). */
const JSON_TEXT = 0x7b;

const COMPRESS_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 0 } };

/**
 * The stored form of an evaluation's explanation (pool_entry.result, ADR 0014): a format byte (0x01), then the JSON
 * text as UTF-16LE compressed with Brotli at quality 0 — the fastest level. The text of an explanation (20–33 KB,
 * Chinese labels) is a two-byte string in V8: its UTF-16LE bytes are a copy where UTF-8 is a conversion, and
 * Brotli shrinks them about 5× all the same; measured against zlib at level 1 on UTF-8, about a third of the CPU
 * for a stored form 10 % larger. Pure: used where the JSON is produced, in the job's worker threads too.
 */
export function encodeResultJson(json: string): Buffer {
  const body = brotliCompressSync(Buffer.from(json, 'utf16le'), COMPRESS_OPTIONS);
  const stored = Buffer.allocUnsafe(body.length + 1);
  stored[0] = BROTLI_UTF16;
  body.copy(stored, 1);
  return stored;
}

/** The JSON text of a stored explanation: compressed, or (rows stored before ADR 0014) the text itself. */
export function decodeResultText(stored: Uint8Array | string): string {
  if (typeof stored === 'string') return stored;
  const bytes = Buffer.isBuffer(stored) ? stored : Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes[0] === BROTLI_UTF16) return brotliDecompressSync(bytes.subarray(1)).toString('utf16le');
  if (bytes[0] === JSON_TEXT) return bytes.toString('utf8');
  throw new Error(`pool_entry.result: unknown stored format ${bytes[0]}`);
}

export function decodeResult(stored: Uint8Array | string): EvaluationResult {
  return JSON.parse(decodeResultText(stored)) as EvaluationResult;
}

import { Type } from '@mikro-orm/core';
import type { EntityProperty, Platform } from '@mikro-orm/core';
import type { EvaluationResult } from '@ladder/policy';

import { decodeResultText, encodeResultJson } from './result-codec';

/** The stored form of a result object, with the JSON text it was made of (to know that the object did not change). */
interface Stored {
  readonly json: string;
  readonly bytes: Buffer;
}

/**
 * The stored form last computed or read for a result object. The ORM compares an entity with its stored row by
 * converting the value again at every flush: for an explanation that did not change (same JSON text), the bytes
 * known are given back instead of being compressed again.
 */
const storedForms = new WeakMap<object, Stored>();

/**
 * pool_entry.result (ADR 0014): the evaluation's explanation, stored as its JSON text compressed (`result-codec`)
 * in a blob (SQLite) / bytea (PostgreSQL) column, and read back as the same `EvaluationResult`. Rows stored before
 * the change (JSON text) are read as well; such a row is written compressed when its entity is flushed.
 */
export class CompressedResultType extends Type<EvaluationResult, Buffer> {
  override convertToDatabaseValue(value: EvaluationResult | Uint8Array | string): Buffer {
    if (value instanceof Uint8Array) return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (typeof value === 'string') return encodeResultJson(value);
    const json = JSON.stringify(value);
    const known = storedForms.get(value);
    if (known && known.json === json) return known.bytes;
    const bytes = encodeResultJson(json);
    storedForms.set(value, { json, bytes });
    return bytes;
  }

  override convertToJSValue(value: Buffer | string | EvaluationResult): EvaluationResult {
    // An object: PostgreSQL's driver parsed a JSON column (a database not migrated yet).
    if (typeof value !== 'string' && !(value instanceof Uint8Array)) return value;
    const json = decodeResultText(value);
    const result = JSON.parse(json) as EvaluationResult;
    if (Buffer.isBuffer(value) && value[0] !== 0x7b) storedForms.set(result, { json, bytes: value });
    return result;
  }

  override compareAsType(): string {
    return 'Buffer';
  }

  override get runtimeType(): string {
    return 'any';
  }

  override getColumnType(_prop: EntityProperty, platform: Platform): string {
    return platform.getBlobDeclarationSQL();
  }
}

import { hash } from 'node:crypto';

import type { ProfileInput, TierParameters } from '@ladder/policy';

/** JSON texts of object keys (a profile has a few dozen distinct keys; bounded all the same). */
const keyTexts = new Map<string, string>();
const MAX_KEYS = 10_000;

function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    if (keyTexts.size >= MAX_KEYS) keyTexts.clear();
    text = JSON.stringify(key);
    keyTexts.set(key, text);
  }
  return text;
}

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), null and undefined members left out, arrays in their
 * order. The text is what an evaluation's inputs hash is taken of, so it must never change for the same value:
 * `inputs-hash.spec.ts` holds it to the straightforward definition (entries filtered, sorted, mapped, joined).
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      // As Array.prototype.join: an element without a JSON text (undefined) is written as nothing.
      text += canonical(value[i]) ?? '';
    }
    return `${text}]`;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Own enumerable string keys, as Object.entries; the default sort orders by UTF-16 code units, as `<` does.
    const keys = Object.keys(record).sort();
    let text = '{';
    let first = true;
    for (const key of keys) {
      const member = record[key];
      if (member === undefined || member === null) continue;
      text += `${first ? '' : ','}${keyText(key)}:${canonical(member)}`;
      first = false;
    }
    return `${text}}`;
  }
  return JSON.stringify(value);
}

/** The hash of what an evaluation depends on: the profile, the date, the type, the parameters and the rule version. */
export function inputsHash(profile: ProfileInput, asOf: string, type: 'new' | 'review', params: TierParameters, rule: string): string {
  // The one-shot hash (Node ≥ 20.12; the engines field asks ≥ 20.19): the same digest as a Hash object's, without one.
  return hash('sha256', canonical({ profile, asOf, type, params, rule }), 'hex');
}

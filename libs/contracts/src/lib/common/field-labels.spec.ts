import { getMetadataStorage } from 'class-validator';

import * as contracts from '../../index';
import { fieldInfo } from './field.decorator';

/** The properties payload classes validate without a label, and how many were checked. */
function unlabelled(exports: Record<string, unknown>): { missing: [string, string][]; checked: number } {
  const out: [string, string][] = [];
  let checked = 0;
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function' || !value.prototype) continue;
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(value, '', true, false);
    const properties = new Set(metadatas.map((m) => m.propertyName));
    for (const property of properties) {
      checked += 1;
      if (!fieldInfo(value.prototype as object, property)) out.push([name, property]);
    }
  }
  return { missing: out, checked };
}

describe('field labels', () => {
  it('should give every validated property of every payload class a Chinese label, so no message names a field in English', () => {
    const { missing, checked } = unlabelled(contracts);
    expect(checked).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';

import { validatePaymentRequest } from '../payments/payment-request';
import { validateProcurementRequest } from './procurement-request';

// The JSON Schemas in docs/ are hand-written: this keeps their field lists and required fields in step with the
// validators the commands use, and checks every example against both.

interface ObjectSchema {
  readonly properties: Record<string, unknown>;
  readonly required: readonly string[];
}

const DOCS = path.resolve(__dirname, '../../../../../docs');
const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DOCS, file), 'utf8')) as T;
const procurement = read<{ $defs: Record<string, ObjectSchema> }>('procurement-request.schema.json');
const payment = read<ObjectSchema>('payment-request.schema.json');

/** The problems a validator reports for a request that is missing `field` / has an unknown field. */
function problemsWithout(
  validate: (p: unknown) => { ok: boolean },
  request: Record<string, unknown>,
  field: string,
): boolean {
  const { [field]: _dropped, ...rest } = request;
  return validate(rest).ok;
}

describe('request schemas in docs/', () => {
  it.each([
    ['ReserveRequest', 'reserve-goods-200wan.request.json'],
    ['DeductionRequest', 'services-consortium-2023-share-30.request.json'],
  ])('should list exactly the fields validateProcurementRequest accepts and requires for %s', (def, file) => {
    // Arrange
    const schema = procurement.$defs[def]!;
    const example = read<Record<string, unknown>>(`examples/procurement/${file}`);
    // Act
    const accepted = Object.keys(schema.properties).filter(
      (key) =>
        validateProcurementRequest({ ...example, [key]: example[key] ?? null }).ok ||
        schema.required.includes(key),
    );
    const required = Object.keys(example).filter(
      (key) => !problemsWithout(validateProcurementRequest, example, key),
    );
    // Assert
    expect(accepted.sort()).toEqual(Object.keys(schema.properties).sort());
    expect(validateProcurementRequest({ ...example, notAField: 1 }).ok).toBe(false);
    expect(required.sort()).toEqual([...schema.required].sort());
  });

  it('should list exactly the fields validatePaymentRequest accepts and requires', () => {
    // Arrange
    const example = read<Record<string, unknown>>(
      'examples/payments/organ-delivery-2024-09-01-unpaid.request.json',
    );
    // Act
    const accepted = Object.keys(payment.properties).filter(
      (key) =>
        validatePaymentRequest({ ...example, [key]: example[key] ?? null }).ok ||
        payment.required.includes(key),
    );
    const required = Object.keys(example).filter(
      (key) => !problemsWithout(validatePaymentRequest, example, key),
    );
    // Assert
    expect(accepted.sort()).toEqual(Object.keys(payment.properties).sort());
    expect(validatePaymentRequest({ ...example, notAField: 1 }).ok).toBe(false);
    expect(required.sort()).toEqual([...payment.required].sort());
  });

  it('should only use schema fields in every example', () => {
    // Arrange
    const fields = (dir: string): string[][] =>
      fs
        .readdirSync(path.join(DOCS, dir))
        .filter((f) => f.endsWith('.request.json'))
        .map((f) => Object.keys(read<Record<string, unknown>>(`${dir}/${f}`)));
    const procurementFields = new Set(
      Object.values(procurement.$defs).flatMap((d) => Object.keys(d.properties ?? {})),
    );
    // Act / Assert
    for (const keys of fields('examples/procurement'))
      for (const k of keys) expect(procurementFields.has(k)).toBe(true);
    for (const keys of fields('examples/payments'))
      for (const k of keys) expect(k in payment.properties).toBe(true);
  });
});

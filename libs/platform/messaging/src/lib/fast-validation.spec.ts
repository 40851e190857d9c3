import 'reflect-metadata';

import { ValidationPipe } from '@nestjs/common';
import type { ArgumentMetadata } from '@nestjs/common';
import { EVENT_MAP, RPC_MAP } from '@ladder/contracts';
import { plainToInstance } from 'class-transformer';
import { ValidationTypes, getMetadataStorage, validateSync } from 'class-validator';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';

import { DomainException } from './domain.exception';
import { fastInstance } from './fast-validation';
import { RPC_VALIDATION_OPTIONS, RpcValidationPipe, memoizeValidationMetadata } from './rpc-validation.pipe';

type Cls = new () => object;
type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

const reference = new ValidationPipe(RPC_VALIDATION_OPTIONS);
const quick = new RpcValidationPipe();

async function outcome(pipe: ValidationPipe, cls: Cls, json: string): Promise<Outcome> {
  const metadata: ArgumentMetadata = { type: 'body', metatype: cls, data: undefined };
  try {
    return { ok: true, value: await pipe.transform(JSON.parse(json), metadata) };
  } catch (error) {
    return { ok: false, error: error instanceof DomainException ? error.toPayload() : String(error) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Valid payloads for every payload class, found from the classes' own metadata: start from {} and, property by
// property, try candidate values until class-validator has nothing to say about the property.
// ---------------------------------------------------------------------------------------------------------------
const ACTOR = { userId: 'u-1', username: 'operator', roles: ['gxj-operator'], countyCodes: ['350404'] };
const CANDIDATES: readonly unknown[] = [
  'a',
  '91350100M000100Y43',
  '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  '2024-06-01',
  '2025-03-01T08:00:00Z',
  '350404',
  'industry',
  'a'.repeat(64),
  '13800138000',
  '11010519491231002X',
  '三明示例装备制造有限公司',
  1,
  2024,
  0,
  100,
  true,
  false,
  [],
  ['a'],
  ['350404'],
  { userId: 'u-1', username: 'operator', roles: ['gxj-operator'] },
  ACTOR,
];

function constraintValues(cls: Cls, property: string): unknown[] {
  const out: unknown[] = [];
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false)) {
    if (m.propertyName !== property || m.type === ValidationTypes.CONDITIONAL_VALIDATION) continue;
    const first = (m.constraints as unknown[] | undefined)?.[0];
    if (Array.isArray(first)) out.push(...(first as unknown[]), [first[0]]);
    else if (first && typeof first === 'object' && !(first instanceof RegExp)) out.push(...Object.values(first));
    else if (typeof first === 'number') out.push(first, first + 1);
  }
  return out;
}

function propertiesOf(cls: Cls): string[] {
  return [...new Set(getMetadataStorage().getTargetValidationMetadatas(cls, '', false, false).map((m) => m.propertyName))];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

function nestedType(cls: Cls, property: string): Cls | undefined {
  const meta = defaultMetadataStorage.findTypeMetadata(cls, property);
  if (!meta || meta.typeFunction.length > 0) return undefined;
  const t = meta.typeFunction() as unknown;
  return typeof t === 'function' && ![String, Number, Boolean, Date, Object, Array].includes(t as never) ? (t as Cls) : undefined;
}

function errorsOf(cls: Cls, sample: object): { property: string }[] {
  return validateSync(plainToInstance(cls, sample, { exposeDefaultValues: true }), { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
}

const validCache = new Map<Cls, Record<string, unknown> | null>();
function validSample(cls: Cls, depth = 0): Record<string, unknown> | null {
  if (validCache.has(cls)) return validCache.get(cls) ?? null;
  if (depth > 4) return null;
  validCache.set(cls, null);
  let sample: Record<string, unknown> = {};
  for (let round = 0; round < 40; round++) {
    const errors = errorsOf(cls, sample);
    if (errors.length === 0) {
      validCache.set(cls, sample);
      return sample;
    }
    const property = errors[0]!.property;
    const nested = nestedType(cls, property);
    const inner = nested ? validSample(nested, depth + 1) : null;
    const candidates = [...(inner ? [inner, [inner]] : []), ...constraintValues(cls, property), ...CANDIDATES];
    let repaired = false;
    for (const candidate of candidates) {
      const next = { ...sample, [property]: candidate };
      if (!errorsOf(cls, next).some((e) => e.property === property)) {
        sample = next;
        repaired = true;
        break;
      }
    }
    if (!repaired) return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Bad values of the fuzz suites: control characters, nulls, wrong types, huge values, unknown and prototype keys,
// nested objects where a value is expected (and the other way round).
// ---------------------------------------------------------------------------------------------------------------
const FUZZ: readonly unknown[] = [null, '', ' a ', 'a\u0000b', '\u0007\u001b[31m', '\ud800', 'x'.repeat(10_000), -1, 1.5, 1e308, true, [], [null], {}, [{}]];
/** Once per class, on each property in turn (the per-property list above covers every kind already). */
const MORE_FUZZ: readonly unknown[] = [
  ' ',
  '\u0000',
  '\u202e',
  '1'.repeat(18),
  '2024-02-30',
  '<script>alert(1)</script>',
  0,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  false,
  ['a', 'a'],
  [1],
  Array.from({ length: 300 }, (_, i) => `v${i}`),
  { a: 1 },
  { $ne: null },
];

/** Inside nested objects: one value of each kind. */
const NESTED_FUZZ: readonly unknown[] = [null, 'a\u0000b', 'x'.repeat(10_000), 1.5, {}, [{}]];

function mutations(cls: Cls, base: Record<string, unknown>): string[] {
  const out: unknown[] = [base, { ...base, unknownField: 1 }, { ...base, constructor: 'x' }, [base], null, 'x', 1];
  const protoKey = `{"__proto__":{"polluted":1}${Object.keys(base).length ? ',' : ''}${JSON.stringify(base).slice(1)}`;
  const properties = propertiesOf(cls);
  MORE_FUZZ.forEach((value, i) => {
    const property = properties[i % Math.max(properties.length, 1)];
    if (property) out.push({ ...base, [property]: value });
  });
  for (const property of properties) {
    const { [property]: _omitted, ...without } = base;
    out.push(without);
    for (const value of FUZZ) out.push({ ...base, [property]: value });
    const nested = nestedType(cls, property);
    const inner = nested ? validSample(nested) : null;
    if (nested && inner) {
      out.push({ ...base, [property]: { ...inner, unknownField: 1 } }, { ...base, [property]: [inner, 1] }, { ...base, [property]: [inner, inner] });
      out.push({ ...base, [property]: JSON.parse(`{"__proto__":{"x":1}${Object.keys(inner).length ? ',' : ''}${JSON.stringify(inner).slice(1)}`) as unknown });
      for (const q of propertiesOf(nested)) for (const value of NESTED_FUZZ) out.push({ ...base, [property]: { ...inner, [q]: value } });
    }
  }
  return [...out.map((o) => JSON.stringify(o)), protoKey];
}

const PAYLOAD_CLASSES: readonly Cls[] = [
  ...new Set<Cls>([...Object.values(RPC_MAP).map((d) => d.request), ...Object.values(EVENT_MAP).map((d) => d.payload)]),
];

describe('RpcValidationPipe quick path', () => {
  beforeAll(() => memoizeValidationMetadata());

  it('should accept, reject, word and build exactly as the ValidationPipe when given fuzzed payloads of every catalogue class', async () => {
    let compared = 0;
    let quickHits = 0;
    let classesWithValidSample = 0;
    let classesOnQuickPath = 0;
    for (const cls of PAYLOAD_CLASSES) {
      const base = validSample(cls);
      if (base) classesWithValidSample++;
      if (base && fastInstance(cls, JSON.parse(JSON.stringify(base)))) classesOnQuickPath++;
      for (const json of mutations(cls, base ?? {})) {
        const expected = await outcome(reference, cls, json);
        const actual = await outcome(quick, cls, json);
        if (fastInstance(cls, JSON.parse(json))) {
          quickHits++;
          // The quick path only says yes to what the pipe accepts.
          expect({ cls: cls.name, json, ok: expected.ok }).toEqual({ cls: cls.name, json, ok: true });
        }
        expect({ cls: cls.name, json, outcome: actual }).toStrictEqual({ cls: cls.name, json, outcome: expected });
        compared++;
      }
    }
    // The comparison is only worth something if the quick path was taken often, over most classes.
    expect(classesWithValidSample).toBeGreaterThan(PAYLOAD_CLASSES.length * 0.8);
    expect(classesOnQuickPath).toBeGreaterThan(classesWithValidSample * 0.8);
    expect(quickHits).toBeGreaterThan(1_000);
    expect(compared).toBeGreaterThan(10_000);
  }, 600_000);

  it('should build the instance with nested instances, defaults and no copies of what class-transformer would keep', async () => {
    class Inner {
      @IsString()
      name!: string;
    }
    class Outer {
      @IsInt()
      page = 1;

      @IsOptional()
      @ValidateNested()
      @Type(() => Inner)
      items?: Inner[];

      @IsOptional()
      @ValidateNested()
      @Type(() => Inner)
      one?: Inner;
    }
    const plain = { items: [{ name: 'a' }, { name: 'b' }], one: { name: 'c' } };
    const built = fastInstance(Outer, plain);
    expect(built).toBeInstanceOf(Outer);
    expect(built).toStrictEqual(plainToInstance(Outer, plain, { exposeDefaultValues: true }));
    expect(built?.items?.[0]).toBeInstanceOf(Inner);
    expect(built?.page).toBe(1);
    // Not sure → the pipe runs class-validator, with the pipe's messages.
    expect(fastInstance(Outer, { items: [{ name: 1 }] })).toBeUndefined();
    expect(fastInstance(Outer, { page: '1' })).toBeUndefined();
    expect(fastInstance(Outer, { page: 1, extra: true })).toBeUndefined();
    const metadata: ArgumentMetadata = { type: 'body', metatype: Outer, data: undefined };
    await expect(quick.transform({ page: 'x' }, metadata)).rejects.toBeInstanceOf(DomainException);
  });
});

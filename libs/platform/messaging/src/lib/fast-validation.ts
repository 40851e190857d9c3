import { TransformationType } from 'class-transformer';
import { ValidationTypes, getMetadataStorage } from 'class-validator';
import type { ValidationArguments } from 'class-validator';

// class-transformer keeps its decorator metadata in a module it does not re-export (the one its own
// plainToInstance reads).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
/** A class with decorators (what class-validator and class-transformer key their metadata by). */
export type DecoratedClass = abstract new (...args: never[]) => object;
type Constructible = new () => object;

/** A property check on the built instance: true = certainly passes class-validator; false = not sure. */
type Check = (instance: Record<string, unknown>) => boolean;

interface CompiledProperty {
  /** The class of a nested value (`@Type` with `@ValidateNested`), built with its own compiled class. */
  readonly nested?: DecoratedClass;
  /** `@Type(() => Number | String | Boolean)`: class-transformer converts; a value already of that type is kept. */
  readonly primitive?: 'number' | 'string' | 'boolean';
  /** class-transformer `@Transform`s of the property (applied by plainToInstance; here they must change nothing). */
  readonly transforms: readonly ((value: unknown, key: string, plain: object) => unknown)[];
}

interface CompiledClass {
  readonly cls: Constructible;
  readonly properties: ReadonlyMap<string, CompiledProperty>;
  readonly checks: readonly Check[];
}

const compiled = new Map<DecoratedClass, CompiledClass | null>();
/** `@Type` targets that class-transformer converts values to (String(x), new Date(x), …): never the quick path. */
const CONVERTED_TYPES: ReadonlySet<unknown> = new Set([String, Number, Boolean, Date, Buffer, Map, Set, Object, Array, Promise]);
const HANDLED_TYPES: ReadonlySet<string> = new Set([
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.WHITELIST,
]);

/**
 * The instance `plainToInstance(cls, plain, { exposeDefaultValues: true })` builds, when that instance certainly
 * passes `validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true })` — else
 * `undefined`, meaning "not sure": the caller then runs class-transformer and class-validator, which word the
 * messages. The same decorators' own `validate` functions are called directly from metadata compiled once per
 * class, without building errors, messages or copies.
 *
 * Conservative by construction — "not sure" for: a value that is not a plain JSON object; an unknown property
 * (also `__proto__`/`constructor`, which Nest's pipe strips); a transform that changes a value; a nested value
 * that is not a plain object of the declared type; any constraint that does not answer `true` synchronously;
 * decorators this does not model (expose/exclude, discriminators, `@Type` conversions to primitives, dates,
 * maps or sets, promise validation); a value class-transformer would copy with changes (sparse arrays, objects
 * with prototype keys, non-plain objects).
 */
export function fastInstance<T extends object>(cls: abstract new (...args: never[]) => T, plain: unknown): T | undefined {
  return safeBuild(cls, plain) as T | undefined;
}

/** A validator that throws (validator.js on a lone surrogate, …) is class-validator's to report: "not sure". */
function safeBuild(cls: DecoratedClass, plain: unknown): object | undefined {
  try {
    return build(cls, plain);
  } catch {
    return undefined;
  }
}

/**
 * True only when `plain` certainly passes class-validator once class-transformer has made it an instance of
 * `cls` (whitelist, unknown properties forbidden): `fastInstance` without keeping the instance.
 */
export function certainlyValid(cls: DecoratedClass, plain: unknown): boolean {
  return safeBuild(cls, plain) !== undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype;
}

/** A value class-transformer copies unchanged in shape (a deep copy of the same JSON): primitives, plain objects, dense arrays. */
function isJsonValue(value: unknown, depth: number): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (depth > 32) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonValue(value[i], depth + 1)) return false;
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor') return false;
    if (!isJsonValue(value[key], depth + 1)) return false;
  }
  return true;
}

function build(cls: DecoratedClass, plain: unknown): object | undefined {
  if (!isPlainObject(plain)) return undefined;
  const c = compile(cls);
  if (!c) return undefined;
  const instance = new c.cls() as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    const property = c.properties.get(key);
    if (!property) return undefined; // unknown (or __proto__ / constructor): class-validator words it
    const raw = plain[key];
    let value: unknown;
    if (raw === undefined) {
      value = instance[key]; // exposeDefaultValues: the class's default
    } else if (property.nested && raw !== null && typeof raw === 'object') {
      if (Array.isArray(raw)) {
        // class-transformer maps each element to the nested class (the declared type must be an array).
        if (Object.getPrototypeOf(raw) !== Array.prototype) return undefined;
        const items: object[] = [];
        for (let i = 0; i < raw.length; i++) {
          const item = i in raw ? build(property.nested, raw[i]) : undefined;
          if (!item) return undefined;
          items.push(item);
        }
        value = items;
      } else {
        value = build(property.nested, raw);
        if (!value) return undefined;
      }
    } else if (property.nested && raw !== null) {
      return undefined; // a primitive where an object is declared
    } else if (property.primitive && raw !== null) {
      // Number(x) of a number is x (String of a string, …); anything else would be converted: not sure.
      if (typeof raw !== property.primitive) return undefined;
      value = raw;
    } else {
      if (!isJsonValue(raw, 0)) return undefined;
      value = raw;
    }
    if (raw !== undefined) {
      for (const transform of property.transforms) if (!Object.is(transform(value, key, plain), value)) return undefined;
    }
    instance[key] = value; // exposeUnsetFields: set even when undefined
  }
  // class-validator's whitelist looks at the instance's own keys (defaults included).
  for (const key of Object.keys(instance)) if (!c.properties.has(key)) return undefined;
  for (const check of c.checks) if (!check(instance)) return undefined;
  return instance;
}

function compile(cls: DecoratedClass): CompiledClass | null {
  const known = compiled.get(cls);
  if (known !== undefined) return known;
  if (compiled.has(cls)) return null;
  let result: CompiledClass | null = null;
  try {
    result = compileClass(cls);
  } catch {
    result = null; // a decorator this cannot read: class-validator decides
  }
  compiled.set(cls, result);
  return result;
}

function compileClass(cls: DecoratedClass): CompiledClass | null {
  if (cls.length > 0) return null; // class-transformer calls `new cls()`: a constructor with parameters is not modelled
  if (defaultMetadataStorage.getExposedMetadatas(cls).length > 0 || defaultMetadataStorage.getExcludedMetadatas(cls).length > 0) return null;
  const storage = getMetadataStorage();
  const metas = storage.getTargetValidationMetadatas(cls, '', false, false);
  if (metas.length === 0) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metas) {
    if (typeof m.propertyName !== 'string' || !HANDLED_TYPES.has(m.type) || m.groups?.length || m.always) return null;
    const list = byProperty.get(m.propertyName);
    if (list) list.push(m);
    else byProperty.set(m.propertyName, [m]);
  }
  const properties = new Map<string, CompiledProperty>();
  const checks: Check[] = [];
  for (const [property, list] of byProperty) {
    if (property === '__proto__' || property === 'constructor' || property in cls.prototype) return null; // accessors, methods
    const conditions = list.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const customs = list.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION || m.type === ValidationTypes.IS_DEFINED);
    const nestedRules = list.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
    const transformMetas = defaultMetadataStorage.findTransformMetadatas(cls, property, TransformationType.PLAIN_TO_CLASS);
    const typeMeta = defaultMetadataStorage.findTypeMetadata(cls, property);
    let nested: DecoratedClass | undefined;
    let primitive: CompiledProperty['primitive'];
    const target = typeMeta && !typeMeta.options?.discriminator && typeMeta.typeFunction.length === 0 ? (typeMeta.typeFunction() as unknown) : undefined;
    const primitiveTarget = target === Number ? 'number' : target === String ? 'string' : target === Boolean ? 'boolean' : undefined;
    if (typeMeta && primitiveTarget) {
      if (nestedRules.length > 0 || typeMeta.reflectedType === Map || typeMeta.reflectedType === Set) return null;
      primitive = primitiveTarget;
    } else if (typeMeta) {
      // Only the plain case: `@Type(() => Cls)` (no discriminator, no dependence on the object) with @ValidateNested.
      if (typeMeta.options?.discriminator || typeMeta.typeFunction.length > 0 || nestedRules.length === 0) return null;
      if (typeof target !== 'function' || CONVERTED_TYPES.has(target)) return null;
      if (typeMeta.reflectedType === Map || typeMeta.reflectedType === Set) return null;
      nested = target as DecoratedClass;
    } else if (nestedRules.length > 0) {
      nested = undefined; // @ValidateNested without @Type: class-validator sees a plain object and refuses it
    }
    const transforms = transformMetas.map(
      (t) => (value: unknown, key: string, plain: object): unknown => t.transformFn({ value, key, obj: plain, type: TransformationType.PLAIN_TO_CLASS, options: {} }),
    );
    properties.set(property, { nested, primitive, transforms });
    const constraints = customs.map((m) => ({ m, validators: storage.getTargetValidatorConstraints(m.constraintCls) }));
    if (constraints.some((c) => c.validators.length === 0 || c.validators.some((v) => v.async))) return null;
    // The constraint instances, taken from class-validator's container once (its getter looks them up every call).
    const rules = constraints.map(({ m, validators }) => ({ m, instances: validators.map((v) => v.instance) }));
    const hasNested = nestedRules.length > 0;
    const nestedClass = nested;
    checks.push((instance) => {
      const value = instance[property];
      // ValidateIf / IsOptional: one false condition skips every rule of the property.
      for (const m of conditions) if (!(m.constraints[0] as (o: object, v: unknown) => boolean)(instance, value)) return true;
      for (const { m, instances } of rules) {
        if (m.validateIf && !m.validateIf(instance, value)) continue;
        const args: ValidationArguments = { targetName: cls.name, property, object: instance, value, constraints: m.constraints as unknown[] };
        for (const v of instances) {
          if (m.each && (value instanceof Set || value instanceof Map)) return false;
          if (m.each && Array.isArray(value)) {
            for (const item of value) if (v.validate(item, args) !== true) return false;
          } else if (v.validate(value, args) !== true) return false;
        }
      }
      if (hasNested && value !== undefined) {
        // Only instances this module built (validated when built) pass; anything else is class-validator's to word.
        if (!nestedClass) return false;
        const items: unknown[] = Array.isArray(value) ? value : [value];
        for (const item of items) {
          if (item === null || typeof item !== 'object' || Object.getPrototypeOf(item) !== nestedClass.prototype) return false;
        }
      }
      return true;
    });
  }
  return { cls: cls as unknown as Constructible, properties, checks };
}

import { TransformationType } from 'class-transformer';
import { ValidationTypes, getMetadataStorage } from 'class-validator';
import type { ValidationArguments } from 'class-validator';

// class-transformer keeps its decorator metadata in a module it does not re-export (the one its own
// plainToInstance reads).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
/** A class with decorators (what class-validator and class-transformer key their metadata by). */
type DecoratedClass = abstract new (...args: never[]) => object;

type Check = (object: Record<string, unknown>) => boolean;

interface CompiledClass {
  readonly properties: ReadonlySet<string>;
  readonly checks: readonly Check[];
}

const compiled = new Map<DecoratedClass, CompiledClass | null>();

/**
 * True only when `plain` certainly passes `validateSync(plainToInstance(cls, plain), { whitelist: true,
 * forbidNonWhitelisted })` — the same decorators' own `validate` functions, called directly from metadata
 * compiled once per class, without building errors, messages or instances. False means "not sure": the caller
 * runs class-validator, which gives the messages. For hot loops (thousands of import rows) whose rows are almost
 * always valid. Conservative by construction: a property with a transform that changes its value, a nested value
 * that is not a plain object of the declared type, an unknown property or any failing constraint answers false.
 */
export function certainlyValid(cls: DecoratedClass, plain: unknown): boolean {
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) return false;
  const c = compile(cls);
  if (!c) return false;
  const object = plain as Record<string, unknown>;
  for (const key of Object.keys(object)) if (!c.properties.has(key)) return false;
  for (const check of c.checks) if (!check(object)) return false;
  return true;
}

function compile(cls: DecoratedClass): CompiledClass | null {
  const known = compiled.get(cls);
  if (known !== undefined || compiled.has(cls)) return known ?? null;
  compiled.set(cls, null); // a cycle answers "not sure" while compiling
  const storage = getMetadataStorage();
  const metas = storage.getTargetValidationMetadatas(cls, '', false, false);
  if (metas.length === 0) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  const checks: Check[] = [];
  for (const [property, list] of byProperty) {
    const conditions = list.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION);
    const customs = list.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION || m.type === ValidationTypes.IS_DEFINED);
    const nested = list.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
    const unknown = list.filter(
      (m) => ![ValidationTypes.CONDITIONAL_VALIDATION, ValidationTypes.CUSTOM_VALIDATION, ValidationTypes.IS_DEFINED, ValidationTypes.NESTED_VALIDATION, ValidationTypes.WHITELIST].includes(m.type),
    );
    if (unknown.length > 0) return null;
    const transforms = defaultMetadataStorage.findTransformMetadatas(cls, property, TransformationType.PLAIN_TO_CLASS);
    const typeMeta = defaultMetadataStorage.findTypeMetadata(cls, property);
    const nestedType = typeMeta ? (typeMeta.typeFunction() as DecoratedClass | undefined) : undefined;
    const constraints = customs.map((m) => ({ m, validators: storage.getTargetValidatorConstraints(m.constraintCls) }));
    if (constraints.some((c) => c.validators.some((v) => v.async))) return null;
    checks.push((object) => {
      const value = object[property];
      for (const t of transforms) {
        const out: unknown = t.transformFn({ value, key: property, obj: object, type: TransformationType.PLAIN_TO_CLASS, options: {} });
        if (!Object.is(out, value)) return false;
      }
      for (const m of conditions) if (!(m.constraints[0] as (o: object, v: unknown) => boolean)(object, value)) return true;
      for (const { m, validators } of constraints) {
        if (m.validateIf && !m.validateIf(object, value)) continue;
        const args: ValidationArguments = { targetName: cls.name, property, object, value, constraints: m.constraints };
        for (const v of validators) {
          const validate = (x: unknown): boolean => v.instance.validate(x, args) === true;
          if (m.each && (value instanceof Set || value instanceof Map)) return false;
          if (m.each && Array.isArray(value) ? !value.every(validate) : !validate(value)) return false;
        }
      }
      if (nested.length > 0 && value !== undefined) {
        if (!nestedType) return false;
        const items = Array.isArray(value) ? value : [value];
        for (const item of items) {
          if (item === null || typeof item !== 'object' || Object.getPrototypeOf(item) !== Object.prototype) return false;
          if (!certainlyValid(nestedType, item)) return false;
        }
      }
      return true;
    });
  }
  const result: CompiledClass = { properties: new Set(byProperty.keys()), checks };
  compiled.set(cls, result);
  return result;
}

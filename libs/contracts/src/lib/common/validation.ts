import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { ValidationTypes, getMetadataStorage, validateSync } from 'class-validator';
import type { ValidationError } from 'class-validator';

import { COMMON_ERROR_CODES } from './errors';
import type { ErrorDetail, ErrorPayload } from './errors';
import { fieldInfo } from './field.decorator';

type Class<T> = new () => T;

const CONSTRAINT_ZH: Record<string, (label: string, args: unknown[]) => string> = {
  isDefined: (l) => `${l}不能为空`,
  isNotEmpty: (l) => `${l}不能为空`,
  isString: (l) => `${l}应为文本`,
  isInt: (l) => `${l}应为整数`,
  isNumber: (l) => `${l}应为数字`,
  isBoolean: (l) => `${l}应为“是”或“否”`,
  isIn: (l) => `${l}的取值不在允许范围内`,
  isEnum: (l) => `${l}的取值不在允许范围内`,
  min: (l, a) => (a[0] === 0 ? `${l}不能为负数` : `${l}不能小于${String(a[0])}`),
  max: (l, a) => `${l}不能大于${String(a[0])}`,
  maxLength: (l, a) => `${l}不能超过${String(a[0])}个字符`,
  minLength: (l, a) => `${l}至少${String(a[0])}个字符`,
  isArray: (l) => `${l}应为列表`,
  arrayMaxSize: (l, a) => `${l}最多${String(a[0])}项`,
  arrayUnique: (l) => `${l}不能有重复项`,
  isISO8601: (l) => `${l}应为有效日期（YYYY-MM-DD）`,
  isDateString: (l) => `${l}应为有效日期（YYYY-MM-DD）`,
  isUuid: (l) => `${l}格式不正确`,
  isUUID: (l) => `${l}格式不正确`,
  matches: (l) => `${l}格式不正确`,
  nestedValidation: (l) => `${l}格式不正确`,
  isObject: (l) => `${l}应为对象`,
  whitelistValidation: (l) => `不允许的字段：${l}`,
  unknownValue: () => '请求内容无法识别',
};

function labelFor(target: object | undefined, property: string, path: string): string {
  const info = target
    ? (fieldInfo(Object.getPrototypeOf(target) as object, property) ?? fieldInfo(target, property))
    : undefined;
  return info?.zh ?? path;
}

/**
 * Constraints that say what kind of value a field takes. When a value fails one of these, range and format
 * messages about the same value ("不能大于200" for `pageSize=abc`) are noise: only the type is reported.
 */
const TYPE_CONSTRAINTS: ReadonlySet<string> = new Set([
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
  'isDateString',
  'isISO8601',
]);

/** Lower ranks win: an unknown field, then the kind of value, then emptiness, then range and format. */
function constraintRank(constraint: string): number {
  if (constraint === 'whitelistValidation' || constraint === 'unknownValue') return 0;
  if (TYPE_CONSTRAINTS.has(constraint)) return 1;
  if (constraint === 'isDefined' || constraint === 'isNotEmpty') return 2;
  return 3;
}

/** The value that failed, when the error carries it or its target (both may be left out by the caller). */
function failedValue(error: ValidationError): { known: boolean; value?: unknown } {
  if ('value' in error) return { known: true, value: error.value };
  if (error.target && typeof error.target === 'object') {
    return { known: true, value: (error.target as Record<string, unknown>)[error.property] };
  }
  return { known: false };
}

/** Whether the property is declared `@IsOptional()` (or `@ValidateIf`) on the target's class. */
function isOptionalProperty(target: object | undefined, property: string): boolean {
  if (!target) return false;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .some((m) => m.propertyName === property && m.type === ValidationTypes.CONDITIONAL_VALIDATION);
}

/** Absent: `undefined`, `null`, or — for a required field — blank text (an empty form input). */
function isAbsent(error: ValidationError, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return typeof value === 'string' && value.trim() === '' && !isOptionalProperty(error.target, error.property);
}

/** The message of a field that is required and absent: one for the field, whatever else it would fail. */
export function missingFieldMessage(label: string): string {
  return `缺少必填项：${label}`;
}

/**
 * Flatten class-validator errors into field-level details with Chinese messages: exactly one per field. A
 * required field that is absent (`undefined`, `null` or blank text; optional fields are never validated when
 * `undefined` or `null`) says so and
 * nothing else; otherwise the most basic failed constraint is reported (kind of value before range or format).
 */
export function describeValidationErrors(errors: readonly ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const label = labelFor(error.target, error.property, path);
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      const failed = failedValue(error);
      const unknownField = constraints.some(([c]) => c === 'whitelistValidation');
      if (!unknownField && failed.known && isAbsent(error, failed.value)) {
        out.push({ field: path, constraint: 'isDefined', message: missingFieldMessage(label) });
        continue;
      }
      const [constraint, defaultMessage] = constraints.reduce((best, next) =>
        constraintRank(next[0]) < constraintRank(best[0]) ? next : best,
      );
      out.push({ field: path, constraint, message: messageFor(error, constraint, defaultMessage, label) });
      // A value of the wrong kind has no parts worth describing; a list that is too long may have bad items too.
      if (constraintRank(constraint) < 2) continue;
    }
    if (error.children && error.children.length > 0) out.push(...describeValidationErrors(error.children, path));
  }
  return out;
}

function messageFor(
  error: ValidationError,
  constraint: string,
  defaultMessage: string,
  label: string,
): string {
  const custom = error.contexts?.[constraint] as { zh?: string } | undefined;
  // Messages we wrote ourselves are Chinese already: keep them.
  const ownMessage = /[\u4e00-\u9fff]/.test(defaultMessage) ? defaultMessage : undefined;
  const args = extractArgs(defaultMessage);
  return (
    custom?.zh ?? ownMessage ?? CONSTRAINT_ZH[constraint]?.(label, args) ?? `${label}：${defaultMessage}`
  );
}

function extractArgs(message: string): unknown[] {
  // The constraint value comes after the property name ("class1Total must not be less than 0"), and a property
  // name may itself contain digits: take the last number of the message, not the first.
  const numbers = message.match(/-?\d+(?:\.\d+)?/g);
  const last = numbers?.[numbers.length - 1];
  return last === undefined ? [] : [Number(last)];
}

/**
 * The answer to a payload that failed validation. The message names the absent fields together
 * ("缺少必填项：企业名称、所属县（市、区）") and then up to three other problems; `details` has one entry per field.
 */
export function validationErrorPayload(details: readonly ErrorDetail[]): ErrorPayload {
  const prefix = missingFieldMessage('');
  const missing = details.filter((d) => d.constraint === 'isDefined' && d.message.startsWith(prefix));
  const others = details.filter((d) => !missing.includes(d));
  const parts =
    missing.length > 0 ? [`${prefix}${missing.map((d) => d.message.slice(prefix.length)).join('、')}`] : [];
  parts.push(...others.slice(0, 3).map((d) => d.message));
  const more = others.length > 3 ? `等${details.length}处问题` : '';
  return {
    code: 'VALIDATION_FAILED',
    message: parts.length > 0 ? `${parts.join('；')}${more}` : COMMON_ERROR_CODES.VALIDATION_FAILED.zh,
    details,
  };
}

export interface ValidateOptions {
  /** Reject properties the class does not declare (default true). */
  readonly forbidUnknown?: boolean;
}

export type ValidationOutcome<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** Transform a plain object into `cls` and validate it; never throws for bad input. */
export function validatePayload<T extends object>(cls: Class<T>, plain: unknown, options: ValidateOptions = {}): ValidationOutcome<T> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return { ok: false, error: { code: 'MALFORMED_REQUEST', message: '请求内容应为 JSON 对象' } };
  }
  const instance = plainToInstance<T, object>(cls, plain, { exposeDefaultValues: true });
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: options.forbidUnknown ?? true,
    forbidUnknownValues: true,
  });
  if (errors.length > 0) return { ok: false, error: validationErrorPayload(describeValidationErrors(errors)) };
  return { ok: true, value: instance };
}

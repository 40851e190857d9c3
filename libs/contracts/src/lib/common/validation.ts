import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { ValidationError } from 'class-validator';

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
  const info = target ? fieldInfo(Object.getPrototypeOf(target) as object, property) ?? fieldInfo(target, property) : undefined;
  return info?.zh ?? path;
}

/** Flatten class-validator errors into field-level details with Chinese messages. */
export function describeValidationErrors(errors: readonly ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const label = labelFor(error.target, error.property, path);
    const constraints = error.constraints ?? {};
    for (const [constraint, defaultMessage] of Object.entries(constraints)) {
      const custom = error.contexts?.[constraint] as { zh?: string } | undefined;
      // Messages we wrote ourselves are Chinese already: keep them.
      const ownMessage = /[\u4e00-\u9fff]/.test(defaultMessage) ? defaultMessage : undefined;
      const args = extractArgs(defaultMessage);
      const message = custom?.zh ?? ownMessage ?? CONSTRAINT_ZH[constraint]?.(label, args) ?? `${label}：${defaultMessage}`;
      out.push({ field: path, constraint, message });
    }
    if (error.children && error.children.length > 0) out.push(...describeValidationErrors(error.children, path));
  }
  return out;
}

function extractArgs(message: string): unknown[] {
  // The constraint value comes after the property name ("class1Total must not be less than 0"), and a property
  // name may itself contain digits: take the last number of the message, not the first.
  const numbers = message.match(/-?\d+(?:\.\d+)?/g);
  const last = numbers?.[numbers.length - 1];
  return last === undefined ? [] : [Number(last)];
}

export function validationErrorPayload(details: readonly ErrorDetail[]): ErrorPayload {
  const first = details.slice(0, 3).map((d) => d.message);
  const more = details.length > 3 ? `等${details.length}处问题` : '';
  return {
    code: 'VALIDATION_FAILED',
    message: `${first.join('；')}${more}`,
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

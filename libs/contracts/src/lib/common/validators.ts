import { COUNTY_CODES, isIndustryGroup, normalizeUscc, resolveCountyCode, validateUscc } from '@ladder/shared-domain';
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';

/** A value quoted for a message when it is short text or a number; '' otherwise (never "undefined" or "[object Object]"). */
function quoted(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return `“${value}”`;
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 40) return `“${value}”`;
  return '';
}

/** `未知的行业门类“x”`, or `行业门类的取值无效` when the value cannot be shown. */
function unknownValue(what: string, value: unknown): string {
  const shown = quoted(value);
  return shown ? `未知的${what}${shown}` : `${what}的取值无效`;
}

/** USCC: normalised (trim, full-width → half-width, upper-case) then checked against GB 32100. */
export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normalizeUscc(value) : value))(
      target,
      propertyKey,
    );
    registerDecorator({
      name: 'isUscc',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateUscc(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return '统一社会信用代码应为文本';
          const result = validateUscc(value);
          return result.valid ? '' : `统一社会信用代码无效：${result.message}`;
        },
      },
    });
  };
}

/** County: a current GB/T 2260 code of Sanming's 11 units; legacy codes (350402/350403/350427) are mapped. */
export function IsCountyCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? (resolveCountyCode(value) ?? value.trim()) : value,
    )(target, propertyKey);
    registerDecorator({
      name: 'isCountyCode',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && COUNTY_CODES.includes(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${unknownValue('县（市、区）代码', args?.value)}：应为三明市11个县（市、区）的六位行政区划代码之一`,
      },
    });
  };
}

export function IsIndustryGroup(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    registerDecorator({
      name: 'isIndustryGroup',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => isIndustryGroup(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${unknownValue('行业门类', args?.value)}：应为《中小企业划型标准规定》的16个行业之一`,
      },
    });
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is rejected). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${quoted(args?.value) ? `日期${quoted(args?.value)}` : '日期'}无效，应为 YYYY-MM-DD 格式的真实日期`,
      },
    });
  };
}

/** Trim strings before validation. */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** `true`/`false` as sent in a query string become booleans; anything else is left for the validator to name. */
export const QueryBoolean = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

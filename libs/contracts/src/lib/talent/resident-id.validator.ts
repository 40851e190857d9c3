import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';
import type { ValidationArguments, ValidationOptions } from 'class-validator';
import { normalizeResidentId, validateResidentId } from '@ladder/shared-domain';

/**
 * 居民身份证号 (GB 11643-1999): normalised (trim, full-width, lower-case x) then checked, check character
 * included. The message says what is wrong and never repeats the number.
 */
export function IsResidentId(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normalizeResidentId(value) : value,
    )(target, propertyKey);
    registerDecorator({
      name: 'isResidentId',
      target: target.constructor,
      propertyName: String(propertyKey),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateResidentId(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          if (typeof value !== 'string') return '居民身份证号应为文本';
          const result = validateResidentId(value);
          return result.valid ? '' : `居民身份证号无效：${result.message}`;
        },
      },
    });
  };
}

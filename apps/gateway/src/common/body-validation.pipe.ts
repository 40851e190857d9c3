import { ValidationPipe } from '@nestjs/common';
import type { ArgumentMetadata, ValidationError } from '@nestjs/common';
import { describeValidationErrors, validationErrorPayload } from '@ladder/contracts';

import { ApiError } from './http-error';

/**
 * The gateway's one validation pipe: a body must be a JSON object (an array or a scalar is a malformed
 * request); then unknown properties are rejected, values transformed to the payload class, and failures
 * answered as VALIDATION_FAILED with one Chinese message per field (libs/contracts `describeValidationErrors`).
 */
export class BodyValidationPipe extends ValidationPipe {
  private readonly queries = new Map<object, Map<string, object>>();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      // Keep the target so messages can use the fields' Chinese labels and tell an absent field.
      validationError: { target: true, value: false },
      transformOptions: { exposeDefaultValues: true },
      exceptionFactory: (errors: ValidationError[]) => {
        const payload = validationErrorPayload(describeValidationErrors(errors));
        return new ApiError(payload.code, payload.message, payload.details);
      },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (
      metadata.type === 'body' &&
      metadata.metatype &&
      metadata.metatype !== Object &&
      !Buffer.isBuffer(value)
    ) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new ApiError('MALFORMED_REQUEST', '请求内容应为 JSON 对象');
      }
    }
    if (metadata.type === 'query' && typeof metadata.metatype === 'function' && metadata.metatype !== Object) {
      return this.transformQuery(value, metadata, metadata.metatype);
    }
    return super.transform(value, metadata);
  }

  /**
   * A query string is validated once per text and class: validation and transformation are pure functions of
   * the value (the contracts' rules read nothing else), and a list is asked with the same few query strings over
   * and over. Each call gets its own copy; only results made of plain values (no nested objects or arrays that a
   * handler could change) are kept. A failure is not kept: it is worked out again, with the same error.
   */
  private async transformQuery(value: unknown, metadata: ArgumentMetadata, metatype: object): Promise<unknown> {
    let known = this.queries.get(metatype);
    if (!known) this.queries.set(metatype, (known = new Map<string, object>()));
    const key = JSON.stringify(value ?? null);
    let result = known.get(key);
    if (!result) {
      const transformed: unknown = await super.transform(value, metadata);
      if (!isFlatObject(transformed)) return transformed;
      if (known.size >= QUERY_MEMO_SIZE) known.clear();
      known.set(key, (result = transformed));
    }
    return Object.assign(Object.create(Object.getPrototypeOf(result) as object | null) as object, result);
  }
}

/** Query texts kept per class (all forgotten when full). */
const QUERY_MEMO_SIZE = 1_000;

function isFlatObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) return false;
  return true;
}

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
    return super.transform(value, metadata);
  }
}

import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from '@nestjs/common';
import { describeValidationErrors, validationErrorPayload } from '@ladder/contracts';

import { DomainException } from './domain.exception';

/**
 * Validation of every message payload: unknown properties rejected, values transformed to the payload class,
 * failures answered as VALIDATION_FAILED with Chinese field messages.
 */
export function createRpcValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // Keep the target so messages can use the fields' Chinese labels.
    validationError: { target: true, value: false },
    transformOptions: { exposeDefaultValues: true },
    exceptionFactory: (errors: ValidationError[]) => {
      const payload = validationErrorPayload(describeValidationErrors(errors));
      return new DomainException(payload.code, payload.message, payload.details);
    },
  });
}

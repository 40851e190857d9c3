import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from '@nestjs/common';
import { describeValidationErrors, validationErrorPayload } from '@ladder/contracts';
import { getMetadataStorage } from 'class-validator';

import { DomainException } from './domain.exception';

/**
 * Validation of every message payload: unknown properties rejected, values transformed to the payload class,
 * failures answered as VALIDATION_FAILED with Chinese field messages.
 */
export function createRpcValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
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

type MetadataLookup = (target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];
let memoized = false;

/**
 * class-validator looks up a class's rules on every validation (of every nested object too) by walking the rules
 * of every class it knows, to find the parents (`prototype instanceof`): with the contracts' hundreds of classes
 * that is a large part of validating one message. The rules do not change once the classes are defined, so the
 * answer is kept per class and options, and forgotten whenever a rule is added. Idempotent.
 */
export function memoizeValidationMetadata(): void {
  if (memoized) return;
  memoized = true;
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas: MetadataLookup;
    addValidationMetadata: (metadata: unknown) => void;
  };
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let cache = new Map<object, Map<string, unknown[]>>();
  storage.addValidationMetadata = (metadata: unknown): void => {
    cache = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups ? groups.join('\u0001') : ''}`;
    let perTarget = cache.get(target);
    if (!perTarget) cache.set(target, (perTarget = new Map<string, unknown[]>()));
    let found = perTarget.get(key);
    if (!found) perTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    return found;
  };
}

import { ValidationPipe } from '@nestjs/common';
import type { ArgumentMetadata, ValidationError, ValidationPipeOptions } from '@nestjs/common';
import { describeValidationErrors, validationErrorPayload } from '@ladder/contracts';
import { getMetadataStorage } from 'class-validator';

import { DomainException } from './domain.exception';
import { fastInstance } from './fast-validation';

/** The options of every message payload's validation (also what `RpcValidationPipe`'s quick path is proven against). */
export const RPC_VALIDATION_OPTIONS: ValidationPipeOptions = {
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
};

/**
 * Nest's ValidationPipe with a quick path: a payload that the payload class's compiled checks find certainly
 * valid (`fastInstance`, the decorators' own `validate` functions) becomes the same instance class-transformer
 * would build, without class-transformer, class-validator's error tree or copies. Anything else — every invalid
 * payload and whatever the quick check does not model — goes through the ValidationPipe itself, which words the
 * messages: accept/reject, the instance and the messages are the pipe's own
 * (`rpc-validation.pipe.spec.ts` compares them over every RPC payload class of the catalogue).
 */
export class RpcValidationPipe extends ValidationPipe {
  constructor() {
    super(RPC_VALIDATION_OPTIONS);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype;
    if (metatype && this.toValidate(metadata)) {
      const instance = fastInstance(metatype as abstract new (...args: never[]) => object, value);
      if (instance) return instance;
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/**
 * Validation of every message payload: unknown properties rejected, values transformed to the payload class,
 * failures answered as VALIDATION_FAILED with Chinese field messages.
 */
export function createRpcValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new RpcValidationPipe();
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

import 'reflect-metadata';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

const SENSITIVE = Symbol('ladder:sensitive');

/** Marks a configuration property whose value must never be logged. */
export function Sensitive(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    const list = (Reflect.getMetadata(SENSITIVE, target) as string[] | undefined) ?? [];
    Reflect.defineMetadata(SENSITIVE, [...list, String(key)], target);
  };
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Build and validate a configuration class from environment variables, once, at boot. Property names are the
 * variable names. Empty strings count as unset. Throws ConfigValidationError listing every problem.
 */
export function loadConfig<T extends object>(cls: new () => T, env: Env = process.env): T {
  const plain: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') plain[key] = value;
  }
  const instance = plainToInstance(cls, plain, { exposeDefaultValues: true, enableImplicitConversion: false });
  const errors = validateSync(instance, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ') || 'invalid'}`),
    );
  }
  return instance;
}

/** A printable copy with sensitive values masked. */
export function describeConfig(config: object): Record<string, unknown> {
  const sensitive = new Set<string>();
  let proto: object | null = Object.getPrototypeOf(config) as object | null;
  while (proto) {
    for (const k of (Reflect.getMetadata(SENSITIVE, proto) as string[] | undefined) ?? []) sensitive.add(k);
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [k, sensitive.has(k) && v !== undefined ? '******' : (v as unknown)]),
  );
}

import 'reflect-metadata';

import { JSONSchema } from 'class-validator-jsonschema';

const FIELD_META = Symbol('ladder:field');

export interface FieldInfo {
  /** Chinese label shown in validation messages, templates and the console. */
  readonly zh: string;
  readonly en?: string;
  /** Unit of a number: fen (integer 分), person, year, basis points (1/10000), percent. */
  readonly unit?: 'fen' | 'person' | 'year' | 'bp' | 'count' | 'points';
  readonly description?: string;
  readonly example?: unknown;
}

const UNIT_TEXT: Record<NonNullable<FieldInfo['unit']>, string> = {
  fen: 'integer 分 (fen; 1 元 = 100 分)',
  person: 'persons',
  year: 'years',
  bp: 'basis points (1/10000; 10% = 1000)',
  count: 'count',
  points: 'points',
};

/**
 * Documents a payload field once: the label feeds Chinese validation messages and the JSON Schema
 * (title/description/x-unit) of the event catalogue and the enterprise profile.
 */
export function Field(info: FieldInfo): PropertyDecorator {
  const description = [info.en, info.description, info.unit ? `Unit: ${UNIT_TEXT[info.unit]}.` : undefined]
    .filter(Boolean)
    .join(' — ');
  const schemaDecorator = JSONSchema({
    title: info.zh,
    ...(description ? { description } : {}),
    ...(info.unit ? { 'x-unit': info.unit } : {}),
    ...(info.example !== undefined ? { examples: [info.example] } : {}),
  });
  return (target: object, propertyKey: string | symbol) => {
    const existing = (Reflect.getMetadata(FIELD_META, target) as Record<string, FieldInfo> | undefined) ?? {};
    Reflect.defineMetadata(FIELD_META, { ...existing, [String(propertyKey)]: info }, target);
    schemaDecorator(target, String(propertyKey));
  };
}

/** The label of a field, walking up the prototype chain; falls back to the property name. */
export function fieldInfo(target: object | undefined, property: string): FieldInfo | undefined {
  if (!target) return undefined;
  const meta = Reflect.getMetadata(FIELD_META, target) as Record<string, FieldInfo> | undefined;
  return meta?.[property];
}

import * as path from 'node:path';

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgresql'; readonly url: string; readonly schema: string };

export interface DatabaseSelection {
  readonly DATA_DIR: string;
  readonly DATABASE_URL?: string;
}

/**
 * SQLite file per service by default; PostgreSQL when `<SERVICE>_DATABASE_URL` or `DATABASE_URL` is set,
 * with one schema per service (named after the service).
 */
export function resolveDatabaseTarget(service: string, env: DatabaseSelection): DatabaseTarget {
  const perService = (env as unknown as Record<string, unknown>)[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  const url = typeof perService === 'string' && perService ? perService : env.DATABASE_URL;
  if (url) return { kind: 'postgresql', url, schema: service.replace(/-/g, '_') };
  return { kind: 'sqlite', file: path.resolve(env.DATA_DIR, `${service}.sqlite`) };
}

export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === 'sqlite') return `sqlite:${target.file}`;
  const u = new URL(target.url);
  return `postgresql://${u.host}${u.pathname} (schema ${target.schema})`;
}

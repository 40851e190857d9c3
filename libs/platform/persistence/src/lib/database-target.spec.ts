import * as path from 'node:path';

import { describeDatabaseTarget, resolveDatabaseTarget } from './database-target';

describe('resolveDatabaseTarget', () => {
  it('should use a SQLite file per service in DATA_DIR when no URL is set', () => {
    expect(resolveDatabaseTarget('registry', { DATA_DIR: '/data' })).toEqual({ kind: 'sqlite', file: path.resolve('/data/registry.sqlite') });
  });

  it('should use PostgreSQL with a schema named after the service when DATABASE_URL is set', () => {
    expect(resolveDatabaseTarget('registry', { DATA_DIR: '/data', DATABASE_URL: 'postgres://u@h/db' })).toEqual({
      kind: 'postgresql',
      url: 'postgres://u@h/db',
      schema: 'registry',
    });
  });

  it('should prefer the per-service URL over DATABASE_URL', () => {
    const target = resolveDatabaseTarget('gateway', {
      DATA_DIR: '/data',
      DATABASE_URL: 'postgres://u@h/shared',
      GATEWAY_DATABASE_URL: 'postgres://u@h/gw',
    } as { DATA_DIR: string; DATABASE_URL: string });
    expect(target).toMatchObject({ kind: 'postgresql', url: 'postgres://u@h/gw' });
  });

  it('should describe a PostgreSQL target without its password', () => {
    expect(describeDatabaseTarget({ kind: 'postgresql', url: 'postgres://u:secret@h:5432/db', schema: 'registry' })).toBe(
      'postgresql://h:5432/db (schema registry)',
    );
  });
});

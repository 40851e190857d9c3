import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TalentEnv } from '../config/talent.env';

export const DATA_KEY_FILE = 'talent-data-key';

/** 32 bytes from the configured text (64 hex characters, or base64 / base64url). */
export function parseDataKey(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text)
    ? Buffer.from(text, 'hex')
    : Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== 32) throw new Error('TALENT_DATA_KEY must decode to 32 bytes');
  return key;
}

/**
 * The key of the personal data: TALENT_DATA_KEY, or (outside production) `<DATA_DIR>/talent-data-key`, generated
 * with mode 0600 on first use. Production without TALENT_DATA_KEY refuses to start: a lost or regenerated key
 * makes every stored number unreadable.
 */
export function resolveDataKey(env: Pick<TalentEnv, 'TALENT_DATA_KEY' | 'DATA_DIR' | 'NODE_ENV'>): Buffer {
  if (env.TALENT_DATA_KEY) return parseDataKey(env.TALENT_DATA_KEY);
  if (env.NODE_ENV === 'production')
    throw new Error('TALENT_DATA_KEY is required in production (32 bytes, hex or base64)');
  mkdirSync(env.DATA_DIR, { recursive: true });
  const file = join(env.DATA_DIR, DATA_KEY_FILE);
  if (!existsSync(file))
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return parseDataKey(readFileSync(file, 'utf8').trim());
}

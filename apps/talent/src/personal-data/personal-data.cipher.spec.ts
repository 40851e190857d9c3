import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DATA_KEY_FILE, resolveDataKey } from './data-key';
import { PersonalDataCipher, maskPhone } from './personal-data.cipher';

describe('PersonalDataCipher', () => {
  const key = Buffer.alloc(32, 7);

  it('should give back the plain text when decrypting with the same key and field', () => {
    const c = new PersonalDataCipher(key);
    const sealed = c.encrypt('11010519491231002X', 'residentId');
    expect(sealed).not.toContain('11010519491231002X');
    expect(c.decrypt(sealed, 'residentId')).toBe('11010519491231002X');
  });

  it('should refuse a cipher text when the field or the key differs', () => {
    const sealed = new PersonalDataCipher(key).encrypt('13800138000', 'phone');
    expect(() => new PersonalDataCipher(key).decrypt(sealed, 'residentId')).toThrow();
    expect(() => new PersonalDataCipher(Buffer.alloc(32, 8)).decrypt(sealed, 'phone')).toThrow();
  });

  it('should encrypt the same value differently each time but index it the same when asked twice', () => {
    const c = new PersonalDataCipher(key);
    expect(c.encrypt('x', 'f')).not.toBe(c.encrypt('x', 'f'));
    expect(c.index('x', 'f')).toBe(c.index('x', 'f'));
  });

  it('should mask a phone number when shown in a list', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('should generate the key once into DATA_DIR with mode 0600 when TALENT_DATA_KEY is unset outside production', () => {
    const dir = mkdtempSync(join(tmpdir(), 'talent-key-'));
    const a = resolveDataKey({ DATA_DIR: dir, NODE_ENV: 'development' });
    const b = resolveDataKey({ DATA_DIR: dir, NODE_ENV: 'development' });
    expect(a.equals(b)).toBe(true);
    expect(statSync(join(dir, DATA_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, DATA_KEY_FILE), 'utf8')).toHaveLength(43);
    expect(() => resolveDataKey({ DATA_DIR: dir, NODE_ENV: 'production' })).toThrow(/TALENT_DATA_KEY/);
    expect(
      resolveDataKey({ DATA_DIR: dir, NODE_ENV: 'production', TALENT_DATA_KEY: 'ab'.repeat(32) }),
    ).toHaveLength(32);
  });
});

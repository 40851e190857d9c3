import { IsInt, IsOptional, IsString, Min } from 'class-validator';
import { Transform } from 'class-transformer';

import { DatabaseEnv } from './env';
import { ConfigValidationError, Sensitive, describeConfig, loadConfig } from './load-config';

class DemoEnv {
  @IsString()
  REQUIRED!: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt()
  @Min(1)
  COUNT = 3;

  @IsOptional()
  @Sensitive()
  @IsString()
  SECRET?: string;
}

describe('loadConfig', () => {
  it('should apply defaults and convert values when the environment is valid', () => {
    const config = loadConfig(DemoEnv, { REQUIRED: 'x', COUNT: '7', UNRELATED: 'ignored' });
    expect(config).toMatchObject({ REQUIRED: 'x', COUNT: 7 });
  });

  it('should list every problem at once when the environment is invalid', () => {
    expect.assertions(3);
    try {
      loadConfig(DemoEnv, { COUNT: '0' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as ConfigValidationError).problems.join('\n')).toContain('REQUIRED');
      expect((error as ConfigValidationError).problems.join('\n')).toContain('COUNT');
    }
  });

  it('should treat empty strings as unset', () => {
    expect(loadConfig(DemoEnv, { REQUIRED: 'x', COUNT: '' }).COUNT).toBe(3);
  });

  it('should mask sensitive values when the configuration is described', () => {
    const described = describeConfig(loadConfig(DemoEnv, { REQUIRED: 'x', SECRET: 'hunter2' }));
    expect(described['SECRET']).toBe('******');
    expect(described['REQUIRED']).toBe('x');
  });

  it('should reject a NATS URL or database URL of the wrong scheme', () => {
    expect(() => loadConfig(DatabaseEnv, { NATS_URL: 'http://localhost:4222' })).toThrow(/NATS_URL/);
    expect(() => loadConfig(DatabaseEnv, { NATS_URL: 'nats://x:1', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(loadConfig(DatabaseEnv, { NATS_URL: 'nats://127.0.0.1:4222' }).RPC_TIMEOUT_MS).toBe(10_000);
  });
});

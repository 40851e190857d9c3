import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

import { Sensitive } from './load-config';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** Shared by every process. */
export class BaseEnv {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Where SQLite files and the embedded NATS store live. */
  @IsOptional()
  @IsString()
  DATA_DIR = '.data';
}

export class NatsEnv extends BaseEnv {
  @IsString()
  @Matches(/^(nats|tls):\/\/[^\s]+$/, { message: 'NATS_URL must look like nats://host:port' })
  NATS_URL!: string;

  /** Milliseconds a request/reply waits for an answer. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120_000)
  RPC_TIMEOUT_MS = 10_000;
}

/**
 * Database selection: SQLite file `<DATA_DIR>/<service>.sqlite` unless a PostgreSQL URL is given, either
 * `<SERVICE>_DATABASE_URL` or the shared `DATABASE_URL` (one schema per service).
 */
export class DatabaseEnv extends NatsEnv {
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  REGISTRY_DATABASE_URL?: string;

  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  GATEWAY_DATABASE_URL?: string;

  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  TIERING_DATABASE_URL?: string;

  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  SUBSIDIES_DATABASE_URL?: string;
}

/** Version reported by health checks. */
export const SERVICE_VERSION = '0.1.0';

import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MinLength, Min } from 'class-validator';
import { SERVICES } from '@ladder/contracts';
import type { ServiceName } from '@ladder/contracts';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

/** Configuration of the gateway, validated once at boot. */
export class GatewayEnv extends DatabaseEnv {
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 8080;

  @IsOptional()
  @IsString()
  HOST = '0.0.0.0';

  /** Secret for signing access tokens (at least 32 characters). The launcher generates one per data dir. */
  @Sensitive()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must have at least 32 characters' })
  JWT_SECRET!: string;

  /** Absolute lifetime of an access token, minutes. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  TOKEN_TTL_MINUTES = 480;

  /** A session unused for this long must sign in again. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 30;

  /**
   * How long the guard may reuse a session's and account's rows without reading them again (seconds; 0 = read
   * on every request). Logout, disabling, password and role changes through this gateway take effect at once;
   * a change made elsewhere (another gateway instance, the database) within this time.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(30)
  AUTH_CACHE_SECONDS = 5;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_LOCK_MINUTES = 15;

  /** Built console (Vite output) served at `/`; absent → API only. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR = 'dist/apps/console';

  /** Comma-separated services whose health the gateway reports; default: every service of the service list. */
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayUnique()
  @IsIn(SERVICES, { each: true, message: `GATEWAY_SERVICES: each entry must be one of ${SERVICES.join(', ')}` })
  GATEWAY_SERVICES: ServiceName[] = [...SERVICES];

  /** bcrypt cost factor for stored passwords. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_ROUNDS = 10;
}

export function loadGatewayEnv(env: Record<string, string | undefined> = process.env): GatewayEnv {
  return loadConfig(GatewayEnv, env);
}

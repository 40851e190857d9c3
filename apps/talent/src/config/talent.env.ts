import { IsOptional, Matches } from 'class-validator';
import { IsCalendarDate } from '@ladder/contracts';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

/** Configuration of the talent service (人才支持), validated once at boot. */
export class TalentEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/talent.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  TALENT_DATABASE_URL?: string;

  /**
   * Key of the personal data at rest (居民身份证号, phone numbers): 32 bytes as 64 hex characters or base64/base64url.
   * Required in production; elsewhere, unset means a key generated once into `<DATA_DIR>/talent-data-key` (like the
   * launcher's jwt-secret). Never stored in the database, never logged.
   */
  @IsOptional()
  @Sensitive()
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/, {
    message: 'TALENT_DATA_KEY must be 32 bytes: 64 hex characters or base64',
  })
  TALENT_DATA_KEY?: string;

  /** Treat this date as today (demos, tests). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  TALENT_DATE?: string;
}

export function loadTalentEnv(env: Record<string, string | undefined> = process.env): TalentEnv {
  return loadConfig(TalentEnv, env);
}

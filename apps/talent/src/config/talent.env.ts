import { IsOptional, Matches } from 'class-validator';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

/** Configuration of the talent service (人才支持), validated once at boot. */
export class TalentEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/talent.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  TALENT_DATABASE_URL?: string;
}

export function loadTalentEnv(env: Record<string, string | undefined> = process.env): TalentEnv {
  return loadConfig(TalentEnv, env);
}

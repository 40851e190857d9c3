import { IsOptional, Matches } from 'class-validator';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

/** Configuration of the guarantees service (融资担保), validated once at boot. */
export class GuaranteesEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/guarantees.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  GUARANTEES_DATABASE_URL?: string;
}

export function loadGuaranteesEnv(env: Record<string, string | undefined> = process.env): GuaranteesEnv {
  return loadConfig(GuaranteesEnv, env);
}

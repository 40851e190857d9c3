import { IsOptional, Matches } from 'class-validator';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

/** Configuration of the servicedesk service (政企直通车), validated once at boot. */
export class ServicedeskEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/servicedesk.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  SERVICEDESK_DATABASE_URL?: string;
}

export function loadServicedeskEnv(env: Record<string, string | undefined> = process.env): ServicedeskEnv {
  return loadConfig(ServicedeskEnv, env);
}

import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@ladder/contracts';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** Configuration of the procurement service (政府采购监测), validated once at boot. */
export class ProcurementEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/procurement.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  PROCUREMENT_DATABASE_URL?: string;

  /** Treat this date as today (demos, tests). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  PROCUREMENT_DATE?: string;

  /**
   * Minutes between two runs of the overdue scan (payments and complaint reviews; each alert once per contract and
   * day, or per complaint); 0: only on request (procurement.payment.scan). Default: hourly, so a day is never missed.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1440)
  OVERDUE_SCAN_MINUTES = 60;
}

export function loadProcurementEnv(env: Record<string, string | undefined> = process.env): ProcurementEnv {
  return loadConfig(ProcurementEnv, env);
}

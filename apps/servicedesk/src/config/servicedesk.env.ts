import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, SERVICE_DEPARTMENT_CODES } from '@ladder/contracts';
import { DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }): unknown => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);

/** Configuration of the servicedesk service (政企直通车), validated once at boot. */
export class ServicedeskEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/servicedesk.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  SERVICEDESK_DATABASE_URL?: string;

  /** Treat this date as today (demos, tests). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  SERVICEDESK_DATE?: string;

  /**
   * Count a year whose State Council holiday notice is not loaded Monday–Friday (every clock that does is marked
   * provisional, with a note) instead of refusing it. Default on, pending 市工信局 confirmation: SLA clocks must
   * keep running across the new year before the notice is out; they are recomputed on read once it is loaded.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  WORKING_CALENDAR_PROVISIONAL = true;

  /** Minutes between two runs of the SLA scan (warnings and escalations); 0: only on request (servicedesk.sla.scan). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1440)
  SLA_SCAN_MINUTES = 15;

  /**
   * Open a `payment-arrears` appeal (one per contract) when procurement reports a late payment to an SME of the
   * pool (procurement.payment.overdue-detected). Off: those events are acknowledged and ignored.
   */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE = true;

  /**
   * The department such an appeal is routed to (a SERVICE_DEPARTMENTS code). Default 市工信局 (`gxj`), pending
   * 市工信局 confirmation: the 保障中小企业款项支付条例 puts arrears complaints with the department in charge of
   * SME promotion; 市财政局 (`czj`), also named for S-51, is the alternative for budget-funded buyers.
   */
  @IsOptional()
  @IsIn(SERVICE_DEPARTMENT_CODES)
  SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT = 'gxj';
}

export function loadServicedeskEnv(env: Record<string, string | undefined> = process.env): ServicedeskEnv {
  return loadConfig(ServicedeskEnv, env);
}

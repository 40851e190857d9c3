import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DatabaseEnv, loadConfig } from '@ladder/platform-config';
import { IsCalendarDate } from '@ladder/contracts';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** Configuration of the tiering service, validated once at boot. */
export class TieringEnv extends DatabaseEnv {
  /**
   * Pool categories (S-14) are not defined by the plan (rules.md §8.7-10), so these are parameters pending
   * 市工信局 confirmation: 重点推荐 = eligible for the next tier now; 重点提升 = at most this many unmet
   * requirements of the next tier…
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(20)
  CATEGORY_UPGRADE_MAX_UNMET = 1;

  /** …and a score at most this many points short of the threshold; everything else is 重点关注. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100)
  CATEGORY_UPGRADE_MAX_SHORTFALL = 10;

  /** Category of an enterprise whose next-tier result is unknown (missing facts). */
  @IsOptional()
  @IsIn(['recommend', 'upgrade', 'watch'])
  CATEGORY_UNKNOWN_AS: 'recommend' | 'upgrade' | 'watch' = 'watch';

  /** Evaluate as of this date instead of today (demos, backdated batches). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  EVALUATION_DATE?: string;

  /** How often titles past their validity are marked expired. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  EXPIRY_SWEEP_MINUTES = 60;

  /**
   * Worker threads that evaluate the whole-pool job's batches beside the service's own thread (evaluation is pure
   * CPU; the store stays in the service's transaction). With workers the job reads its next batch ahead and hands
   * it to them while the current one is stored and committed (docs/performance.md, re-evaluation). 1 (default):
   * one, for the two cores of the machines; 0: everything on the service's thread (a single core, or a core
   * limit of 1).
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(16)
  EVALUATION_WORKERS = 1;
}

export function loadTieringEnv(env: Record<string, string | undefined> = process.env): TieringEnv {
  return loadConfig(TieringEnv, env);
}

import { Transform } from 'class-transformer';
import { readFileSync } from 'node:fs';

import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@ladder/contracts';
import { ConfigValidationError, DatabaseEnv, loadConfig } from '@ladder/platform-config';
import { validateAwardParameters } from '@ladder/policy';
import type { AwardParameters } from '@ladder/policy';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** Configuration of the subsidies service, validated once at boot. */
export class SubsidiesEnv extends DatabaseEnv {
  /** 公示 objection window in calendar days when a list does not say (pending 市工信局 confirmation). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  PUBLICITY_DAYS = 7;

  /** Treat this date as today (backdated batches, demos, tests). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  SUBSIDIES_DATE?: string;

  /**
   * A JSON file with the readings of ambiguous clauses (rules.md §8.7; docs/awards.md): S-19 county amounts,
   * S-23 whether 小巨人 count, S-44 comparison year, S-47 fund rates… Unset: the defaults, pending 市工信局
   * confirmation. Checked at boot; a bad file stops the service with the reasons.
   */
  @IsOptional()
  @IsString()
  AWARD_PARAMETERS_FILE?: string;

  /** The parsed parameters (not an environment variable). */
  awardParameters?: Partial<AwardParameters>;
}

export function loadSubsidiesEnv(env: Record<string, string | undefined> = process.env): SubsidiesEnv {
  const config = loadConfig(SubsidiesEnv, env);
  if (config.AWARD_PARAMETERS_FILE) {
    let plain: unknown;
    try {
      plain = JSON.parse(readFileSync(config.AWARD_PARAMETERS_FILE, 'utf8'));
    } catch (error) {
      throw new ConfigValidationError([`AWARD_PARAMETERS_FILE: cannot read ${config.AWARD_PARAMETERS_FILE}: ${String((error as Error).message)}`]);
    }
    const problems = validateAwardParameters(plain);
    if (problems.length > 0) throw new ConfigValidationError(problems.map((p) => `AWARD_PARAMETERS_FILE: ${p}`));
    config.awardParameters = plain as Partial<AwardParameters>;
  }
  return config;
}

import { readFileSync } from 'node:fs';

import { IsOptional, IsString, Matches } from 'class-validator';
import { IsCalendarDate } from '@ladder/contracts';
import { ConfigValidationError, DatabaseEnv, Sensitive, loadConfig } from '@ladder/platform-config';
import { validateGuaranteeParameters } from '@ladder/policy';
import type { GuaranteeParameters } from '@ladder/policy';

/** Configuration of the guarantees service (融资担保), validated once at boot. */
export class GuaranteesEnv extends DatabaseEnv {
  /** PostgreSQL of this service only (overrides DATABASE_URL); unset: SQLite `<DATA_DIR>/guarantees.sqlite`. */
  @IsOptional()
  @Sensitive()
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  GUARANTEES_DATABASE_URL?: string;

  /** Treat this date as today (backdated records, demos, tests). Unset: today in Asia/Shanghai. */
  @IsOptional()
  @IsCalendarDate()
  GUARANTEES_DATE?: string;

  /**
   * A JSON file with the readings of the guarantee measures (docs/guarantees.md §4: `ceilingScope`, `termBasis`,
   * `feeSchedule`). Unset: the defaults, pending confirmation. Checked at boot.
   */
  @IsOptional()
  @IsString()
  GUARANTEE_PARAMETERS_FILE?: string;

  /**
   * A JSON array of approved successor versions of S-48/S-49 (after the plan period 2022–2025), as
   * `npm run -s policy -- guarantee --successors` takes. Unset: the plan's versions only (dates after 2025 are
   * `not-covered`). Checked at boot.
   */
  @IsOptional()
  @IsString()
  GUARANTEE_SUCCESSORS_FILE?: string;

  /** The parsed files (not environment variables). */
  guaranteeParameters?: Partial<GuaranteeParameters>;
  guaranteeSuccessors?: unknown[];
}

function readJson(variable: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigValidationError([`${variable}: cannot read ${file}: ${String((error as Error).message)}`]);
  }
}

export function loadGuaranteesEnv(env: Record<string, string | undefined> = process.env): GuaranteesEnv {
  const config = loadConfig(GuaranteesEnv, env);
  if (config.GUARANTEE_PARAMETERS_FILE) {
    const plain = readJson('GUARANTEE_PARAMETERS_FILE', config.GUARANTEE_PARAMETERS_FILE);
    const problems = validateGuaranteeParameters(plain);
    if (problems.length > 0) throw new ConfigValidationError(problems.map((p) => `GUARANTEE_PARAMETERS_FILE: ${p}`));
    config.guaranteeParameters = plain as Partial<GuaranteeParameters>;
  }
  if (config.GUARANTEE_SUCCESSORS_FILE) {
    const plain = readJson('GUARANTEE_SUCCESSORS_FILE', config.GUARANTEE_SUCCESSORS_FILE);
    if (!Array.isArray(plain)) throw new ConfigValidationError(['GUARANTEE_SUCCESSORS_FILE: must be a JSON array']);
    config.guaranteeSuccessors = plain;
  }
  return config;
}

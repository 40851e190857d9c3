import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DatabaseEnv, loadConfig } from '@ladder/platform-config';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** Configuration of the registry, validated once at boot. */
export class RegistryEnv extends DatabaseEnv {
  /**
   * 《中小企业划型标准规定》 boundary convention for "X以下" upper limits (rules.md §2 notes): `exclusive`
   * (statistical method, default) or `inclusive` (民法典 reading). Pending 市工信局 confirmation.
   */
  @IsOptional()
  @IsIn(['exclusive', 'inclusive'])
  SIZE_CLASS_UPPER_BOUND: 'exclusive' | 'inclusive' = 'exclusive';

  /** 中型/小型 need every lower limit (`all`, the 2011 text, default) or any one (`any`). Pending confirmation. */
  @IsOptional()
  @IsIn(['all', 'any'])
  SIZE_CLASS_BAND: 'all' | 'any' = 'all';

  /** Rows of an Excel import applied per transaction (validated, then written with multi-row statements). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  REGISTRY_IMPORT_BATCH_ROWS = 500;
}

export function loadRegistryEnv(env: Record<string, string | undefined> = process.env): RegistryEnv {
  return loadConfig(RegistryEnv, env);
}

import type { CoverageDto } from '@ladder/contracts';
import { COUNTIES } from '@ladder/shared-domain';

export interface CoverageEnterprise {
  readonly uscc: string;
  readonly name: string;
  readonly countyCode: string;
  /** S-54 applies on the day the year is counted (a valid title of the three tiers, per the rules). */
  readonly quality: boolean;
}

/** A ratio with 4 decimals, or null for 0 ÷ 0. */
const rate = (covered: number, of: number): number | null =>
  of === 0 ? null : Math.round((covered / of) * 10_000) / 10_000;

/**
 * S-54 coverage: quality SMEs with at least one person who attended a management-training session in the year ÷
 * quality SMEs, city-wide and by county (every county listed, in the catalogue's order), with the uncovered list.
 */
export function computeCoverage(
  year: number,
  asOf: string,
  enterprises: readonly CoverageEnterprise[],
  coveredUsccs: ReadonlySet<string>,
  county?: string,
): CoverageDto {
  const quality = enterprises.filter((e) => e.quality && (!county || e.countyCode === county));
  const covered = quality.filter((e) => coveredUsccs.has(e.uscc));
  const counties = COUNTIES.filter((c) => !county || c.code === county).map((c) => {
    const q = quality.filter((e) => e.countyCode === c.code);
    const k = q.filter((e) => coveredUsccs.has(e.uscc)).length;
    return {
      countyCode: c.code,
      countyName: c.name,
      qualitySmes: q.length,
      covered: k,
      rate: rate(k, q.length),
    };
  });
  return {
    year,
    asOf,
    qualitySmes: quality.length,
    covered: covered.length,
    rate: rate(covered.length, quality.length),
    counties,
    uncovered: quality
      .filter((e) => !coveredUsccs.has(e.uscc))
      .sort((a, b) => a.countyCode.localeCompare(b.countyCode) || a.uscc.localeCompare(b.uscc))
      .map((e) => ({ uscc: e.uscc, name: e.name, countyCode: e.countyCode })),
  };
}

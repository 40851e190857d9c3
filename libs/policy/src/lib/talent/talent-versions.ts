import { TIERS } from '@ladder/shared-domain';

import { buildMeasureVersions, validateMeasureSuccessor } from '../common/measure-versions';
import type { MeasureVersionSpec } from '../common/measure-versions';
import type { TalentMeasureId, TalentVersion } from './talent-types';
import { TALENT_MEASURE_IDS } from './talent-types';
import { BASE_TALENT_VERSIONS } from './talent.rules';

function termsProblems(_id: TalentMeasureId, terms: unknown): string[] {
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) return ['缺少措施参数（terms）'];
  const t = terms as Record<string, unknown>;
  if (t['kind'] !== 'title-scope') return ['措施参数类型（terms.kind）应为 title-scope'];
  const tiers = t['tiers'];
  if (
    !Array.isArray(tiers) ||
    tiers.length === 0 ||
    !tiers.every((x) => (TIERS as readonly unknown[]).includes(x))
  ) {
    return [`适用层级（terms.tiers）应为 ${TIERS.join(' / ')} 组成的非空数组`];
  }
  return [];
}

export const TALENT_VERSION_SPEC: MeasureVersionSpec<TalentMeasureId> = {
  zh: '人才措施',
  ruleIds: TALENT_MEASURE_IDS,
  termsProblems,
};

/** The base versions plus approved successors; throws `MeasureCatalogueError` (problems in Chinese). */
export function buildTalentVersions(successors: readonly unknown[] = []): readonly TalentVersion[] {
  return successors.length === 0
    ? BASE_TALENT_VERSIONS
    : buildMeasureVersions(BASE_TALENT_VERSIONS, successors, TALENT_VERSION_SPEC);
}

export function validateTalentSuccessor(
  version: unknown,
  existing: readonly TalentVersion[] = BASE_TALENT_VERSIONS,
): string[] {
  return validateMeasureSuccessor(version, existing, TALENT_VERSION_SPEC);
}

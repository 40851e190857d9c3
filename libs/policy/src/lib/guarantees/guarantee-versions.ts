import { buildMeasureVersions, validateMeasureSuccessor } from '../common/measure-versions';
import type { MeasureVersionSpec } from '../common/measure-versions';
import type { GuaranteeRuleId, GuaranteeVersion } from './guarantee-types';
import { GUARANTEE_RULE_IDS, GUARANTEE_TIERS } from './guarantee-types';
import { BASE_GUARANTEE_VERSIONS } from './guarantees.rules';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function termsProblems(ruleId: GuaranteeRuleId, terms: unknown): string[] {
  if (!isRecord(terms)) return ['缺少规则参数（terms）'];
  if (ruleId === 'S-48') {
    if (terms['kind'] !== 'white-list') return ['S-48 的参数类型（terms.kind）应为 white-list'];
    const tiers = terms['tiers'];
    if (
      !Array.isArray(tiers) ||
      tiers.length === 0 ||
      !tiers.every((t) => (GUARANTEE_TIERS as readonly unknown[]).includes(t))
    ) {
      return [`S-48 的白名单层级（terms.tiers）应为 ${GUARANTEE_TIERS.join(' / ')} 组成的非空数组`];
    }
    return [];
  }
  if (terms['kind'] !== 'guarantee-ceiling') return ['S-49 的参数类型（terms.kind）应为 guarantee-ceiling'];
  const ceilings = terms['ceilingsFen'];
  if (!isRecord(ceilings))
    return ['S-49 的担保额度（terms.ceilingsFen）应为对象 { specialized, little-giant }（分）'];
  const problems: string[] = [];
  for (const tier of GUARANTEE_TIERS) {
    const v = ceilings[tier];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) {
      problems.push(`S-49 的担保额度 ceilingsFen.${tier} 应为大于0的整数（分）`);
    }
  }
  return problems;
}

export const GUARANTEE_VERSION_SPEC: MeasureVersionSpec<GuaranteeRuleId> = {
  zh: '融资担保规则',
  ruleIds: GUARANTEE_RULE_IDS,
  termsProblems,
};

/** The base versions plus approved successors; throws `MeasureCatalogueError` (problems in Chinese). */
export function buildGuaranteeVersions(successors: readonly unknown[] = []): readonly GuaranteeVersion[] {
  return successors.length === 0
    ? BASE_GUARANTEE_VERSIONS
    : buildMeasureVersions(BASE_GUARANTEE_VERSIONS, successors, GUARANTEE_VERSION_SPEC);
}

/** Problems (Chinese) of one successor before it is approved; empty when acceptable. */
export function validateGuaranteeSuccessor(
  version: unknown,
  existing: readonly GuaranteeVersion[] = BASE_GUARANTEE_VERSIONS,
): string[] {
  return validateMeasureSuccessor(version, existing, GUARANTEE_VERSION_SPEC);
}

import { isEffectiveOn, isIsoDate } from './source';
import type { RuleVersionRef } from './source';

// ---------------------------------------------------------------------------------------------------------------
// Dated versions of the plan's non-award measures (guarantees S-48/S-49, talent S-53…S-55), handled exactly like the
// award catalogue (awards/award-versions.ts): one base version per measure over the plan period (S-61,
// 2022-01-01 … 2025-12-31), successor versions supplied at run time after a two-person approval, overlaps refused.
// ---------------------------------------------------------------------------------------------------------------

/** A dated version of one measure: its data (`terms`), its period (`effectiveTo` inclusive) and its source. */
export interface MeasureVersion<R extends string, T> extends RuleVersionRef {
  readonly ruleId: R;
  /** Section of the source document, e.g. "二、（三）2 畅通市场化融资渠道". */
  readonly clause: string;
  readonly terms: T;
  /** `false` for the versions of this library, `true` for versions supplied at run time. */
  readonly successor: boolean;
  /** Who approved a successor version (two different persons), and when. Informational. */
  readonly approvedBy?: readonly string[];
  readonly approvedOn?: string;
  readonly note?: string;
}

/** The version a result used, as written out. */
export interface MeasureVersionUsed {
  readonly id: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  readonly docNo: string;
  readonly title: string;
  readonly clause: string;
  readonly confidence: 'confirmed' | 'secondary' | 'unconfirmed';
  readonly successor: boolean;
}

/** Invalid version data (overlapping versions, a malformed successor): the problems, in Chinese. */
export class MeasureCatalogueError extends RangeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'MeasureCatalogueError';
  }
}

/** How the successors of one family of measures are checked. */
export interface MeasureVersionSpec<R extends string> {
  /** e.g. "融资担保规则" — used in messages. */
  readonly zh: string;
  readonly ruleIds: readonly R[];
  /** Problems (Chinese) with the terms of a successor of `ruleId`; empty when acceptable. */
  readonly termsProblems: (ruleId: R, terms: unknown) => string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function overlaps(
  a: { readonly effectiveFrom: string; readonly effectiveTo?: string },
  b: { readonly effectiveFrom: string; readonly effectiveTo?: string },
): boolean {
  const aEndsBeforeB = a.effectiveTo !== undefined && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== undefined && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/**
 * Problems (Chinese) of a successor version before it joins the catalogue; empty when acceptable. Checks: a known
 * measure, `successor: true`, a new id, valid dates with from ≤ to, a source with title and 文号, a clause, the terms
 * (`spec.termsProblems`), two different approvers when given, and no overlap with a version of the same measure.
 * Written defensively: the version may come straight from a database row or a JSON file.
 */
export function validateMeasureSuccessor<R extends string, T>(
  version: unknown,
  existing: readonly MeasureVersion<R, T>[],
  spec: MeasureVersionSpec<R>,
): string[] {
  if (!isRecord(version)) return ['后续版本应为对象'];
  const v = version;
  const label = nonEmpty(v['id']) ? `版本${v['id']}` : '后续版本';
  const problems: string[] = [];
  if (!nonEmpty(v['id'])) problems.push('缺少版本标识（id）');
  else if (existing.some((e) => e.id === v['id'])) problems.push(`版本标识“${v['id']}”已存在`);
  const ruleId = v['ruleId'];
  const known = (spec.ruleIds as readonly unknown[]).includes(ruleId);
  if (!known) problems.push(`未知${spec.zh}“${String(ruleId)}”：应为 ${spec.ruleIds.join('、')} 之一`);
  if (v['successor'] !== true) problems.push('后续版本的 successor 应为 true');

  const from = v['effectiveFrom'];
  const to = v['effectiveTo'];
  const fromOk = typeof from === 'string' && isIsoDate(from);
  const toOk = to === undefined || (typeof to === 'string' && isIsoDate(to));
  if (!fromOk) problems.push(`生效日期（effectiveFrom）无效：${JSON.stringify(from)}，应为 YYYY-MM-DD`);
  if (!toOk)
    problems.push(`失效日期（effectiveTo）无效：${JSON.stringify(to)}，应为 YYYY-MM-DD 或省略（长期有效）`);
  if (fromOk && toOk && typeof to === 'string' && from > to)
    problems.push(`生效日期${from}晚于失效日期${to}`);

  const source = v['source'];
  if (!isRecord(source)) problems.push('缺少政策来源（source）及文号');
  else {
    if (!nonEmpty(source['docNo'])) problems.push('缺少文号（source.docNo）');
    if (!nonEmpty(source['title'])) problems.push('缺少政策文件名称（source.title）');
    if (!['confirmed', 'secondary', 'unconfirmed'].includes(String(source['confidence']))) {
      problems.push('来源可信度（source.confidence）应为 confirmed / secondary / unconfirmed');
    }
  }
  if (!nonEmpty(v['clause'])) problems.push('缺少条款（clause）');
  if (known) problems.push(...spec.termsProblems(ruleId as R, v['terms']));

  const approvers = v['approvedBy'];
  if (approvers !== undefined) {
    if (!Array.isArray(approvers) || !approvers.every(nonEmpty))
      problems.push('审批人（approvedBy）应为姓名列表');
    else if (new Set(approvers.map((a) => a.trim())).size < 2)
      problems.push('后续版本须经两名不同人员审批（approvedBy）');
  }
  const approvedOn = v['approvedOn'];
  if (approvedOn !== undefined && (typeof approvedOn !== 'string' || !isIsoDate(approvedOn))) {
    problems.push('审批日期（approvedOn）应为 YYYY-MM-DD');
  }

  if (known && fromOk && toOk) {
    const period = { effectiveFrom: from, effectiveTo: to };
    for (const e of existing) {
      if (e.ruleId === ruleId && overlaps(period, e)) {
        problems.push(
          `与版本${e.id}（${e.effectiveFrom}至${e.effectiveTo ?? '长期'}）的有效期重叠：同一措施的版本有效期不得重叠`,
        );
      }
    }
  }
  return problems.map((p) => `${label}：${p}`);
}

/**
 * The base versions plus `successors`, each checked against those before it; any problem throws a
 * `MeasureCatalogueError` listing all of them — an overlap is never resolved silently.
 */
export function buildMeasureVersions<R extends string, T>(
  base: readonly MeasureVersion<R, T>[],
  successors: readonly unknown[],
  spec: MeasureVersionSpec<R>,
): readonly MeasureVersion<R, T>[] {
  const versions: MeasureVersion<R, T>[] = [...base];
  const problems: string[] = [];
  for (const s of successors) {
    const found = validateMeasureSuccessor(s, versions, spec);
    if (found.length > 0) problems.push(...found);
    else versions.push(s as MeasureVersion<R, T>);
  }
  if (problems.length > 0) throw new MeasureCatalogueError(problems);
  return versions;
}

/**
 * The version of `ruleId` in force on `date`, or `undefined` when none covers it (the measure does not apply:
 * `not-covered`). Two versions covering the date are a data error (thrown).
 */
export function resolveMeasureVersion<R extends string, T>(
  versions: readonly MeasureVersion<R, T>[],
  ruleId: R,
  date: string,
): MeasureVersion<R, T> | undefined {
  const hits = versions.filter((v) => v.ruleId === ruleId && isEffectiveOn(v, date));
  if (hits.length > 1) {
    throw new MeasureCatalogueError([
      `${ruleId}在${date}有多个有效版本（${hits.map((h) => h.id).join('、')}），有效期不得重叠`,
    ]);
  }
  return hits[0];
}

export function measureVersionUsed<R extends string, T>(v: MeasureVersion<R, T>): MeasureVersionUsed {
  return {
    id: v.id,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? null,
    docNo: v.source.docNo,
    title: v.source.title,
    clause: v.clause,
    confidence: v.source.confidence,
    successor: v.successor,
  };
}

/** "X@plan-2022：2022-01-01至2025-12-31；…" — the periods of the versions known for a measure. */
export function versionPeriods<R extends string, T>(versions: readonly MeasureVersion<R, T>[]): string {
  if (versions.length === 0) return '无';
  return versions.map((v) => `${v.id}：${v.effectiveFrom}至${v.effectiveTo ?? '长期'}`).join('；');
}

/** Which version applies, in one Chinese sentence (the plan's base version, a successor, or none). */
export function versionApplies<R extends string, T>(
  version: MeasureVersion<R, T> | undefined,
  known: readonly MeasureVersion<R, T>[],
  date: string,
): string {
  if (version === undefined) {
    return `${date}不在任何政策版本的有效期内（现有版本 ${versionPeriods(known)}）：本措施不适用，须有经审批的后续政策版本覆盖该日期`;
  }
  const period = `${version.effectiveFrom}至${version.effectiveTo ?? '长期'}`;
  return version.successor
    ? `适用经审批的后续政策版本${version.id}（${version.source.docNo}，${period}）`
    : `适用行动方案基础版本${version.id}（方案有效期${period}）`;
}

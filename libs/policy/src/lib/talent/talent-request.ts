import { heldTitleProblems } from '../common/held-titles';
import type { PendingConfirmation } from '../common/source';
import { isIsoDate } from '../common/source';
import type { TalentRequest } from './talent-types';

/** Readings of the talent text that the plan leaves open; every default is pending confirmation. */
export interface TalentParameters {
  /**
   * S-54 "对优质中小企业实现培训服务全覆盖": `false` (default) — 优质中小企业 are the three tiers of the plan, so the
   * coverage counts enterprises with a valid 创新型/专精特新/小巨人 title; `true` — 培育库 enterprises count too.
   */
  readonly trainingIncludesPool: boolean;
}

export const DEFAULT_TALENT_PARAMETERS: TalentParameters = { trainingIncludesPool: false };

export function resolveTalentParameters(params?: Partial<TalentParameters>): TalentParameters {
  return {
    trainingIncludesPool: params?.trainingIncludesPool ?? DEFAULT_TALENT_PARAMETERS.trainingIncludesPool,
  };
}

export function trainingPoolConfirmation(p: TalentParameters): PendingConfirmation {
  return {
    parameter: 'trainingIncludesPool',
    value: String(p.trainingIncludesPool),
    note: p.trainingIncludesPool
      ? '培训服务全覆盖的“优质中小企业”读作含创新型中小企业培育库企业'
      : '培训服务全覆盖的“优质中小企业”读作创新型及以上有效称号企业，不含培育库企业（另一读法 true 含培育库企业）',
    confirmBy: '市工信局',
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems (Chinese) of a `--params` object; unknown keys are problems. */
export function validateTalentParameters(plain: unknown): string[] {
  if (!isRecord(plain)) return ['参数应为 JSON 对象'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(plain)) {
    if (key === 'trainingIncludesPool') {
      if (typeof value !== 'boolean') problems.push('参数 trainingIncludesPool 应为 true 或 false');
    } else problems.push(`未知参数“${key}”：应为 trainingIncludesPool`);
  }
  return problems;
}

export const TALENT_FIELDS = {
  date: '查询日期',
  titles: '企业称号（层级、认定日期、有效期至、撤销日期）',
  inPool: '查询日在创新型中小企业培育库内',
} as const satisfies Readonly<Record<keyof TalentRequest, string>>;

export function talentFieldLabel(name: string): string {
  const zh = (TALENT_FIELDS as Readonly<Record<string, string>>)[name];
  return zh ? `${name}（${zh}）` : name;
}

export type TalentRequestValidation =
  | { readonly ok: true; readonly value: TalentRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Validate a talent request read from JSON; unknown fields are problems, absent facts are not. */
export function validateTalentRequest(plain: unknown): TalentRequestValidation {
  if (!isRecord(plain))
    return { ok: false, problems: ['人才措施查询请求应为 JSON 对象 { date, titles, inPool? }'] };
  const problems: string[] = [];
  const known = Object.keys(TALENT_FIELDS);
  for (const key of Object.keys(plain)) {
    if (!known.includes(key)) problems.push(`未知字段“${key}”：请求只含 ${known.join('、')}`);
  }
  const date = plain['date'];
  if (date === undefined || date === null) problems.push('缺少查询日期 date（YYYY-MM-DD）');
  else if (typeof date !== 'string' || !isIsoDate(date))
    problems.push(
      `查询日期“${typeof date === 'string' ? date : JSON.stringify(date)}”无效：应为 YYYY-MM-DD（须为真实存在的日期）`,
    );
  const titles = plain['titles'];
  if (titles !== undefined && titles !== null) problems.push(...heldTitleProblems(titles));
  const inPool = plain['inPool'];
  if (inPool !== undefined && inPool !== null && typeof inPool !== 'boolean') {
    problems.push(`${talentFieldLabel('inPool')}应为 true、false 或 null`);
  }
  if (problems.length > 0 || typeof date !== 'string') return { ok: false, problems };
  return {
    ok: true,
    value: {
      date,
      ...(Array.isArray(titles)
        ? { titles: titles.map((t: unknown) => ({ ...(t as object) })) }
        : { titles: null }),
      ...(typeof inPool === 'boolean' ? { inPool } : {}),
    } as TalentRequest,
  };
}

/** Invalid request or parameters: the problems in Chinese (a RangeError: exit code 2 on the command line). */
export class TalentRequestError extends RangeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'TalentRequestError';
  }
}

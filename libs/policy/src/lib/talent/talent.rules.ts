import type { PendingConfirmation } from '../common/source';
import { PLAN_PERIOD, SANMING_PLAN } from '../plan/plan-targets';
import type { TalentMeasureDefinition, TalentMeasureId, TalentTerms, TalentVersion } from './talent-types';

// ---------------------------------------------------------------------------------------------------------------
// The plan's talent measures (rules.md §8.4 S-53, S-54, S-55) as dated data: one base version per measure over the
// plan period (S-61: 2022-01-01 … 2025-12-31), each naming the tiers whose valid title confers it.
// ---------------------------------------------------------------------------------------------------------------

/** 二、重点任务（三）优化发展环境 4. */
export const TALENT_CLAUSE = '二、（三）4 加强企业人才队伍建设';

export const TALENT_RESPONSIBLE_UNITS =
  '市委人才办，市教育局、工信局、人社局、住建局，市总工会，各县（市、区）人民政府';

export const TALENT_DEFINITIONS: readonly TalentMeasureDefinition[] = [
  {
    id: 'S-53',
    catalogueId: 'S-53',
    zh: '列入“2+3+N”人才政策体系重点支持范围',
    text: '将专精特新“小巨人”企业列入“2+3+N”人才政策体系重点支持范围',
    department: '市委人才办',
  },
  {
    id: 'S-54',
    catalogueId: 'S-54',
    zh: '经营管理人才培训（培训服务全覆盖）',
    text: '组织优质中小企业经营管理人才培训，对优质中小企业实现培训服务全覆盖',
    department: '市工信局、市教育局',
  },
  {
    id: 'S-55a',
    catalogueId: 'S-55',
    zh: '专业技术人员职称评审绿色通道',
    text: '支持专精特新中小企业中符合申报条件的专业技术人员通过绿色通道评审职称',
    department: '市人社局',
  },
  {
    id: 'S-55b',
    catalogueId: 'S-55',
    zh: '在职员工享受政府保障性住房政策',
    text: '支持专精特新中小企业在职员工享受政府保障性住房政策',
    department: '市住建局',
  },
  {
    id: 'S-55c',
    catalogueId: 'S-55',
    zh: '在职优秀员工评选市级劳模等荣誉称号',
    text: '支持专精特新中小企业……在职优秀员工评选市级劳模等荣誉称号',
    department: '市总工会',
  },
  {
    id: 'S-55d',
    catalogueId: 'S-55',
    zh: '优秀在职人才申报“八闽英才”等人才项目',
    text: '支持专精特新中小企业优秀在职人才申报“八闽英才”等人才项目',
    department: '市委人才办',
  },
];

export function talentDefinition(id: TalentMeasureId): TalentMeasureDefinition {
  const d = TALENT_DEFINITIONS.find((x) => x.id === id);
  if (d === undefined) throw new RangeError(`未知人才措施：${id}`);
  return d;
}

const base = (id: TalentMeasureId, terms: TalentTerms): TalentVersion => ({
  id: `${id}@plan-2022`,
  ruleId: id,
  effectiveFrom: PLAN_PERIOD.from,
  effectiveTo: PLAN_PERIOD.to,
  source: { ...SANMING_PLAN, article: TALENT_CLAUSE },
  clause: TALENT_CLAUSE,
  terms,
  successor: false,
});

const SPECIALIZED_AND_UP = { kind: 'title-scope', tiers: ['specialized', 'little-giant'] } as const;

/** One version per measure over the plan period (S-61). */
export const BASE_TALENT_VERSIONS: readonly TalentVersion[] = [
  base('S-53', { kind: 'title-scope', tiers: ['little-giant'] }),
  base('S-54', { kind: 'title-scope', tiers: ['innovative', 'specialized', 'little-giant'] }),
  base('S-55a', SPECIALIZED_AND_UP),
  base('S-55b', SPECIALIZED_AND_UP),
  base('S-55c', SPECIALIZED_AND_UP),
  base('S-55d', SPECIALIZED_AND_UP),
];

/** Fixed readings of the talent sentences, listed in every result. */
export const TALENT_READINGS = {
  littleGiantAsSpecialized: {
    parameter: 'S-55.littleGiantIncluded',
    value: '专精特新中小企业及“小巨人”企业',
    note: '方案写“专精特新中小企业”；“小巨人”须持有有效的专精特新称号方可申报（工信部企业〔2022〕63号），读作一并享受（rules.md §8.4 S-55 “T3 implicitly”）',
    confirmBy: '市委人才办、市工信局',
  },
  qualitySmes: {
    parameter: 'S-54.qualitySmes',
    value: '创新型、专精特新、“小巨人”有效称号企业',
    note: '“优质中小企业”读作方案所称三个层次（创新型中小企业、专精特新中小企业、专精特新“小巨人”企业）；培育库企业是否计入见参数 trainingIncludesPool',
    confirmBy: '市工信局',
  },
  scopeUnconfirmed: {
    parameter: 'S-53.scopeContent',
    value: '仅标记“纳入2+3+N重点支持范围”',
    note: '“2+3+N”人才政策体系的具体内容未找到公开来源（rules.md §6.4），本系统只记录纳入范围，不推定具体待遇',
    confirmBy: '市委人才办',
  },
  departments: {
    parameter: 'talent.departments',
    value: 'S-53、S-55d 市委人才办；S-54 市工信局、市教育局；S-55a 市人社局；S-55b 市住建局；S-55c 市总工会',
    note: '方案对本项任务统一列出责任单位（市委人才办，市教育局、工信局、人社局、住建局，市总工会），各措施的承办部门为按职责的读法',
    confirmBy: '市委人才办',
  },
} as const satisfies Readonly<Record<string, PendingConfirmation>>;

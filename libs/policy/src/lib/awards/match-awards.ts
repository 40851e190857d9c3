import { SIZE_CLASS_LABELS } from '@ladder/shared-domain';
import type { SizeClass, Tier } from '@ladder/shared-domain';

import { isIsoDate } from '../common/source';
import { defaultValidUntil } from '../tiers/titles';
import { AwardRequestError } from './award-request';
import type {
  AwardComputation,
  AwardDefinition,
  AwardFacts,
  AwardId,
  AwardPayer,
  FundKind,
} from './award-types';
import type { AwardOptions } from './compute-award';
import { computeAward } from './compute-award';
import { AWARD_DEFINITIONS, BASE_AWARD_VERSIONS } from './awards.rules';

// ---------------------------------------------------------------------------------------------------------------
// 惠企政策智能匹配 (S-45, 三(一)1): for what an enterprise has reported, which awards it qualifies for now and what
// it lacks for the others. Every award is computed with `computeAward` on each reported event dated on or before
// `asOf`, so the answer is the same as the subsidies computation would give.
// ---------------------------------------------------------------------------------------------------------------

/** Recognitions that trigger a provincial award (S-31…S-34, S-36, S-37, S-40, S-46). */
export const RECOGNITION_TYPES = {
  'national-enterprise-tech-centre': 'S-31',
  'provincial-innovation-centre': 'S-32',
  'provincial-innovation-centre-pilot': 'S-33',
  'provincial-enterprise-tech-centre': 'S-34a',
  'provincial-new-rd-institution': 'S-34b',
  'national-first-set': 'S-36',
  'provincial-first-set': 'S-37',
  'digital-benchmark': 'S-40',
  'national-demo-base': 'S-46',
} as const satisfies Readonly<Record<string, AwardId>>;
export type RecognitionType = keyof typeof RECOGNITION_TYPES;

/** A title held, with its certification (from the registry / tiering). */
export interface MatchTitle {
  readonly tier: Tier;
  readonly certifiedOn: string;
  /** Default: certifiedOn + 3 years − 1 day. */
  readonly validUntil?: string;
  /** new | renewal; absent = not reported (the award is then "may qualify"). */
  readonly kind?: 'new' | 'renewal';
}

export interface MatchRecognition {
  readonly type: RecognitionType;
  readonly recognisedOn: string;
  /** S-32, S-33. */
  readonly leadUnit?: boolean;
  /** S-36, S-37. */
  readonly unitPriceFen?: number;
  /** S-40 (the provincial amount, when known). */
  readonly proposedAmountFen?: number;
}

export interface MatchRenovationProject {
  /** Date of the 省重点技改 application (S-43) — and of the reward application (S-44). */
  readonly reportedOn: string;
  readonly equipmentInvestmentFen?: number;
  readonly totalInvestmentFen?: number;
  readonly completed?: boolean;
  readonly completionYear?: number;
  readonly priorGrantedFen?: number;
}

export interface MatchFundInvestment {
  readonly fund: FundKind;
  readonly paidInOn: string;
  readonly paidInFen?: number;
  /** What the enterprise already received under S-47 (per-enterprise cap, parameter `fundCapScope`). */
  readonly priorGrantedFen?: number;
}

export interface MatchIntroduction {
  readonly settledOn: string;
  readonly previousDivisionCode?: string;
  readonly isLittleGiant?: boolean;
  readonly proposedAmountFen?: number;
}

/** What is known of an enterprise (or a park operator). Everything but `asOf` is optional. */
export interface AwardMatchFacts {
  readonly asOf: string;
  readonly countyCode?: string;
  readonly sizeClass?: SizeClass;
  /** Titles held (absent: not reported; [] = none). */
  readonly titles?: readonly MatchTitle[];
  readonly recognitions?: readonly MatchRecognition[];
  /** 创响福建 city final results. */
  readonly contestResults?: readonly { readonly rank: number; readonly awardedOn: string }[];
  readonly renovationProjects?: readonly MatchRenovationProject[];
  /** 营业收入 by calendar year (fen). */
  readonly revenueFen?: Readonly<Record<string, number>>;
  readonly fundInvestments?: readonly MatchFundInvestment[];
  /** Only for a park operator. */
  readonly park?: {
    readonly specializedCount?: number;
    readonly littleGiantCount?: number;
    /** 小巨人 brought from outside Sanming (S-22). */
    readonly introductions?: readonly MatchIntroduction[];
  };
}

export interface AwardMatch {
  readonly awardId: AwardId;
  readonly catalogueId: string;
  readonly zh: string;
  /** e.g. "《三明市优质中小企业梯度培育行动方案（征求意见稿）》二、（二）1 支持企业协同创新发展". */
  readonly clause: string;
  readonly payer: AwardPayer | null;
  readonly handling: AwardDefinition['handling'];
  /** qualifies: granted for an event; may-qualify: facts missing; lacks: nothing granted. */
  readonly status: 'qualifies' | 'may-qualify' | 'lacks';
  /** The computation for each reported event (empty when none was reported). */
  readonly computations: readonly AwardComputation[];
  /** Total granted (fen). */
  readonly amountFen: number;
  /** What is lacking or still to be reported (Chinese). */
  readonly lacks: readonly string[];
}

export interface AwardMatchResult {
  readonly asOf: string;
  readonly qualifies: readonly AwardMatch[];
  readonly others: readonly AwardMatch[];
}

interface Event {
  readonly date: string;
  readonly facts: AwardFacts;
}

const sizeNote = (facts: AwardMatchFacts): string[] =>
  facts.sizeClass === 'not-sme'
    ? [`企业规模为${SIZE_CLASS_LABELS['not-sme'].zh}，不能申报梯度培育称号（专精特新中小企业、“小巨人”）`]
    : [];

/** What the award needs when no event was reported. */
function lacksWithoutEvent(id: AwardId, facts: AwardMatchFacts, holdsSpecialized: boolean | null): string[] {
  const specializedNote =
    holdsSpecialized === false
      ? ['未持有有效的专精特新中小企业称号']
      : holdsSpecialized === null
        ? ['未报送称号']
        : [];
  switch (id) {
    case 'S-17':
      return ['尚无新认定的专精特新中小企业称号', ...sizeNote(facts)];
    case 'S-18':
    case 'FJ-LG-50':
      return ['尚无新认定的专精特新“小巨人”企业称号', ...sizeNote(facts)];
    case 'S-19':
      return [
        '尚无新认定的专精特新中小企业或“小巨人”称号',
        ...(facts.countyCode ? [] : ['未报送所属县（市、区）']),
      ];
    case 'S-22':
      return facts.park
        ? ['尚无从三明市行政区域以外引入专精特新“小巨人”企业落户的项目']
        : ['仅适用于产业园区运营主体（引入市外“小巨人”企业落户）'];
    case 'S-23':
      return ['仅适用于产业园区：未报送园区内专精特新中小企业数'];
    case 'S-31':
      return ['尚未新认定为国家企业技术中心'];
    case 'S-32':
      return ['尚未作为牵头单位新认定省级制造业创新中心'];
    case 'S-33':
      return ['尚未作为牵头单位新认定省级制造业创新中心试点'];
    case 'S-34a':
      return ['尚未新认定为省级企业技术中心'];
    case 'S-34b':
      return ['尚未新认定为省级新型研发机构'];
    case 'S-35':
      return ['尚无“创响福建”中小企业创业创新大赛市决赛一、二、三等奖'];
    case 'S-36':
      return ['尚无新认定的国家首台（套）重大技术装备'];
    case 'S-37':
      return ['尚无新认定的省级首台（套）重大技术装备'];
    case 'S-40':
      return ['尚未获评省级新一代信息技术与制造业融合发展新模式新业态标杆'];
    case 'S-43':
      return ['尚未申报省重点技改项目', ...specializedNote];
    case 'S-44':
      return ['尚无实际总投资1000万元以上且完工投产的技改项目', ...specializedNote];
    case 'S-46':
      return ['尚未新认定为国家级中小微企业创业创新示范基地'];
    case 'S-47':
      return ['尚未获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资'];
  }
}

/** Holds a valid 专精特新 (or 小巨人) title on `date`; null when titles were not reported. */
function holdsSpecializedOn(titles: readonly MatchTitle[] | undefined, date: string): boolean | null {
  if (titles === undefined) return null;
  return titles.some(
    (t) =>
      (t.tier === 'specialized' || t.tier === 'little-giant') &&
      t.certifiedOn <= date &&
      date <= (t.validUntil ?? defaultValidUntil(t.certifiedOn, 3)),
  );
}

function eventsFor(id: AwardId, f: AwardMatchFacts): Event[] {
  const upTo = <T>(items: readonly T[] | undefined, date: (t: T) => string): T[] =>
    (items ?? []).filter((t) => date(t) <= f.asOf);
  const titles = (tiers: readonly Tier[]) =>
    upTo(f.titles, (t) => t.certifiedOn).filter((t) => tiers.includes(t.tier));
  const titleFacts = (t: MatchTitle): AwardFacts => ({ tier: t.tier, kind: t.kind ?? null });
  switch (id) {
    case 'S-17':
      return titles(['specialized']).map((t) => ({ date: t.certifiedOn, facts: titleFacts(t) }));
    case 'S-18':
    case 'FJ-LG-50':
      return titles(['little-giant']).map((t) => ({ date: t.certifiedOn, facts: titleFacts(t) }));
    case 'S-19':
      return titles(['specialized', 'little-giant']).map((t) => ({
        date: t.certifiedOn,
        facts: { ...titleFacts(t), countyCode: f.countyCode ?? null },
      }));
    case 'S-22':
      return upTo(f.park?.introductions, (i) => i.settledOn).map((i) => ({
        date: i.settledOn,
        facts: {
          isLittleGiant: i.isLittleGiant ?? null,
          previousDivisionCode: i.previousDivisionCode ?? null,
          countyCode: f.countyCode ?? null,
          proposedAmountFen: i.proposedAmountFen ?? null,
        },
      }));
    case 'S-23':
      return f.park && (f.park.specializedCount !== undefined || f.park.littleGiantCount !== undefined)
        ? [
            {
              date: f.asOf,
              facts: {
                specializedCount: f.park.specializedCount ?? null,
                littleGiantCount: f.park.littleGiantCount ?? null,
              },
            },
          ]
        : [];
    case 'S-35':
      return upTo(f.contestResults, (c) => c.awardedOn).map((c) => ({
        date: c.awardedOn,
        facts: { rank: c.rank },
      }));
    case 'S-43':
      return upTo(f.renovationProjects, (p) => p.reportedOn).map((p) => ({
        date: p.reportedOn,
        facts: {
          holdsSpecializedTitle: holdsSpecializedOn(f.titles, p.reportedOn),
          equipmentInvestmentFen: p.equipmentInvestmentFen ?? null,
          priorGrantedFen: p.priorGrantedFen ?? null,
        },
      }));
    case 'S-44':
      return upTo(f.renovationProjects, (p) => p.reportedOn).map((p) => ({
        date: p.reportedOn,
        facts: {
          holdsSpecializedTitle: holdsSpecializedOn(f.titles, p.reportedOn),
          equipmentInvestmentFen: p.equipmentInvestmentFen ?? null,
          totalInvestmentFen: p.totalInvestmentFen ?? null,
          completed: p.completed ?? null,
          completionYear: p.completionYear ?? null,
          revenueFen: f.revenueFen ?? null,
          priorGrantedFen: p.priorGrantedFen ?? null,
        },
      }));
    case 'S-47':
      return upTo(f.fundInvestments, (i) => i.paidInOn).map((i) => ({
        date: i.paidInOn,
        facts: { fund: i.fund, paidInFen: i.paidInFen ?? null, priorGrantedFen: i.priorGrantedFen ?? null },
      }));
    default: {
      const recognitions = upTo(f.recognitions, (r) => r.recognisedOn).filter(
        (r) => RECOGNITION_TYPES[r.type] === id,
      );
      return recognitions.map((r) => ({ date: r.recognisedOn, facts: recognitionFacts(id, r) }));
    }
  }
}

function recognitionFacts(id: AwardId, r: MatchRecognition): AwardFacts {
  switch (id) {
    case 'S-32':
    case 'S-33':
      return { leadUnit: r.leadUnit ?? null };
    case 'S-36':
    case 'S-37':
      return { unitPriceFen: r.unitPriceFen ?? null };
    case 'S-40':
      return { proposedAmountFen: r.proposedAmountFen ?? null };
    default:
      return {};
  }
}

function lacksOf(c: AwardComputation): string[] {
  switch (c.decision) {
    case 'not-eligible':
      return c.gaps.map((g) => `${c.date}：${g}`);
    case 'unknown':
      return [`${c.date}：${c.reason}`];
    case 'not-covered':
      return [`${c.date}：${c.reason}`];
    case 'granted':
      return [];
  }
}

/**
 * 惠企政策智能匹配 (S-45): every award of the catalogue, split into those the enterprise qualifies for now (a
 * reported event dated on or before `asOf` is granted) and the others, each with what it lacks in Chinese (or which
 * facts are still to be reported: `may-qualify`) and its clause. Events after `asOf` are ignored.
 */
export function matchAwards(facts: AwardMatchFacts, options: AwardOptions = {}): AwardMatchResult {
  if (typeof facts.asOf !== 'string' || !isIsoDate(facts.asOf)) {
    throw new AwardRequestError([`匹配日期 asOf“${String(facts.asOf)}”无效：应为 YYYY-MM-DD`]);
  }
  const matches = AWARD_DEFINITIONS.map((d): AwardMatch => {
    const computations = eventsFor(d.id, facts).map((e) =>
      computeAward({ awardId: d.id, date: e.date, facts: e.facts }, options),
    );
    const granted = computations.filter((c) => c.decision === 'granted' && (c.amountFen > 0 || !d.cash));
    const maybe = computations.filter((c) => c.decision === 'unknown');
    const status = granted.length > 0 ? 'qualifies' : maybe.length > 0 ? 'may-qualify' : 'lacks';
    const lacks =
      computations.length === 0
        ? lacksWithoutEvent(d.id, facts, holdsSpecializedOn(facts.titles, facts.asOf))
        : status === 'qualifies'
          ? []
          : computations.flatMap(lacksOf);
    const source = BASE_AWARD_VERSIONS.find((v) => v.awardId === d.id)?.source.title ?? '';
    return {
      awardId: d.id,
      catalogueId: d.catalogueId,
      zh: d.zh,
      clause: `《${source}》${d.clause}`,
      payer: d.payer,
      handling: d.handling,
      status,
      computations,
      amountFen: granted.reduce((sum, c) => sum + c.amountFen, 0),
      lacks,
    };
  });
  return {
    asOf: facts.asOf,
    qualifies: matches.filter((m) => m.status === 'qualifies'),
    others: matches.filter((m) => m.status !== 'qualifies'),
  };
}

/**
 * The Chinese texts of the rules (evaluation explanations, gaps, award reasons, catalogue triggers) name facts,
 * parameters, award versions and events by their ids, for traceability: `缺少annualData[2025].scienceAwards`,
 * `（参数 leadingMarketRank2026，待确认）`, `现有版本 S-23@plan-2022`, `认定事件 tiering.enterprise.certified（层级
 * specialized，类型 new）`. Officials read them here with those ids put into words (issue 15); the ids themselves
 * stay in the data (and in the policy command's JSON).
 */
import { COUNTIES } from '@ladder/shared-domain';

import { annualFieldLabel } from '@/components/annual-facts/annual-facts-schema';
import { hasMessage, translate } from '@/locales';
import { countyLabel, tierLabel } from '@/utils/labels';

const ANNUAL_PATH = /^annualData\[(\d{4})\]\.(.+)$/;
const COUNTY_MATCHING = /^countyMatching\[(\d{6})?(?:\/([a-z-]+))?\]$/;
const TIER_IDS = ['innovative', 'specialized', 'little-giant'] as const;

/** Where a missing fact is kept: the enterprise's annual data of a year, the enterprise record, its titles. */
export type FactPlace = 'annual' | 'enterprise' | 'titles' | 'parameters' | 'other';

export interface FactName {
  readonly label: string;
  readonly place: FactPlace;
  readonly year?: number;
}

/**
 * A fact path of the rules in words: `annualData[2025].scienceAwards` → `2025年度数据 › 当年获得的科技奖励`,
 * `countyMatching[350404/specialized]` → `三元区专精特新中小企业配套金额`; never the path itself.
 */
export function factName(path: string): FactName {
  const annual = ANNUAL_PATH.exec(path);
  if (annual) {
    const year = Number(annual[1]);
    const field = annual[2] ?? '';
    const label = hasMessage(`enterprise.annual.field.${field}`)
      ? annualFieldLabel(field)
      : translate('policyText.otherAnnualFact');
    return { label: translate('tiering.result.factAnnual', { year, field: label }), place: 'annual', year };
  }
  if (path === 'titles') return { label: translate('tiering.result.factTitles'), place: 'titles' };
  if (path === 'independentLegalPerson')
    return { label: translate('tiering.result.factIndependentLegalPerson'), place: 'enterprise' };
  if (hasMessage(`enterprise.field.${path}`))
    return { label: translate(`enterprise.field.${path}`), place: 'enterprise' };
  const matching = COUNTY_MATCHING.exec(path);
  if (matching) {
    const county =
      matching[1] && COUNTIES.some((c) => c.code === matching[1]) ? countyLabel(matching[1]) : '';
    const tier = matching[2] ? tierLabel(matching[2], '') : '';
    return { label: translate('policyText.countyMatching', { county, tier }), place: 'parameters' };
  }
  return { label: translate('policyText.otherFact'), place: 'other' };
}

function parameterName(id: string): string {
  const key = `policyText.parameters.${id}`;
  return hasMessage(key) ? translate(key) : translate('policyText.parameterUnknown');
}

function awardName(id: string): string {
  const key = `policyText.awards.${id}`;
  return hasMessage(key) ? translate(key) : translate('policyText.awardUnknown');
}

function tierWords(ids: string): string {
  return ids
    .split(/\s*或\s*/)
    .map((id) => tierLabel(id, id))
    .join(translate('policyText.or'));
}

const AWARD_CODE = '[A-Z]{1,3}(?:-[A-Z]{1,3})*-\\d+[a-z]?';
const WHOLE_CODE = new RegExp(`^${AWARD_CODE}$`);

/**
 * A text of the rules with its ids in words. A text that is nothing but an id (a catalogue number in its own
 * column) is returned as it is.
 */
export function policyText(text: string | null | undefined): string {
  if (!text) return '';
  if (WHOLE_CODE.test(text.trim())) return text;
  return (
    text
      // internal references to the research notes
      .replace(/（见rules\.md[^）]*）/g, '')
      .replace(/\s*rules\.md\s*§[\d.\-–]+/g, '')
      // fact paths
      .replace(/annualData\[\d{4}\](?:\.[A-Za-z0-9]+)+/g, (path) => factName(path).label)
      .replace(/countyMatching\[[^\]]*\]/g, (path) => factName(path).label)
      // the certification event of the catalogue's triggers
      .replace(/\s*tiering\.enterprise\.certified/g, '')
      .replace(
        /层级\s*((?:innovative|specialized|little-giant)(?:\s*或\s*(?:innovative|specialized|little-giant))*)/g,
        (_m, ids: string) => tierWords(ids),
      )
      .replace(/类型\s*(new|renewal)\b/g, (_m, type: string) =>
        translate(`policyText.certificationType.${type}`),
      )
      // award versions and parameters
      .replace(
        new RegExp(`${AWARD_CODE}@([a-z]*-?(\\d{4})?[a-z0-9-]*)`, 'g'),
        (_m, _suffix: string, year?: string) =>
          year ? translate('policyText.version', { year }) : translate('policyText.versionCurrent'),
      )
      .replace(/参数\s*([A-Za-z][A-Za-z0-9]*)(?:=[A-Za-z0-9.]+)?/g, (_m, id: string) =>
        translate('policyText.parameter', { name: parameterName(id) }),
      )
      // award numbers inside a sentence or a name
      .replace(new RegExp(`(?<![A-Za-z0-9])${AWARD_CODE}(?![A-Za-z0-9])`, 'g'), (code) => awardName(code))
      // tier ids left in a sentence
      .replace(new RegExp(`(?<![A-Za-z-])(${TIER_IDS.join('|')})(?![A-Za-z-])`, 'g'), (id) =>
        tierLabel(id, id),
      )
  );
}

/** Keys whose strings are prose of the rules (not ids, codes or enum values). */
const PROSE_KEYS = new Set([
  'zh',
  'explanation',
  'gap',
  'gaps',
  'clause',
  'note',
  'versionReason',
  'standard',
  'values',
  'band',
  'reason',
  'text',
  'formula',
  'recipient',
  'benefit',
  'lacks',
]);

function mapProse(value: unknown, prose: boolean): unknown {
  if (typeof value === 'string') return prose ? policyText(value) : value;
  if (Array.isArray(value)) return value.map((v) => mapProse(v, prose));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, mapProse(v, prose || PROSE_KEYS.has(k))]),
    );
  }
  return value;
}

/**
 * A result of the rules (an evaluation, an award computation) with every prose text in words (policyText); ids,
 * codes, enum values and fact paths (`missing`) are left as they are.
 */
export function policyProse<T>(value: T): T {
  return mapProse(value, false) as T;
}

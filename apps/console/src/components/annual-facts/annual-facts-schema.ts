/**
 * The annual facts of an enterprise (AnnualFacts) as one schema: the sections and fields every annual-data form
 * shows, the form model (amounts in 万元, shares in %), parsing back to 分 and basis points, labels and formats.
 * Used by the enterprise page's annual-data dialog, its tables and change log, the what-if page and the labels of
 * missing facts in evaluation results.
 */
import type { FormItemRule } from 'element-plus';
import type { ComputedRef } from 'vue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

import type { ApiErrorDetail } from '@/api/request';
import { hasMessage, translate } from '@/locales';
import {
  bpToPercentInput,
  fenToWanInput,
  formatPercentBp,
  formatWan,
  percentToBp,
  toText,
  wanInputToFen,
} from '@/utils/format';
import type { Option } from '@/utils/labels';

export type AnnualSectionKey = 'scale' | 'ip' | 'innovation' | 'market' | 'littleGiant' | 'compliance';

/** int: whole number; money: 万元 → 分; percent: % → basis points; bool: 是/否/未填报; select: an option. */
export type AnnualFieldKind = 'int' | 'money' | 'percent' | 'bool' | 'select';

export interface AnnualFieldSchema {
  /** Dotted path inside AnnualFacts, e.g. `ip.class1Total`. */
  readonly path: string;
  readonly kind: AnnualFieldKind;
  readonly min?: number;
  readonly max?: number;
  /** Money that may be negative (net profit). */
  readonly signed?: boolean;
  /** For select: the option keys; labels come from i18n. */
  readonly optionKeys?: readonly string[];
  readonly optionLabelKey?: string;
}

export interface AnnualSectionSchema {
  readonly key: AnnualSectionKey;
  readonly fields: readonly AnnualFieldSchema[];
  /** The section also holds the science-awards list. */
  readonly awards?: boolean;
}

const MAX_PEOPLE = 10_000_000;
const RD_LEVELS = ['none', 'below-city', 'city', 'provincial', 'national'] as const;
const MAIN_PRODUCT_FIELDS = ['key-link-results', 'six-foundations', 'other'] as const;
const MAKER_CHINA = ['none', 'national-top500', 'national-top50'] as const;
export const AWARD_LEVELS = ['national', 'provincial'] as const;

const bools = (prefix: string, keys: readonly string[]): AnnualFieldSchema[] =>
  keys.map((k) => ({ path: `${prefix}.${k}`, kind: 'bool' as const }));

/** Every field of AnnualFacts, grouped as the form shows them. */
export const ANNUAL_SECTIONS: readonly AnnualSectionSchema[] = [
  {
    key: 'scale',
    fields: [
      { path: 'employees', kind: 'int', min: 0, max: MAX_PEOPLE },
      { path: 'rdStaff', kind: 'int', min: 0, max: MAX_PEOPLE },
      { path: 'operatingRevenue', kind: 'money' },
      { path: 'mainBusinessRevenue', kind: 'money' },
      { path: 'rdExpense', kind: 'money' },
      { path: 'totalAssets', kind: 'money' },
      { path: 'totalLiabilities', kind: 'money' },
      { path: 'netProfit', kind: 'money', signed: true },
      { path: 'equityFinancing', kind: 'money' },
    ],
  },
  {
    key: 'ip',
    fields: [
      'class1Total',
      'class1SelfDeveloped',
      'class1HighValue',
      'class1Applied',
      'class1OwnFirstThree',
      'class2Total',
    ].map((k) => ({ path: `ip.${k}`, kind: 'int' as const, min: 0 })),
  },
  {
    key: 'innovation',
    fields: [
      {
        path: 'rdInstitutionLevel',
        kind: 'select',
        optionKeys: RD_LEVELS,
        optionLabelKey: 'enterprise.annual.rdLevel',
      },
      { path: 'digitalLevel', kind: 'int', min: 1, max: 4 },
      ...bools('quality', [
        'provincialQualityAward',
        'qualitySystemCertified',
        'ownBrand',
        'standardsDrafting',
      ]),
    ],
    awards: true,
  },
  {
    key: 'market',
    fields: [
      { path: 'nicheMarketYears', kind: 'int', min: 0, max: 200 },
      { path: 'marketShareBp', kind: 'percent' },
      { path: 'domesticMarketRank', kind: 'int', min: 1 },
      {
        path: 'mainProductField',
        kind: 'select',
        optionKeys: MAIN_PRODUCT_FIELDS,
        optionLabelKey: 'enterprise.annual.mainProductFieldOption',
      },
      {
        path: 'makerChina',
        kind: 'select',
        optionKeys: MAKER_CHINA,
        optionLabelKey: 'enterprise.annual.makerChinaOption',
      },
      { path: 'characteristicScore', kind: 'int', min: 0, max: 15 },
      { path: 'developmentScore', kind: 'int', min: 0, max: 100 },
      { path: 'strategicEmergingProduct', kind: 'bool' },
      ...bools('honours', ['highTechEnterprise', 'techInnovationDemo', 'ipAdvantage', 'ipDemo']),
    ],
  },
  {
    key: 'littleGiant',
    fields: bools('littleGiant', [
      'strategyAndGovernance',
      'infoSystemCoreBusiness',
      'managementCertification',
      'competitiveOwnBrand',
      'chainKeyLink',
      'keyDomainProduct',
    ]),
  },
  {
    key: 'compliance',
    fields: bools('compliance', [
      'abnormalOperation',
      'seriousDishonesty',
      'prohibitedCatalogue',
      'majorIncident3y',
    ]),
  },
];

export const ANNUAL_FIELDS: readonly AnnualFieldSchema[] = ANNUAL_SECTIONS.flatMap((s) => s.fields);

/** A leaf of the form: text for numbers, boolean or null (未填报) for yes/no, option key or null for selects. */
export type FormLeaf = string | boolean | null;
export interface FormNode {
  [key: string]: FormLeaf | FormNode;
}

export interface AwardModel {
  level: (typeof AWARD_LEVELS)[number] | '';
  rank: string;
}

export interface AnnualFormModel {
  year: number;
  values: FormNode;
  awards: AwardModel[];
}

/** What annual-facts-fields.vue exposes to its page. */
export interface AnnualFactsFieldsApi {
  /** Validates every field (opening all sections when one is wrong). */
  validate(): Promise<boolean>;
  clearValidate(): void;
  /** The year the form holds. */
  year(): number;
}

export function getPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? path] = value;
}

function emptyLeaf(field: AnnualFieldSchema): FormLeaf {
  return field.kind === 'bool' || field.kind === 'select' ? null : '';
}

/** The form's model for a year: existing facts shown in 万元 and %, everything else empty. */
export function factsToForm(year: number, facts: Api.Enterprise.Facts | null): AnnualFormModel {
  const values: FormNode = {};
  for (const field of ANNUAL_FIELDS) {
    const raw = facts ? getPath(facts, field.path) : undefined;
    let leaf = emptyLeaf(field);
    if (raw !== undefined && raw !== null) {
      if (field.kind === 'money' && typeof raw === 'number') leaf = fenToWanInput(raw);
      else if (field.kind === 'percent' && typeof raw === 'number') leaf = bpToPercentInput(raw);
      else if (field.kind === 'int' && typeof raw === 'number') leaf = String(raw);
      else if (field.kind === 'bool' && typeof raw === 'boolean') leaf = raw;
      else if (field.kind === 'select' && typeof raw === 'string') leaf = raw;
    }
    setPath(values, field.path, leaf);
  }
  const awards: AwardModel[] = (facts?.scienceAwards ?? []).map((a) => ({
    level: a.level,
    rank: String(a.rank),
  }));
  return { year, values, awards };
}

/** Parses one leaf; throws a RangeError whose message is the i18n text to show. */
export function parseLeaf(field: AnnualFieldSchema, leaf: FormLeaf): number | boolean | string | undefined {
  if (leaf === null || leaf === '') return undefined;
  if (field.kind === 'bool') return typeof leaf === 'boolean' ? leaf : undefined;
  if (field.kind === 'select') return typeof leaf === 'string' ? leaf : undefined;
  const text = String(leaf).trim().replace(/,/g, '');
  if (text === '') return undefined;
  if (field.kind === 'int') {
    if (!/^\d+$/.test(text)) throw new RangeError(translate('enterprise.annual.invalidInteger'));
    const value = Number(text);
    const min = field.min ?? 0;
    const max = field.max ?? Number.MAX_SAFE_INTEGER;
    if (value < min || value > max) {
      throw new RangeError(
        translate('enterprise.annual.outOfRange', { min, max: max.toLocaleString('zh-CN') }),
      );
    }
    return value;
  }
  if (field.kind === 'money') {
    if (!field.signed && text.startsWith('-'))
      throw new RangeError(translate('enterprise.annual.invalidMoney'));
    try {
      return wanInputToFen(text);
    } catch {
      throw new RangeError(translate('enterprise.annual.invalidMoney'));
    }
  }
  // percent
  let bp: number;
  try {
    bp = percentToBp(text);
  } catch {
    throw new RangeError(translate('enterprise.annual.invalidPercent'));
  }
  if (bp > 10_000) throw new RangeError(translate('enterprise.annual.invalidPercent'));
  return bp;
}

/** The AnnualFacts to PUT: only filled fields; money in 分, shares in basis points. Throws on invalid input. */
export function formToFacts(model: AnnualFormModel): Api.Enterprise.Facts {
  const facts: Record<string, unknown> = {};
  for (const field of ANNUAL_FIELDS) {
    const leaf = getPath(model.values, field.path);
    const value = parseLeaf(field, (leaf ?? null) as FormLeaf);
    if (value !== undefined) setPath(facts, field.path, value);
  }
  const awards = model.awards
    .filter((a) => a.level !== '' || a.rank.trim() !== '')
    .map((a) => ({ level: a.level as (typeof AWARD_LEVELS)[number], rank: Number(a.rank) }));
  if (awards.length > 0) facts['scienceAwards'] = awards;
  return facts;
}

/** Backend details (`rdStaff`, `facts.ip.class1Applied`, `scienceAwards.0.rank`) → form-item props. */
export function annualErrorProps(details: readonly ApiErrorDetail[]): {
  fields: Record<string, string>;
  rest: string[];
} {
  const known = new Set(ANNUAL_FIELDS.map((f) => f.path));
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const d of details) {
    const path = d.field?.replace(/^facts\./, '').replace(/\[(\d+)\]/g, '.$1');
    const award = path ? /^scienceAwards\.(\d+)\.(level|rank)$/.exec(path) : null;
    if (path && known.has(path)) fields[`values.${path}`] ??= d.message;
    else if (award) fields[`awards.${award[1]}.${award[2]}`] ??= d.message;
    else rest.push(d.message);
  }
  return { fields, rest };
}

export function annualFieldLabel(path: string): string {
  const key = `enterprise.annual.field.${path}`;
  return hasMessage(key) ? translate(key) : path;
}

export function optionsOf(field: AnnualFieldSchema): Option[] {
  return (field.optionKeys ?? []).map((k) => ({
    value: k,
    label: translate(`${field.optionLabelKey}.${k}`),
  }));
}

/** A fact as text for the table, the expanded row and the change log. */
export function formatFact(field: AnnualFieldSchema | undefined, value: unknown): string {
  if (value === undefined || value === null) return translate('common.notFilled');
  if (!field) return toText(value);
  switch (field.kind) {
    case 'money':
      return typeof value === 'number'
        ? `${formatWan(value)} ${translate('common.unit.wanYuan')}`
        : toText(value);
    case 'percent':
      return typeof value === 'number' ? formatPercentBp(value) : toText(value);
    case 'bool':
      return value === true
        ? translate('common.yes')
        : value === false
          ? translate('common.no')
          : toText(value);
    case 'select':
      return typeof value === 'string' ? translate(`${field.optionLabelKey}.${value}`) : toText(value);
    default:
      return typeof value === 'number' ? value.toLocaleString('zh-CN') : toText(value);
  }
}

/** The sections with labels and options, and the el-form rules: one validator per field (the parser of the submit). */
export function useAnnualFormSchema(): ComputedRef<{
  sections: {
    key: AnnualSectionKey;
    title: string;
    fields: (AnnualFieldSchema & { label: string; options: Option[] })[];
    awards: boolean;
  }[];
  rules: Record<string, FormItemRule[]>;
  awardRules: { level: FormItemRule[]; rank: FormItemRule[] };
}> {
  const { t } = useI18n();
  return computed(() => {
    const rules: Record<string, FormItemRule[]> = {};
    for (const field of ANNUAL_FIELDS) {
      if (field.kind === 'bool' || field.kind === 'select') continue;
      rules[`values.${field.path}`] = [
        {
          trigger: 'blur',
          validator: (_rule, value: FormLeaf, callback) => {
            try {
              parseLeaf(field, value);
              callback();
            } catch (error) {
              callback(error instanceof Error ? error : new Error(String(error)));
            }
          },
        },
      ];
    }
    return {
      sections: ANNUAL_SECTIONS.map((s) => ({
        key: s.key,
        title: t(`enterprise.annual.section.${s.key}`),
        awards: Boolean(s.awards),
        fields: s.fields.map((f) => ({
          ...f,
          label: annualFieldLabel(f.path),
          options: optionsOf(f),
        })),
      })),
      rules,
      awardRules: {
        level: [{ required: true, message: t('common.selectPlaceholder'), trigger: 'change' }],
        rank: [
          {
            trigger: 'blur',
            validator: (_rule, value: string, callback) => {
              const n = Number(value);
              if (/^\d+$/.test(String(value).trim()) && n >= 1 && n <= 100) callback();
              else callback(new Error(t('enterprise.annual.outOfRange', { min: 1, max: 100 })));
            },
          },
        ],
      },
    };
  });
}

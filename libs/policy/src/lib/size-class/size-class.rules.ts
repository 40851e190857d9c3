import type { IndustryGroup } from '@ladder/shared-domain';

import type { RuleVersionRef } from '../common/source';

/** The facts 《中小企业划型标准规定》 uses. Amounts are integer fen. */
export type SizeMetric = 'employees' | 'operatingRevenue' | 'totalAssets';

export type MetricThresholds = Partial<Record<SizeMetric, number>>;

export interface GroupThresholds {
  /** 中小微 if the value is below (by the convention) *any* of these upper limits. */
  readonly upper: MetricThresholds;
  /** 中型: every listed lower limit reached (或 any, by the band convention). */
  readonly medium: MetricThresholds;
  /** 小型: likewise. Everything else inside 中小微 is 微型. */
  readonly small: MetricThresholds;
}

export interface SizeClassRuleVersion extends RuleVersionRef {
  readonly groups: Readonly<Record<IndustryGroup, GroupThresholds>>;
}

/** 万元 → fen. */
const wan = (n: number): number => n * 1_000_000;

/**
 * 《中小企业划型标准规定》(工信部联企业〔2011〕300号), 第四条 items (一)–(十六). Values transcribed from
 * rules.md §2 (verbatim copies of the text in public repositories).
 */
export const SIZE_CLASS_2011: SizeClassRuleVersion = {
  id: 'sme-size-2011',
  effectiveFrom: '2011-06-18',
  source: {
    title: '中小企业划型标准规定',
    docNo: '工信部联企业〔2011〕300号',
    article: '第四条',
    confidence: 'confirmed',
  },
  groups: {
    agriculture: {
      upper: { operatingRevenue: wan(20000) },
      medium: { operatingRevenue: wan(500) },
      small: { operatingRevenue: wan(50) },
    },
    industry: {
      upper: { employees: 1000, operatingRevenue: wan(40000) },
      medium: { employees: 300, operatingRevenue: wan(2000) },
      small: { employees: 20, operatingRevenue: wan(300) },
    },
    construction: {
      upper: { operatingRevenue: wan(80000), totalAssets: wan(80000) },
      medium: { operatingRevenue: wan(6000), totalAssets: wan(5000) },
      small: { operatingRevenue: wan(300), totalAssets: wan(300) },
    },
    wholesale: {
      upper: { employees: 200, operatingRevenue: wan(40000) },
      medium: { employees: 20, operatingRevenue: wan(5000) },
      small: { employees: 5, operatingRevenue: wan(1000) },
    },
    retail: {
      upper: { employees: 300, operatingRevenue: wan(20000) },
      medium: { employees: 50, operatingRevenue: wan(500) },
      small: { employees: 10, operatingRevenue: wan(100) },
    },
    transport: {
      upper: { employees: 1000, operatingRevenue: wan(30000) },
      medium: { employees: 300, operatingRevenue: wan(3000) },
      small: { employees: 20, operatingRevenue: wan(200) },
    },
    warehousing: {
      upper: { employees: 200, operatingRevenue: wan(30000) },
      medium: { employees: 100, operatingRevenue: wan(1000) },
      small: { employees: 20, operatingRevenue: wan(100) },
    },
    postal: {
      upper: { employees: 1000, operatingRevenue: wan(30000) },
      medium: { employees: 300, operatingRevenue: wan(2000) },
      small: { employees: 20, operatingRevenue: wan(100) },
    },
    accommodation: {
      upper: { employees: 300, operatingRevenue: wan(10000) },
      medium: { employees: 100, operatingRevenue: wan(2000) },
      small: { employees: 10, operatingRevenue: wan(100) },
    },
    catering: {
      upper: { employees: 300, operatingRevenue: wan(10000) },
      medium: { employees: 100, operatingRevenue: wan(2000) },
      small: { employees: 10, operatingRevenue: wan(100) },
    },
    'information-transmission': {
      upper: { employees: 2000, operatingRevenue: wan(100000) },
      medium: { employees: 100, operatingRevenue: wan(1000) },
      small: { employees: 10, operatingRevenue: wan(100) },
    },
    'software-it': {
      upper: { employees: 300, operatingRevenue: wan(10000) },
      medium: { employees: 100, operatingRevenue: wan(1000) },
      small: { employees: 10, operatingRevenue: wan(50) },
    },
    'real-estate': {
      upper: { operatingRevenue: wan(200000), totalAssets: wan(10000) },
      medium: { operatingRevenue: wan(1000), totalAssets: wan(5000) },
      small: { operatingRevenue: wan(100), totalAssets: wan(2000) },
    },
    'property-management': {
      upper: { employees: 1000, operatingRevenue: wan(5000) },
      medium: { employees: 300, operatingRevenue: wan(1000) },
      small: { employees: 100, operatingRevenue: wan(500) },
    },
    'leasing-business': {
      upper: { employees: 300, totalAssets: wan(120000) },
      medium: { employees: 100, totalAssets: wan(8000) },
      small: { employees: 10, totalAssets: wan(100) },
    },
    other: {
      upper: { employees: 300 },
      medium: { employees: 100 },
      small: { employees: 10 },
    },
  },
};

export const SIZE_CLASS_VERSIONS: readonly SizeClassRuleVersion[] = [SIZE_CLASS_2011];

/**
 * Boundary conventions (rules.md §2 notes). Both are readings pending 市工信局 confirmation:
 * - `upperBound: 'exclusive'` follows 国家统计局《统计上大中小微型企业划分办法（2017）》: an enterprise at
 *   exactly the upper limit (e.g. 1000 industrial employees) is no longer 中小微 on that indicator.
 *   `'inclusive'` reads "X以下" with 《民法典》第一千二百五十九条 (以下 includes the number).
 * - `band: 'all'` applies the 2011 text's "且" (中型/小型 need every lower limit); `'any'` is the 2017
 *   statistical method's leniency (one indicator suffices).
 */
export interface SizeClassConvention {
  readonly upperBound: 'exclusive' | 'inclusive';
  readonly band: 'all' | 'any';
}

export const DEFAULT_SIZE_CLASS_CONVENTION: SizeClassConvention = { upperBound: 'exclusive', band: 'all' };

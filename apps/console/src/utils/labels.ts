/**
 * Labels of the domain's codes in the current language (Chinese by default). They read the i18n locale, so a
 * template or computed that calls them re-renders when the language changes.
 */
import {
  COUNTIES,
  findCounty,
  INDUSTRY_CHAINS,
  INDUSTRY_GROUP_LABELS,
  INDUSTRY_GROUPS,
  isIndustryGroup,
  POOL_CATEGORIES,
  POOL_CATEGORY_LABELS,
  resolveCountyCode,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  TIER_LABELS,
  TIERS,
} from '@ladder/shared-domain';
import { ROLE_DEFINITIONS, isRole } from '@ladder/shared-permissions';

import { isChinese } from '@/locales';

import { EMPTY_TEXT } from './format';

export interface Option<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

function pick(labels: { zh: string; en: string } | undefined, fallback: string): string {
  if (!labels) return fallback;
  return isChinese() ? labels.zh : labels.en;
}

export function countyLabel(code: string | null | undefined): string {
  if (!code) return EMPTY_TEXT;
  const county = findCounty(resolveCountyCode(code) ?? code);
  if (!county) return code;
  return isChinese() ? county.name : county.nameEn;
}

export function industryGroupLabel(group: string | null | undefined): string {
  if (!group) return EMPTY_TEXT;
  return isIndustryGroup(group) ? pick(INDUSTRY_GROUP_LABELS[group], group) : group;
}

export function chainLabel(code: string): string {
  return pick(
    INDUSTRY_CHAINS.find((c) => c.code === code),
    code,
  );
}

export function tierLabel(tier: string | null | undefined, none: string): string {
  if (!tier) return none;
  return pick((TIER_LABELS as Readonly<Record<string, { zh: string; en: string }>>)[tier], tier);
}

export function categoryLabel(category: string | null | undefined, none: string): string {
  if (!category) return none;
  return pick((POOL_CATEGORY_LABELS as Readonly<Record<string, { zh: string; en: string }>>)[category], category);
}

export function sizeClassLabel(size: string | null | undefined, none: string): string {
  if (!size) return none;
  return pick((SIZE_CLASS_LABELS as Readonly<Record<string, { zh: string; en: string }>>)[size], size);
}

export function roleLabel(role: string): string {
  return isRole(role) ? pick(ROLE_DEFINITIONS[role], role) : role;
}

export function countyOptions(): Option[] {
  return COUNTIES.map((c) => ({ value: c.code, label: isChinese() ? c.name : c.nameEn }));
}

export function industryGroupOptions(): Option[] {
  return INDUSTRY_GROUPS.map((g) => ({ value: g, label: pick(INDUSTRY_GROUP_LABELS[g], g) }));
}

export function chainOptions(): Option[] {
  return INDUSTRY_CHAINS.map((c) => ({ value: c.code, label: pick(c, c.code) }));
}

export function tierOptions(): Option[] {
  return TIERS.map((v) => ({ value: v, label: pick(TIER_LABELS[v], v) }));
}

export function categoryOptions(): Option[] {
  return POOL_CATEGORIES.map((v) => ({ value: v, label: pick(POOL_CATEGORY_LABELS[v], v) }));
}

export function sizeClassOptions(): Option[] {
  return SIZE_CLASSES.map((v) => ({ value: v, label: pick(SIZE_CLASS_LABELS[v], v) }));
}

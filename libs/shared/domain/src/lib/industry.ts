/**
 * The 16 industry groups of 《中小企业划型标准规定》(工信部联企业〔2011〕300号), in the order of the text.
 * The keys are a fixed API surface (see issue "Foundation and the enterprise registry").
 */
export const INDUSTRY_GROUPS = [
  'agriculture',
  'industry',
  'construction',
  'wholesale',
  'retail',
  'transport',
  'warehousing',
  'postal',
  'accommodation',
  'catering',
  'information-transmission',
  'software-it',
  'real-estate',
  'property-management',
  'leasing-business',
  'other',
] as const;

export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];

export const INDUSTRY_GROUP_LABELS: Readonly<Record<IndustryGroup, { zh: string; en: string; item: string }>> = {
  agriculture: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry, animal husbandry, fishery', item: '（一）' },
  industry: { zh: '工业', en: 'Industry (mining, manufacturing, utilities)', item: '（二）' },
  construction: { zh: '建筑业', en: 'Construction', item: '（三）' },
  wholesale: { zh: '批发业', en: 'Wholesale', item: '（四）' },
  retail: { zh: '零售业', en: 'Retail', item: '（五）' },
  transport: { zh: '交通运输业', en: 'Transport (excl. railway)', item: '（六）' },
  warehousing: { zh: '仓储业', en: 'Warehousing', item: '（七）' },
  postal: { zh: '邮政业', en: 'Postal services', item: '（八）' },
  accommodation: { zh: '住宿业', en: 'Accommodation', item: '（九）' },
  catering: { zh: '餐饮业', en: 'Catering', item: '（十）' },
  'information-transmission': { zh: '信息传输业', en: 'Information transmission', item: '（十一）' },
  'software-it': { zh: '软件和信息技术服务业', en: 'Software and IT services', item: '（十二）' },
  'real-estate': { zh: '房地产开发经营', en: 'Real-estate development', item: '（十三）' },
  'property-management': { zh: '物业管理', en: 'Property management', item: '（十四）' },
  'leasing-business': { zh: '租赁和商务服务业', en: 'Leasing and business services', item: '（十五）' },
  other: { zh: '其他未列明行业', en: 'Other industries not listed', item: '（十六）' },
};

export function isIndustryGroup(value: unknown): value is IndustryGroup {
  return typeof value === 'string' && (INDUSTRY_GROUPS as readonly string[]).includes(value);
}

/** Accepts a key ("industry") or its Chinese label ("工业"). */
export function resolveIndustryGroup(input: string): IndustryGroup | undefined {
  const value = input.trim();
  if (isIndustryGroup(value)) return value;
  const hit = INDUSTRY_GROUPS.find((g) => INDUSTRY_GROUP_LABELS[g].zh === value);
  return hit;
}

/**
 * Industry-chain tags for the pool (rules.md §6.2): the plan's leading and emerging industries plus the
 * 2023 county key chains. Codes are stable identifiers; labels are what officials see.
 */
export const INDUSTRY_CHAINS = [
  { code: 'steel-equipment', zh: '钢铁与装备制造', en: 'Steel and equipment manufacturing', kind: 'leading' },
  { code: 'new-materials', zh: '新材料', en: 'New materials', kind: 'leading' },
  { code: 'graphite-graphene', zh: '石墨（烯）', en: 'Graphite and graphene', kind: 'emerging' },
  { code: 'biomedicine', zh: '生物医药', en: 'Biomedicine', kind: 'emerging' },
  { code: 'fluorine-materials', zh: '氟新材料', en: 'Fluorine new materials', kind: 'emerging' },
  { code: 'rare-earth', zh: '稀土', en: 'Rare earth', kind: 'emerging' },
  { code: 'fluorosilicone', zh: '氟硅新材料', en: 'Fluorine-silicon materials', kind: 'county' },
  { code: 'silicon-chemical', zh: '硅及化工新材料', en: 'Silicon and chemical materials', kind: 'county' },
  { code: 'high-end-equipment', zh: '高端装备制造', en: 'High-end equipment', kind: 'county' },
  { code: 'automotive-machinery', zh: '汽车及机械加工', en: 'Automotive and machining', kind: 'county' },
  { code: 'casting-equipment', zh: '铸造和装备制造', en: 'Casting and equipment', kind: 'county' },
  { code: 'light-alloy', zh: '轻合金', en: 'Light alloys', kind: 'county' },
  { code: 'fine-chemicals', zh: '精细化工', en: 'Fine chemicals', kind: 'county' },
  { code: 'organosilicon', zh: '有机硅', en: 'Organosilicon', kind: 'county' },
  { code: 'safety-emergency', zh: '安全应急', en: 'Safety and emergency', kind: 'county' },
  { code: 'textile', zh: '纺织全产业链', en: 'Textiles', kind: 'county' },
  { code: 'forestry-bamboo', zh: '林竹（竹木）', en: 'Forestry and bamboo', kind: 'county' },
  { code: 'food-processing', zh: '特色食品加工', en: 'Food processing', kind: 'county' },
  { code: 'culture-tourism-health', zh: '文旅康养', en: 'Culture, tourism and wellness', kind: 'leading' },
  { code: 'modern-agriculture', zh: '特色现代农业', en: 'Modern agriculture', kind: 'leading' },
  { code: 'other', zh: '其他', en: 'Other', kind: 'other' },
] as const;

export type IndustryChainCode = (typeof INDUSTRY_CHAINS)[number]['code'];
export const INDUSTRY_CHAIN_CODES: readonly IndustryChainCode[] = INDUSTRY_CHAINS.map((c) => c.code);

export function resolveIndustryChain(input: string): IndustryChainCode | undefined {
  const value = input.trim();
  const hit = INDUSTRY_CHAINS.find(
    (c) => c.code === value || c.zh === value || c.zh.replace(/[（）()]/g, '') === value.replace(/[（）()]/g, ''),
  );
  return hit?.code;
}

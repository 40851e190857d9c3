/** The ladder of the plan (S-16): pool → 创新型 → 专精特新 → 小巨人. */
export const TIERS = ['innovative', 'specialized', 'little-giant'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Readonly<Record<Tier, { zh: string; en: string }>> = {
  innovative: { zh: '创新型中小企业', en: 'Innovative SME' },
  specialized: { zh: '专精特新中小企业', en: 'Specialised and innovative SME' },
  'little-giant': { zh: '专精特新“小巨人”企业', en: '"Little Giant" enterprise' },
};

/** Pool categories of S-14, set by the tiering service. */
export const POOL_CATEGORIES = ['recommend', 'upgrade', 'watch'] as const;
export type PoolCategory = (typeof POOL_CATEGORIES)[number];

export const POOL_CATEGORY_LABELS: Readonly<Record<PoolCategory, { zh: string; en: string }>> = {
  recommend: { zh: '重点推荐', en: 'Priority recommendation' },
  upgrade: { zh: '重点提升', en: 'Priority upgrading' },
  watch: { zh: '重点关注', en: 'Priority watch' },
};

export const SIZE_CLASSES = ['medium', 'small', 'micro', 'not-sme'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, { zh: string; en: string }>> = {
  medium: { zh: '中型', en: 'Medium' },
  small: { zh: '小型', en: 'Small' },
  micro: { zh: '微型', en: 'Micro' },
  'not-sme': { zh: '非中小企业', en: 'Not an SME' },
};

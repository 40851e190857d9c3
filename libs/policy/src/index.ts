export * from './lib/common/source';
export * from './lib/size-class/classify-size';
export * from './lib/size-class/size-class.rules';
export * from './lib/tiers/tier-input';
export * from './lib/tiers/tier-parameters';
export * from './lib/tiers/tier-rule-set';
export * from './lib/tiers/tier-result';
export * from './lib/tiers/tiers-2022.rules';
export * from './lib/tiers/tiers-2026.rules';
export * from './lib/tiers/select-tier-rules';
export * from './lib/tiers/evaluate-tiers';
export * from './lib/tiers/next-tier-distance';
export { defaultValidUntil, highestValidTitle, titleStatuses } from './lib/tiers/titles';
export * from './lib/plan/plan-targets';
export * from './lib/tiers/annual-update';
export * from './lib/awards/award-types';
export { formatRate, formatWan, formatWanExact, isValidRate } from './lib/awards/award-money';
export {
  DEFAULT_AWARD_PARAMETERS,
  DEFAULT_COUNTY_MATCHING,
  PLAN_FUND_RATES,
  REVENUE_COMPARISONS,
  findCountyMatching,
  resolveAwardParameters,
  validateAwardParameters,
} from './lib/awards/award-parameters';
export type { AwardParameters, CountyMatchingEntry, RevenueComparison } from './lib/awards/award-parameters';
export * from './lib/awards/awards.rules';
export * from './lib/awards/award-versions';
export * from './lib/awards/award-request';
export * from './lib/awards/compute-award';
export * from './lib/awards/award-entitlements';
export * from './lib/awards/match-awards';
export * from './lib/calendar/calendar-date';
export * from './lib/calendar/calendar.exception';
export * from './lib/calendar/holiday-arrangements.rules';
export * from './lib/calendar/working-calendar';
export * from './lib/servicedesk/servicedesk.rules';
export * from './lib/servicedesk/sla-clock';
export * from './lib/procurement/procurement.rules';
export * from './lib/procurement/procurement-request';
export * from './lib/procurement/procurement-result';
export * from './lib/procurement/compute-procurement';
export * from './lib/payments/lpr.rules';
export * from './lib/payments/payment.rules';
export * from './lib/payments/payment-request';
export * from './lib/payments/payment-result';
export * from './lib/payments/compute-payment';
export * from './lib/payments/complaint.rules';
export * from './lib/payments/repeat-offender.rules';
export * from './lib/common/held-titles';
export * from './lib/common/measure-versions';
export * from './lib/guarantees/guarantee-types';
export * from './lib/guarantees/guarantees.rules';
export * from './lib/guarantees/guarantee-parameters';
export * from './lib/guarantees/guarantee-request';
export * from './lib/guarantees/guarantee-versions';
export * from './lib/guarantees/compute-guarantee';
export * from './lib/talent/talent-types';
export * from './lib/talent/talent.rules';
export * from './lib/talent/talent-request';
export * from './lib/talent/talent-versions';
export * from './lib/talent/compute-talent';

export * from './assessDuties.js';
export * from './assessAuthorityDuty.js';
export * from './averageHeadcount.js';
export { FIRST_RULE_YEAR, RuleYearSchema } from './_lib/ruleYear.js';
export * from './describeDuties.js';
export * from './versions/index.js';

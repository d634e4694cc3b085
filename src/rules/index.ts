export * from './assessDuties.js';
export * from './assessAuthorityDuty.js';
export * from './averageHeadcount.js';
export { RuleInputError, FIRST_RULE_YEAR } from './_lib/errors.js';
export * from './describeDuties.js';

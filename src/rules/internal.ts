/**
 * What the rest of the package may use of the rules' private parts (`rules/_lib/`): the range of
 * financial years the modelled rules apply to, which the plan, the statement and the CLI check
 * their years against. Not exported to users. Another module imports these from here, never from
 * `rules/_lib/` (the lint rule `likestilling/module-boundaries`, see CONTRIBUTING.md). `rules/`
 * imports nothing from `schedule/`: the dependency runs one way, `schedule/` → `rules/`.
 * @internal
 * @module
 */
export { FIRST_RULE_YEAR, RuleYearSchema } from './_lib/ruleYear.js';

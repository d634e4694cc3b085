import type { Diagnostic } from '../../_lib/diagnostics.js';

/**
 * The first financial year of the rules modelled (the 2020 amendment, in force 1 January 2020).
 *
 * @example
 * ```ts
 * planYear({ year: FIRST_RULE_YEAR }).biennialMappingRequired; // false (first mapping 2021)
 * ```
 */
export const FIRST_RULE_YEAR = 2020;

/**
 * Thrown when a duty assessment or a year plan cannot be made from its input; the problems are data in
 * `diagnostics` (codes, paths, what was expected), like zod's `ZodError.issues`.
 *
 * @example
 * ```ts
 * try {
 *   assessDuties({ sector: 'private' }, 2025);
 * } catch (e) {
 *   if (e instanceof RuleInputError) e.diagnostics[0]?.path; // ['headcounts']
 * }
 * ```
 */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
  /** What is wrong with the input. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * @param diagnostics - the problems; the message lists their paths and codes (never a value)
   */
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.path.join('.')}: ${d.code}${d.expected !== undefined ? `; expected ${d.expected}` : ''}`).join('\n'));
    this.diagnostics = diagnostics;
  }
}

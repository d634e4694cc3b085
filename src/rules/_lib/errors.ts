import type { Diagnostic } from '../../_lib/diagnostics.js';

/** The first financial year of the rules modelled (the 2020 amendment, in force 1 January 2020). */
export const FIRST_RULE_YEAR = 2020;

/**
 * Thrown when a duty assessment or a year plan cannot be made from its input; the problems are data in
 * `diagnostics` (codes, paths, what was expected), like zod's `ZodError.issues`.
 */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
  /** What is wrong with the input. */
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.path.join('.')}: ${d.code}${d.expected !== undefined ? `; expected ${d.expected}` : ''}`).join('\n'));
    this.diagnostics = diagnostics;
  }
}

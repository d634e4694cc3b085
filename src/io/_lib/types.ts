import type { Diagnostic } from '../../_lib/diagnostics.js';
import type { Employee } from '../../models/employee.js';

/**
 * What an importer returns: the canonical records it could build, and every problem found,
 * errors and warnings apart. A record with an error that makes it unusable is not in `records`
 * and is counted in `rejected`; nothing is dropped silently.
 */
export interface ImportResult {
  /** Canonical records, in input order. */
  readonly records: readonly Employee[];
  /**
   * The problems, errors and warnings, in input order: the first `maxDiagnostics` (default
   * `INPUT_LIMITS.diagnostics`, 10 000) in full; when there were more, the rest are only counted
   * (`diagnosticsOmitted`, and in `errors` and `warnings`) and the list ends with one
   * `diagnostics_truncated` warning. `errors + warnings === diagnostics.length + diagnosticsOmitted`.
   */
  readonly diagnostics: readonly Diagnostic[];
  /** Problems found and counted but not kept in `diagnostics` (0 unless the cap was reached). */
  readonly diagnosticsOmitted: number;
  /** Data rows / employments read. */
  readonly read: number;
  /** Rows / employments left out because of an error (each has at least one error diagnostic). */
  readonly rejected: number;
  /** Counts by severity, of every problem (kept or not). */
  readonly errors: number;
  readonly warnings: number;
  /** True when the input cannot serve any figure (e.g. a required column is missing). */
  readonly fatal: boolean;
}

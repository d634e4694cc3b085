/**
 * Norway's employer equality duties (*aktivitets- og redegjørelsesplikt*, ARP,
 * likestillings- og diskrimineringsloven §§ 26–26 a) as typed, exact, pure functions: which
 * duties an employer has ({@link assessDuties}, COV-1 to COV-8), what is due when
 * ({@link planYear}, ACT-4, STM-5), the part-1 figures of the statement to the øre
 * ({@link computeMapping}, STAT-A1 to STAT-B4), what may be published ({@link publish}, ANON-2,
 * ANON-3) and the statement itself ({@link buildStatement}, {@link renderHtml}). Every rule is
 * cited by its ID in ARP.md, the rules page of these docs.
 *
 * The root export has no I/O and runs in a browser. Files are read by `likestilling/csv` and
 * `likestilling/a-melding`, written by `likestilling/xlsx`; `likestilling/node` maps big files on
 * two threads. Problems in data are {@link Diagnostic}s (turn one into text with
 * {@link formatDiagnostic}); malformed input to a function is a {@link LikestillingInputError}
 * (or, with {@link safe}, a result).
 *
 * @example
 * ```ts
 * import { assessDuties, describeDuties, describePlan, planYear } from 'likestilling';
 *
 * const employer = { sector: 'private', headcounts: [{ financialYear: 2025, averageHeadcount: 35 }], demands: [{ party: 'employee-representatives', financialYear: 2025 }] } as const;
 * const duties = assessDuties(employer, 2025); // duties.statement: true (COV-4: 20–50 employees, demanded)
 * const plan = planYear({ year: 2025, lastMappingYear: 2024, duties });
 * console.log(describeDuties(duties));
 * console.log(describePlan(plan)); // … the figures mapped in 2024 may be reused (STM-6) … filed by 2026-07-31 (STM-5).
 * ```
 * @packageDocumentation
 * @module likestilling
 */
export * from './models/index.js';
export * from './rules/index.js';
export * from './schedule/index.js';
export * from './statistics/index.js';
export * from './anonymisation/index.js';
export * from './report/index.js';
/** Problems as data: see {@link Diagnostic} and {@link formatDiagnostic}. */
export type { Diagnostic, DiagnosticCode, Severity } from './_lib/diagnostics.js';
export { DIAGNOSTIC_CODES } from './_lib/diagnostics.js';
export { formatDiagnostic, LANGUAGES, type Language } from './_lib/messages.js';
/** Input errors as data, and the safe form: see {@link LikestillingInputError} and {@link safe}. */
export { LikestillingInputError, safe, type InputIssue, type InputPath, type SafeResult } from './_lib/input.js';

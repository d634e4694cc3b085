/**
 * likestilling: Norway's employer equality duties (*aktivitets- og redegjørelsesplikt*, ARP,
 * likestillings- og diskrimineringsloven §§ 26–26 a) as typed, exact, pure functions.
 *
 * The root export is the pure core (models, rules, schedule, statistics, anonymisation, report);
 * file readers live in `likestilling/csv`, `likestilling/a-melding`, `likestilling/xlsx`, and the
 * command line in `likestilling/cli`.
 * @packageDocumentation
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

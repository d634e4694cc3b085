/**
 * Reading one CSV file in two parts at once (the Node edge's parallel path): what each part must
 * tell about itself so that the two results can be joined into exactly the result of one reader
 * over the whole file, the check of those facts, and the renumbering of the second part's
 * diagnostics. Pure: no I/O here.
 *
 * A row converter carries state from row to row; each piece of it is either merged or checked:
 * - the decimal mark proven per column: the second part records the marks its ambiguous values
 *   were read with, and the join is refused when the first part proved another mark for such a
 *   column (the second part then read a value differently than one reader would have);
 * - the employee ids (duplicates are rejected with the first row's number): refused when an id is
 *   in both parts;
 * - the organisation number and year taken from the first row that has one (when not given in
 *   the options): refused when the two parts took different ones;
 * - row and line numbers: the second part counts from 1 at the boundary and is shifted.
 * @internal
 */
import { truncatedDiagnostic, type Diagnostic } from '../../../_lib/diagnostics.js';
import type { CsvImportProfile } from '../csvImportOptions.js';
import { compareIds, type IdIndex } from './idIndex.js';
import type { RowConverter } from './rowConverter.js';
import { COMMA } from './numberCells.js';

/** What a part's row converter ends with (plain data: it crosses threads). @internal */
export interface ConverterFacts {
  /** The decimal mark proven per column (COMMA, DOT or 0). */
  readonly marks: readonly number[];
  /** Per column, the marks ambiguous values were read with (bit 1 `,`, bit 2 `.`); null when not tracked. */
  readonly ambiguous: readonly number[] | null;
  /** How many employee ids, and while they came in increasing order, the first and the last. */
  readonly ids: { readonly size: number; readonly ends: { readonly first: string; readonly last: string } | null };
  /** The organisation number and year in effect at the end. */
  readonly organisationNumber: string | undefined;
  readonly year: string | undefined;
}

/** The facts of a converter. @internal */
export function converterFacts(converter: RowConverter): ConverterFacts {
  const ids = converter.employeeIds;
  const { organisationNumber, year } = converter.references;
  return { marks: converter.provenMarks, ambiguous: converter.ambiguousReadings, ids: { size: ids.size, ends: ids.orderedEnds() }, organisationNumber, year };
}

/** Why two parts cannot be joined (then the file is read by one reader). @internal */
export type SplitConflict = 'decimal-mark' | 'reference-value' | 'duplicate-id';

/**
 * Whether the parts can be joined: null when they can, a conflict when they cannot, or
 * `compare-ids` when only a look at every id of the second part in the first part's ids can tell
 * ({@link idsOverlap}).
 *
 * @param first - the first part's facts (from the start of the file)
 * @param second - the second part's facts (tracking ambiguous values)
 * @param profile - the import profile both parts were read with
 */
export function splitConflict(first: ConverterFacts, second: ConverterFacts, profile: CsvImportProfile): SplitConflict | 'compare-ids' | null {
  // Decimal marks. An ambiguous value of the second part was read with its own proven mark, or
  // the fallback; one reader would have used the first part's proven mark. They differ exactly
  // when the first part proved a mark and the second read an ambiguous value with the other one.
  const ambiguous = second.ambiguous;
  if (ambiguous === null) throw new Error('likestilling: the second part must track ambiguous numbers');
  for (let c = 0; c < first.marks.length; c++) {
    const proven = first.marks[c] ?? 0;
    if (proven === 0) continue;
    const other = proven === COMMA ? 2 : 1;
    if (((ambiguous[c] ?? 0) & other) !== 0) return 'decimal-mark';
  }
  // Reference values: when not given, the first row with a value sets them. The second part took
  // its own first value: the same reading exactly when the first part took none, or the same one.
  if (
    profile.organisationNumber === undefined &&
    first.organisationNumber !== undefined &&
    second.organisationNumber !== undefined &&
    first.organisationNumber !== second.organisationNumber
  ) {
    return 'reference-value';
  }
  if (profile.year === undefined && first.year !== undefined && second.year !== undefined && first.year !== second.year) return 'reference-value';
  // Employee ids: no overlap when either part has none, or both are increasing and the second starts after the first ends.
  if (first.ids.size === 0 || second.ids.size === 0) return null;
  const a = first.ids.ends;
  const b = second.ids.ends;
  if (a !== null && b !== null && compareIds(a.last, b.first) < 0) return null;
  return 'compare-ids';
}

/** True when one of `ids` is in `index`. @internal */
export function idsOverlap(index: IdIndex, ids: readonly string[]): boolean {
  for (const id of ids) if (index.has(id)) return true;
  return false;
}

/**
 * The second part's diagnostics numbered as in the whole file: `record` and `params.firstRecord`
 * shifted by the data rows of the first part, `params.line` by its physical lines. New objects,
 * their keys in the same order.
 *
 * @param diagnostics - the second part's, numbered from 1 at the boundary
 * @param rows - data rows of the first part (blank ones included)
 * @param nextLine - the physical line the second part starts on
 */
export function shiftDiagnostics(diagnostics: readonly Diagnostic[], rows: number, nextLine: number): Diagnostic[] {
  const lines = nextLine - 1;
  return diagnostics.map((d) => {
    const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...d };
    if (typeof d.record === 'number') out.record = d.record + rows;
    const p = d.params;
    if (p !== undefined && (typeof p['line'] === 'number' || typeof p['firstRecord'] === 'number')) {
      const params: Record<string, string | number | readonly string[]> = { ...p };
      if (typeof p['line'] === 'number') params['line'] = p['line'] + lines;
      if (typeof p['firstRecord'] === 'number') params['firstRecord'] = p['firstRecord'] + rows;
      out.params = params;
    }
    return out;
  });
}

/** The diagnostics of one part, as its reader finished them. @internal */
export interface PartDiagnostics {
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly diagnosticsOmitted: number;
}

/**
 * The diagnostics of two parts joined into exactly those of one reader over the whole file: one
 * reader keeps the first `cap` diagnostics of the rows (file-level ones in `front` always) and
 * counts the rest. `first` is the first part's (with `front` at its head), `second` the second
 * part's, already renumbered ({@link shiftDiagnostics}); each may end with its own
 * `diagnostics_truncated` warning, which is made again over the whole.
 * @internal
 */
export function joinDiagnostics(
  first: PartDiagnostics,
  front: number,
  second: PartDiagnostics,
  cap: number,
  file: string | undefined,
): PartDiagnostics & { readonly diagnostics: Diagnostic[] } {
  const strip = (p: PartDiagnostics): { list: readonly Diagnostic[]; errors: number; warnings: number; omittedErrors: number; omittedWarnings: number } => {
    const last = p.diagnostics[p.diagnostics.length - 1];
    if (p.diagnosticsOmitted === 0 || last === undefined || last.code !== 'diagnostics_truncated') {
      return { list: p.diagnostics, errors: p.errors, warnings: p.warnings, omittedErrors: 0, omittedWarnings: 0 };
    }
    const params = last.params ?? {};
    return {
      list: p.diagnostics.slice(0, -1),
      errors: p.errors,
      warnings: p.warnings - 1,
      omittedErrors: Number(params['omittedErrors'] ?? 0),
      omittedWarnings: Number(params['omittedWarnings'] ?? 0),
    };
  };
  const a = strip(first);
  const b = strip(second);
  const room = Math.max(0, cap - (a.list.length - front));
  const full = a.omittedErrors + a.omittedWarnings > 0;
  const taken = full ? [] : b.list.slice(0, room);
  let omittedErrors = a.omittedErrors + b.omittedErrors;
  let omittedWarnings = a.omittedWarnings + b.omittedWarnings;
  for (let i = taken.length; i < b.list.length; i++) {
    if ((b.list[i] as Diagnostic).severity === 'error') omittedErrors++;
    else omittedWarnings++;
  }
  const diagnostics = [...a.list, ...taken];
  let warnings = a.warnings + b.warnings;
  if (omittedErrors + omittedWarnings > 0) {
    diagnostics.push(truncatedDiagnostic(cap, omittedErrors, omittedWarnings, file));
    warnings++;
  }
  return { diagnostics, errors: a.errors + b.errors, warnings, diagnosticsOmitted: omittedErrors + omittedWarnings };
}

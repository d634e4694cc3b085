/**
 * The CSV header read once: which column gives which field (the profile's mapping, the canonical
 * names, pay codes, then the well-known names), which are ignored, and the header's problems.
 * @internal
 */
import type { DiagnosticCode, Severity } from '../../../_lib/diagnostics.js';
import { PAY_COMPONENTS, SPECIAL_CATEGORY_FIELDS, type PayComponent } from '../../../models/employee.js';
import { CANONICAL_CSV_HEADER, CSV_FIELDS, type CsvField } from '../columnMapping.js';
import type { CsvImportProfile } from '../csvImportOptions.js';
import { knownColumn, type KnownColumn } from '../knownColumns.js';

/** A field with one column (not a pay component). @internal */
export type ScalarField = Exclude<CsvField, PayComponent>;

/** A pay column: its index, and whether it holds yearly amounts. @internal */
export interface PayColumn {
  readonly index: number;
  readonly annual: boolean;
}

/** Reports a problem of the header. @internal */
export type HeaderReport = (severity: Severity, code: DiagnosticCode, params: Record<string, string | readonly string[]>) => void;

/** Where the fields are in the file. @internal */
export interface ColumnLayout {
  /** Per scalar field its column (-1: absent). */
  readonly idx: Record<ScalarField, number>;
  /** Per pay component (PAY_COMPONENTS order) its columns. */
  readonly pay: readonly (readonly PayColumn[])[];
  /** The columns (header texts) read into each field. */
  readonly fields: Partial<Record<CsvField, string[]>>;
  readonly ignored: readonly string[];
  /** True in the long layout (a `payCode` or `payAmount` column): one row per pay line. */
  readonly long: boolean;
  /** Pay code → field, the longest codes first. */
  readonly payCodes: ReadonlyMap<string, string>;
  /** True when the header makes the file unusable (missing required columns, conflicting mapping). */
  readonly fatal: boolean;
}

const REQUIRED: readonly CsvField[] = ['employeeId', 'gender', 'startDate', 'positionPercent'];
const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CATEGORY_FIELDS.map((f) => f.toLowerCase()));
const CANONICAL_BY_LOWER: ReadonlyMap<string, CsvField> = new Map(CSV_FIELDS.map((f) => [f.toLowerCase(), f]));
/** The pay components' names. @internal */
export const PAY_SET: ReadonlySet<string> = new Set(PAY_COMPONENTS);
const PAY_CODE_SEPARATORS = ' -_:.';

/**
 * The layout of a header (its cells trimmed), reporting its problems in order.
 * @internal
 * @example
 * ```ts
 * const layout = layoutColumns(['employeeId', 'gender', 'startDate', 'positionPercent'], profile, () => {});
 * layout.idx.startDate; // 2
 * ```
 */
export function layoutColumns(header: readonly string[], profile: CsvImportProfile, report: HeaderReport): ColumnLayout {
  const idx = Object.fromEntries(CSV_FIELDS.filter((f) => !PAY_SET.has(f)).map((f) => [f, -1])) as Record<ScalarField, number>;
  const pay: PayColumn[][] = PAY_COMPONENTS.map(() => []);
  const fields: Partial<Record<CsvField, string[]>> = {};
  const ignored: string[] = [];
  const annual = new Set(profile.annualColumns);
  const usedMappingKeys = new Set<string>();
  const mapping = new Map(Object.entries(profile.columnMapping));
  const payCodes = Object.entries(profile.payCodes).sort((a, b) => b[0].length - a[0].length);
  const recognised: { readonly index: number; readonly header: string; readonly known: KnownColumn }[] = [];
  let fatal = false;

  header.forEach((h, index) => {
    let target: CsvField | 'ignore' | 'notPay' | undefined = mapping.get(h);
    if (target !== undefined) usedMappingKeys.add(h);
    target ??= CANONICAL_BY_LOWER.get(h.toLowerCase());
    if (target === undefined) {
      for (const [code, to] of payCodes) {
        if (h === code || (h.startsWith(code) && PAY_CODE_SEPARATORS.includes(h.charAt(code.length)))) {
          target = to;
          break;
        }
      }
    }
    if (target === undefined && SPECIAL.has(h.toLowerCase())) {
      report('warning', 'special_category_field', { column: h });
      ignored.push(h);
      return;
    }
    if (target === undefined) {
      // a well-known name (Stillingsprosent, Kjønn, Årslønn …): looked at once every named column is placed
      const known = knownColumn(h);
      if (known !== undefined) recognised.push({ index, header: h, known });
      else ignored.push(h);
      return;
    }
    if (target === 'ignore' || target === 'notPay') {
      ignored.push(h);
      return;
    }
    const list = (fields[target] ??= []);
    list.push(h);
    const payIndex = (PAY_COMPONENTS as readonly string[]).indexOf(target);
    if (payIndex >= 0) {
      (pay[payIndex] as PayColumn[]).push({ index, annual: annual.has(h) || annual.has(target) });
      return;
    }
    const field = target as ScalarField;
    if (idx[field] >= 0) {
      fatal = true;
      report('error', 'invalid_column_mapping', { problem: 'same-field', other: header[idx[field]] ?? '', column: h, field });
      return;
    }
    idx[field] = index;
  });

  // known columns are never lost (issue 16, item 4): one no other column gives is read, with a
  // warning; one whose field is given already is named in a warning
  for (const { index, header: h, known } of recognised) {
    const field = known.field;
    const payIndex = (PAY_COMPONENTS as readonly string[]).indexOf(field);
    const givenBy = payIndex >= 0 ? ((pay[payIndex] as PayColumn[])[0]?.index ?? (idx.payCode >= 0 ? idx.payCode : -1)) : idx[field as ScalarField];
    if (givenBy >= 0) {
      report('warning', 'column_not_mapped', { column: h, field, from: header[givenBy] ?? '' });
      ignored.push(h);
      continue;
    }
    report('warning', 'column_recognised', { column: h, field });
    (fields[field] ??= []).push(h);
    if (payIndex >= 0) (pay[payIndex] as PayColumn[]).push({ index, annual: known.annual === true || annual.has(h) || annual.has(field) });
    else idx[field as ScalarField] = index;
  }

  for (const key of mapping.keys()) {
    if (!usedMappingKeys.has(key)) report('warning', 'invalid_column_mapping', { problem: 'not-in-file', column: key });
  }
  for (const name of annual) {
    const isPayField = PAY_SET.has(name);
    const isPayColumn = PAY_COMPONENTS.some((c, i) => (pay[i] as PayColumn[]).some((p) => header[p.index] === name) || (isPayField && c === name));
    if (!isPayColumn) report('warning', 'invalid_column_mapping', { problem: 'annual-not-pay', column: name });
  }

  const missing = REQUIRED.filter((f) => idx[f as ScalarField] < 0 && !(f === 'gender' && idx.nationalId >= 0));
  if (missing.length > 0) {
    fatal = true;
    report('error', 'missing_columns', { columns: missing });
  }
  const long = idx.payCode >= 0 || idx.payAmount >= 0;
  if (long && !fatal) {
    if (idx.payCode < 0 || idx.payAmount < 0) {
      fatal = true;
      report('error', 'missing_columns', { columns: [idx.payCode < 0 ? 'payCode' : 'payAmount'] });
    } else if (payCodes.length === 0) {
      fatal = true;
      report('error', 'invalid_column_mapping', { problem: 'pay-lines-need-codes' });
    } else if (pay.some((cols) => cols.length > 0)) {
      fatal = true;
      report('error', 'invalid_column_mapping', { problem: 'pay-lines-and-columns' });
    }
  }
  const longLayout = idx.payCode >= 0;
  const absent = CANONICAL_CSV_HEADER.filter(
    (f) =>
      (PAY_SET.has(f) ? !longLayout && (pay[(PAY_COMPONENTS as readonly string[]).indexOf(f)] as PayColumn[]).length === 0 : idx[f as ScalarField] < 0) &&
      !REQUIRED.includes(f),
  );
  if (!fatal && absent.length > 0) report('warning', 'optional_columns_missing', { columns: absent });

  return { idx, pay, fields, ignored, long, payCodes: new Map(payCodes), fatal };
}

import type { CsvImportOptions, CsvImportResult } from './csvImportOptions.js';
import { ByteDecoder } from './_lib/decoder.js';
import { checkTextInput, encodingDiagnostics, readOptions } from './_lib/profile.js';
import { ImportSession } from './_lib/session.js';

/**
 * Reads a whole employee CSV held in memory — the canonical interchange format (issue 3) or a
 * Norwegian HR/spreadsheet export (issue 5) — into canonical `Employee` records.
 *
 * Detects the delimiter, the decimal mark per column and the encoding (see
 * {@link CsvImportProfileSchema}); maps columns by name, by `columnMapping` and by the
 * `payCodes` table. Every problem is a `Diagnostic` naming the file, the data row
 * (`record`, 1 = the first row after the header; `params.line` = the physical line), the field,
 * what was expected and — only for non-personal fields — what was found. A row with an error is
 * left out of `records` and counted in `rejected`; warnings keep the record (position percent
 * 0 or missing: counted in headcounts, left out of pay, DEF-PAY). Only a missing required column
 * (`employeeId`, `gender` or `nationalId`, `startDate`, `positionPercent`) makes the result
 * `fatal`, with all of them listed in one diagnostic.
 *
 * With `onRecords` the records are handed over in a few batches (one for the text, at most two
 * more at the end) instead of being returned; see {@link CsvImportOptions}.
 *
 * @param input - the file's text, or its bytes (UTF-8, Windows-1252 or UTF-16 with a BOM)
 * @param options - file name, delimiter, decimal mark, encoding, column mapping, pay codes,
 *   annual columns, year, organisation number, `onRecords`
 * @returns the records (`[]` with `onRecords`), the diagnostics and the counts
 * @throws `LikestillingInputError` (`name`) when the input is not text or bytes, or the options
 *   are invalid (an unknown field in the mapping, a `__proto__` key …): its `issues` name every bad
 *   path (`options.columnMapping.Navn`), never a value; rethrows an error thrown by `onRecords`
 * @see ARP.md DEF-PAY, DEF-SEX, DEF-INV, DEF-PL
 * @example
 * ```ts
 * const result = parseEmployeesCsv(
 *   'Ansattnr;Kjønn;Stilling %;Startdato;Månedslønn\n17;K;80;01.03.2020;"45 000,50"\n',
 *   { file: 'hr.csv', columnMapping: { Ansattnr: 'employeeId', 'Kjønn': 'gender', 'Stilling %': 'positionPercent', Startdato: 'startDate', 'Månedslønn': 'basePay' } },
 * );
 * result.records[0]?.pay.basePay; // 4500050 (øre)
 * ```
 */
export function parseEmployeesCsv(input: string | Uint8Array, options: CsvImportOptions = {}): CsvImportResult {
  checkTextInput('parseEmployeesCsv', input);
  const { profile, file, onRecords } = readOptions('parseEmployeesCsv', options);
  const session = new ImportSession(profile, file, onRecords);
  if (typeof input === 'string') {
    session.push(input);
    return session.finish('utf-8');
  }
  const decoder = new ByteDecoder(profile.encoding);
  session.push(decoder.decode(input));
  session.push(decoder.end());
  return session.finish(decoder.encoding, encodingDiagnostics(decoder, file));
}

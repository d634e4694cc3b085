/**
 * One legal entity, one year per file: the organisation number and year of a CSV file, given in
 * the options or taken from the first row that has one, and every other row checked against them.
 * @internal
 */
import { expecting } from '../../../locales/index.js';
import { isValidOrganisationNumber } from '../../../models/identifiers.js';
import type { CsvImportProfile } from '../csvImportOptions.js';
import type { CellReader } from './cellReader.js';

/**
 * The organisation number and year in effect for a file.
 * @internal
 * @example
 * ```ts
 * const refs = new FileReferences(profile);
 * refs.check(reader); // reports a row of another legal entity or year
 * ```
 */
export class FileReferences {
  organisationNumber: string | undefined;
  year: string | undefined;
  /** Whether the year was given in the options (then it may be named in diagnostics). */
  private readonly yearGiven: boolean;

  constructor(profile: CsvImportProfile) {
    this.organisationNumber = profile.organisationNumber;
    this.year = profile.year === undefined ? undefined : String(profile.year);
    this.yearGiven = profile.year !== undefined;
  }

  /** Checks the current row's organisation number and year cells (the first valid ones set the references). */
  check(r: CellReader): void {
    if (r.idx.organisationNumber >= 0) {
      const v = r.cell(r.idx.organisationNumber).replace(/\s/g, '');
      if (v !== '') {
        if (!isValidOrganisationNumber(v)) r.diag('error', 'invalid_org_number', 'organisationNumber', expecting('orgNumber'), v);
        else if (this.organisationNumber === undefined) this.organisationNumber = v;
        else if (v !== this.organisationNumber)
          r.diag('error', 'mixed_legal_entities', 'organisationNumber', expecting('literal', { text: this.organisationNumber }), v, undefined, true);
      }
    }
    if (r.idx.year >= 0) {
      const v = r.cell(r.idx.year);
      if (v !== '') {
        if (!/^\d{4}$/.test(v)) r.diag('error', 'invalid_value', 'year', expecting('yearDigits'), v);
        else if (this.year === undefined) this.year = v;
        // the year cells are not quoted: in a shifted column they could be amounts
        else if (v !== this.year)
          r.diag('error', 'mixed_years', 'year', this.yearGiven ? expecting('literal', { text: this.year }) : expecting('yearOfFirstRow'), v);
      }
    }
  }
}

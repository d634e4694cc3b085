import { z } from 'zod';
import { isValidDate } from '../../_lib/dates.js';
import { INPUT_LIMITS } from '../../_lib/diagnostics.js';
import type { Employee } from '../../models/employee.js';
import { IsoDateSchema } from '../../models/employee.js';
import { isValidOrganisationNumber } from '../../models/identifiers.js';
import type { ImportResult } from '../_lib/types.js';
import type { HrRecordInput } from './hrRecord.js';
import { expecting } from '../../locales/index.js';

/**
 * The a-melding namespaces the importer reads (versions 2.2 and 2.3, ARP.md §7); a file in any
 * other namespace is refused with `wrong_namespace`.
 *
 * @example
 * ```ts
 * A_MELDING_NAMESPACES.includes('urn:ske:fastsetting:innsamling:a-meldingen:v2_3'); // true
 * ```
 */
export const A_MELDING_NAMESPACES = ['urn:ske:fastsetting:innsamling:a-meldingen:v2_2', 'urn:ske:fastsetting:innsamling:a-meldingen:v2_3'] as const;
/** An accepted a-melding namespace. See {@link A_MELDING_NAMESPACES}. */
export type AMeldingNamespace = (typeof A_MELDING_NAMESPACES)[number];

/**
 * One a-melding file (*a-melding*, one month of one legal entity): a name for diagnostics and the
 * XML as text, bytes, or a stream of byte chunks (read chunk by chunk, never whole).
 *
 * @example
 * ```ts
 * const file: AMeldingFile = { name: '2025-12.xml', content: createReadStream('2025-12.xml') };
 * ```
 */
export interface AMeldingFile {
  readonly name: string;
  readonly content: string | Uint8Array | AsyncIterable<Uint8Array>;
}

const MonthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, { message: 'expected MM-DD' })
  .refine(
    (s) => {
      const m = Number(s.slice(0, 2));
      const d = Number(s.slice(3));
      return isValidDate(2000, m, d); // a leap year: 02-29 is a calendar day
    },
    { message: 'expected a calendar day MM-DD (02-29 = last day of February)', params: expecting('calendarDay') },
  );

/**
 * Options of {@link readAMelding}. Every convention is an option, and the result echoes the
 * resolved values (`options`).
 *
 * - `year`: the financial year (*regnskapsår*), named by the calendar year it ends in. Default:
 *   the year of `referenceDate` when given, else the financial year of the first file read.
 * - `fiscalYearEnd`: `MM-DD`, default `12-31`.
 * - `referenceDate`: DEF-REF, default the last day of the financial year. The population and the
 *   facts (position percent, contract, occupation, base pay and fixed allowances) come from the
 *   a-melding of this date's month.
 * - `legalEntity`: the organisation number expected in `opplysningspliktig`; default the first
 *   file's. Files of another entity are left out (`mixed_legal_entities`).
 * - `hr`: HR records joined by national id or employee number (see {@link HrRecordSchema}); `hrFile`
 *   names them in diagnostics (default `"hr"`).
 * - `deriveSexFromNationalId`: default `true` — where HR gives no sex, take it from a national id
 *   issued before 2032, flagged in the record (`genderDerivedFromNationalId`) and warned.
 * - `unitFromSubunit`: default `false` — where HR gives no unit, use the sub-unit's
 *   organisation number (`virksomhet`) as the unit.
 * - `pseudonymKey`: when given, person ids are a keyed hash (HMAC-SHA-256) of the national id,
 *   stable across runs and file sets; otherwise a sequence (`AM000001`) in order of first
 *   appearance (files sorted by month).
 * - `onProgress`: called with {@link AMeldingProgress} as each chunk is read.
 * - `maxDiagnostics` (default `INPUT_LIMITS.diagnostics`, 10 000): the diagnostics kept in full;
 *   later ones are only counted (`diagnosticsOmitted`), and a `diagnostics_truncated` warning ends
 *   the list.
 *
 * @example
 * ```ts
 * const options = AMeldingOptionsSchema.parse({ year: 2025 });
 * options.referenceDate; // undefined: resolved to 2025-12-31 by readAMelding
 * ```
 */
export const AMeldingOptionsSchema = z.strictObject({
  year: z.number().int().min(1900).max(2999).optional(),
  fiscalYearEnd: MonthDaySchema.default('12-31'),
  referenceDate: IsoDateSchema.optional(),
  legalEntity: z
    .string()
    .refine(isValidOrganisationNumber, { message: 'invalid organisation number', params: { code: 'invalid_org_number', ...expecting('orgNumber') } })
    .optional(),
  hr: z.array(z.custom<HrRecordInput>()).readonly().default([]),
  hrFile: z.string().min(1).default('hr'),
  deriveSexFromNationalId: z.boolean().default(true),
  unitFromSubunit: z.boolean().default(false),
  pseudonymKey: z.string().min(1).optional(),
  onProgress: z
    .custom<(progress: AMeldingProgress) => void>((v) => typeof v === 'function', {
      message: 'a function',
      params: { code: 'invalid_type', ...expecting('function') },
    })
    .optional(),
  maxDiagnostics: z.number().int().min(0).default(INPUT_LIMITS.diagnostics),
});
/**
 * Progress of {@link readAMelding}, reported as each chunk of a file is read (for a progress bar
 * on big files): the file, its index in the list, and the bytes read of it so far (characters
 * when the content is a string).
 *
 * @example
 * ```ts
 * await readAMelding(files, { year: 2025, onProgress: (p) => bar.update(p.bytes) });
 * ```
 */
export interface AMeldingProgress {
  readonly file: string;
  readonly fileIndex: number;
  readonly bytes: number;
}

/** Options after parsing (defaults filled). */
export type AMeldingOptions = z.output<typeof AMeldingOptionsSchema>;
/** What {@link AMeldingOptionsSchema} accepts. */
export type AMeldingOptionsInput = z.input<typeof AMeldingOptionsSchema>;

/** The conventions used by one import, every one stated (ARP.md [default]s). */
export interface ResolvedAMeldingOptions {
  readonly year: number;
  readonly fiscalYearEnd: string;
  readonly fiscalYearStart: string;
  readonly fiscalYearLast: string;
  readonly referenceDate: string;
  /** `YYYY-MM` of the reference date: population and facts come from this month's a-melding. */
  readonly referenceMonth: string;
  readonly deriveSexFromNationalId: boolean;
  readonly unitFromSubunit: boolean;
  readonly personIds: 'sequence' | 'keyed-hash';
  /**
   * How irregular allowances, bonus, overtime and benefits in kind are made monthly: the year's
   * sum ÷ the months the employment was active in the year (among the months read), exactly
   * (DEF-ROUND): where an average is not a whole øre the record's amounts are in 1/`payDivisor`
   * øre, and only the published figures are rounded.
   */
  readonly averagedComponents: 'year-sum-divided-by-active-months, exact (payDivisor)';
  /** Base pay and fixed allowances: the sum of the reference month's lines. */
  readonly monthComponents: 'reference-month-sum';
}

/**
 * What {@link readAMelding} returns: the canonical records (one per employment, *arbeidsforhold*,
 * freelancers and employments not active on the reference date included so the statistics count
 * them as excluded) and every problem, with a-melding facts about the import.
 *
 * @example
 * ```ts
 * const result = await readAMelding(files, { year: 2025 });
 * if (!result.fatal) computeMapping(result.records, { year: 2025 });
 * ```
 */
export interface AMeldingImportResult extends ImportResult {
  readonly records: readonly Employee[];
  /** Organisation number of the legal entity (`opplysningspliktig`), or null when no file was read. */
  readonly legalEntity: string | null;
  /** Organisation numbers of the sub-units (`virksomhet`) seen, sorted. */
  readonly subunits: readonly string[];
  /** `YYYY-MM` of the months read, sorted. */
  readonly months: readonly string[];
  /** Files read and files left out (with an error diagnostic each). */
  readonly files: { readonly read: number; readonly leftOut: number };
  /** Persons (distinct national ids) in the records. */
  readonly persons: number;
  /** Records whose sex came from HR data. */
  readonly sexFromHr: number;
  /** Records whose sex was derived from a national id (flagged, warned). */
  readonly sexDerivedFromNationalId: number;
  /** Records with sex `unknown` (no HR sex, no usable national id). */
  readonly sexUnknown: number;
  /** HR records joined to at least one employment. */
  readonly matchedHr: number;
  /** HR records that matched no employment (each warned). */
  readonly unmatchedHr: number;
  /** HR records refused (each with an error). */
  readonly rejectedHr: number;
  /** The conventions used; `null` only when no year was given and no file could be read. */
  readonly options: ResolvedAMeldingOptions | null;
}

import { z } from 'zod';
import { DiagnosticLog, INPUT_LIMITS, type Diagnostic } from '../../_lib/diagnostics.js';
import { isValidOrganisationNumber } from '../../models/identifiers.js';
import { foundMonth, foundOrganisationNumber } from '../_lib/found.js';
import { inputIssue, inputIssuesOf } from '../../_lib/input.js';
import { invalidInput, issuesOf, parseArgument } from '../_lib/invalidInput.js';
import { plainDataIssues } from '../_lib/plainData.js';
import { unitDepth } from '../csv/_lib/values.js';
import { HrRecordSchema, type HrRecord } from './hrRecord.js';
import {
  A_MELDING_NAMESPACES,
  AMeldingOptionsSchema,
  type AMeldingFile,
  type AMeldingImportResult,
  type AMeldingOptionsInput,
  type ResolvedAMeldingOptions,
} from './options.js';
import { AMeldingAccumulator, type AccumulatedRecords } from './_lib/accumulate.js';
import { financialYearOfDate, firstDayOfMonth } from '../../_lib/dates.js';
import { financialYear, type FinancialYear } from './_lib/calendar.js';
import { scanAMelding } from './_lib/scan.js';
import { expecting } from '../../locales/index.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const HEADER_PATH = ['melding', 'Leveranse'] as const;

/** What a refused HR record's field should have been (the issue's expectation, as the entry points say it). */
function hrExpected(issue: z.core.$ZodIssue): Pick<Diagnostic, 'expected' | 'expectation'> {
  const mapped = inputIssuesOf({ issues: [issue] } as unknown as z.ZodError)[0];
  if (mapped === undefined) return expecting('validValue');
  return mapped.expectation === undefined ? { expected: mapped.expected } : { expected: mapped.expected, expectation: mapped.expectation };
}

/** The file list: names and contents of the kinds {@link AMeldingFile} allows. */
const FilesSchema = z.array(
  z.object({
    name: z.string().min(1),
    content: z.custom<AMeldingFile['content']>(
      (v) => typeof v === 'string' || v instanceof Uint8Array || (typeof v === 'object' && v !== null && Symbol.asyncIterator in v),
      {
        message: 'the XML as a string, a Uint8Array or an async iterable of Uint8Array',
        params: { code: 'invalid_type', ...expecting('xmlContent') },
      },
    ),
  }),
);

function hrDiagnostics(raw: readonly unknown[], file: string, diagnostics: DiagnosticLog): (HrRecord | null)[] {
  const seenEmp = new Map<string, number>();
  const seenNidOnly = new Map<string, number>();
  return raw.map((input, i): HrRecord | null => {
    const parsed = HrRecordSchema.safeParse(input);
    if (!parsed.success) {
      const rawRow = typeof input === 'object' && input !== null ? (input as { row?: unknown }).row : undefined;
      const record = typeof rawRow === 'number' ? rawRow : i + 1;
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const field = path[0];
        const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : undefined;
        const code =
          custom === 'invalid_national_id'
            ? 'invalid_national_id'
            : custom === 'required'
              ? 'required'
              : field === 'sex' && issue.code === 'invalid_value'
                ? 'unknown_sex_value'
                : issue.code === 'unrecognized_keys'
                  ? 'unknown_field'
                  : issue.code === 'invalid_type'
                    ? 'invalid_type'
                    : 'invalid_value';
        diagnostics.add({
          code,
          severity: 'error',
          file,
          record,
          path,
          ...(code === 'unknown_sex_value' ? expecting('sexCode') : hrExpected(issue)),
          ...(issue.code === 'unrecognized_keys' ? { params: { columns: issue.keys } } : {}),
        });
      }
      return null;
    }
    const r = parsed.data;
    if (typeof r.unit === 'string' && unitDepth(r.unit, 0, r.unit.length) > INPUT_LIMITS.unitDepth) {
      diagnostics.add({
        code: 'unit_too_deep',
        severity: 'error',
        file,
        record: r.row ?? i + 1,
        path: ['unit'],
        ...expecting('levelsAtMost', { limit: INPUT_LIMITS.unitDepth }),
        params: { limit: INPUT_LIMITS.unitDepth },
      });
      return null;
    }
    // Duplicates: one HR row per employment (employee number) or per person (national id alone).
    const dupKey = r.employeeNumber !== undefined ? `${r.nationalId ?? ''}|${r.employeeNumber}` : undefined;
    const first = dupKey !== undefined ? seenEmp.get(dupKey) : r.nationalId !== undefined ? seenNidOnly.get(r.nationalId) : undefined;
    if (first !== undefined) {
      diagnostics.add({
        code: 'duplicate_employee_id',
        severity: 'error',
        file,
        record: r.row ?? i + 1,
        path: [r.employeeNumber !== undefined ? 'employeeNumber' : 'nationalId'],
        params: { firstRecord: first },
      });
      return null;
    }
    if (dupKey !== undefined) seenEmp.set(dupKey, r.row ?? i + 1);
    else if (r.nationalId !== undefined) seenNidOnly.set(r.nationalId, r.row ?? i + 1);
    return r;
  });
}

/**
 * Reads the monthly a-melding XML files (versions 2.2 and 2.3) of one legal entity for one
 * financial year into canonical `Employee` records — one per employment (*arbeidsforhold*) —
 * joined with HR data for sex, level, group, unit and involuntary part-time (ARP.md §7, issue 5).
 *
 * Meaning of the records:
 * - Population and facts come from the a-melding of the reference date's month (DEF-REF):
 *   kind (`ordinaertArbeidsforhold` → ordinary, `maritimtArbeidsforhold` → maritime, freelancers
 *   and other kinds → `freelance`, so the statistics count them as excluded, DEF-POP), position
 *   percent, contract (`formForAnsettelse` starting with `midlertidig` → temporary, DEF-TMP),
 *   occupation (`yrke`, the 7-digit code, in `occupationCode`), start and end dates (the latest
 *   month's). Employments seen only in other months are records too, with their last facts; one
 *   missing from the reference month while its dates say "active" is taken as ended at the end of
 *   its last reported month (warned).
 * - Base pay (`fastloenn`, `honorarAkkordProsentProvisjon`, `timeloenn`) and fixed allowances
 *   (`fastTillegg`): the sum of the reference month's lines linked by `arbeidsforholdId` (DEF-PAY).
 * - Irregular allowances, bonus, overtime and benefits in kind (`fordel` `naturalytelse`): the
 *   year's sum ÷ the months read in which the employment was active by its dates, rounded half-up
 *   to whole øre once (at most ½ øre per component and record).
 * - Parental leave: `permisjon` with `beskrivelse` `permisjonMedForeldrepenger`, deduplicated by
 *   `arbeidsforholdId` + `permisjonId` across months, as `parentalLeavePeriods` (percent =
 *   `permisjonsprosent`; an open leave runs to the end of the last month reported). DEF-PL.
 * - Sex from HR; else, when `deriveSexFromNationalId` (default), from a national id issued before
 *   2032, flagged (`genderDerivedFromNationalId`) and warned; else `unknown` (DEF-SEX).
 * - `personId` is one pseudonym per person (several employments merge, DEF-POP); `employeeId` is
 *   the HR employee number when joined, else `<personId>-<n>`. A national id never appears in a
 *   record or a diagnostic.
 *
 * Files stream through a SAX parser (never the whole tree in memory); unknown elements are
 * ignored. A file that is not an a-melding, has a wrong namespace, another legal entity or another
 * financial year is left out with an error; a malformed or truncated a-melding makes the result
 * `fatal` (its month would be partial; a fatal result has no records), as does a missing
 * reference month. An employment with an error is left out of `records` and counted in
 * `rejected`. In diagnostics `record` is the line of the element in the file and `path` its
 * XPath-like path (`melding/Leveranse/oppgave/virksomhet[1]/inntektsmottaker[3]/arbeidsforhold[1]/
 * stillingsprosent`); a national id, a name or an amount is never echoed.
 *
 * Hostile input gets a diagnostic, never a crash or a hang (`INPUT_LIMITS`): nesting deeper than
 * `elementDepth` (`element_too_deep`), a read element's text longer than `elementText`
 * (`field_too_long`) and an element the reader reads in another namespace (`wrong_namespace`, e.g.
 * an `<oppgave>` of another schema, which would otherwise add nothing to its month) leave the file
 * out and make the result `fatal`; entities are never expanded from a DTD nor fetched. Only the
 * first `maxDiagnostics` diagnostics are kept in full, later ones counted (`diagnosticsOmitted`).
 *
 * @param files - the monthly files, any order
 * @param options - year, reference date, HR data … (see {@link AMeldingOptionsSchema})
 * @returns the records, every diagnostic, and what was read
 * @throws `LikestillingInputError` (`name`; rejects with it) when `files` or `options` are invalid
 *   or `referenceDate` lies outside the financial year `year`: its `issues` name every bad path
 *   (`options.referenceDate`, `files[2].name`), never a value. Bad data are diagnostics, not errors.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { readAMelding } from 'likestilling/a-melding';
 *
 * const files = await Promise.all(['2025-01.xml', '2025-12.xml'].map(async (name) => ({ name, content: await readFile(name) })));
 * const result = await readAMelding(files, { year: 2025, hr: [{ nationalId: '01010012356', sex: 'male', jobLevel: 'L2' }] });
 * result.records.length; result.months; result.sexDerivedFromNationalId;
 * ```
 */
export async function readAMelding(files: readonly AMeldingFile[], options: AMeldingOptionsInput = {}): Promise<AMeldingImportResult> {
  const fileIssues = FilesSchema.safeParse(files);
  const o = parseArgument('readAMelding', AMeldingOptionsSchema, options, 'options', [
    ...(fileIssues.success ? [] : issuesOf(fileIssues.error, 'files')),
    // the HR records are each checked by their strict schema (a __proto__ key is an unknown key there)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- options from plain JavaScript may be anything
    ...plainDataIssues(typeof options === 'object' && options !== null && 'hr' in options ? { ...options, hr: [] } : options, ['options']),
  ]);
  const fye = o.fiscalYearEnd;
  const diagnostics = new DiagnosticLog(o.maxDiagnostics);
  const hr = hrDiagnostics(o.hr, o.hrFile, diagnostics);
  const rejectedHr = hr.filter((h) => h === null).length;

  let fy: FinancialYear | null = null;
  let referenceDate: string | null = null;
  let acc: AMeldingAccumulator | null = null;
  const start = (f: FinancialYear): AMeldingAccumulator => {
    fy = f;
    referenceDate = o.referenceDate ?? f.last;
    return new AMeldingAccumulator(
      {
        fy: f,
        referenceDate,
        referenceMonth: referenceDate.slice(0, 7),
        hr,
        hrFile: o.hrFile,
        deriveSexFromNationalId: o.deriveSexFromNationalId,
        unitFromSubunit: o.unitFromSubunit,
        pseudonymKey: o.pseudonymKey,
      },
      diagnostics,
    );
  };
  if (o.year !== undefined || o.referenceDate !== undefined) {
    const f = financialYear(o.year ?? financialYearOfDate(o.referenceDate ?? '', fye), fye);
    if (o.referenceDate !== undefined && (o.referenceDate < f.start || o.referenceDate > f.last)) {
      throw invalidInput('readAMelding', [
        inputIssue(['options', 'referenceDate'], 'invalid_value', expecting('referenceDateInYear', { year: f.year, start: f.start, last: f.last })),
      ]);
    }
    acc = start(f);
  }

  let legalEntity: string | null = o.legalEntity ?? null;
  const months = new Set<string>();
  const subunits = new Set<string>();
  let filesRead = 0;
  let leftOut = 0;
  let fatal = false;

  for (const [fileIndex, file] of files.entries()) {
    let monthIndex = -1;
    let fileMonth = null as string | null; // set in a callback (`as`: not narrowed to null here)
    const checkedSubunits = new Set<number>();
    const header = (
      code: Diagnostic['code'],
      field: readonly string[],
      extra: Partial<Pick<Diagnostic, 'expected' | 'expectation' | 'found' | 'foundShape'>> = {},
    ): false => {
      diagnostics.add({ code, severity: 'error', file: file.name, path: [...HEADER_PATH, ...field], ...extra });
      return false;
    };
    const outcome = await scanAMelding(file.content, {
      onHeader: (h) => {
        if (h.month === null) return header('required', ['kalendermaaned'], expecting('month'));
        if (!MONTH.test(h.month)) return header('invalid_format', ['kalendermaaned'], { ...expecting('month'), ...foundMonth(h.month) });
        if (h.legalEntity === null) return header('required', ['opplysningspliktig', 'norskIdentifikator'], expecting('orgNumberDigits'));
        if (!isValidOrganisationNumber(h.legalEntity)) {
          // Not echoed: a private employer reports under a national id.
          return header('invalid_org_number', ['opplysningspliktig', 'norskIdentifikator'], expecting('orgNumberDigits'));
        }
        acc ??= start(financialYear(financialYearOfDate(firstDayOfMonth(h.month), fye), fye));
        monthIndex = acc.monthIndex(h.month);
        if (monthIndex < 0) {
          const f = fy;
          return header('mixed_years', ['kalendermaaned'], {
            ...(f === null ? expecting('oneFinancialYear') : expecting('monthBetween', { start: f.start, last: f.last })),
            ...foundMonth(h.month),
          });
        }
        if (legalEntity === null) legalEntity = h.legalEntity;
        else if (legalEntity !== h.legalEntity) {
          return header('mixed_legal_entities', ['opplysningspliktig', 'norskIdentifikator'], {
            ...expecting('literal', { text: legalEntity }),
            ...foundOrganisationNumber(h.legalEntity),
          });
        }
        acc.markMonth(monthIndex);
        fileMonth = h.month;
        return true;
      },
      ...(o.onProgress === undefined ? {} : { onProgress: (bytes: number) => o.onProgress?.({ file: file.name, fileIndex, bytes }) }),
      onPerson: (p) => {
        if (acc === null) return;
        acc.addPerson(p, file.name, fileIndex, monthIndex, checkedSubunits);
        if (p.subunit !== null && isValidOrganisationNumber(p.subunit)) subunits.add(p.subunit);
      },
    });
    switch (outcome.kind) {
      case 'ok':
        filesRead += 1;
        if (fileMonth !== null) months.add(fileMonth);
        break;
      case 'stopped':
        leftOut += 1;
        break;
      case 'not_a_melding':
        leftOut += 1;
        diagnostics.add({
          code: 'not_a_melding',
          severity: 'error',
          file: file.name,
          path: [],
          ...expecting('meldingRoot', { namespaces: A_MELDING_NAMESPACES }),
          ...(outcome.root === undefined ? {} : { params: { root: outcome.root } }),
        });
        break;
      case 'wrong_namespace':
        leftOut += 1;
        diagnostics.add({
          code: 'wrong_namespace',
          severity: 'error',
          file: file.name,
          path: ['melding'],
          ...expecting('namespaces', { namespaces: A_MELDING_NAMESPACES }),
          found: outcome.found,
        });
        break;
      // A broken a-melding would leave its month partial: nothing can be computed from the set.
      case 'unreadable':
        leftOut += 1;
        fatal = true;
        diagnostics.add({ code: 'unreadable_file', severity: 'error', file: file.name, path: [], params: { problem: outcome.problem } });
        break;
      case 'foreign_element':
        leftOut += 1;
        fatal = true;
        diagnostics.add({
          code: 'wrong_namespace',
          severity: 'error',
          file: file.name,
          path: outcome.path,
          ...expecting('namespaces', { namespaces: A_MELDING_NAMESPACES }),
          found: outcome.found,
        });
        break;
      case 'too_deep':
        leftOut += 1;
        fatal = true;
        diagnostics.add({ code: 'element_too_deep', severity: 'error', file: file.name, path: outcome.path, params: { limit: INPUT_LIMITS.elementDepth } });
        break;
      case 'too_long':
        leftOut += 1;
        fatal = true;
        diagnostics.add({ code: 'field_too_long', severity: 'error', file: file.name, path: outcome.path, params: { limit: INPUT_LIMITS.elementText } });
        break;
    }
  }

  const f = fy as FinancialYear | null;
  const ref = referenceDate as string | null;
  let resolved: ResolvedAMeldingOptions | null = null;
  let built: AccumulatedRecords | null = null;
  if (f !== null && ref !== null && acc !== null) {
    resolved = {
      year: f.year,
      fiscalYearEnd: fye,
      fiscalYearStart: f.start,
      fiscalYearLast: f.last,
      referenceDate: ref,
      referenceMonth: ref.slice(0, 7),
      deriveSexFromNationalId: o.deriveSexFromNationalId,
      unitFromSubunit: o.unitFromSubunit,
      personIds: o.pseudonymKey === undefined ? 'sequence' : 'keyed-hash',
      averagedComponents: 'year-sum-divided-by-active-months, exact (payDivisor)',
      monthComponents: 'reference-month-sum',
    };
    if (!months.has(resolved.referenceMonth)) {
      fatal = true;
      diagnostics.add({
        code: 'missing_reference_month',
        severity: 'error',
        path: [...HEADER_PATH, 'kalendermaaned'],
        ...expecting('literal', { text: resolved.referenceMonth }),
      });
    }
    const before = diagnostics.mark();
    built = acc.finish();
    // Per-record warnings describe records that a fatal result does not return: leave them out.
    if (fatal) diagnostics.dropWarningsSince(before);
  } else {
    fatal = true;
  }
  if (filesRead === 0) fatal = true;

  const done = diagnostics.finish();
  return {
    records: fatal || built === null ? [] : built.records,
    diagnostics: done.diagnostics,
    diagnosticsOmitted: done.diagnosticsOmitted,
    read: built?.read ?? 0,
    rejected: built?.rejected ?? 0,
    errors: done.errors,
    warnings: done.warnings,
    fatal,
    legalEntity,
    subunits: [...subunits].sort(),
    months: [...months].sort(),
    files: { read: filesRead, leftOut },
    persons: built?.persons ?? 0,
    sexFromHr: built?.sexFromHr ?? 0,
    sexDerivedFromNationalId: built?.sexDerivedFromNationalId ?? 0,
    sexUnknown: built?.sexUnknown ?? 0,
    matchedHr: built?.matchedHr ?? 0,
    unmatchedHr: built?.unmatchedHr ?? 0,
    rejectedHr,
    options: resolved,
  };
}

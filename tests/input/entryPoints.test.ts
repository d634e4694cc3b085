/**
 * Every public entry point of this part of the SDK given malformed input (issue 15): it throws (an
 * async one rejects with) the exported `LikestillingInputError`, whose `issues` name every bad
 * path — nested ones too (`cycle.findings[0].grounds`) — and whose message and issues never echo a
 * value of the input (the bad values below are national ids, names and amounts on purpose).
 * `publish` / `auditPublication` and the readers of src/io are covered by their own tests.
 */
import { describe, expect, it } from 'vitest';
import {
  accumulateMapping,
  assessAuthorityDuty,
  assessDuties,
  averageHeadcount,
  buildStatement,
  checkUnitReferences,
  computeMapping,
  createMappingAccumulator,
  describeDuties,
  describePlan,
  deserializePartialMapping,
  EmployeeSchema,
  finalizeMapping,
  findUnit,
  fiscalYearBounds,
  fiscalYearLastDay,
  fiscalYearOf,
  formatDiagnostic,
  isActiveOnDate,
  isMonthEndYearEnd,
  isValidNationalId,
  isWithinUnit,
  joinUnitPath,
  LikestillingInputError,
  listUnitPaths,
  mergePartialMappings,
  monthEndDates,
  monthsAfterYearEnd,
  normaliseUnitPath,
  parentalLeaveWeeks,
  planYear,
  renderHtml,
  renderMarkdown,
  resolveStatisticsOptions,
  serializePartialMapping,
  splitUnitPath,
  unitPathLevels,
  validateCycle,
  womenShareOfMenPay,
} from '../../src/index.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { mapEmployeesCsvFile, startMappingWorker } from '../../src/node/index.js';
import { completeCycle, completeCycleInput, publicEmployer, published2025 } from '../fixtures/report/published.js';

/** Values that must never appear in an error: a national id, a name, an amount (and a few bad words). */
const NID = '12128119823';
const NAME = 'Kari Nordmann';
const AMOUNT = '61234.56';
const SECRETS = [NID, NAME, AMOUNT, '61234', 'publik', 'many-many', 'sometimes'];

const X = (value: unknown): never => value as never; // a malformed value, as a JavaScript caller would pass it

const records = [EmployeeSchema.parse({ employeeId: 'E1', gender: 'female', startDate: '2020-01-01', positionPercent: 100, pay: { basePay: 50_000 } })];
const partial = accumulateMapping(records, { year: 2025 });
const assessment = assessDuties({ sector: 'public' }, 2025);
const plan = planYear({ year: 2025 });
const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle });

interface Case {
  /** The function, as the error names it. */
  readonly entry: string;
  readonly call: () => unknown;
  /** The paths of the issues, in order (`a.b[0].c`). */
  readonly paths: readonly string[];
  /** The codes of the issues, when they matter. */
  readonly codes?: readonly string[];
}

const CASES: Record<string, Case> = {
  // rules (COV-*)
  'assessDuties: the issue’s example': {
    entry: 'assessDuties',
    call: () => assessDuties(X({ sector: 'publik', headcounts: 'many-many' }), 2025),
    paths: ['employer.sector', 'employer.headcounts'],
    codes: ['invalid_value', 'invalid_type'],
  },
  'assessDuties: a private employer without the year’s headcount (COV-6)': {
    entry: 'assessDuties',
    call: () => assessDuties({ sector: 'private' }, 2025),
    paths: ['employer.headcounts'],
    codes: ['required'],
  },
  'assessDuties: year and options': {
    entry: 'assessDuties',
    call: () => assessDuties({ sector: 'public' }, 2019.5, X({ headcount: -3, demandScope: 'sometimes' })),
    paths: ['year', 'options.headcount', 'options.demandScope'],
  },
  'assessDuties: nested fields of a whole employer': {
    entry: 'assessDuties',
    call: () =>
      assessDuties(
        X({ sector: 'private', organisationNumber: NID, name: NAME, headcounts: [{ financialYear: 2025, averageHeadcount: AMOUNT }], [NID]: NAME }),
        2025,
      ),
    paths: ['employer.organisationNumber', 'employer.headcounts[0].averageHeadcount', 'employer'],
    codes: ['invalid_format', 'invalid_type', 'unknown_field'],
  },
  'assessDuties: a demand without date or year (COV-4)': {
    entry: 'assessDuties',
    call: () => assessDuties({ sector: 'private', demands: [X({ party: 'employer' })] }, 2025, { headcount: 30 }),
    paths: ['employer.demands[0].financialYear'],
    codes: ['required'],
  },
  'assessDuties: nothing at all': {
    entry: 'assessDuties',
    call: () => assessDuties(X(undefined), X(undefined)),
    paths: ['employer', 'year'],
    codes: ['required', 'required'],
  },
  assessAuthorityDuty: {
    entry: 'assessAuthorityDuty',
    call: () => assessAuthorityDuty(X({ sector: 'publik', exercisesPublicAuthority: 'sometimes' })),
    paths: ['sector', 'exercisesPublicAuthority'],
  },
  describeDuties: {
    entry: 'describeDuties',
    call: () => describeDuties(X({ year: 2025 }), X('de')),
    paths: ['assessment.subject', 'assessment.basis', 'assessment.authorityDuty', 'lang'],
  },
  'describeDuties: a nested duty': {
    entry: 'describeDuties',
    call: () => describeDuties(X({ ...assessment, basis: [{ ...assessment.basis[0], duty: 'many-many' }] })),
    paths: ['assessment.basis[0].duty'],
  },
  'averageHeadcount: options': {
    entry: 'averageHeadcount',
    call: () => averageHeadcount(records, 2025, X({ fiscalYearEnd: '13-45', method: 'sometimes' })),
    paths: ['options.fiscalYearEnd', 'options.method'],
  },
  'averageHeadcount: a record built by hand': {
    entry: 'averageHeadcount',
    call: () => averageHeadcount(X([...records, { employeeId: NAME, employmentKind: 'ordinary', startDate: NID, endDate: null }]), 2025),
    paths: ['records[1].startDate'],
  },
  'averageHeadcount: not an array': { entry: 'averageHeadcount', call: () => averageHeadcount(X('many-many'), 2025), paths: ['records'] },
  // schedule (ACT-4, STM-5, STM-6)
  'planYear: types': {
    entry: 'planYear',
    call: () => planYear(X({ year: '2025', adoptionMonths: 1.5, extra: 1 })),
    paths: ['year', 'adoptionMonths', 'extra'],
    codes: ['invalid_type', 'invalid_type', 'unknown_field'],
  },
  'planYear: rules across fields': {
    entry: 'planYear',
    call: () => planYear({ year: 2025, lastMappingYear: 2030, duties: assessDuties({ sector: 'public' }, 2024) }),
    paths: ['lastMappingYear', 'duties.year'],
  },
  describePlan: {
    entry: 'describePlan',
    call: () => describePlan(X({ ...plan, options: {}, fiscalYearStart: 5 })),
    paths: ['plan.fiscalYearStart', 'plan.options.firstMappingYear'],
  },
  isMonthEndYearEnd: { entry: 'isMonthEndYearEnd', call: () => isMonthEndYearEnd('13-01'), paths: ['fiscalYearEnd'] },
  fiscalYearLastDay: { entry: 'fiscalYearLastDay', call: () => fiscalYearLastDay(Number.NaN, '02-30'), paths: ['year', 'fiscalYearEnd'] },
  fiscalYearOf: { entry: 'fiscalYearOf', call: () => fiscalYearOf(NID), paths: ['date'] },
  monthsAfterYearEnd: { entry: 'monthsAfterYearEnd', call: () => monthsAfterYearEnd(2025, 1.5), paths: ['months'] },
  monthEndDates: { entry: 'monthEndDates', call: () => monthEndDates(2025, '6-30'), paths: ['fiscalYearEnd'] },
  fiscalYearBounds: { entry: 'fiscalYearBounds', call: () => fiscalYearBounds(X('2025')), paths: ['year'] },
  // statistics (STAT-*, DEF-*)
  'computeMapping: records not an array': { entry: 'computeMapping', call: () => computeMapping(X('many-many'), { year: 2025 }), paths: ['records'] },
  'computeMapping: options': {
    entry: 'computeMapping',
    call: () => computeMapping([], X({ year: 2025, fiscalYearEnd: '13-01', includeKinds: ['sometimes'], mergePersons: 'yes' })),
    paths: ['options.fiscalYearEnd', 'options.includeKinds[0]', 'options.mergePersons'],
  },
  'computeMapping: no options': { entry: 'computeMapping', call: () => computeMapping([], X(undefined)), paths: ['options'], codes: ['required'] },
  createMappingAccumulator: { entry: 'createMappingAccumulator', call: () => createMappingAccumulator(X({ year: NID })), paths: ['options.year'] },
  'createMappingAccumulator: expected records': {
    entry: 'createMappingAccumulator',
    call: () => createMappingAccumulator({ year: 2025 }, -1),
    paths: ['expectedRecords'],
  },
  'MappingAccumulator.add': { entry: 'MappingAccumulator.add', call: () => createMappingAccumulator({ year: 2025 }).add(X({ length: 1 })), paths: ['records'] },
  accumulateMapping: {
    entry: 'accumulateMapping',
    call: () => accumulateMapping(X(null), X({ year: 2025, partTimeBelow: 0 })),
    paths: ['options.partTimeBelow'],
  },
  'finalizeMapping: JSON of a partial mapping': {
    entry: 'finalizeMapping',
    call: () => finalizeMapping(JSON.parse(JSON.stringify(partial)) as never),
    paths: ['partial'],
  },
  'mergePartialMappings: different options': {
    entry: 'mergePartialMappings',
    call: () => mergePartialMappings(partial, accumulateMapping(records, { year: 2025, partTimeBelow: 80 })),
    paths: ['b.options.partTimeBelow'],
  },
  'mergePartialMappings: not a partial mapping': {
    entry: 'mergePartialMappings',
    call: () => mergePartialMappings(partial, X({ kind: 'likestilling.partial-mapping' })),
    paths: ['b'],
  },
  serializePartialMapping: { entry: 'serializePartialMapping', call: () => serializePartialMapping(X(NAME)), paths: ['partial'] },
  deserializePartialMapping: {
    entry: 'deserializePartialMapping',
    call: () => deserializePartialMapping({ ...serializePartialMapping(partial), records: AMOUNT, levels: [NAME, NAME] }),
    paths: ['records'],
  },
  'deserializePartialMapping: a duplicate dictionary entry': {
    entry: 'deserializePartialMapping',
    call: () => deserializePartialMapping({ ...serializePartialMapping(partial), levels: [NAME, NAME] }),
    paths: ['levels[1]'],
  },
  resolveStatisticsOptions: {
    entry: 'resolveStatisticsOptions',
    call: () => resolveStatisticsOptions(X({ year: 2025, referenceDate: NID })),
    paths: ['options.referenceDate'],
  },
  womenShareOfMenPay: { entry: 'womenShareOfMenPay', call: () => womenShareOfMenPay(NAME, '61 234,56', 1.5), paths: ['womenPay', 'menPay', 'decimals'] },
  parentalLeaveWeeks: {
    entry: 'parentalLeaveWeeks',
    call: () => parentalLeaveWeeks(X({ parentalLeavePeriods: NAME, parentalLeaveWeeks: AMOUNT }), 2025),
    paths: ['record.parentalLeavePeriods', 'record.parentalLeaveWeeks'],
  },
  'parentalLeaveWeeks: options': {
    entry: 'parentalLeaveWeeks',
    call: () => parentalLeaveWeeks(records[0]!, 2025, X({ decimals: 9 })),
    paths: ['options.decimals'],
  },
  isActiveOnDate: {
    entry: 'isActiveOnDate',
    call: () => isActiveOnDate(X({ startDate: NID, endDate: undefined }), '2025-12-31'),
    paths: ['record.startDate', 'record.endDate'],
  },
  'isActiveOnDate: date': { entry: 'isActiveOnDate', call: () => isActiveOnDate(records[0]!, NID), paths: ['date'] },
  // models
  validateCycle: {
    entry: 'validateCycle',
    call: () => validateCycle(X({ financialYear: 2025, findings: [{ id: 'F1', date: '2025-03-01', kind: 'risk', description: NAME, grounds: 'sex' }] })),
    paths: ['findings[0].grounds'],
  },
  checkUnitReferences: { entry: 'checkUnitReferences', call: () => checkUnitReferences(X([{ unit: 5 }]), []), paths: ['records[0].unit'] },
  listUnitPaths: {
    entry: 'listUnitPaths',
    call: () => listUnitPaths([{ name: 'A/B', children: [{ name: NAME }, { name: NAME }] }]),
    paths: ['units[0].name', 'units[0].children[1].name'],
  },
  findUnit: { entry: 'findUnit', call: () => findUnit([], X(5)), paths: ['path'] },
  splitUnitPath: { entry: 'splitUnitPath', call: () => splitUnitPath(X(5)), paths: ['path'] },
  joinUnitPath: { entry: 'joinUnitPath', call: () => joinUnitPath(X(NAME)), paths: ['names'] },
  normaliseUnitPath: { entry: 'normaliseUnitPath', call: () => normaliseUnitPath(X(null)), paths: ['path'] },
  unitPathLevels: { entry: 'unitPathLevels', call: () => unitPathLevels(X(undefined)), paths: ['path'], codes: ['required'] },
  isWithinUnit: { entry: 'isWithinUnit', call: () => isWithinUnit('A', X(3)), paths: ['ancestor'] },
  isValidNationalId: { entry: 'isValidNationalId', call: () => isValidNationalId(NID, X({ allowPost2032: 'sometimes' })), paths: ['options.allowPost2032'] },
  formatDiagnostic: {
    entry: 'formatDiagnostic',
    call: () => formatDiagnostic(X({ code: 'many-many', path: NID }), X('de')),
    paths: ['lang', 'd.code', 'd.path'],
  },
  // report (STM-*)
  'buildStatement: the cycle’s nested path': {
    entry: 'buildStatement',
    call: () =>
      buildStatement({
        employer: publicEmployer,
        year: 2025,
        cycle: X({ ...completeCycleInput, findings: [{ id: 'F1', date: '2025-03-01', kind: 'risk', description: NAME, grounds: 'sex' }] }),
      }),
    paths: ['cycle.findings[0].grounds'],
  },
  'buildStatement: published figures, previous statement, options': {
    entry: 'buildStatement',
    call: () =>
      buildStatement({
        employer: publicEmployer,
        year: 2025,
        cycle: completeCycle,
        published: X({
          ...published2025(),
          referenceDate: NID,
          pay: { ...published2025().pay, total: { ...published2025().pay.total, women: { count: 3, mean: AMOUNT + ' kr', median: null } } },
        }),
        previous: X({ ...report, part1: { ...report.part1, tables: NAME } }),
        options: X({ includeNok: 'sometimes' }),
      }),
    paths: ['published.referenceDate', 'published.pay.total.women.mean', 'previous.part1.tables', 'options.includeNok'],
  },
  'buildStatement: a private employer without the year’s headcount (COV-6)': {
    entry: 'buildStatement',
    call: () => buildStatement({ employer: { ...publicEmployer, sector: 'private' }, year: 2025, cycle: completeCycle }),
    paths: ['employer.headcounts'],
  },
  'buildStatement: not an input': { entry: 'buildStatement', call: () => buildStatement(X(NAME)), paths: ['(input)'] },
  renderHtml: {
    entry: 'renderHtml',
    call: () => renderHtml(X({ employer: { name: NAME }, kind: 'many-many', part1: null }), X({ lang: 'de' })),
    paths: [
      'report.schemaVersion',
      'report.kind',
      'report.year',
      'report.employer.organisationNumber',
      'report.employer.sector',
      'report.referenceDate',
      'report.duties',
      'report.completeness',
      'report.part2',
      'report.documentation',
      'report.options',
      'options.lang',
    ],
    codes: [
      'required',
      'invalid_value',
      'required',
      'required',
      'required',
      'required',
      'required',
      'required',
      'required',
      'required',
      'required',
      'invalid_value',
    ],
  },
  'renderHtml: a nested cell': {
    entry: 'renderHtml',
    call: () =>
      renderHtml(
        X({
          ...report,
          part1: {
            ...report.part1,
            tables: [{ ...report.part1!.tables[0], rows: [{ id: 'women', kind: 'women', cells: [{ column: 'count', value: AMOUNT }] }] }],
          },
        }),
      ),
    paths: [
      'report.part1.tables[0].rows[0].cells[0].kind',
      'report.part1.tables[0].rows[0].cells[0].status',
      'report.part1.tables[0].rows[0].cells[0].footnotes',
      'report.part1.tables[0].rows[0].cells[0].source',
    ],
  },
  renderMarkdown: { entry: 'renderMarkdown', call: () => renderMarkdown(report, X({ lang: 'de', theme: 'dark' })), paths: ['options.lang', 'options.theme'] },
  // subpaths
  renderWorkbook: { entry: 'renderWorkbook', call: () => renderWorkbook(X(null)), paths: ['report'] },
  startMappingWorker: { entry: 'startMappingWorker', call: () => startMappingWorker(X({ minPersons: -1 })), paths: ['minPersons'] },
  mapEmployeesCsvFile: {
    entry: 'mapEmployeesCsvFile',
    call: () => mapEmployeesCsvFile('no-such-file.csv', X({ statistics: { year: 2025 }, csv: { encoding: 'latin-9', annualColumns: [NAME, 5] }, threads: 3 })),
    paths: ['options.csv.encoding', 'options.csv.annualColumns[1]', 'options.threads'],
  },
};

/** Runs a case: the error it throws (or rejects with). */
async function errorOf(call: () => unknown): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  return undefined;
}

const pathText = (path: readonly (string | number)[]): string =>
  path.length === 0 ? '(input)' : path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

describe('every entry point refuses malformed input with LikestillingInputError', () => {
  it.each(Object.entries(CASES))('%s', async (_, c) => {
    const error = await errorOf(c.call);
    expect(error).toBeInstanceOf(LikestillingInputError);
    const e = error as LikestillingInputError;
    expect(e.name).toBe('LikestillingInputError');
    expect(e.entry).toBe(c.entry);
    expect(e.issues.map((i) => pathText(i.path))).toEqual(c.paths);
    if (c.codes !== undefined) expect(e.issues.map((i) => i.code)).toEqual(c.codes);
    // the message names the function and every bad path
    expect(e.message.startsWith(`${c.entry}: invalid input`)).toBe(true);
    for (const path of c.paths) expect(e.message).toContain(`${path}: expected `);
    // issues are data: a code, a path, what was expected; never the value
    for (const issue of e.issues) {
      expect(issue.severity).toBe('error');
      expect(typeof issue.expected).toBe('string');
      expect(issue.expected.length).toBeGreaterThan(0);
      expect(issue).not.toHaveProperty('found');
      expect(issue).not.toHaveProperty('input');
      expect(formatDiagnostic(issue).startsWith('field ') || issue.path.length === 0).toBe(true);
    }
    const everything = `${e.message}\n${JSON.stringify(e.issues)}\n${e.issues.map((i) => formatDiagnostic(i, 'nb')).join('\n')}`;
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
  });

  it('records already parsed are not parsed again: a malformed record in computeMapping is counted, not thrown (DEF-POP)', () => {
    const mapping = computeMapping([...records, X({ employeeId: NID, gender: 'x' })], { year: 2025 });
    expect(mapping.excluded['invalid-record']).toBe(1);
    expect(mapping.population.total).toBe(1);
  });

  it('a parsed Employer passes where a function needs part of it', () => {
    const employer = { ...publicEmployer, headcounts: [{ financialYear: 2025, averageHeadcount: 3 }] };
    expect(assessDuties(employer, 2025).statement).toBe(true);
    expect(assessAuthorityDuty(employer).applies).toBe(true);
    expect(assessDuties({ organisationNumber: '974760673', name: 'Etaten', sector: 'public' }, 2025).category).toBe('public');
  });

  it('buildStatement takes the example files as JSON.parse gives them (the issue’s TypeError)', async () => {
    const { readFileSync } = await import('node:fs');
    const json = (name: string): never => JSON.parse(readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8')) as never;
    const fromJson = buildStatement({
      employer: json('employer.json'),
      year: 2025,
      published: JSON.parse(JSON.stringify(published2025())) as never,
      previous: json('statement-2024.json'),
      cycle: json('cycle-2025.json'),
      options: json('statement-options.json'),
      assessment: json('assessment-2025.json'),
    });
    expect(fromJson.kind).toBe('statement');
    expect(fromJson.part2?.length).toBe(5);
    // and renders from its JSON
    expect(renderHtml(JSON.parse(JSON.stringify(fromJson)) as never)).toBe(renderHtml(fromJson));
  });

  it('the error is one class across copies of the package (instanceof by brand)', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('likestilling.input-error')]: true });
    expect(foreign).toBeInstanceOf(LikestillingInputError);
    expect(new Error('x')).not.toBeInstanceOf(LikestillingInputError);
    expect(null).not.toBeInstanceOf(LikestillingInputError);
  });
});

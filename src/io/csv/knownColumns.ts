import type { CsvField } from './columnMapping.js';

/** What a well-known header name is: its field, and whether its amounts are yearly. */
export interface KnownColumn {
  readonly field: CsvField;
  readonly annual?: true;
}

/** The names per field, as people write them (the lookup compares them {@link knownColumnKey normalised}). */
const NAMES: readonly (readonly [CsvField, readonly string[], annual?: true])[] = [
  [
    'employeeId',
    [
      'Ansattnr',
      'Ansattnummer',
      'Ansatt-ID',
      'Ansatt nr.',
      'Ansattid',
      'Tjenestenummer',
      'Personalnummer',
      'Lønnsnummer',
      'Ressursnummer',
      'Employee ID',
      'Employee number',
      'Emp ID',
      'Staff number',
    ],
  ],
  ['personId', ['Person-ID', 'Personid', 'Person number']],
  ['gender', ['Kjønn', 'Kjonn', 'Sex', 'Kjønn (K/M)']],
  ['nationalId', ['Fødselsnummer', 'Fodselsnummer', 'Fødselsnr', 'Fnr', 'Personnummer', 'National ID', 'National identity number']],
  ['employmentKind', ['Arbeidsforholdstype', 'Type arbeidsforhold', 'Arbeidsforhold type', 'Employment kind']],
  ['contract', ['Ansettelsesform', 'Ansettelsestype', 'Tilsettingsform', 'Fast/midlertidig', 'Contract', 'Contract type', 'Employment contract']],
  [
    'positionPercent',
    [
      'Stillingsprosent',
      'Stillings %',
      'Stilling %',
      'Stillingsandel',
      'Stillingsstørrelse',
      'Position %',
      'Position percentage',
      'FTE %',
      'FTE percent',
      'Employment percentage',
    ],
  ],
  ['startDate', ['Startdato', 'Ansettelsesdato', 'Tiltredelsesdato', 'Tilsettingsdato', 'Ansatt fra', 'Fra dato', 'Start date', 'Hire date', 'Date of hire']],
  ['endDate', ['Sluttdato', 'Fratredelsesdato', 'Ansatt til', 'Til dato', 'End date', 'Termination date', 'Leaving date']],
  ['unit', ['Avdeling', 'Enhet', 'Organisasjonsenhet', 'Org.enhet', 'Seksjon', 'Department', 'Org unit', 'Organisational unit', 'Organizational unit']],
  ['jobLevel', ['Stillingsnivå', 'Stillingsniva', 'Nivå', 'Niva', 'Job level', 'Level']],
  ['jobGroup', ['Stillingsgruppe', 'Stillingskategori', 'Stillingsfamilie', 'Job group', 'Job family', 'Job category']],
  ['occupationCode', ['Stillingskode', 'Yrkeskode', 'STYRK', 'STYRK-kode', 'STYRK08', 'Occupation code', 'Job code']],
  ['basePay', ['Månedslønn', 'Fastlønn', 'Grunnlønn', 'Basislønn', 'Månedslønn (kr)', 'Monthly salary', 'Monthly pay', 'Base salary', 'Base pay']],
  ['basePay', ['Årslønn', 'Årslønn (kr)', 'Arslonn', 'Årslønn 100 %', 'Annual salary', 'Annual pay', 'Yearly salary'], true],
  ['fixedAllowances', ['Faste tillegg', 'Fast tillegg', 'Fixed allowances']],
  ['irregularAllowances', ['Uregelmessige tillegg', 'Variable tillegg', 'Irregular allowances']],
  ['bonus', ['Bonuser', 'Bonusutbetaling']],
  ['overtime', ['Overtid', 'Overtidsbetaling', 'Overtidsgodtgjørelse']],
  ['benefitsInKind', ['Naturalytelser', 'Naturalytelse', 'Benefits in kind']],
  [
    'parentalLeaveWeeks',
    ['Foreldrepermisjon uker', 'Uker foreldrepermisjon', 'Foreldrepermisjon (uker)', 'Permisjonsuker', 'Parental leave weeks', 'Parental leave (weeks)'],
  ],
  ['involuntaryPartTime', ['Ufrivillig deltid', 'Involuntary part-time', 'Involuntary part time']],
  [
    'fullTimeHoursPerWeek',
    [
      'Timer per uke full stilling',
      'Timer per uke i full stilling',
      'Timer pr uke full stilling',
      'Ukentlig arbeidstid full stilling',
      'Arbeidstid full stilling',
      'Full-time hours per week',
      'Full-time weekly hours',
      'Weekly hours full time',
    ],
  ],
  ['organisationNumber', ['Organisasjonsnummer', 'Orgnr', 'Org.nr.', 'Org nr', 'Organisation number', 'Organization number']],
  ['year', ['År', 'Regnskapsår', 'Inntektsår']],
];

/**
 * A header name as {@link KNOWN_COLUMNS} compares it: lower case, without spaces, `_`, `-`, `.`,
 * `/`, `(`, `)` and `%`.
 *
 * @example
 * ```ts
 * knownColumnKey('Stillings-prosent (%)'); // 'stillingsprosent'
 * ```
 */
export function knownColumnKey(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-./()%]+/g, '');
}

/**
 * Well-known header names of Norwegian and English HR and payroll exports (`Ansettelsesform`,
 * `Stillingsprosent`, `Kjønn`, `Stillingskode`, `Avdeling`, `Årslønn`, `Employee ID` …), by
 * {@link knownColumnKey}, and the field each one is (issue 16, item 4: known columns are never
 * lost). The canonical names (`positionPercent`, …) are read as they are and are not listed.
 *
 * A column with such a name that no column mapping names is read as its field when no other column
 * gives that field (warning `column_recognised`: confirm it in the mapping, or map it to
 * `"ignore"`); otherwise it is left out with the warning `column_not_mapped`, which names the
 * column, the field it looks like and the column that gives the field. `annual: true` marks a
 * yearly amount (`Årslønn`), read as an annual column (÷ 12, exactly: DEF-ROUND).
 *
 * @example
 * ```ts
 * KNOWN_COLUMNS[knownColumnKey('Stillingsprosent')]; // { field: 'positionPercent' }
 * KNOWN_COLUMNS[knownColumnKey('Årslønn')];          // { field: 'basePay', annual: true }
 * ```
 */
export const KNOWN_COLUMNS: Readonly<Record<string, KnownColumn>> = Object.freeze(
  Object.fromEntries(
    NAMES.flatMap(([field, names, annual]) => names.map((n) => [knownColumnKey(n), annual === true ? { field, annual } : { field }] as const)),
  ),
);

/**
 * The field a well-known header name is, or undefined.
 *
 * @example
 * ```ts
 * knownColumn('Ansettelsesform'); // { field: 'contract' }
 * knownColumn('Kommentar');       // undefined
 * ```
 */
export function knownColumn(header: string): KnownColumn | undefined {
  const key = knownColumnKey(header);
  return Object.hasOwn(KNOWN_COLUMNS, key) ? KNOWN_COLUMNS[key] : undefined;
}

/** Issue 5: real spreadsheet/HR exports with every Norwegian quirk, fixtures written here. */
import { describe, it, expect } from 'vitest';
import { parseEmployeesCsv, parseCsvTable, ColumnMappingSchema, PayCodeTableSchema } from '../../../src/io/csv/index.js';

/** Windows-1252 bytes of a text in the Latin-1 range (æ, ø, å, NBSP …). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error('not Latin-1');
    return c;
  });
}
const utf8 = (t: string) => new TextEncoder().encode(t);
const withBom = (b: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);
const NBSP = '\u00a0';

/** An HR export as Excel writes it in Norway: `;`, decimal comma, NBSP thousands, dd.mm.yyyy, K/M. */
const HR_EXPORT = [
  'Ansattnr;Navn;Kjønn;Stillingsprosent;Ansettelsesform;Ansatt fra;Sluttdato;Avdeling;Stillingsnivå;Stillingsgruppe;Månedslønn;Faste tillegg;Årsbonus;Ufrivillig deltid',
  `1001;Åse Ødegård;K;80,5;Fast;01.03.2015;;Oslo/Økonomi;Rådgiver;Adm;"45${NBSP}000,50";1 200,00;"24${NBSP}000";Nei`,
  `1002;Øyvind Ås;M;100;Midlertidig;1.2.2024;31.12.2025;Oslo/IT;Seniorrådgiver;IT;61 250;0;12 000,-;`,
  `1003;Kari Ærlig;kvinne;100;midlertidig vikariat;2020-01-01;;Bergen;Rådgiver;Adm;52000;"1.500,50";;`,
  `1004;Per Mann;MANN;0;fast;15.08.2019;;Bergen;Leder;Adm;70000;0;0;ja`,
].join('\r\n');

const MAPPING = ColumnMappingSchema.parse({
  Ansattnr: 'employeeId',
  Navn: 'ignore',
  Kjønn: 'gender',
  Stillingsprosent: 'positionPercent',
  Ansettelsesform: 'contract',
  'Ansatt fra': 'startDate',
  Sluttdato: 'endDate',
  Avdeling: 'unit',
  Stillingsnivå: 'jobLevel',
  Stillingsgruppe: 'jobGroup',
  Månedslønn: 'basePay',
  'Faste tillegg': 'fixedAllowances',
  Årsbonus: 'bonus',
  'Ufrivillig deltid': 'involuntaryPartTime',
});

describe('Norwegian HR export', () => {
  const expected = [
    {
      employeeId: '1001',
      gender: 'female',
      contract: 'permanent',
      positionPercent: 80.5,
      startDate: '2015-03-01',
      endDate: null,
      unit: 'Oslo/Økonomi',
      jobLevel: 'Rådgiver',
      pay: { basePay: 4500050, fixedAllowances: 120000, bonus: 200000 },
      involuntaryPartTime: false,
    },
    {
      employeeId: '1002',
      gender: 'male',
      contract: 'temporary',
      positionPercent: 100,
      startDate: '2024-02-01',
      endDate: '2025-12-31',
      pay: { basePay: 6125000, fixedAllowances: 0, bonus: 100000 },
      involuntaryPartTime: null,
    },
    { employeeId: '1003', gender: 'female', contract: 'temporary', startDate: '2020-01-01', pay: { basePay: 5200000, fixedAllowances: 150050, bonus: 0 } },
    {
      employeeId: '1004',
      gender: 'male',
      contract: 'permanent',
      positionPercent: 0,
      startDate: '2019-08-15',
      pay: { basePay: 7000000 },
      involuntaryPartTime: true,
    },
  ];
  const options = { file: 'hr.csv', columnMapping: MAPPING, annualColumns: ['Årsbonus'] } as const;

  for (const [name, bytes] of [
    ['Windows-1252', cp1252(HR_EXPORT)],
    ['UTF-8', utf8(HR_EXPORT)],
    ['UTF-8 with BOM', withBom(utf8(HR_EXPORT))],
  ] as const) {
    it(`reads it as ${name}, detecting ";", decimal comma and thousands separators`, () => {
      const r = parseEmployeesCsv(bytes, options);
      expect(r.encoding).toBe(name === 'Windows-1252' ? 'windows-1252' : 'utf-8');
      expect(r.delimiter).toBe(';');
      expect(r.errors).toBe(0);
      expect(r.records).toMatchObject(expected);
      // 0 % is kept with a warning (DEF-PAY); Navn is read past on purpose
      expect(r.diagnostics.map((d) => `${d.code}@${d.record ?? '-'}`)).toEqual(['optional_columns_missing@-', 'position_percent_zero_or_missing@4']);
      expect(r.columns.ignored).toEqual(['Navn']);
      expect(r.columns.fields.bonus).toEqual(['Årsbonus']);
      expect(r.columns.annual).toEqual(['Årsbonus']);
      // every number column read with a decimal comma: proven (80,5; 45 000,50; 1.500,50) or the ";" default
      expect(r.columns.decimal).toEqual({ Stillingsprosent: ',', Månedslønn: ',', 'Faste tillegg': ',', Årsbonus: ',' });
    });
  }

  it('the same data as a string gives the same records', () => {
    expect(parseEmployeesCsv(HR_EXPORT, options).records).toEqual(parseEmployeesCsv(cp1252(HR_EXPORT), options).records);
  });

  it('divides annual amounts by 12 exactly (DEF-ROUND): a twelfth that is no whole øre makes the record 1/payDivisor øre', () => {
    const csv =
      'employeeId;gender;startDate;positionPercent;Årslønn;Tillegg\nA;K;01.01.2020;100;100 000,06;10\nB;M;01.01.2020;100;100 000,02;0\nC;M;01.01.2020;100;100 000,01;0\nD;M;01.01.2020;100;120 000,00;10\n';
    const r = parseEmployeesCsv(csv, { columnMapping: { Årslønn: 'basePay', Tillegg: 'basePay' }, annualColumns: ['Årslønn'] });
    // 10 000 006 øre / 12 = 833 333 5/6 øre: in sixths of an øre, 5 000 003 + 1 000 × 6 for the monthly 10 kr;
    // 10 000 002 / 12 = 833 333 1/2 → halves; 10 000 001 / 12 → twelfths; 12 000 000 / 12 = 1 000 000 øre, whole
    expect(r.records.map((e) => [e.pay.basePay, e.payDivisor])).toEqual([
      [5_000_003 + 6_000, 6],
      [1_666_667, 2],
      [10_000_001, 12],
      [1_000_000 + 1_000, undefined],
    ]);
    // the exact value of each is the twelfth itself
    expect(r.records.map((e) => (e.pay.basePay * 12) / (e.payDivisor ?? 1))).toEqual([10_000_006 + 12_000, 10_000_002, 10_000_001, 12_012_000]);
  });

  it('warns about mapping entries and annual columns that are not in the file', () => {
    const r = parseEmployeesCsv('employeeId,gender,startDate,positionPercent\nA,M,2020-01-01,100\n', {
      columnMapping: { Lønn: 'basePay' },
      annualColumns: ['Bonus'],
    });
    expect(r.diagnostics.filter((d) => d.code === 'invalid_column_mapping').map((d) => d.severity)).toEqual(['warning', 'warning']);
  });

  it('refuses two columns for one non-pay field (fatal)', () => {
    const r = parseEmployeesCsv('Ansattnr,employeeId,gender,startDate,positionPercent\n1,1,M,2020-01-01,100\n', { columnMapping: { Ansattnr: 'employeeId' } });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid_column_mapping', severity: 'error' });
  });
});

describe('pay-code table (wide layout: one column per lønnsart)', () => {
  const payCodes = PayCodeTableSchema.parse({
    '1000': 'basePay',
    '1010': 'basePay',
    '1100': 'fixedAllowances',
    '2000': 'irregularAllowances',
    '2300': 'overtime',
    '3000': 'bonus',
    '4000': 'benefitsInKind',
    '9000': 'notPay',
  });
  const csv = [
    'employeeId;gender;startDate;positionPercent;1000 Fastlønn;1010 Timelønn;1100-Faste tillegg;2000;2300 Overtid;3000 Bonus;4000 Fri bil;9000 Feriepenger;5000 Ukjent',
    'A;K;01.01.2020;100;40 000,00;2 000,50;1 000;500;3 000;12 000;4 000;99 999;7',
    'B;M;01.01.2020;100;50 000;-1 000;;;;;;;',
  ].join('\n');

  it('sums the columns of each component; notPay and unknown columns are read past', () => {
    const r = parseEmployeesCsv(csv, { payCodes, annualColumns: ['3000 Bonus'] });
    expect(r.errors).toBe(0);
    expect(r.records[0]?.pay).toEqual({
      basePay: 4200050,
      fixedAllowances: 100000,
      irregularAllowances: 50000,
      bonus: 100000,
      overtime: 300000,
      benefitsInKind: 400000,
    });
    // a negative correction line is fine while the component stays ≥ 0
    expect(r.records[1]?.pay.basePay).toBe(4900000);
    expect(r.columns.fields.basePay).toEqual(['1000 Fastlønn', '1010 Timelønn']);
    expect(r.columns.ignored).toEqual(['9000 Feriepenger', '5000 Ukjent']);
  });
});

describe('cell formats', () => {
  const head = 'employeeId;gender;startDate;positionPercent;basePay;parentalLeaveWeeks';
  function one(cells: string, options = {}) {
    const padded = cells.split(';').length === 4 ? `${cells};` : cells;
    return parseEmployeesCsv(`${head}\nA;${padded}\n`, options);
  }
  it.each([
    ['K', 'female'],
    ['k', 'female'],
    ['Kvinne', 'female'],
    ['female', 'female'],
    ['M', 'male'],
    ['mann', 'male'],
    ['Male', 'male'],
    ['annet', 'other'],
    ['ukjent', 'unknown'],
  ])('sex %s → %s', (cell, sex) => {
    expect(one(`${cell};2020-01-01;100;1`).records[0]?.gender).toBe(sex);
  });
  it.each([
    ['31.12.2025', '2025-12-31'],
    ['1.2.2024', '2024-02-01'],
    ['29.02.2024', '2024-02-29'],
    ['2025-12-31', '2025-12-31'],
    ['2025-12-31 00:00:00', '2025-12-31'],
    ['2025-12-31T00:00:00.000Z', '2025-12-31'],
  ])('date %s → %s', (cell, iso) => {
    expect(one(`K;${cell};100;1`).records[0]?.startDate).toBe(iso);
  });
  it.each(['29.02.2025', '31.04.2025', '2025-13-01', '12/31/2025', '31.12.25', '45657', '2025-12-31 13:45'])('date %s is an error', (cell) => {
    const r = one(`K;${cell};100;1`);
    expect(r.diagnostics.map((d) => d.code)).toContain('invalid_date');
  });
  it.each([
    ['45 000,50', 4500050],
    [`45${NBSP}000,50`, 4500050],
    ['45\u202f000,50', 4500050],
    ['45.000,50', 4500050],
    ['45000,5', 4500050],
    ['45 000,-', 4500000],
    ['1 234 567', 123456700],
    ['0,05', 5],
  ])('money %s → %d øre (";" file)', (cell, ore) => {
    const r = one(`K;2020-01-01;100;"${cell}"`);
    expect(r.errors).toBe(0);
    expect(r.records[0]?.pay.basePay).toBe(ore);
  });
  it.each(['45 00,50', '4 5000', '1,2,3', '12a', '--5', '', ' '])('money %j is an error or empty', (cell) => {
    const r = one(`K;2020-01-01;100;"${cell}"`);
    if (cell.trim() === '') expect(r.records[0]?.pay.basePay).toBe(0);
    else expect(r.diagnostics.map((d) => d.code)).toContain('invalid_number');
  });
  it('decides an ambiguous "1.234" by the column\'s proven mark, else by the delimiter', () => {
    const headC = 'employeeId,gender,startDate,positionPercent,basePay';
    // comma file: "1.234" would be 1.234 NOK → too many decimals; dot proven by row 1 too
    expect(parseEmployeesCsv(`${headC}\nA,K,2020-01-01,100,1.5\nB,K,2020-01-01,100,1.234\n`).diagnostics.map((d) => d.code)).toContain('too_many_decimals');
    // semicolon file: "1.234" is 1 234 NOK, unless the column already proved a dot decimal
    expect(one('K;2020-01-01;100;1.234').records[0]?.pay.basePay).toBe(123400);
    const proven = parseEmployeesCsv(`${head}\nA;K;2020-01-01;100;1.5;\nB;K;2020-01-01;100;1.234;\n`);
    expect(proven.diagnostics.map((d) => d.code)).toContain('too_many_decimals');
    // a fixed decimal option wins
    expect(one('K;2020-01-01;100;1.234', { decimal: '.' }).diagnostics.map((d) => d.code)).toContain('too_many_decimals');
    expect(proven.columns.decimal).toEqual({ positionPercent: ',', basePay: '.', parentalLeaveWeeks: ',' });
    expect(one('K;2020-01-01;100;1', { decimal: '.' }).columns.decimal).toEqual({ positionPercent: '.', basePay: '.', parentalLeaveWeeks: '.' });
  });
  it('reads position percent with a comma and a % sign', () => {
    expect(one('K;2020-01-01;"66,67 %";1').records[0]?.positionPercent).toBe(66.67);
  });
  it('reads parental-leave weeks with a decimal comma', () => {
    expect(one('K;2020-01-01;100;1;12,5').records[0]?.parentalLeaveWeeks).toBe(12.5);
  });
  it('reads tab-separated UTF-16 exports ("Unicode text" from Excel)', () => {
    const text = 'employeeId\tgender\tstartDate\tpositionPercent\nA\tK\t01.01.2020\t50\n';
    const le = new Uint8Array(2 + text.length * 2);
    le[0] = 0xff;
    le[1] = 0xfe;
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i);
    const r = parseEmployeesCsv(le);
    expect(r.encoding).toBe('utf-16le');
    expect(r.delimiter).toBe('\t');
    expect(r.records[0]).toMatchObject({ gender: 'female', positionPercent: 50 });
  });
});

describe('parseCsvTable', () => {
  it('gives trimmed cells with line numbers, and reports malformed rows', () => {
    const t = parseCsvTable(cp1252('fnr;kjønn;avd\n01010012356; M ;"Øst\nVest"\n\n1;2\n'), { file: 'hr.csv' });
    expect(t.header).toEqual(['fnr', 'kjønn', 'avd']);
    expect(t.rows).toEqual([['01010012356', 'M', 'Øst\nVest']]);
    expect(t.lines).toEqual([2]);
    expect(t.encoding).toBe('windows-1252');
    expect(t.diagnostics).toMatchObject([{ code: 'malformed_row', record: 3, file: 'hr.csv', params: { line: 5 } }]);
  });
});

describe("Excel's sep= line", () => {
  it('names the delimiter, is not a row, and shifts line numbers by one', () => {
    const text = 'sep=,\r\nemployeeId,gender,startDate,positionPercent,basePay\r\nA,K,01.01.2020,100,"45 000,50"\r\nA,M,01.01.2020,100,1\r\n';
    const r = parseEmployeesCsv(text);
    expect(r.delimiter).toBe(',');
    expect(r.records[0]?.pay.basePay).toBe(4500050);
    expect(r.diagnostics.find((d) => d.code === 'duplicate_employee_id')).toMatchObject({ record: 2, params: { line: 4 } });
    const t = parseCsvTable('"sep=;"\nfnr;kjønn\n1;K\n');
    expect(t).toMatchObject({ delimiter: ';', header: ['fnr', 'kjønn'], rows: [['1', 'K']], lines: [3] });
  });
  it('is read the same when streamed in pieces', async () => {
    const { readEmployeesCsv } = await import('../../../src/io/csv/index.js');
    const text = 'sep=;\r\nemployeeId;gender;startDate;positionPercent\r\nA;K;01.01.2020;100\r\n';
    const bytes = new TextEncoder().encode(text);
    const whole = parseEmployeesCsv(bytes);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const streamed = await readEmployeesCsv(
        (async function* () {
          yield bytes.subarray(0, cut);
          yield bytes.subarray(cut);
        })(),
      );
      expect(streamed).toEqual(whole);
    }
    expect(whole.records).toHaveLength(1);
    expect(whole.delimiter).toBe(';');
  });
});

describe('pay-code table (long layout: one row per pay line)', () => {
  const payCodes = { '1000': 'basePay', '1100': 'fixedAllowances', '3000': 'bonus', '2300': 'overtime', '9000': 'notPay' } as const;
  const columnMapping = {
    Ansattnr: 'employeeId',
    Kjønn: 'gender',
    Fra: 'startDate',
    Stilling: 'positionPercent',
    Lønnsart: 'payCode',
    Beløp: 'payAmount',
  } as const;
  const head = 'Ansattnr;Kjønn;Fra;Stilling;Lønnsart;Beløp';

  it('sums the lines of each employment; unknown codes warn, notPay is read past', () => {
    const csv = [
      head,
      '1;K;01.01.2020;100;1000;40 000,00',
      '1;K;01.01.2020;100;1100;1 500',
      '1;K;01.01.2020;100;1000;-500,50', // a correction line
      '1;K;01.01.2020;100;9000;99 999',
      '1;K;01.01.2020;100;7777;5',
      '2;M;01.03.2021;80;1000;30 000',
      '2;M;01.03.2021;80;3000;1 000',
      '3;M;01.03.2021;100;;', // an employment without pay lines
    ].join('\n');
    const r = parseEmployeesCsv(csv, { columnMapping, payCodes });
    expect(r).toMatchObject({ read: 3, rejected: 0, errors: 0, fatal: false });
    expect(r.records.map((e) => [e.employeeId, e.pay.basePay, e.pay.fixedAllowances, e.pay.bonus, e.pay.overtime])).toEqual([
      ['1', 3949950, 150000, 0, 0],
      ['2', 3000000, 0, 100000, 0],
      ['3', 0, 0, 0, 0],
    ]);
    expect(r.diagnostics.map((d) => `${d.severity}:${d.code}@${d.record ?? '-'}`)).toEqual([
      'warning:optional_columns_missing@-',
      'warning:unknown_pay_code@5',
    ]);
    // a pay code of digits could as well be an amount in a shifted column: described, not quoted
    expect(r.diagnostics[1]).toMatchObject({ foundShape: { kind: 'digits', length: 4 }, path: ['payCode'] });
    expect(r.diagnostics[1]).not.toHaveProperty('found');
  });

  it('rejects the whole employment when a line has an error, and flags non-consecutive lines as duplicates', () => {
    const csv = [
      head,
      '1;K;01.01.2020;100;1000;40 000',
      '1;K;01.01.2020;100;1100;12x',
      '2;M;01.01.2020;100;1000;-5',
      '1;K;01.01.2020;100;1000;1',
      '4;M;01.01.2020;100;1000;1',
    ].join('\n');
    const r = parseEmployeesCsv(csv, { columnMapping, payCodes, file: 'l.csv' });
    expect(r.records.map((e) => e.employeeId)).toEqual(['4']);
    expect(r).toMatchObject({ read: 4, rejected: 3 });
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.record}`)).toEqual([
      'invalid_number@2',
      'negative_pay@3',
      'duplicate_employee_id@4',
    ]);
    expect(JSON.stringify(r.diagnostics)).not.toContain('40 000');
  });

  it('streams to the same result', async () => {
    const { readEmployeesCsv } = await import('../../../src/io/csv/index.js');
    const csv = [head, '1;K;01.01.2020;100;1000;40 000', '1;K;01.01.2020;100;1100;1', '2;M;01.01.2020;100;1000;2'].join('\n');
    const bytes = new TextEncoder().encode(csv);
    const whole = parseEmployeesCsv(bytes, { columnMapping, payCodes });
    for (let cut = 0; cut <= bytes.length; cut += 3) {
      const streamed = await readEmployeesCsv(
        (async function* () {
          yield bytes.subarray(0, cut);
          yield bytes.subarray(cut);
        })(),
        { columnMapping, payCodes },
      );
      expect(streamed).toEqual(whole);
    }
    expect(whole.records).toHaveLength(2);
  });

  it('needs both columns and a table, and refuses mixing with pay columns', () => {
    expect(parseEmployeesCsv(`${head}\n1;K;01.01.2020;100;1000;1\n`, { columnMapping }).diagnostics[0]).toMatchObject({
      code: 'invalid_column_mapping',
      severity: 'error',
    });
    const noAmount = parseEmployeesCsv('Ansattnr;Kjønn;Fra;Stilling;Lønnsart\n1;K;01.01.2020;100;1000\n', { columnMapping, payCodes });
    expect(noAmount.fatal).toBe(true);
    expect(noAmount.diagnostics.find((d) => d.code === 'missing_columns')?.params?.['columns']).toEqual(['payAmount']);
    const mixed = parseEmployeesCsv(`${head};basePay\n1;K;01.01.2020;100;1000;1;2\n`, { columnMapping, payCodes });
    expect(mixed.fatal).toBe(true);
  });
});

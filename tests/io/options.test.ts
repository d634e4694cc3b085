/**
 * Issue 15, item 1 (the readers' part): every reader validates its arguments at the entry and
 * throws the shared `LikestillingInputError` — `issues` are diagnostics `{ path, code, expected, expectation }`,
 * a message naming every bad path — never a TypeError from inside, and never the value it refused.
 */
import { describe, expect, it } from 'vitest';
import { LikestillingInputError } from '../../src/_lib/input.js';
import { formatDiagnostic } from '../../src/_lib/messages.js';
import { parseHrCsv, readAMelding } from '../../src/io/a-melding/index.js';
import { parseCsvTable, parseEmployeesCsv, readEmployeesCsv } from '../../src/io/csv/index.js';

const SECRET = '12128119823';
const CSV = 'employeeId,gender,startDate,positionPercent\nE1,K,2020-01-01,100\n';
async function* bytes(): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(CSV);
}

interface Case {
  readonly name: string;
  readonly call: () => unknown;
  readonly paths: readonly (readonly (string | number)[])[];
}

const bad = <T>(v: unknown): T => v as T;

const CASES: readonly Case[] = [
  // parseEmployeesCsv / readEmployeesCsv: the import profile, the file name, the callbacks, the input
  {
    name: 'parseEmployeesCsv: unknown field in the mapping',
    call: () => parseEmployeesCsv(CSV, { columnMapping: { Kolonne: bad(SECRET) } }),
    paths: [['options', 'columnMapping', 'Kolonne']],
  },
  {
    name: 'parseEmployeesCsv: pay-code target',
    call: () => parseEmployeesCsv(CSV, { payCodes: { '1000': bad(SECRET) } }),
    paths: [['options', 'payCodes', '1000']],
  },
  {
    name: 'parseEmployeesCsv: several bad options at once',
    call: () =>
      parseEmployeesCsv(
        CSV,
        bad({
          delimiter: SECRET,
          decimal: ':',
          encoding: 'latin9',
          year: 1.5,
          organisationNumber: SECRET,
          annualColumns: [''],
          maxDiagnostics: -1,
          file: 7,
          colour: 'red',
        }),
      ),
    paths: [
      ['options', 'delimiter'],
      ['options', 'decimal'],
      ['options', 'encoding'],
      ['options', 'annualColumns', 0],
      ['options', 'year'],
      ['options', 'organisationNumber'],
      ['options', 'maxDiagnostics'],
      ['options', 'file'],
      ['options', 'colour'],
    ],
  },
  {
    name: 'parseEmployeesCsv: callbacks',
    call: () => parseEmployeesCsv(CSV, bad({ onRecords: SECRET, onProgress: 1 })),
    paths: [
      ['options', 'onProgress'],
      ['options', 'onRecords'],
    ],
  },
  {
    name: 'parseEmployeesCsv: a __proto__ key in the mapping',
    call: () => parseEmployeesCsv(CSV, { columnMapping: JSON.parse(`{"__proto__": "${SECRET}", "Navn": "ignore"}`) as Record<string, 'ignore'> }),
    paths: [['options', 'columnMapping', '__proto__']],
  },
  { name: 'parseEmployeesCsv: options not an object', call: () => parseEmployeesCsv(CSV, bad(SECRET)), paths: [['options']] },
  { name: 'parseEmployeesCsv: input neither text nor bytes', call: () => parseEmployeesCsv(bad({ text: SECRET })), paths: [['input']] },
  { name: 'readEmployeesCsv: input not a stream', call: () => readEmployeesCsv(bad(SECRET)), paths: [['input']] },
  {
    name: 'readEmployeesCsv: bad mapping',
    call: () => readEmployeesCsv(bytes(), { columnMapping: { A: bad(SECRET) } }),
    paths: [['options', 'columnMapping', 'A']],
  },
  // parseCsvTable
  {
    name: 'parseCsvTable: options',
    call: () => parseCsvTable(CSV, bad({ delimiter: SECRET, encoding: SECRET, extra: 1 })),
    paths: [
      ['options', 'delimiter'],
      ['options', 'encoding'],
      ['options', 'extra'],
    ],
  },
  { name: 'parseCsvTable: input', call: () => parseCsvTable(bad(42)), paths: [['input']] },
  // parseHrCsv
  {
    name: 'parseHrCsv: mapping to no HR field',
    call: () => parseHrCsv(CSV, { columnMapping: { 'Ansatt ID': bad(SECRET) } }),
    paths: [['options', 'columnMapping', 'Ansatt ID']],
  },
  {
    name: 'parseHrCsv: options',
    call: () => parseHrCsv(CSV, bad({ file: 1, maxDiagnostics: 'many' })),
    paths: [
      ['options', 'file'],
      ['options', 'maxDiagnostics'],
    ],
  },
  // readAMelding: the file list and the options
  {
    name: 'readAMelding: files',
    call: () => readAMelding(bad([{ name: '', content: 'x' }, { name: 'b.xml', content: 5 }, SECRET]), { year: 2025 }),
    paths: [
      ['files', 0, 'name'],
      ['files', 1, 'content'],
      ['files', 2],
    ],
  },
  {
    name: 'readAMelding: options',
    call: () =>
      readAMelding(
        [],
        bad({
          year: SECRET,
          fiscalYearEnd: '13-45',
          legalEntity: SECRET,
          deriveSexFromNationalId: 'yes',
          onProgress: SECRET,
          maxDiagnostics: 1.5,
          unknown: true,
        }),
      ),
    paths: [
      ['options', 'year'],
      ['options', 'fiscalYearEnd'],
      ['options', 'legalEntity'],
      ['options', 'deriveSexFromNationalId'],
      ['options', 'onProgress'],
      ['options', 'maxDiagnostics'],
      ['options', 'unknown'],
    ],
  },
  {
    name: 'readAMelding: a reference date outside the year',
    call: () => readAMelding([], { year: 2025, referenceDate: '2024-12-31' }),
    paths: [['options', 'referenceDate']],
  },
  {
    name: 'readAMelding: a __proto__ key',
    call: () => readAMelding([], JSON.parse('{"year": 2025, "__proto__": {"year": 1}}') as { year: number }),
    paths: [['options', '__proto__']],
  },
];

describe('the readers validate their arguments at the entry', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      let error: unknown;
      try {
        await c.call();
      } catch (e) {
        error = e;
      }
      expect(error, 'it throws (or rejects)').toBeInstanceOf(Error);
      const e = error as Error & { issues?: readonly { path: readonly (string | number)[]; code: string; expected: string }[] };
      expect(e.name).toBe('LikestillingInputError');
      expect(e).toBeInstanceOf(LikestillingInputError);
      expect(e).not.toBeInstanceOf(TypeError);
      expect(e.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(c.paths.map((p) => [...p])));
      expect(e.issues).toHaveLength(c.paths.length);
      for (const issue of e.issues ?? []) {
        expect(
          Object.keys(issue)
            .filter((k) => k !== 'params')
            .sort(),
        ).toEqual(['code', 'expectation', 'expected', 'path', 'severity']);
        expect(typeof issue.expected).toBe('string');
        // said in every language from the expectation
        for (const lang of ['nb', 'nn', 'en'] as const) expect(formatDiagnostic(issue as never, lang)).not.toContain(SECRET);
      }
      // the message names every bad path, and never the value refused
      for (const p of c.paths) expect(e.message).toContain(String(p[1] ?? p[0]));
      expect(e.message).not.toContain(SECRET);
      expect(JSON.stringify(e.issues)).not.toContain(SECRET);
    });
  }

  it('good options still read', async () => {
    expect(parseEmployeesCsv(CSV, { file: 'e.csv', maxDiagnostics: 3, onRecords: () => undefined }).read).toBe(1);
    expect((await readEmployeesCsv(bytes(), { onProgress: () => undefined })).records).toHaveLength(1);
    expect(parseCsvTable(CSV, { delimiter: ',', file: 'x' }).rows).toHaveLength(1);
    expect(parseHrCsv('fnr;Ansatt ID\n;7\n', { columnMapping: { 'Ansatt ID': 'employeeNumber' } }).records).toHaveLength(1);
    expect((await readAMelding([], { year: 2025 })).fatal).toBe(true);
  });
});

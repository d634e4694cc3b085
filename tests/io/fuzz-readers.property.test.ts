/**
 * Issue 15, item 6: a seeded fuzz test, bounded in time, of every reader — the canonical CSV, an
 * HR export read with a column mapping and pay codes (wide and long), the a-melding XML, the HR
 * CSV of the a-melding route, and the command line's JSON inputs (employer, cycle, statement,
 * policy, column mapping, pay codes, the audited table). Each takes good files that are truncated,
 * bit-flipped, spliced and shuffled, and random bytes, and must answer with data — records and
 * diagnostics whose counts agree, or the CLI's usage error — never throw, hang or crash.
 *
 * The seed is fixed (the same inputs every run); each property stops after its run count or its
 * time budget, whichever comes first (`interruptAfterTimeLimit`), so the suite's time is bounded
 * on a busy machine. Set FUZZ_RUNS=… to run more, and FUZZ_SEED=… for other inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/_lib/diagnostics.js';
import { formatDiagnostic } from '../../src/_lib/messages.js';
import { auditPublication } from '../../src/anonymisation/auditPublication.js';
import { PublicationPolicySchema } from '../../src/anonymisation/policy.js';
import { publish } from '../../src/anonymisation/publish.js';
import { readJsonInput } from '../../src/cli/_lib/json.js';
import { CliUsageError } from '../../src/cli/io.js';
import { parseHrCsv, readAMelding } from '../../src/io/a-melding/index.js';
import { ColumnMappingSchema, CsvImportProfileSchema, parseEmployeesCsv, PayCodeTableSchema, readEmployeesCsv } from '../../src/io/csv/index.js';
import { EqualityCycleSchema } from '../../src/models/cycle.js';
import { EmployerSchema } from '../../src/models/employer.js';
import { ReportSchema } from '../../src/report/types.js';
import { computeMapping } from '../../src/statistics/computeMapping.js';
import { fakeIO } from '../cli/_fakeIO.js';
import { fixtureFiles } from './a-melding/fixtures.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20251231);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 300);
/** Each property's time budget (ms); a test's own timeout is well above it. */
const BUDGET = Number(process.env['FUZZ_BUDGET_MS'] ?? 6000);
const settings = { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: BUDGET, markInterruptAsFailure: false } as const;

const EXAMPLES = join(import.meta.dirname, '../../examples/data');
const enc = new TextEncoder();
const read = (name: string): string => readFileSync(join(EXAMPLES, name), 'utf8');

/** The canonical CSV: the first 40 rows of the example payroll. */
const CANONICAL = read('employees-2025.csv').split('\n').slice(0, 41).join('\n') + '\n';
/** An HR export: semicolons, Norwegian headers, decimal commas, a column per pay code. */
const HR_EXPORT =
  [
    'Ansattnr;Kjønn;Fødselsnummer;Stilling %;Ansatt fra;Sluttdato;Avdeling;Nivå;1000 Fastlønn;1100 Faste tillegg;2300 Overtid;9000 Feriepenger;Ufrivillig deltid',
    '1;K;;80,5;01.03.2015;;Oslo/Økonomi;L2;"45 000,50";1 000;0;5 000;nei',
    '2;M;;100;2024-02-01;31.12.2025;Bergen;L3;61 250;;2 500,-;;',
    '3;;01010012356;60;01.01.2020;;Oslo/IT;L1;32000;0;0;0;ja',
  ].join('\r\n') + '\r\n';
const HR_MAPPING = {
  Ansattnr: 'employeeId',
  Kjønn: 'gender',
  Fødselsnummer: 'nationalId',
  'Stilling %': 'positionPercent',
  'Ansatt fra': 'startDate',
  Sluttdato: 'endDate',
  Avdeling: 'unit',
  Nivå: 'jobLevel',
  'Ufrivillig deltid': 'involuntaryPartTime',
} as const;
const PAY_CODES = { '1000': 'basePay', '1100': 'fixedAllowances', '2300': 'overtime', '9000': 'notPay' } as const;
/** The long layout: one row per pay line. */
const PAY_LINES =
  [
    'Nr;Kjønn;Start;Stilling;Art;Beløp',
    '1;K;01.01.2020;100;1000;"39 499,50"',
    '1;K;01.01.2020;100;1100;1500',
    '2;M;01.03.2021;80;1000;30 000',
    '2;M;01.03.2021;80;9000;999',
    '3;M;01.03.2021;100;7777;5',
  ].join('\n') + '\n';
const LINES_OPTIONS = {
  columnMapping: { Nr: 'employeeId', Kjønn: 'gender', Start: 'startDate', Stilling: 'positionPercent', Art: 'payCode', Beløp: 'payAmount' },
  payCodes: { '1000': 'basePay', '1100': 'fixedAllowances', '9000': 'notPay' },
} as const;
const FIXTURES = fixtureFiles();
const XML = [FIXTURES['2025/a-melding-2025-11.xml'] as string, FIXTURES['2025/a-melding-2025-12.xml'] as string];
const HR_CSV = FIXTURES['2025/hr.csv'] as string;

/** Mutations of a file: truncation, bit flips, byte splices, a cut range, a duplicated range. */
type Mutation = { readonly kind: 'truncate' | 'flip' | 'insert' | 'delete' | 'duplicate'; readonly at: number; readonly n: number; readonly bytes: Uint8Array };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'flip', 'flip', 'insert', 'delete', 'duplicate'),
  at: fc.nat(),
  n: fc.integer({ min: 1, max: 64 }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
});

function mutate(base: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = base;
  for (const m of mutations) {
    if (b.length === 0) break;
    const at = m.at % b.length;
    if (m.kind === 'truncate') b = b.subarray(0, at);
    else if (m.kind === 'flip') {
      b = Uint8Array.from(b);
      b[at] = (b[at] as number) ^ (1 << (m.n % 8));
    } else if (m.kind === 'insert') b = Uint8Array.from([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)]);
    else if (m.kind === 'delete') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + m.n)]);
    else b = Uint8Array.from([...b.subarray(0, at + m.n), ...b.subarray(at, at + m.n), ...b.subarray(at + m.n)]);
  }
  return b;
}

/** A file: a good one mutated a few times, or random bytes. */
const file = (bases: readonly string[]): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...bases.map((b) => enc.encode(b))), fc.array(mutation, { minLength: 1, maxLength: 6 }))
        .map(([b, ms]) => mutate(b, ms)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  );

/** Chunk sizes for the streaming reader. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** What every import result must satisfy. */
function sound(r: {
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly diagnosticsOmitted: number;
  readonly read: number;
  readonly rejected: number;
  readonly records: readonly unknown[];
  readonly fatal: boolean;
}): void {
  expect(r.errors + r.warnings).toBe(r.diagnostics.length + r.diagnosticsOmitted);
  expect(r.rejected).toBeLessThanOrEqual(r.read);
  if (!r.fatal) expect(r.records.length + r.rejected).toBeLessThanOrEqual(r.read);
  for (const d of r.diagnostics) {
    expect(DIAGNOSTIC_CODES).toContain(d.code);
    const text = formatDiagnostic(d);
    expect(text).not.toMatch(/\{\w+\}/);
  }
}

describe('fuzz: every reader answers with data, never a crash (seeded, time-bounded)', () => {
  it('the canonical CSV: whole and streamed agree', async () => {
    await fc.assert(
      fc.asyncProperty(file([CANONICAL]), fc.integer({ min: 1, max: 997 }), async (bytes, size) => {
        const whole = parseEmployeesCsv(bytes, { file: 'e.csv' });
        sound(whole);
        if (!whole.fatal) expect(whole.records.length + whole.rejected).toBe(whole.read);
        const streamed = await readEmployeesCsv(chunked(bytes, size), { file: 'e.csv' });
        if (!whole.fatal) expect(streamed).toEqual(whole);
        else {
          // a stream stops at an unusable header: bytes it never decoded cannot warn (invalid_encoding)
          const noEncoding = (r: typeof whole): typeof whole => {
            const diagnostics = r.diagnostics.filter((d) => d.code !== 'invalid_encoding');
            return { ...r, diagnostics, warnings: r.warnings - (r.diagnostics.length - diagnostics.length) };
          };
          expect(noEncoding(streamed)).toEqual(noEncoding(whole));
        }
      }),
      settings,
    );
  }, 60_000);

  it('an HR export with a column mapping and pay codes (a column per code)', () => {
    fc.assert(
      fc.property(file([HR_EXPORT]), (bytes) => {
        sound(parseEmployeesCsv(bytes, { columnMapping: HR_MAPPING, payCodes: PAY_CODES, annualColumns: ['2300 Overtid'] }));
      }),
      settings,
    );
  }, 60_000);

  it('an HR export of pay lines (the long layout)', () => {
    fc.assert(
      fc.property(file([PAY_LINES]), (bytes) => {
        sound(parseEmployeesCsv(bytes, LINES_OPTIONS));
      }),
      settings,
    );
  }, 60_000);

  it('the HR CSV of the a-melding route', () => {
    fc.assert(
      fc.property(file([HR_CSV]), (bytes) => {
        const r = parseHrCsv(bytes, { file: 'hr.csv' });
        expect(r.errors + r.warnings).toBe(r.diagnostics.length + r.diagnosticsOmitted);
        expect(r.records.length + r.rejected).toBeLessThanOrEqual(r.read);
      }),
      settings,
    );
  }, 60_000);

  it('a-melding XML (one month mutated beside a good one)', async () => {
    await fc.assert(
      fc.asyncProperty(file(XML), fc.boolean(), async (bytes, asStream) => {
        const content = asStream ? chunked(bytes, 4096) : bytes;
        const r = await readAMelding(
          [
            { name: 'bad.xml', content },
            { name: 'good.xml', content: XML[0] as string },
          ],
          { year: 2025 },
        );
        sound(r);
      }),
      settings,
    );
  }, 60_000);

  describe("the command line's JSON inputs", async () => {
    const employer = read('employer.json');
    const cycle = read('cycle-2025.json');
    const statement = read('statement-2024.json');
    const published = JSON.stringify(await publish(computeMapping(parseEmployeesCsv(read('employees-2025.csv')).records, { year: 2025 })));
    const inputs = [
      { name: 'employer', base: employer, schema: EmployerSchema },
      { name: 'cycle', base: cycle, schema: EqualityCycleSchema },
      { name: 'previous', base: statement, schema: ReportSchema },
      { name: 'policy', base: '{"payMinPersons": 5, "attributeMinCount": 3}', schema: PublicationPolicySchema },
      {
        name: 'mapping',
        base: '{"columnMapping": {"Ansattnr": "employeeId", "Kjønn": "gender"}, "payCodes": {"1000": "basePay"}, "delimiter": ";"}',
        schema: CsvImportProfileSchema,
      },
      { name: 'mapping', base: '{"Ansattnr": "employeeId", "Navn": "ignore"}', schema: ColumnMappingSchema },
      { name: 'pay-codes', base: '{"1000": "basePay", "9000": "notPay"}', schema: PayCodeTableSchema },
    ] as const;
    /** JSON-aware mutations as well: deep nesting and `__proto__` keys spliced in. */
    const jsonFile = (base: string): fc.Arbitrary<Uint8Array> =>
      fc.oneof(
        { weight: 4, arbitrary: file([base]) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.nat(), fc.constantFrom('"__proto__": {"x": 1}, ', '"a": ' + '['.repeat(300) + ']'.repeat(300) + ', ', '"__proto__": null, '))
            .map(([at, piece]) => {
              const opens = [...base.matchAll(/\{/g)].map((m) => m.index);
              const i = (opens[at % opens.length] ?? 0) + 1;
              return enc.encode(base.slice(0, i) + piece + base.slice(i));
            }),
        },
      );
    for (const input of inputs) {
      it(`--${input.name}`, async () => {
        await fc.assert(
          fc.asyncProperty(jsonFile(input.base), async (bytes) => {
            const { io } = fakeIO({ 'in.json': bytes });
            try {
              await readJsonInput(io, 'in.json', `--${input.name}`, input.schema, 'en');
            } catch (error) {
              expect(error).toBeInstanceOf(CliUsageError);
            }
          }),
          { ...settings, interruptAfterTimeLimit: BUDGET / 3 },
        );
      }, 60_000);
    }

    it('the audited table, through `likestilling audit`', async () => {
      await fc.assert(
        fc.asyncProperty(jsonFile(published), async (bytes) => {
          const f = fakeIO({ 'table.json': bytes });
          const { runCli } = await import('../../src/cli/index.js');
          const code = await runCli(['audit', 'table.json'], f.io);
          expect([0, 1, 2]).toContain(code);
          expect(f.stderr()).not.toMatch(/\n\s+at /); // no stack trace
        }),
        { ...settings, interruptAfterTimeLimit: BUDGET },
      );
      // the table as parsed JSON too (the CLI hands it on after its checks)
      expect((await auditPublication(JSON.parse(published) as unknown)).readable).toBe(true);
    }, 60_000);
  });
});

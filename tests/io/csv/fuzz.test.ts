/** Issue 5: random bytes and truncated files never crash the importers — they report. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCsvTable, parseEmployeesCsv, readEmployeesCsv } from '../../../src/io/csv/index.js';

const GOOD = new TextEncoder().encode(
  [
    'employeeId;gender;contract;positionPercent;startDate;endDate;unit;basePay;parentalLeaveWeeks;involuntaryPartTime',
    '1;K;fast;80,5;01.03.2015;;"Oslo; Økonomi";"45 000,50";12,5;nei',
    '2;M;midlertidig;100;2024-02-01;31.12.2025;IT;61 250;;',
    '3;kvinne;fast;0;2020-01-01;;"Bergen ""vest""";52000;;ja',
  ].join('\r\n') + '\r\n',
);

function invariants(r: ReturnType<typeof parseEmployeesCsv>): void {
  expect(r.records.length + r.rejected).toBe(r.read);
  expect(r.errors).toBe(r.diagnostics.filter((d) => d.severity === 'error').length);
  expect(r.warnings).toBe(r.diagnostics.filter((d) => d.severity === 'warning').length);
  if (!r.fatal) expect(r.diagnostics.filter((d) => d.severity === 'error' && d.record !== undefined).length).toBeGreaterThanOrEqual(r.rejected);
}

describe('fuzz', () => {
  it('random bytes: no throw, consistent counts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        invariants(parseEmployeesCsv(bytes));
        parseCsvTable(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('a good file with random bytes spliced in: no throw', () => {
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 }), (at, junk) => {
        const p = at % GOOD.length;
        invariants(parseEmployeesCsv(Uint8Array.from([...GOOD.subarray(0, p), ...junk, ...GOOD.subarray(p)])));
      }),
      { numRuns: 500 },
    );
  });

  it('every truncation of a good file: no throw, and streamed equals whole', async () => {
    for (let n = 0; n <= GOOD.length; n++) {
      const cut = GOOD.subarray(0, n);
      const whole = parseEmployeesCsv(cut);
      invariants(whole);
      const streamed = await readEmployeesCsv(
        (async function* () {
          for (let i = 0; i < cut.length; i += 7) yield cut.subarray(i, i + 7);
        })(),
      );
      expect(streamed).toEqual(whole);
    }
  });

  it('random text of CSV-ish characters: no throw', () => {
    const ch = fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '.', '-', 'K', 'M', 'ø', '\u00a0', '%');
    fc.assert(
      fc.property(fc.string({ unit: ch, maxLength: 200 }), (body) => {
        invariants(parseEmployeesCsv('employeeId;gender;startDate;positionPercent;basePay\n' + body));
      }),
      { numRuns: 1000 },
    );
  });

  it('random pay lines in the long layout: no throw, consistent counts', () => {
    const ch = fc.constantFrom('1', '2', ';', '"', '\n', ' ', ',', '-', 'K', 'M', '1000', '9000', '01.01.2020');
    const options = {
      columnMapping: { id: 'employeeId', s: 'gender', f: 'startDate', p: 'positionPercent', c: 'payCode', a: 'payAmount' },
      payCodes: { '1000': 'basePay', '9000': 'notPay' },
    } as const;
    fc.assert(
      fc.property(fc.string({ unit: ch, maxLength: 120 }), (body) => {
        invariants(parseEmployeesCsv('id;s;f;p;c;a\n' + body, options));
      }),
      { numRuns: 1000 },
    );
  });
});

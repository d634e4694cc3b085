/**
 * Issue 5: a Norwegian spreadsheet export of the same people (";", decimal comma, NBSP or space
 * thousands, dd.mm.yyyy, K/M, fast/midlertidig, ja/nei, Windows-1252 or UTF-8 with BOM, CRLF)
 * gives exactly the records of the canonical file.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CANONICAL_CSV_HEADER, parseEmployeesCsv } from '../../../src/io/csv/index.js';

type Col = (typeof CANONICAL_CSV_HEADER)[number];
type Row = Record<Col, string>;

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const ore = fc.oneof(fc.constant(-1), fc.nat({ max: 1_000_000_000 }));
const row = fc.record({
  gender: fc.constantFrom('female', 'male', 'other', 'unknown'),
  employmentKind: fc.constantFrom('', 'ordinary', 'maritime', 'freelance'),
  contract: fc.constantFrom('', 'permanent', 'temporary'),
  hundredths: fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: 20000 })),
  startDate: isoDate,
  endDate: fc.oneof(fc.constant(''), fc.constant('2099-12-31')),
  unit: fc.constantFrom('', 'Oslo/Økonomi', 'Bergen', 'Tromsø/IT/Drift'),
  jobLevel: fc.constantFrom('', 'Rådgiver', 'Leder'),
  pay: fc.array(ore, { minLength: 6, maxLength: 6 }),
  weeks: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 530 })),
  ipt: fc.constantFrom('', 'true', 'false'),
});
type Gen = typeof row extends fc.Arbitrary<infer T> ? T : never;

const PAY = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime', 'benefitsInKind'] as const satisfies readonly Col[];
type PayCol = (typeof PAY)[number];

function canonical(g: Gen, i: number): Row {
  const money = (o: number) => (o < 0 ? '' : `${Math.trunc(o / 100)}.${String(o % 100).padStart(2, '0')}`);
  return {
    employeeId: `E${i}`,
    gender: g.gender,
    employmentKind: g.employmentKind,
    contract: g.contract,
    positionPercent: g.hundredths < 0 ? '' : String(g.hundredths / 100),
    startDate: g.startDate,
    endDate: g.endDate,
    unit: g.unit,
    jobLevel: g.jobLevel,
    jobGroup: '',
    ...(Object.fromEntries(PAY.map((c, k) => [c, money(g.pay[k] ?? -1)])) as Record<PayCol, string>),
    parentalLeaveWeeks: g.weeks < 0 ? '' : String(g.weeks / 10),
    involuntaryPartTime: g.ipt,
  };
}

function norwegian(g: Gen, i: number, sep: string): Row {
  const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const money = (o: number) =>
    o < 0 ? '' : o % 100 === 0 && i % 3 === 0 ? `${group(Math.trunc(o / 100))},-` : `${group(Math.trunc(o / 100))},${String(o % 100).padStart(2, '0')}`;
  const [y, m, d] = g.startDate.split('-');
  return {
    employeeId: `E${i}`,
    gender: { female: i % 2 === 0 ? 'K' : 'kvinne', male: i % 2 === 0 ? 'M' : 'Mann', other: 'annet', unknown: 'ukjent' }[g.gender],
    employmentKind: { '': '', ordinary: 'ordinær', maritime: 'maritim', freelance: 'frilanser' }[g.employmentKind],
    contract: { '': '', permanent: 'Fast', temporary: 'Midlertidig' }[g.contract],
    positionPercent: g.hundredths < 0 ? '' : `${String(g.hundredths / 100).replace('.', ',')}${i % 4 === 1 ? ' %' : ''}`,
    startDate: `${d}.${m}.${y}`,
    endDate: g.endDate === '' ? '' : '31.12.2099',
    unit: g.unit,
    jobLevel: g.jobLevel,
    jobGroup: '',
    ...(Object.fromEntries(PAY.map((c, k) => [c, money(g.pay[k] ?? -1)])) as Record<PayCol, string>),
    parentalLeaveWeeks: g.weeks < 0 ? '' : String(g.weeks / 10).replace('.', ','),
    involuntaryPartTime: { '': '', true: 'ja', false: 'Nei' }[g.ipt],
  };
}

const quote = (v: string) => (/[;"\n]/.test(v) || v.includes(' ') || v.includes('\u00a0') ? `"${v.replace(/"/g, '""')}"` : v);

function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

describe('Norwegian export ≡ canonical file', () => {
  it('gives the same records, diagnostics codes and counts', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 15 }), fc.constantFrom(' ', '\u00a0', '.'), fc.boolean(), (rows, sep, bom) => {
        const can = [CANONICAL_CSV_HEADER.join(','), ...rows.map((g, i) => CANONICAL_CSV_HEADER.map((c) => canonical(g, i)[c]).join(','))].join('\n');
        const nor =
          [CANONICAL_CSV_HEADER.join(';'), ...rows.map((g, i) => CANONICAL_CSV_HEADER.map((c) => quote(norwegian(g, i, sep)[c])).join(';'))].join('\r\n') +
          '\r\n';
        const a = parseEmployeesCsv(can);
        const b = parseEmployeesCsv(bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(nor)]) : cp1252(nor));
        expect(b.delimiter).toBe(';');
        expect(b.records).toStrictEqual(a.records);
        expect(b.diagnostics.map((d) => `${d.code}@${d.record ?? '-'}`)).toEqual(a.diagnostics.map((d) => `${d.code}@${d.record ?? '-'}`));
        expect([b.read, b.rejected, b.errors, b.warnings]).toEqual([a.read, a.rejected, a.errors, a.warnings]);
      }),
      { numRuns: 300 },
    );
  });
});

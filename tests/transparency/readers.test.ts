/** The readers fill `fullTimeHoursPerWeek` (TRN-1): the a-melding, the canonical CSV column and HR exports' headers. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAMelding } from '../../src/io/a-melding/index.js';
import { parseEmployeesCsv } from '../../src/io/csv/index.js';
import { computePayTransparency } from '../../src/transparency/index.js';

const DIR = fileURLToPath(new URL('../fixtures/a-melding/2025', import.meta.url));
const XML = readdirSync(DIR)
  .filter((f) => f.endsWith('.xml'))
  .sort();

describe('a-melding: antallTimerPerUkeSomEnFullStillingTilsvarer', () => {
  it('is read into each record (the fixtures say 37.5)', async () => {
    const r = await readAMelding(
      XML.map((name) => ({ name, content: readFileSync(join(DIR, name)) })),
      { year: 2025 },
    );
    expect(r.records.length).toBeGreaterThan(0);
    const hours = new Set(r.records.map((e) => e.fullTimeHoursPerWeek));
    expect(hours.has(37.5)).toBe(true);
    expect([...hours].every((h) => h === 37.5 || h === undefined)).toBe(true); // an employment without the element has none
  });

  it('a value of its own is used, a bad one is a warning and left out', async () => {
    const last = XML[XML.length - 1]!;
    const first = readFileSync(join(DIR, last), 'utf8');
    const occurrences = first.split('<antallTimerPerUkeSomEnFullStillingTilsvarer>37.5<').length - 1;
    expect(occurrences).toBeGreaterThan(1);
    let n = 0;
    const changed = first.replace(
      /<antallTimerPerUkeSomEnFullStillingTilsvarer>37\.5</g,
      () => `<antallTimerPerUkeSomEnFullStillingTilsvarer>${n++ === 0 ? '40' : n === 2 ? '200' : '37.5'}<`,
    );
    const files = XML.map((name) => ({ name, content: name === last ? changed : readFileSync(join(DIR, name), 'utf8') }));
    const r = await readAMelding(files, { year: 2025 });
    expect(r.records.map((e) => e.fullTimeHoursPerWeek ?? null)).toContain(40);
    expect(r.records.map((e) => e.fullTimeHoursPerWeek ?? null)).toContain(null);
    expect(r.diagnostics.some((d) => d.path?.includes('antallTimerPerUkeSomEnFullStillingTilsvarer') && d.severity === 'warning')).toBe(true);
  });
});

describe('CSV: the column fullTimeHoursPerWeek', () => {
  const header = 'employeeId,gender,positionPercent,startDate,basePay,fullTimeHoursPerWeek';
  it('the canonical name, read into the records and used by the indicators', () => {
    const csv = [header, 'A,female,100,2020-01-01,16250.00,40', 'B,male,100,2020-01-01,16250.00,', 'C,male,50,2020-01-01,8125.00,37.5'].join('\n');
    const r = parseEmployeesCsv(csv);
    expect(r.errors).toBe(0);
    expect(r.records.map((e) => e.fullTimeHoursPerWeek ?? null)).toEqual([40, null, 37.5]);
    // A: 12 × 16 250 / (40 × 52) = 93.75; B and C: 100.00 at the default 37.5
    const result = computePayTransparency(r.records, { year: 2026 });
    expect(result.hourly.mean.women).toBe('93.75');
    expect(result.hourly.mean.men).toBe('100.00');
  });

  it('an HR export’s header (“Timer per uke full stilling”, decimal comma) is recognised', () => {
    const csv = ['Ansattnr;Kjønn;Stillingsprosent;Startdato;Månedslønn;Timer per uke full stilling', 'A;K;100;01.01.2020;40 000,00;35,5'].join('\n');
    const r = parseEmployeesCsv(csv);
    expect(r.records[0]?.fullTimeHoursPerWeek).toBe(35.5);
    expect(r.columns.fields.fullTimeHoursPerWeek).toEqual(['Timer per uke full stilling']);
  });

  it('a bad value (0, above 168, three decimals, text) is a warning; the row is kept without it', () => {
    const csv = [
      header,
      'A,female,100,2020-01-01,1000,0',
      'B,female,100,2020-01-01,1000,169',
      'C,male,100,2020-01-01,1000,37.555',
      'D,male,100,2020-01-01,1000,mye',
    ].join('\n');
    const r = parseEmployeesCsv(csv);
    expect(r.errors).toBe(0);
    expect(r.records).toHaveLength(4);
    expect(r.records.every((e) => e.fullTimeHoursPerWeek === undefined)).toBe(true);
    expect(r.diagnostics.filter((d) => d.path?.includes('fullTimeHoursPerWeek')).map((d) => d.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
  });
});

/**
 * `onRecords`: the records handed over in batches instead of kept (issue 3, bounded memory). The
 * batches concatenated must be exactly the `records` of a run without the option, and everything
 * else in the result must be unchanged — whole files and streams, however the bytes are split.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Employee } from '../../../src/models/employee.js';
import { CANONICAL_CSV_HEADER, parseEmployeesCsv, readEmployeesCsv, type CsvImportOptions, type CsvImportResult } from '../../../src/io/csv/index.js';
import { iterate, split } from './_chunks.js';

const NBSP = '\u00a0';

/** Wide Norwegian export: `;`, CRLF, a quoted line break, rejected rows (a duplicate id, an unknown sex), a blank row. */
const WIDE = [
  'Ansattnr;Kjønn;Stillingsprosent;Ansatt fra;Månedslønn;Avdeling',
  '1;K;80,5;01.03.2015;"45 000,50";Økonomi',
  '2;M;100;1.2.2024;61 250;"IT; drift\r\nog støtte"',
  '3;kvinne;0;2020-01-01;52000;Bergen',
  '2;M;100;1.2.2024;61 250;IT',
  ';;;;;',
  '4;hen;100;1.2.2024;61 250;IT',
  `5;mann;100;31.12.2019;"70${NBSP}000,-";Ålesund`,
  '6;K;50;15.08.2021;30 000;Oslo',
].join('\r\n');
const WIDE_OPTIONS = {
  file: 'hr.csv',
  columnMapping: {
    Ansattnr: 'employeeId',
    Kjønn: 'gender',
    Stillingsprosent: 'positionPercent',
    'Ansatt fra': 'startDate',
    Månedslønn: 'basePay',
    Avdeling: 'unit',
  },
} as const satisfies CsvImportOptions;

/** Long pay-line layout: one row per pay line; the last employment is only complete at the end. */
const LONG = [
  'Ansattnr;Kjønn;Fra;Stilling;Lønnsart;Beløp',
  '1;K;01.01.2020;100;1000;40 000,00',
  '1;K;01.01.2020;100;1100;1 500',
  '2;M;01.03.2021;80;1000;30 000',
  '2;M;01.03.2021;80;1000;12x',
  '3;M;01.03.2021;100;1000;25 000',
  '3;M;01.03.2021;100;7777;5',
  '4;K;01.03.2021;100;1000;26 000',
  '4;K;01.03.2021;100;3000;1 000',
].join('\n');
const LONG_OPTIONS = {
  file: 'lines.csv',
  payCodes: { '1000': 'basePay', '1100': 'fixedAllowances', '3000': 'bonus' },
  columnMapping: { Ansattnr: 'employeeId', Kjønn: 'gender', Fra: 'startDate', Stilling: 'positionPercent', Lønnsart: 'payCode', Beløp: 'payAmount' },
} as const satisfies CsvImportOptions;

function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c > 0xff) throw new Error('not Latin-1');
    return c;
  });
}
const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);
const withBom = (b: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...b]);

/** A collector for `onRecords`, remembering every batch. */
function collector(): { batches: (readonly Employee[])[]; onRecords: (records: readonly Employee[]) => void } {
  const batches: (readonly Employee[])[] = [];
  return { batches, onRecords: (records) => batches.push(records) };
}

/** The result without the records, which `onRecords` must leave identical. */
function rest(r: CsvImportResult): Omit<CsvImportResult, 'records'> {
  const { records, ...others } = r;
  void records;
  return others;
}

const CASES = [
  { name: 'wide, UTF-8, CRLF', bytes: utf8(WIDE), options: WIDE_OPTIONS },
  { name: 'wide, UTF-8 with BOM', bytes: withBom(utf8(WIDE)), options: WIDE_OPTIONS },
  { name: 'wide, Windows-1252', bytes: cp1252(WIDE), options: WIDE_OPTIONS },
  { name: 'long layout, UTF-8', bytes: utf8(LONG), options: LONG_OPTIONS },
  { name: 'long layout, Windows-1252, trailing line break', bytes: cp1252(LONG + '\n'), options: LONG_OPTIONS },
] as const;

describe('onRecords — whole files (parseEmployeesCsv)', () => {
  it('the fixtures have kept and rejected records (so the comparisons below mean something)', () => {
    for (const c of CASES) {
      const r = parseEmployeesCsv(c.bytes, c.options);
      expect(r.records.length, c.name).toBeGreaterThan(1);
      expect(r.rejected, c.name).toBeGreaterThan(0);
      expect(r.fatal, c.name).toBe(false);
    }
  });

  for (const c of CASES) {
    it(`${c.name}: batches concatenated = records; the rest of the result unchanged; records []`, () => {
      const plain = parseEmployeesCsv(c.bytes, c.options);
      const { batches, onRecords } = collector();
      const r = parseEmployeesCsv(c.bytes, { ...c.options, onRecords });
      expect(r.records).toEqual([]);
      expect(batches.flat()).toEqual(plain.records);
      expect(rest(r)).toEqual(rest(plain));
      expect(batches.every((b) => b.length > 0)).toBe(true);
      // one batch for the text, at most two more at the end (TSDoc)
      expect(batches.length).toBeGreaterThanOrEqual(1);
      expect(batches.length).toBeLessThanOrEqual(3);
    });
  }

  it('text input: the same, in at most two batches', () => {
    for (const [text, options] of [
      [WIDE, WIDE_OPTIONS],
      [LONG, LONG_OPTIONS],
    ] as const) {
      const plain = parseEmployeesCsv(text, options);
      const { batches, onRecords } = collector();
      const r = parseEmployeesCsv(text, { ...options, onRecords });
      expect(batches.flat()).toEqual(plain.records);
      expect(rest(r)).toEqual(rest(plain));
      expect(batches.length).toBeLessThanOrEqual(2);
    }
  });

  it('the long layout hands the last employment over at the end', () => {
    const { batches, onRecords } = collector();
    parseEmployeesCsv(LONG, { ...LONG_OPTIONS, onRecords });
    expect(batches.map((b) => b.map((e) => e.employeeId))).toEqual([['1', '3'], ['4']]);
  });
});

describe('onRecords — streams (readEmployeesCsv)', () => {
  it('however the bytes are split: batches concatenated = records of a run without it, the rest identical', async () => {
    const plain = CASES.map((c) => parseEmployeesCsv(c.bytes, c.options));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: CASES.length - 1 }), fc.array(fc.nat(), { maxLength: 16 }), async (v, cuts) => {
        const c = CASES[v] as (typeof CASES)[number];
        const expected = plain[v] as CsvImportResult;
        const chunks = split(c.bytes, cuts);
        const { batches, onRecords } = collector();
        const r = await readEmployeesCsv(iterate(chunks), { ...c.options, onRecords });
        expect(r.records).toEqual([]);
        expect(batches.flat()).toEqual(expected.records);
        expect(rest(r)).toEqual(rest(expected));
        expect(batches.every((b) => b.length > 0)).toBe(true);
        // at most one batch per chunk, plus the end
        expect(batches.length).toBeLessThanOrEqual(chunks.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('a multi-chunk file comes in many batches, none of them the whole file, each before the next chunk is read', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `E${i + 1},${i % 2 === 0 ? 'female' : 'male'},,,100,2020-01-01,,Unit ${i % 7},L1,G1,50000.00,,,,,,,`);
    const bytes = utf8([CANONICAL_CSV_HEADER.join(','), ...rows].join('\n') + '\n');
    const chunks = split(
      bytes,
      Array.from({ length: 40 }, (_, i) => (i + 1) * 4096),
    );
    expect(chunks.length).toBeGreaterThan(30);
    let pulled = 0;
    const seenAtBatch: number[] = [];
    const { batches, onRecords } = collector();
    const r = await readEmployeesCsv(
      (async function* () {
        for (const c of chunks) {
          pulled++;
          yield c;
        }
      })(),
      {
        onRecords: (b) => {
          seenAtBatch.push(pulled);
          onRecords(b);
        },
      },
    );
    expect(r.read).toBe(2000);
    expect(r.records).toEqual([]);
    expect(batches.length).toBeGreaterThan(30);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThan(100);
    expect(batches.flat().map((e) => e.employeeId)).toEqual(rows.map((_, i) => `E${i + 1}`));
    // streamed: batch k is handed over while chunk k is the last one pulled
    expect(seenAtBatch.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('hands a chunk’s records over before onProgress reports that chunk', async () => {
    const bytes = utf8(WIDE);
    const events: string[] = [];
    await readEmployeesCsv(iterate(split(bytes, [60, 130])), {
      ...WIDE_OPTIONS,
      onRecords: (b) => events.push(`records:${b.length}`),
      onProgress: (n) => events.push(`progress:${n}`),
    });
    expect(events.filter((e) => e.startsWith('records')).length).toBeGreaterThan(1);
    // every batch is followed by the progress of its chunk, except the last one (handed over at the end)
    events.forEach((e, i) => {
      if (e.startsWith('records') && i < events.length - 1) expect(events[i + 1]).toMatch(/^progress:/);
    });
    expect(events.filter((e) => e.startsWith('progress')).at(-1)).toBe(`progress:${bytes.length}`);
  });
});

describe('onRecords — fatal files, errors, options', () => {
  it('is never called for a fatal file (missing columns, conflicting mapping), whole or streamed', async () => {
    const files = ['unit,basePay\nA,1\nB,2\n', 'employeeId,id,gender,startDate,positionPercent\n1,2,K,2020-01-01,100\n'];
    for (const text of files) {
      let calls = 0;
      const onRecords = (): void => {
        calls++;
      };
      const options: CsvImportOptions = { columnMapping: { id: 'employeeId' }, onRecords };
      const plain = parseEmployeesCsv(text, { columnMapping: { id: 'employeeId' } });
      expect(plain.fatal).toBe(true);
      expect(rest(parseEmployeesCsv(text, options))).toEqual(rest(plain));
      expect(rest(await readEmployeesCsv(iterate(split(utf8(text), [3, 20])), options))).toEqual(rest(plain));
      expect(calls).toBe(0);
    }
  });

  it('is never called for a file without records (only a header, blank rows, only rejected rows)', async () => {
    const onRecords = (): void => {
      throw new Error('must not be called');
    };
    const header = CANONICAL_CSV_HEADER.join(',');
    for (const text of [header, `${header}\n\n\n`, `${header}\nE1,hen,,,100,2020-01-01,,,,,,,,,,,,\n`]) {
      const r = parseEmployeesCsv(text, { onRecords });
      expect(r.fatal).toBe(false);
      expect(await readEmployeesCsv(iterate([utf8(text)]), { onRecords })).toEqual(r);
    }
  });

  it('an error thrown by the callback propagates out of the reader, and the stream is closed', async () => {
    const boom = new Error('boom');
    const onRecords = (): void => {
      throw boom;
    };
    expect(() => parseEmployeesCsv(WIDE, { ...WIDE_OPTIONS, onRecords })).toThrow(boom);
    expect(() => parseEmployeesCsv(utf8(LONG), { ...LONG_OPTIONS, onRecords })).toThrow(boom);

    let closed = false;
    let pulled = 0;
    const chunks = split(utf8(WIDE), [50, 100, 150, 200]);
    const source = (async function* () {
      try {
        for (const c of chunks) {
          pulled++;
          yield c;
        }
      } finally {
        closed = true;
      }
    })();
    await expect(readEmployeesCsv(source, { ...WIDE_OPTIONS, onRecords })).rejects.toBe(boom);
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(chunks.length);
  });

  it('rejects an onRecords that is not a function', () => {
    expect(() => parseEmployeesCsv(WIDE, { onRecords: 42 as unknown as () => void })).toThrow(
      expect.objectContaining({ name: 'LikestillingInputError', issues: [expect.objectContaining({ path: ['options', 'onRecords'] })] }),
    );
  });
});

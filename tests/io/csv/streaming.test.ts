import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { parseEmployeesCsv, readEmployeesCsv } from '../../../src/io/csv/index.js';
import { iterate, split } from './_chunks.js';

const SAMPLE = [
  'Ansattnr;Kjønn;Stillingsprosent;Ansatt fra;Månedslønn;Avdeling',
  '1;K;80,5;01.03.2015;"45 000,50";Økonomi',
  '2;M;100;1.2.2024;61 250;"IT; drift\r\nog støtte"',
  '3;kvinne;0;2020-01-01;52000;Bergen',
  '2;M;100;1.2.2024;61 250;IT',
  '4;hen;100;1.2.2024;61 250;IT',
].join('\r\n');
const OPTIONS = {
  file: 'hr.csv',
  columnMapping: {
    Ansattnr: 'employeeId',
    Kjønn: 'gender',
    Stillingsprosent: 'positionPercent',
    'Ansatt fra': 'startDate',
    Månedslønn: 'basePay',
    Avdeling: 'unit',
  },
} as const;

function cp1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

describe('readEmployeesCsv (streaming)', () => {
  it('gives exactly what parseEmployeesCsv gives, however the bytes are split (UTF-8, BOM, Windows-1252)', async () => {
    const variants = [new TextEncoder().encode(SAMPLE), Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), cp1252(SAMPLE)];
    const whole = variants.map((v) => parseEmployeesCsv(v, OPTIONS));
    expect(whole[0]?.records).toHaveLength(3);
    expect(whole[0]?.errors).toBe(2);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 }), fc.array(fc.nat(), { maxLength: 12 }), async (v, cuts) => {
        const bytes = variants[v] as Uint8Array;
        const streamed = await readEmployeesCsv(iterate(split(bytes, cuts)), OPTIONS);
        expect(streamed).toEqual(whole[v]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a Node stream and a web ReadableStream, and reports progress in bytes', async () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    const progress: number[] = [];
    const fromNode = await readEmployeesCsv(Readable.from(split(bytes, [10, 50, 100])), { ...OPTIONS, onProgress: (n) => progress.push(n) });
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of split(bytes, [7, 70])) controller.enqueue(c);
        controller.close();
      },
    });
    expect(await readEmployeesCsv(web, OPTIONS)).toEqual(fromNode);
  });

  it('stops reading once the header is unusable', async () => {
    let pulled = 0;
    async function* many(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('a,b\n');
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield new TextEncoder().encode('1,2\n');
      }
    }
    const r = await readEmployeesCsv(many());
    expect(r.fatal).toBe(true);
    expect(pulled).toBeLessThan(2);
  });

  it('warns when a UTF-8 file turns out to hold invalid bytes after real UTF-8 text', async () => {
    const good = new TextEncoder().encode('employeeId,gender,startDate,positionPercent,unit\nA,K,2020-01-01,100,Økonomi\n');
    const bad = Uint8Array.from([...new TextEncoder().encode('B,M,2020-01-01,100,'), 0xf8, 0x0a]);
    const r = await readEmployeesCsv(iterate([good, bad]), { file: 'x.csv' });
    expect(r.encoding).toBe('utf-8');
    expect(r.records).toHaveLength(2);
    expect(r.diagnostics[0]).toMatchObject({ code: 'invalid_encoding', severity: 'warning', file: 'x.csv', expected: 'utf-8' });
  });

  it('reports a missing closing quote over megabytes without holding them, and reads on', async () => {
    const head = new TextEncoder().encode('employeeId,gender,startDate,positionPercent\nA,K,2020-01-01,"100\n');
    const junk = new TextEncoder().encode('x'.repeat(64 * 1024));
    const tail = new TextEncoder().encode('\nB,M,2020-01-01,100\n');
    const r = await readEmployeesCsv(
      (async function* () {
        yield head;
        for (let i = 0; i < 40; i++) yield junk; // 2.5 MiB inside one quoted field
        yield tail;
      })(),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['optional_columns_missing', 'field_too_long']);
    expect(r.diagnostics[1]?.params).toMatchObject({ limit: 65_536 });
    expect(r.records.map((e) => e.employeeId)).toEqual(['B']);
  });
});

/**
 * Measures the a-melding importer on a large generated year (not a test: no timing in tests).
 * `node --expose-gc --import tsx tests/io/a-melding/measure-large.ts [employees=100000]`
 * Every month is produced lazily as a byte stream, so only the importer's own state is in memory.
 */
import { readAMelding, type AMeldingFile } from '../../../src/io/a-melding/index.js';
import { aMeldingStream, nationalId, orgNumber, type XmlPerson } from './generator.js';

const n = Number(process.argv[2] ?? 100_000);
const year = 2025;
const entity = orgNumber('91000000');
const subunit = orgNumber('92000000');
const ids: string[] = Array.from({ length: n }, (_, i) =>
  nationalId(
    `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}${String(40 + (Math.floor(i / 336) % 60)).padStart(2, '0')}`,
    i % 2 === 0 ? 'female' : 'male',
    Math.floor(i / 20160),
  ),
);

let bytes = 0;
let chunks = 0;
let retained = 0;
const gcNow = (globalThis as { gc?: () => void }).gc;
let peakHeap = 0;
let peakRss = 0;
const person =
  (month: number) =>
  (i: number): XmlPerson => ({
    nationalId: ids[i] ?? '',
    employments: [
      {
        arbeidsforholdId: `A${i}`,
        typeArbeidsforhold: i % 50 === 0 ? 'frilanserOppdragstakerHonorarPersonerMm' : 'ordinaertArbeidsforhold',
        startdato: '2015-01-01',
        stillingsprosent: i % 7 === 0 ? '60' : '100',
        yrke: '2521107',
        formForAnsettelse: i % 11 === 0 ? 'midlertidig' : 'fast',
        ...(i % 37 === 0
          ? {
              permisjon: [
                { permisjonId: '1', startdato: '2025-02-01', sluttdato: '2025-07-31', permisjonsprosent: '100', beskrivelse: 'permisjonMedForeldrepenger' },
              ],
            }
          : {}),
      },
    ],
    incomes: [
      { beloep: String(40_000 + (i % 3000)), beskrivelse: 'fastloenn', arbeidsforholdId: `A${i}` },
      { beloep: '1500.50', beskrivelse: 'fastTillegg', arbeidsforholdId: `A${i}` },
      ...(month === 6 && i % 3 === 0 ? [{ beloep: '12000', beskrivelse: 'bonus', arbeidsforholdId: `A${i}` }] : []),
      { beloep: '417', beskrivelse: 'elektroniskKommunikasjon', fordel: 'naturalytelse', arbeidsforholdId: `A${i}` },
    ],
  });

async function* counted(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const c of source) {
    bytes += c.length;
    chunks += 1;
    // Retained memory: collect now and then (with --expose-gc) and take the live heap.
    if (chunks % 500 === 0 && gcNow !== undefined) {
      gcNow();
      retained = Math.max(retained, process.memoryUsage().heapUsed);
    }
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
    yield c;
  }
}

const files: AMeldingFile[] = Array.from({ length: Number(process.env['MONTHS'] ?? 12) }, (_, k) => {
  const month = `${year}-${String(k + 1).padStart(2, '0')}`;
  return { name: `${month}.xml`, content: counted(aMeldingStream({ month, legalEntity: entity, subunit }, n, person(k + 1))) };
});

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const base = process.memoryUsage();
const t0 = performance.now();
const result = await readAMelding(files, { year, deriveSexFromNationalId: true, referenceDate: `${year}-${String(files.length).padStart(2, '0')}-28` });
const ms = performance.now() - t0;
const mb = (x: number): string => (x / 2 ** 20).toFixed(0);
console.log(
  JSON.stringify({
    employees: n,
    xmlMB: mb(bytes),
    seconds: (ms / 1000).toFixed(1),
    MBperSecond: (bytes / 2 ** 20 / (ms / 1000)).toFixed(1),
    records: result.records.length,
    errors: result.errors,
    warnings: result.warnings,
    heapBaseMB: mb(base.heapUsed),
    peakHeapMB: mb(peakHeap),
    retainedHeapMB: mb(retained),
    peakRssMB: mb(peakRss),
  }),
);

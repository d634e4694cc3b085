import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAMelding, type AMeldingFile } from '../../../src/io/a-melding/index.js';
import { aMeldingXml, generateYear, nationalId, orgNumber, rng } from './generator.js';

/** The bytes as an async iterable of chunks cut at the given sizes (awkward places: inside tags, inside UTF-8 characters). */
async function* chunked(bytes: Uint8Array, sizes: () => number): AsyncGenerator<Uint8Array> {
  let at = 0;
  while (at < bytes.length) {
    const n = Math.max(1, sizes());
    yield bytes.subarray(at, at + n);
    at += n;
  }
}

const enc = new TextEncoder();

describe('readAMelding — streaming', () => {
  const g = generateYear({ year: 2025, employees: 300, seed: 11 });

  it('a large file set read as byte chunks split at awkward places gives the same result as whole text', async () => {
    const whole = await readAMelding(g.files, { year: 2025 });
    expect(whole.records).toHaveLength(300);
    const r = rng(5);
    const streamed: AMeldingFile[] = g.files.map((f) => ({ name: f.name, content: chunked(enc.encode(f.content), () => Math.floor(r() * 3000)) }));
    const s = await readAMelding(streamed, { year: 2025 });
    expect(s).toEqual(whole);
    const asBytes = await readAMelding(
      g.files.map((f) => ({ name: f.name, content: enc.encode(f.content) })),
      { year: 2025 },
    );
    expect(asBytes).toEqual(whole);
  });

  it('one-byte chunks split every UTF-8 character and still read the same', async () => {
    const file = g.files[11];
    if (file === undefined) throw new Error('no file');
    const small = generateYear({ year: 2025, employees: 5, seed: 2 }).files[11];
    if (small === undefined) throw new Error('no file');
    expect(small.content).toContain('ÆØÅ');
    const whole = await readAMelding([small], { year: 2025 });
    const s = await readAMelding([{ name: small.name, content: chunked(enc.encode(small.content), () => 1) }], { year: 2025 });
    expect(s).toEqual(whole);
  });

  it('property: any chunking of the bytes gives the same result', async () => {
    const small = generateYear({ year: 2025, employees: 6, seed: 4 }).files[11];
    if (small === undefined) throw new Error('no file');
    const bytes = enc.encode(small.content);
    const whole = await readAMelding([small], { year: 2025 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 50 }), async (sizes) => {
        let i = 0;
        const s = await readAMelding([{ name: small.name, content: chunked(bytes, () => sizes[i++ % sizes.length] ?? 1) }], { year: 2025 });
        expect(s).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('reports progress per file: bytes read, rising to the file size', async () => {
    const small = generateYear({ year: 2025, employees: 40, seed: 3 }).files.slice(10);
    const seen: { file: string; fileIndex: number; bytes: number }[] = [];
    const r = await readAMelding(
      small.map((f) => ({ name: f.name, content: chunked(enc.encode(f.content), () => 1000) })),
      { year: 2025, referenceDate: '2025-12-31', onProgress: (p) => seen.push(p) },
    );
    expect(r.errors).toBe(0);
    for (const [i, f] of small.entries()) {
      const mine = seen.filter((p) => p.fileIndex === i);
      expect(mine.every((p) => p.file === f.name)).toBe(true);
      expect(mine.map((p) => p.bytes)).toEqual([...mine.map((p) => p.bytes)].sort((a, b) => a - b));
      expect(mine.at(-1)?.bytes).toBe(enc.encode(f.content).length);
    }
  });

  it('reads an ISO-8859-1 file when its XML declaration says so', async () => {
    const xml = aMeldingXml({
      month: '2025-12',
      legalEntity: orgNumber('91000000'),
      subunits: [
        {
          orgNumber: orgNumber('92000000'),
          persons: [
            {
              nationalId: nationalId('010185', 'female'),
              employments: [
                {
                  arbeidsforholdId: 'Æ1',
                  typeArbeidsforhold: 'ordinaertArbeidsforhold',
                  startdato: '2020-01-01',
                  stillingsprosent: '100',
                  formForAnsettelse: 'fast',
                },
              ],
              incomes: [],
            },
          ],
        },
      ],
    }).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
    const latin1 = Uint8Array.from([...xml].map((c) => c.charCodeAt(0)));
    const r = await readAMelding([{ name: 'l1.xml', content: latin1 }], { year: 2025, hr: [{ employeeNumber: 'Æ1', sex: 'female' }] });
    expect(r.errors).toBe(0);
    expect(r.records[0]?.employeeId).toBe('Æ1');
  });
});

describe('readAMelding — fuzz: never crashes, always reports', () => {
  const valid = aMeldingXml({
    month: '2025-12',
    legalEntity: orgNumber('91000000'),
    subunits: [
      {
        orgNumber: orgNumber('92000000'),
        persons: [
          {
            nationalId: nationalId('010185', 'female'),
            employments: [
              {
                arbeidsforholdId: 'A',
                typeArbeidsforhold: 'ordinaertArbeidsforhold',
                startdato: '2020-01-01',
                stillingsprosent: '80',
                formForAnsettelse: 'fast',
                permisjon: [{ permisjonId: '1', startdato: '2025-01-01', beskrivelse: 'permisjonMedForeldrepenger' }],
              },
            ],
            incomes: [{ beloep: '1000', beskrivelse: 'fastloenn', arbeidsforholdId: 'A' }],
          },
        ],
      },
    ],
  });
  const bytes = new TextEncoder().encode(valid);

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (b) => {
        const r = await readAMelding([{ name: 'x', content: b }], { year: 2025 });
        expect(r.fatal).toBe(true);
        expect(r.errors).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('random text with XML-ish tokens', async () => {
    const token = fc.constantFrom(
      '<melding xmlns="urn:ske:fastsetting:innsamling:a-meldingen:v2_3">',
      '<Leveranse>',
      '</Leveranse>',
      '<kalendermaaned>2025-12</kalendermaaned>',
      '<oppgave>',
      '<virksomhet>',
      '<inntektsmottaker>',
      '</inntektsmottaker>',
      '<arbeidsforhold>',
      '</arbeidsforhold>',
      '<stillingsprosent>',
      '</stillingsprosent>',
      '&',
      '<',
      '>',
      '"',
      'x',
      '12345678901',
      ']]>',
      '<![CDATA[',
      '<?xml version="1.0"?>',
      '</melding>',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 40 }), async (parts) => {
        const r = await readAMelding([{ name: 'x', content: parts.join('') }], { year: 2025 });
        expect(r.diagnostics.length + r.records.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('every truncation of a valid file reports (and only the whole file reads cleanly)', async () => {
    const end = valid.indexOf('</melding>') + '</melding>'.length - 1;
    for (let n = 0; n < end; n += n < 400 ? 1 : 7) {
      const r = await readAMelding([{ name: 'cut', content: bytes.subarray(0, n) }], { year: 2025 });
      expect(r.fatal, `cut at ${n}`).toBe(true);
      expect(r.errors, `cut at ${n}`).toBeGreaterThan(0);
    }
    const ok = await readAMelding([{ name: 'whole', content: bytes }], { year: 2025 });
    expect(ok.fatal).toBe(false);
    expect(ok.errors).toBe(0);
  });

  it('random single-byte corruption never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 }), async (at, value) => {
        const b = bytes.slice();
        b[at] = value;
        const r = await readAMelding([{ name: 'x', content: b }], { year: 2025 });
        expect(r.read).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a stream that fails mid-way is reported, not thrown', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 200);
      throw new Error('disk went away');
    }
    const r = await readAMelding([{ name: 'broken.xml', content: broken() }], { year: 2025 });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toContain('unreadable_file');
  });
});

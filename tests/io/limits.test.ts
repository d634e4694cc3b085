/**
 * Issue 15, item 6: hostile input gets a clear diagnostic, never a crash, a hang or an exhausted
 * heap. Each limit of `INPUT_LIMITS` is hit here and gives its diagnostic; the pathological cases
 * the issue quotes run in bounded time (generous wall-clock bounds: the suite shares 2 cores).
 */
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS, type Diagnostic } from '../../src/_lib/diagnostics.js';
import { formatDiagnostic } from '../../src/_lib/messages.js';
import { parseHrCsv, readAMelding } from '../../src/io/a-melding/index.js';
import { CANONICAL_CSV_HEADER, parseCsvTable, parseEmployeesCsv, readEmployeesCsv } from '../../src/io/csv/index.js';
import { ImportSession } from '../../src/io/csv/_lib/session.js';
import { joinDiagnostics, shiftDiagnostics } from '../../src/io/csv/_lib/split.js';
import { CsvImportProfileSchema } from '../../src/io/csv/csvImportOptions.js';
import { computeMapping } from '../../src/statistics/computeMapping.js';
import { aMeldingXml, nationalId, NS, orgNumber, type XmlPerson } from './a-melding/generator.js';

const HEADER = CANONICAL_CSV_HEADER.join(',');
const row = (id: string, unit = 'A', gender = 'female'): string => `${id},${gender},ordinary,permanent,100,2020-01-01,,${unit},L1,G1,45000.00,0,0,0,0,0,,`;
const deepUnit = (levels: number): string => Array.from({ length: levels }, (_, i) => `u${i % 10}`).join('/');

/** A stream of `text` in chunks of `size` bytes. */
async function* chunks(text: string, size = 1 << 16): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Counts are exact whatever was kept: errors + warnings = listed + omitted. */
function countsHold(r: {
  readonly diagnostics: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  readonly diagnosticsOmitted: number;
}): void {
  expect(r.errors + r.warnings).toBe(r.diagnostics.length + r.diagnosticsOmitted);
}

const LEGAL = orgNumber('97476067');
const SUB = orgNumber('97476100');
const PERSON: XmlPerson = {
  nationalId: nationalId('010190', 'female'),
  employments: [
    {
      arbeidsforholdId: 'A1',
      typeArbeidsforhold: 'ordinaertArbeidsforhold',
      startdato: '2020-01-01',
      stillingsprosent: '100',
      yrke: '1234567',
      formForAnsettelse: 'fast',
    },
  ],
  incomes: [{ beloep: '45000', beskrivelse: 'fastloenn', arbeidsforholdId: 'A1' }],
};
const december = (persons: readonly XmlPerson[] = [PERSON]): string =>
  aMeldingXml({ month: '2025-12', legalEntity: LEGAL, subunits: [{ orgNumber: SUB, persons }] });

describe('INPUT_LIMITS', () => {
  it('are the documented values', () => {
    expect(INPUT_LIMITS).toEqual({
      fieldLength: 65_536,
      headerLength: 1 << 20,
      unitDepth: 32,
      elementDepth: 64,
      elementText: 4096,
      diagnostics: 10_000,
      jsonDepth: 100,
    });
    expect(Object.isFrozen(INPUT_LIMITS)).toBe(true);
  });
});

describe('CSV: unit depth', () => {
  it('a unit path of 5 000 levels is refused with unit_too_deep (it made report overflow the stack)', () => {
    const r = parseEmployeesCsv([HEADER, row('E1', deepUnit(5000)), row('E2', 'A/B')].join('\n'));
    expect(r.records.map((e) => e.employeeId)).toEqual(['E2']);
    expect(r.rejected).toBe(1);
    const d = r.diagnostics.find((x) => x.code === 'unit_too_deep');
    expect(d).toMatchObject({ severity: 'error', record: 1, path: ['unit'], params: { limit: 32 } });
    expect(formatDiagnostic(d as Diagnostic)).toBe('record 1, field unit: unit path of more than 32 levels: not read');
  });

  it('32 levels are read; 33 are not; blank segments are not levels', () => {
    const r = parseEmployeesCsv([HEADER, row('E1', deepUnit(32)), row('E2', deepUnit(33)), row('E3', deepUnit(32).replace('/', '/ / //'))].join('\n'));
    expect(r.records.map((e) => e.employeeId)).toEqual(['E1', 'E3']);
    expect(r.diagnostics.filter((d) => d.code === 'unit_too_deep').map((d) => d.record)).toEqual([2]);
  });

  it('the HR file and HR records refuse a unit of more than 32 levels', async () => {
    const hr = parseHrCsv(`Fødselsnummer;Enhet\n${nationalId('010190', 'female')};${deepUnit(40)}\n${nationalId('010190', 'male')};A/B\n`);
    expect(hr.records).toHaveLength(1);
    expect(hr.diagnostics).toEqual([expect.objectContaining({ code: 'unit_too_deep', record: 1, path: ['unit'] })]);
    const r = await readAMelding([{ name: 'd.xml', content: december() }], {
      year: 2025,
      hr: [{ nationalId: nationalId('010190', 'female'), unit: deepUnit(40) }],
    });
    expect(r.rejectedHr).toBe(1);
    expect(r.diagnostics.some((d) => d.code === 'unit_too_deep' && d.file === 'hr')).toBe(true);
  });

  it('the statistics build a tree of 5 000 levels without recursion (records that bypass the reader)', () => {
    const base = parseEmployeesCsv([HEADER, row('E1', 'A')].join('\n')).records[0];
    expect(base).toBeDefined();
    const mapping = computeMapping([{ ...base!, unit: deepUnit(5000) }], { year: 2025 });
    expect(mapping.byUnit).toHaveLength(5000);
    expect(mapping.byUnit[4999]?.depth).toBe(5000);
  });
});

describe('CSV: field length and the header line', () => {
  it('a field past the limit is refused as field_too_long, in one chunk or many, and the next rows are read', async () => {
    const text = [HEADER, row('E1'), `E2,${'x'.repeat(INPUT_LIMITS.fieldLength + 1)},ordinary`, row('E3')].join('\n') + '\n';
    const whole = parseEmployeesCsv(text);
    const streamed = await readEmployeesCsv(chunks(text, 1000));
    for (const r of [whole, streamed]) {
      expect(r.records.map((e) => e.employeeId)).toEqual(['E1', 'E3']);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([
        expect.objectContaining({ code: 'field_too_long', record: 2, params: { line: 3, limit: INPUT_LIMITS.fieldLength } }),
      ]);
    }
    expect(streamed).toEqual(whole);
    // exactly at the limit is read
    const at = parseEmployeesCsv([HEADER, row('E1', 'u'.repeat(INPUT_LIMITS.fieldLength))].join('\n'));
    expect(at.records).toHaveLength(1);
  });

  it('a quoted field past the limit stops at the same character however the text is chunked', async () => {
    const body = `"${'x\n'.repeat(INPUT_LIMITS.fieldLength)}"`;
    const text = [HEADER, row('E1'), `E2,${body},ordinary`, row('E3')].join('\n') + '\n';
    const whole = parseEmployeesCsv(text, { maxDiagnostics: 5 });
    for (const size of [7, 4096, 65_536]) expect(await readEmployeesCsv(chunks(text, size), { maxDiagnostics: 5 })).toEqual(whole);
    expect(whole.diagnostics[0]).toMatchObject({ code: 'field_too_long', record: 2 });
    countsHold(whole);
  });

  it('a header line without a line break: read once per character, refused past 1 Mi characters', async () => {
    const long = 'a,'.repeat(INPUT_LIMITS.headerLength / 2 + 1);
    for (const r of [parseEmployeesCsv(long), await readEmployeesCsv(chunks(long, 4096))]) {
      expect(r.fatal).toBe(true);
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'header_too_long', severity: 'error', params: { limit: INPUT_LIMITS.headerLength } })]);
    }
    const table = parseCsvTable(long);
    expect(table.header).toEqual([]);
    expect(table.diagnostics[0]?.code).toBe('header_too_long');
    // 8 MB in 4 KiB chunks (2 048 pushes): it took seconds per few MB when every push searched from the start
    const started = performance.now();
    const r = await readEmployeesCsv(chunks('b;'.repeat(4 << 20), 4096));
    expect(r.diagnostics[0]?.code).toBe('header_too_long');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a header line just under the limit is read (a very wide export)', async () => {
    const cols = Array.from({ length: 30_000 }, (_, i) => `c${i}`);
    const text = [...CANONICAL_CSV_HEADER, ...cols].join(';') + '\n' + [row('E1').split(',').join(';'), ...cols.map(() => '')].join(';') + '\n';
    const r = await readEmployeesCsv(chunks(text, 1000));
    expect(r.fatal).toBe(false);
    expect(r.records).toHaveLength(1);
  });
});

describe('diagnostics kept in full up to a cap, then counted', () => {
  it('1 000 000 one-field lines keep 10 000 diagnostics and count the rest', async () => {
    const started = performance.now();
    const text = HEADER + '\n' + 'x\n'.repeat(1_000_000);
    const r = await readEmployeesCsv(chunks(text));
    expect(r.read).toBe(1_000_000);
    expect(r.rejected).toBe(1_000_000);
    expect(r.diagnostics).toHaveLength(INPUT_LIMITS.diagnostics + 1);
    expect(r.diagnosticsOmitted).toBe(1_000_000 - INPUT_LIMITS.diagnostics);
    expect(r.errors).toBe(1_000_000);
    const last = r.diagnostics.at(-1) as Diagnostic;
    expect(last).toMatchObject({
      code: 'diagnostics_truncated',
      severity: 'warning',
      params: { kept: 10_000, omitted: 990_000, omittedErrors: 990_000, omittedWarnings: 0 },
    });
    expect(formatDiagnostic(last)).toBe('990000 more problems found, counted but not listed (the first 10000 are listed)');
    countsHold(r);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('maxDiagnostics sets the cap (0: only counts); without more problems than the cap nothing changes', () => {
    const text = [HEADER, 'x', 'y', row('E1', 'A', 'hen'), row('E2')].join('\n');
    const all = parseEmployeesCsv(text);
    expect(all.diagnosticsOmitted).toBe(0);
    expect(all.diagnostics.map((d) => d.code)).toEqual(['malformed_row', 'malformed_row', 'unknown_sex_value']);
    const two = parseEmployeesCsv(text, { maxDiagnostics: 2 });
    expect(two.diagnostics.map((d) => d.code)).toEqual(['malformed_row', 'malformed_row', 'diagnostics_truncated']);
    expect(two).toMatchObject({ errors: 3, warnings: 1, diagnosticsOmitted: 1, rejected: 3 });
    const none = parseEmployeesCsv(text, { maxDiagnostics: 0 });
    expect(none.diagnostics.map((d) => d.code)).toEqual(['diagnostics_truncated']);
    for (const r of [all, two, none]) countsHold(r);
    expect(() => parseEmployeesCsv(text, { maxDiagnostics: -1 })).toThrow(expect.objectContaining({ name: 'LikestillingInputError' }));
  });

  it('the HR file and the a-melding are capped the same way', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${1_000_000_000 + i};K`); // 10 digits: never a valid national id
    const hr = parseHrCsv(`Fødselsnummer;Kjønn\n${lines.join('\n')}\n`, { maxDiagnostics: 10 });
    expect(hr.diagnostics).toHaveLength(11);
    expect(hr).toMatchObject({ errors: 50, warnings: 1, diagnosticsOmitted: 40, rejected: 50 });
    countsHold(hr);
    const bad: XmlPerson = { ...PERSON, employments: [{ ...PERSON.employments[0]!, yrke: 'x' }] };
    const persons = Array.from({ length: 30 }, (_, i) => ({ ...bad, nationalId: nationalId('010190', 'female', i) }));
    const r = await readAMelding([{ name: 'd.xml', content: december(persons) }], { year: 2025, maxDiagnostics: 5 });
    expect(r.diagnostics).toHaveLength(6);
    expect(r.diagnostics.slice(0, 5).every((d) => d.code !== 'diagnostics_truncated')).toBe(true);
    expect(r.diagnostics[5]?.code).toBe('diagnostics_truncated');
    // 30 occupation codes and 30 sexes derived from the national id, each warned (and the note)
    expect(r.warnings).toBe(61);
    expect(r.diagnosticsOmitted).toBe(55);
    countsHold(r);
  });

  it('a file read in two parts has exactly the capped diagnostics of one reader', () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `X${i},hen,ordinary` : row(`E${i}`)));
    const text = [HEADER, ...rows].join('\n') + '\n';
    const cut = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
    for (const cap of [0, 3, 7, 13, 14, 100]) {
      const profile = CsvImportProfileSchema.parse({ maxDiagnostics: cap });
      const one = new ImportSession(profile, 'f.csv');
      one.push(text);
      const expected = one.finish('utf-8');
      const first = new ImportSession(profile, 'f.csv');
      first.push(text.slice(0, cut));
      const boundary = first.boundary();
      expect(boundary).not.toBeNull();
      const second = ImportSession.continuing(profile, 'f.csv', first.headerCells ?? [], ',');
      second.push(text.slice(cut));
      const b = second.finish('utf-8');
      const a = first.finish('utf-8');
      const joined = joinDiagnostics(a, 0, { ...b, diagnostics: shiftDiagnostics(b.diagnostics, boundary!.rows, boundary!.nextLine) }, cap, 'f.csv');
      expect(joined, `cap ${cap}`).toEqual({
        diagnostics: expected.diagnostics,
        errors: expected.errors,
        warnings: expected.warnings,
        diagnosticsOmitted: expected.diagnosticsOmitted,
      });
    }
  });
});

describe('a-melding: nesting, long texts, namespaces, entities', () => {
  const nested = (depth: number): string =>
    `<?xml version="1.0" encoding="UTF-8"?><melding xmlns="${NS.v2_3}"><Leveranse><kalendermaaned>2025-12</kalendermaaned><opplysningspliktig><norskIdentifikator>${LEGAL}</norskIdentifikator></opplysningspliktig><oppgave>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</oppgave></Leveranse></melding>`;

  it('nesting of 100 000 elements is refused at depth 64 in linear time (it took 156 s)', async () => {
    const started = performance.now();
    const r = await readAMelding([{ name: 'deep.xml', content: nested(100_000) }], { year: 2025 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.fatal).toBe(true);
    expect(r.files).toEqual({ read: 0, leftOut: 1 });
    const d = r.diagnostics.find((x) => x.code === 'element_too_deep');
    expect(d).toMatchObject({ severity: 'error', file: 'deep.xml', params: { limit: 64 } });
    expect(d?.path.slice(0, 4)).toEqual(['melding', 'Leveranse', 'oppgave', 'x']);
    // 60 levels are fine
    const ok = await readAMelding([{ name: 'ok.xml', content: nested(60) }], { year: 2025 });
    expect(ok.diagnostics.some((x) => x.code === 'element_too_deep')).toBe(false);
    expect(ok.files.read).toBe(1);
  });

  it('an <oppgave> of another namespace is refused (it added nothing to its month, silently)', async () => {
    const xml = december().replace('<oppgave>', '<oppgave xmlns="urn:example:other">');
    const r = await readAMelding([{ name: 'd.xml', content: xml }], { year: 2025 });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'wrong_namespace',
      file: 'd.xml',
      path: ['melding', 'Leveranse', 'oppgave'],
      found: 'urn:example:other',
      expected: expect.stringContaining(NS.v2_3),
    });
    // an arbeidsforhold or a stillingsprosent of another namespace, too; unknown extensions are still ignored
    for (const [from, to] of [
      ['<arbeidsforhold>', '<o:arbeidsforhold xmlns:o="urn:o">'],
      ['<stillingsprosent>100</stillingsprosent>', '<o:stillingsprosent xmlns:o="urn:o">100</o:stillingsprosent>'],
    ] as const) {
      const other = december()
        .replace(from, to)
        .replace(from.replace('<', '</'), to.replace(/^<o:(\w+).*/, '</o:$1>'));
      const rr = await readAMelding([{ name: 'd.xml', content: other }], { year: 2025 });
      expect(rr.diagnostics.map((x) => x.code)).toContain('wrong_namespace');
    }
    const fine = await readAMelding([{ name: 'd.xml', content: december() }], { year: 2025 });
    expect(fine).toMatchObject({ fatal: false, errors: 0 });
  });

  it('the text of a read element past 4 096 characters makes the file unreadable (it was cut silently)', async () => {
    const xml = december().replace('<stillingsprosent>100</stillingsprosent>', `<stillingsprosent>${'1'.repeat(5000)}</stillingsprosent>`);
    const r = await readAMelding([{ name: 'd.xml', content: xml }], { year: 2025 });
    expect(r.fatal).toBe(true);
    expect(r.diagnostics[0]).toMatchObject({ code: 'field_too_long', params: { limit: 4096 } });
    expect(r.diagnostics[0]?.path.at(-1)).toBe('stillingsprosent');
    expect(JSON.stringify(r.diagnostics)).not.toContain('1111111111');
  });

  it('one person of many employments, pay lines without an employment and HR rows of one id: linear (it was quadratic: 30 000 took 35 s)', async () => {
    const n = 25_000;
    const nid = nationalId('010190', 'female');
    const employments = Array.from({ length: n }, (_, i) => ({ ...PERSON.employments[0]!, arbeidsforholdId: `A${i}` }));
    const incomes = Array.from({ length: n }, () => ({ beloep: '100', beskrivelse: 'fastloenn' }));
    const hr = Array.from({ length: n }, (_, i) => ({ nationalId: nid, employeeNumber: `H${i}`, sex: 'female' as const }));
    const started = performance.now();
    const r = await readAMelding([{ name: 'm.xml', content: december([{ nationalId: nid, employments, incomes }]) }], { year: 2025, hr, maxDiagnostics: 10 });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(r.read).toBe(n);
    expect(r.diagnostics[0]).toMatchObject({ code: 'income_not_linked' });
    countsHold(r);
  });

  it('billion laughs and external entities stay refused', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><melding xmlns="${NS.v2_3}"><Leveranse><kalendermaaned>&lol9;</kalendermaaned></Leveranse></melding>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><melding xmlns="${NS.v2_3}"><Leveranse><kalendermaaned>&xxe;</kalendermaaned></Leveranse></melding>`;
    for (const content of [laughs, xxe]) {
      const started = performance.now();
      const r = await readAMelding([{ name: 'evil.xml', content }], { year: 2025 });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(r.fatal).toBe(true);
      expect(r.diagnostics[0]).toMatchObject({ code: 'unreadable_file', file: 'evil.xml' });
      expect(JSON.stringify(r.diagnostics)).not.toMatch(/lollol|root:/);
    }
  });
});

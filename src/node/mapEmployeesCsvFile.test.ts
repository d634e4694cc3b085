/**
 * Each condition under which `mapEmployeesCsvFile` reads a file in one part instead of joining two:
 * a file where the split meets the condition, read with and without two parts. The result must be
 * the one-part result, with the reason; each file is made so that joining the parts anyway would
 * give another result (so each test fails when its check is taken out). Where a condition does not
 * hold, the parts are joined and the result is still the same.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mapCsvFile, type SplitInternals } from './_lib/mapCsvFile.js';
import type { CsvFileMapping, MapEmployeesCsvFileOptions } from './index.js';
import { expectSameResult, STATISTICS, tempFolder } from '../../tests/node/_helpers.js';

const folder = tempFolder();
afterAll(() => folder.remove());
let n = 0;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const cp1252 = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/**
 * Reads `bytes` in one part, then split at byte `at` (moved on to just after a line break); checks
 * the two results are the same and returns the split one.
 */
async function both(
  bytes: Uint8Array,
  at: number,
  csv: MapEmployeesCsvFileOptions['csv'] = { file: 'f.csv' },
  internals: SplitInternals = {},
): Promise<{ split: CsvFileMapping; whole: CsvFileMapping }> {
  const path = folder.write(`f${n++}.csv`, bytes);
  const whole = await mapCsvFile(path, { statistics: STATISTICS, csv, threads: 1 });
  const split = await mapCsvFile(path, { statistics: STATISTICS, csv }, { inThread: true, minSplitBytes: 0, splitAt: at, ...internals });
  expectSameResult(split, whole);
  return { split, whole };
}

/** Where `marker` starts in `text` as UTF-8 bytes (the split is moved on to the line break after it). */
const at = (text: string, marker: string): number => {
  const i = text.indexOf(marker);
  if (i < 0) throw new Error(`no ${marker}`);
  return utf8(text.slice(0, i)).length;
};

const HEADER = 'employeeId,gender,positionPercent,startDate,unit,basePay';
const row = (id: string, extra: Partial<{ gender: string; percent: string; start: string; unit: string; pay: string }> = {}, d = ','): string =>
  [id, extra.gender ?? 'female', extra.percent ?? '100', extra.start ?? '2020-01-01', extra.unit ?? 'Oslo', extra.pay ?? '45000.50'].join(d);
const rows = (from: number, to: number, d = ','): string[] => Array.from({ length: to - from + 1 }, (_, i) => row(`E${from + i}`, {}, d));

describe('1. the first part must end between two rows', () => {
  it('a line break inside a quoted field at the split: read in one part', async () => {
    const text = [HEADER, ...rows(1, 5), row('E6', { unit: '"Oslo\nSPLIT, øst"' }), ...rows(7, 12)].join('\n') + '\n';
    const { split } = await both(utf8(text), at(text, 'SPLIT'));
    expect(split.sequentialReason).toBe('split-in-row');
  });

  it('the split at the start of the row after one with a quoted line break: joined', async () => {
    const text = [HEADER, ...rows(1, 5), row('E6', { unit: '"Oslo\nøst"' }), ...rows(7, 12)].join('\n') + '\n';
    const { split } = await both(utf8(text), at(text, 'E7,'));
    expect(split.sequentialReason).toBe(null);
    expect(split.imported.read).toBe(12);
  });
});

describe('2. the encoding of both parts', () => {
  it('UTF-16 (a line-break byte may be half a character): read in one part', async () => {
    const text = '\ufeff' + [HEADER, ...rows(1, 20)].join('\n') + '\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const { split, whole } = await both(bytes, Math.floor(bytes.length / 2));
    expect(whole.imported.encoding).toBe('utf-16le');
    expect(split.sequentialReason).toBe('encoding');
  });

  it('auto, an ASCII first part and Windows-1252 bytes in the second (one reader switches to Windows-1252): read in one part', async () => {
    const head = [HEADER, ...rows(1, 10)].join('\n') + '\n';
    const bytes = concat(utf8(head), cp1252([row('E11', { unit: 'Tromsø' }), ...rows(12, 20)].join('\n') + '\n'));
    const { split, whole } = await both(bytes, utf8(head).length);
    expect(whole.imported.encoding).toBe('windows-1252');
    expect(whole.mapping?.byUnit.map((u) => u.key)).toContain('Tromsø');
    expect(split.sequentialReason).toBe('encoding');
  });

  it('auto, the first part switches to Windows-1252 after its first chunk while the second part is valid UTF-8: read in one part', async () => {
    // 70 kB of ASCII (more than the first 64 KiB chunk), a Windows-1252 ø, then UTF-8 'ø' (C3 B8: "Ã¸" in Windows-1252)
    const head = [HEADER, ...rows(1, 1800)].join('\n') + '\n';
    expect(head.length).toBeGreaterThan(1 << 16);
    const middle = cp1252(row('E1801', { unit: 'Tromsø' }) + '\n');
    const tail = utf8([row('E1802', { unit: 'Bodø' }), ...rows(1803, 1900)].join('\n') + '\n');
    const { split, whole } = await both(concat(utf8(head), middle, tail), utf8(head).length + middle.length);
    expect(whole.imported.encoding).toBe('windows-1252');
    expect(whole.mapping?.byUnit.map((u) => u.key)).toContain('BodÃ¸');
    expect(split.sequentialReason).toBe('encoding');
  });

  it('Windows-1252 known from the header (Kjønn): joined, read as Windows-1252', async () => {
    const text =
      ['Ansattnr;Kjønn;Stillingsprosent;Ansatt fra;Avdeling;Månedslønn', ...rows(1, 20, ';').map((r) => r.replace('Oslo', 'Tromsø'))].join('\r\n') + '\r\n';
    const csv = {
      file: 'hr.csv',
      columnMapping: {
        Ansattnr: 'employeeId',
        Kjønn: 'gender',
        Stillingsprosent: 'positionPercent',
        'Ansatt fra': 'startDate',
        Avdeling: 'unit',
        Månedslønn: 'basePay',
      },
    } as const;
    const { split } = await both(cp1252(text), Math.floor(text.length / 2), csv);
    expect(split.sequentialReason).toBe(null);
    expect(split.imported.encoding).toBe('windows-1252');
  });

  it('invalid bytes after real UTF-8 in the first part (a warning, the rest read as UTF-8 with replacements): joined', async () => {
    // the UTF-8 Ø in the first 64 KiB chunk, the invalid byte in a later one (in the same chunk, the
    // chunk would be read as Windows-1252: the switch looks at the chunks before)
    const head = [HEADER, row('E1', { unit: 'Økonomi' }), ...rows(2, 1800)].join('\n') + '\n';
    const bad = Uint8Array.from([...utf8('E1801,male,100,2020-01-01,'), 0xf8, ...utf8(',1\n')]);
    const bytes = concat(utf8(head), bad, utf8(rows(1802, 1900).join('\n') + '\n'));
    const { split, whole } = await both(bytes, utf8(head).length + bad.length);
    expect(whole.imported.encoding).toBe('utf-8');
    expect(whole.imported.diagnostics[0]).toMatchObject({ code: 'invalid_encoding' });
    expect(split.sequentialReason).toBe(null);
  });
});

describe('3. the decimal mark of a number column', () => {
  const semi = (lines: string[]): string => ['employeeId;gender;positionPercent;startDate;unit;basePay', ...lines].join('\n') + '\n';
  const r = (id: number, pay: string): string => row(`E${id}`, { pay }, ';');

  it('the first part proved "." in a ";" file, the second read an ambiguous 1.234 with the default ",": read in one part', async () => {
    const text = semi([r(1, '45000.50'), r(2, '30000'), r(3, '1.234'), r(4, '2.500')]);
    const { split, whole } = await both(utf8(text), at(text, 'E3;'));
    expect(whole.imported.columns.decimal['basePay']).toBe('.');
    expect(whole.imported.rejected).toBe(2); // 1.234 and 2.500 read with "." have three decimals
    expect(split.sequentialReason).toBe('decimal-mark');
  });

  it('the second part proved the first part\'s "." itself before its ambiguous value: joined', async () => {
    const text = semi([r(1, '45000.50'), r(2, '1.5'), r(3, '1.234')]);
    const { split } = await both(utf8(text), at(text, 'E2;'));
    expect(split.sequentialReason).toBe(null);
    expect(split.imported.rejected).toBe(1);
  });

  it('the first part proved ",", the second proved "." and then read 1.234 with it: read in one part', async () => {
    const text = semi([r(1, '45000,50'), r(2, '1.5'), r(3, '1.234')]);
    const { split, whole } = await both(utf8(text), at(text, 'E2;'));
    expect(whole.imported.columns.decimal['basePay']).toBe(',');
    expect(split.sequentialReason).toBe('decimal-mark');
  });

  it('the first part proved the default ",": joined (the second part read the same)', async () => {
    const text = semi([r(1, '45 000,50'), r(2, '1.234'), r(3, '2,500')]);
    const { split } = await both(utf8(text), at(text, 'E2;'));
    expect(split.sequentialReason).toBe(null);
  });

  it('only the second part proves a mark: joined, and the columns show it', async () => {
    const text = semi([r(1, '45000'), r(2, '30000'), r(3, '1.5')]);
    const { split, whole } = await both(utf8(text), at(text, 'E2;'));
    expect(whole.imported.columns.decimal['basePay']).toBe('.');
    expect(split.sequentialReason).toBe(null);
  });

  it('a decimal mark fixed by the options: joined, whatever the values', async () => {
    const text = semi([r(1, '45000.50'), r(2, '1.234')]);
    const { split } = await both(utf8(text), at(text, 'E2;'), { decimal: ',' });
    expect(split.sequentialReason).toBe(null);
  });
});

describe('4. reference values taken from the first row that has one', () => {
  const org = (id: number, orgnr: string, year = '2025'): string => `${row(`E${id}`)},${orgnr},${year}`;
  const file = (lines: string[]): string => [`${HEADER},organisationNumber,year`, ...lines].join('\n') + '\n';

  it('another organisation number in the second part: read in one part (its rows are mixed_legal_entities)', async () => {
    const text = file([org(1, '974760673'), org(2, '974760673'), org(3, '910000004'), org(4, '910000004')]);
    const { split, whole } = await both(utf8(text), at(text, 'E3,'));
    expect(whole.imported.diagnostics.filter((d) => d.code === 'mixed_legal_entities')).toHaveLength(2);
    expect(split.sequentialReason).toBe('reference-value');
  });

  it('another year in the second part: read in one part', async () => {
    const text = file([org(1, '974760673', '2025'), org(2, '974760673', '2024'), org(3, '974760673', '2024')]);
    const { split } = await both(utf8(text), at(text, 'E2,'));
    expect(split.sequentialReason).toBe('reference-value');
  });

  it('the organisation number given in the options, or none in the first part: joined', async () => {
    const text = file([org(1, '974760673'), org(2, '910000004'), org(3, '974760673')]);
    expect((await both(utf8(text), at(text, 'E2,'), { organisationNumber: '974760673' })).split.sequentialReason).toBe(null);
    const none = file([org(1, ''), org(2, '910000004'), org(3, '974760673')]);
    expect((await both(utf8(none), at(none, 'E2,'))).split.sequentialReason).toBe(null);
  });
});

describe('5. employee ids in both parts', () => {
  const file = (ids: string[]): string => [HEADER, ...ids.map((id) => row(id))].join('\n') + '\n';

  it('sorted ids, the second part repeats one of the first: read in one part (the repeat is a duplicate)', async () => {
    const text = file(['E1', 'E2', 'E3', 'E2', 'E4']);
    const { split, whole } = await both(utf8(text), at(text, 'E2,female,100,2020-01-01,Oslo,45000.50\nE4'));
    expect(whole.imported.diagnostics.find((d) => d.code === 'duplicate_employee_id')?.params).toMatchObject({ firstRecord: 2 });
    expect(split.sequentialReason).toBe('duplicate-id');
  });

  it('unsorted ids in both parts, one in both: read in one part', async () => {
    const text = file(['E9', 'E3', 'E5', 'E1', 'E3', 'E2']);
    const { split } = await both(utf8(text), at(text, 'E1,'));
    expect(split.sequentialReason).toBe('duplicate-id');
  });

  it('unsorted ids, none in both parts: joined (after comparing every id)', async () => {
    const text = file(['E9', 'E3', 'E5', 'E1', 'E7', 'E2', 'E7']);
    const { split } = await both(utf8(text), at(text, 'E1,'));
    expect(split.sequentialReason).toBe(null);
    // the duplicate inside the second part points at its first row in the whole file
    expect(split.imported.diagnostics.find((d) => d.code === 'duplicate_employee_id')).toMatchObject({ record: 7, params: { firstRecord: 5, line: 8 } });
  });
});

describe('6. the long pay-line layout', () => {
  it("an employment's lines on both sides of the split: read in one part", async () => {
    const text =
      [
        'id;s;f;p;c;a',
        '1;K;01.01.2020;100;1000;40 000',
        '1;K;01.01.2020;100;1100;1 500',
        '2;M;01.03.2021;80;1000;30 000',
        '2;M;01.03.2021;80;1100;2 000',
        '3;K;01.03.2021;100;1000;25 000',
      ].join('\n') + '\n';
    const csv = {
      columnMapping: { id: 'employeeId', s: 'gender', f: 'startDate', p: 'positionPercent', c: 'payCode', a: 'payAmount' },
      payCodes: { '1000': 'basePay', '1100': 'fixedAllowances' },
    } as const;
    const { split, whole } = await both(utf8(text), at(text, '2;M;01.03.2021;80;1100'), csv);
    expect(whole.imported.read).toBe(3);
    expect(split.sequentialReason).toBe('long-layout');
  });
});

describe('the start of the file', () => {
  it('a header without a required column: read in one part, reported, no mapping', async () => {
    const text = ['employeeId,gender,unit', 'E1,K,Oslo', 'E2,M,Bergen'].join('\n') + '\n';
    const { split } = await both(utf8(text), at(text, 'E2'));
    expect(split.sequentialReason).toBe('fatal-header');
    expect(split.mapping).toBe(null);
    expect(split.imported.fatal).toBe(true);
  });

  it('a split before the header ends (after a sep= line), or after the last line break: read in one part', async () => {
    const text = ['sep=;', 'employeeId;gender;positionPercent;startDate', 'E1;K;100;2020-01-01', 'E2;M;100;2020-01-01'].join('\n');
    expect((await both(utf8(text), 1)).split.sequentialReason).toBe('no-split-point');
    expect((await both(utf8(text), at(text, 'E2'))).split.sequentialReason).toBe(null);
    expect((await both(utf8(text + '\n'), at(text, 'E2') + 1)).split.sequentialReason).toBe('no-split-point');
  });

  it('a split right after the header: joined (the first part is the header alone)', async () => {
    const text = [HEADER, ...rows(1, 3)].join('\n') + '\n';
    const { split } = await both(utf8(text), 1);
    expect(split.sequentialReason).toBe(null);
  });
});

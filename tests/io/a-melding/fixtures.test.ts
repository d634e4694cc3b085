import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHrCsv, readAMelding } from '../../../src/io/a-melding/index.js';
import { fixtureFiles, FIXTURE_YEAR } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/a-melding');

describe('a-melding fixtures', () => {
  it('are exactly what the generator builds', () => {
    for (const [name, content] of Object.entries(fixtureFiles())) expect(readFileSync(join(root, name), 'utf8'), name).toBe(content);
  });

  it('read cleanly with their HR file', async () => {
    const dir = join(root, '2025');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .map((name) => ({ name, content: readFileSync(join(dir, name)) }));
    const hr = parseHrCsv(readFileSync(join(dir, 'hr.csv')), { file: 'hr.csv' });
    expect(hr.diagnostics).toEqual([]);
    const r = await readAMelding(files, { year: FIXTURE_YEAR, hr: hr.records, hrFile: 'hr.csv' });
    expect(r.errors).toBe(0);
    expect(r.records).toHaveLength(10);
    expect(r.matchedHr).toBe(10);
    expect(r.months).toHaveLength(12);
  });

  it('read from Node file streams (small chunks) exactly as from whole files', async () => {
    const dir = join(root, '2025');
    const names = readdirSync(dir).filter((f) => f.endsWith('.xml'));
    const whole = await readAMelding(
      names.map((name) => ({ name, content: readFileSync(join(dir, name)) })),
      { year: FIXTURE_YEAR },
    );
    const streamed = await readAMelding(
      names.map((name) => ({ name, content: createReadStream(join(dir, name), { highWaterMark: 333 }) })),
      { year: FIXTURE_YEAR },
    );
    expect(streamed).toEqual(whole);
  });

  it('the bad ones report their errors', async () => {
    const dir = join(root, 'bad');
    const r = await readAMelding(
      readdirSync(dir)
        .sort()
        .map((name) => ({ name, content: readFileSync(join(dir, name)) })),
      { year: FIXTURE_YEAR },
    );
    expect(r.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['not-a-melding.xml', 'not_a_melding'],
      ['truncated.xml', 'unreadable_file'],
      ['wrong-namespace.xml', 'wrong_namespace'],
      [undefined, 'missing_reference_month'],
    ]);
    expect(r.fatal).toBe(true);
  });
});

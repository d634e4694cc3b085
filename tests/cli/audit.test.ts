import { describe, it, expect } from 'vitest';
import { runCommand } from './_fakeIO.js';
import { publish } from '../../src/anonymisation/index.js';
import { buildMapping, many } from '../anonymisation/_builders.js';

const mapping = buildMapping([
  ...many(4, { sex: 'female', level: 'L1', pay: 4_000_000 }),
  ...many(40, { sex: 'male', level: 'L1', pay: 4_500_000 }),
  ...many(20, { sex: 'female', level: 'L2', pay: 5_000_000 }),
  ...many(20, { sex: 'male', level: 'L2', pay: 5_200_000 }),
]);

const run = (files: Record<string, string>, ...argv: string[]) => runCommand('audit', argv, files);

describe('likestilling audit', async () => {
  const files = {
    'published.json': JSON.stringify(await publish(mapping)),
    'raw.json': JSON.stringify(mapping),
    'broken.json': '{ not json',
    'other.json': JSON.stringify({ hello: 'world' }),
    'policy3.json': JSON.stringify({ payMinPersons: 3 }),
  };

  it('exit 0 and a clean JSON report for the library’s own published table', async () => {
    const r = await run(files, 'published.json', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { clean: boolean; findings: unknown[]; policy: { payMinPersons: number } };
    expect(report.clean).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.policy.payMinPersons).toBe(5);
  });

  it('exit 1 with the findings when figures are below the thresholds (text, nb and en)', async () => {
    const en = await run(files, 'raw.json', '--format', 'text');
    expect(en.code).toBe(1);
    expect(en.out).toContain('[below threshold] pay.byLevel["L1"].women.mean is published with 4 persons behind it, below the threshold 5');
    expect(en.out).toMatch(/^Audit of a published table \(pay ≥ 5, attributes 0 or ≥ 3\/3, parental leave ≥ 5, tolerance 1 %\)\n16 findings:\n/);
    const nb = await run(files, 'raw.json', '--format', 'tekst', '--lang', 'nb');
    expect(nb.out).toContain('[under terskelen] pay.byLevel["L1"].women.mean er publisert med 4 personer bak, under terskelen 5');
    expect(nb.out).toMatch(/^Kontroll av en publisert tabell/);
    const nn = await run(files, 'raw.json', '--format', 'text', '--lang', 'nn');
    expect(nn.out).toContain('16 funn:');
    const clean = await run(files, 'published.json', '--format', 'text', '--lang', 'nb');
    expect(clean.out).toContain('Ingen funn.');
  });

  it('policy from a file or flags: with 3 persons as the threshold the raw table is clean of pay findings', async () => {
    const r = await run(files, 'raw.json', '--policy', 'policy3.json');
    const report = JSON.parse(r.out) as { findings: { path: (string | number)[] }[]; policy: { payMinPersons: number } };
    expect(report.policy.payMinPersons).toBe(3);
    expect(report.findings.filter((f) => f.path.includes('pay'))).toEqual([]);
    const flags = await run(files, 'raw.json', '--pay-min', '3');
    expect((JSON.parse(flags.out) as { policy: { payMinPersons: number } }).policy.payMinPersons).toBe(3);
  });

  it('exit 2 for a missing file, broken JSON, a table of the wrong shape, and bad arguments', async () => {
    expect((await run(files, 'missing.json')).code).toBe(2);
    const broken = await run(files, 'broken.json');
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('not JSON');
    const other = await run(files, 'other.json', '--format', 'text');
    expect(other.code).toBe(2);
    expect(other.out).toBe(
      'The table cannot be read:\n  field population: required field is missing; expected an object\n  field pay: required field is missing; expected an object\n',
    );
    const otherNn = await run(files, 'other.json', '--format', 'text', '--lang', 'nn');
    expect(otherNn.out).toContain('Tabellen kan ikkje lesast:\n  felt «population»:');
    expect((await run(files)).code).toBe(2);
    expect((await run(files, 'published.json', '--format', 'xml')).code).toBe(2);
    expect((await run(files, 'published.json', '--pay-min', 'zero')).code).toBe(2);
    expect((await run(files, 'published.json', '--bogus')).code).toBe(2);
  });

  it('--help prints the usage with the exit codes', async () => {
    const r = await run(files, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Exit codes: 0 clean; 1 findings; 2 unreadable input or bad arguments.');
  });
});

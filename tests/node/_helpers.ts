/** Helpers of the `likestilling/node` tests: temporary files, the worker bundled from source, result comparison. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { expect } from 'vitest';
import type { CsvFileMapping } from '../../src/node/index.js';

/** The statistics options of the tests (the generated dates lie around 2025). */
export const STATISTICS = { year: 2025 } as const;

/** A temporary folder: `write(name, bytes)` gives a file's path; `remove()` deletes it all. */
export function tempFolder(): { readonly dir: string; write(name: string, bytes: Uint8Array | string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'likestilling-node-'));
  return {
    dir,
    write: (name, bytes) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A worker script bundled from source with esbuild into `dir` (the tests run the sources: the
 * built `dist/node-csv-worker.js` or `dist/node-ordering-worker.js` may not exist yet, or be
 * older), as an ES module: the CSV worker of `mapEmployeesCsvFile`, or the ordering worker of
 * `startMappingWorker`.
 */
export async function bundleWorker(dir: string, worker: 'csvWorker' | 'orderingWorker' = 'csvWorker'): Promise<URL> {
  const outfile = join(dir, `${worker}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL(`../../src/node/${worker}.ts`, import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    define: { __LIKESTILLING_VERSION__: '"0.0.0-test"' },
  });
  return pathToFileURL(outfile);
}

/** Every byte offset just after a line break (where a split may fall: row ends, inside quoted fields, after the header). */
export function lineStarts(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) out.push(i + 1);
  return out;
}

/** Exactly the same result: mapping, diagnostics (order, numbers, keys in order), counts, delimiter, encoding, columns. */
export function expectSameResult(actual: CsvFileMapping, expected: CsvFileMapping, context = ''): void {
  expect(actual.imported, context).toStrictEqual(expected.imported);
  expect(JSON.stringify(actual.imported), context).toBe(JSON.stringify(expected.imported));
  expect(actual.mapping, context).toStrictEqual(expected.mapping);
  expect(JSON.stringify(actual.mapping), context).toBe(JSON.stringify(expected.mapping));
}

const units = ['Direktoratet/Region Øst/Enhet 1', 'Direktoratet/Region Vest', 'Direktoratet/Region Øst/Enhet 2', ''];
/** A canonical file of `count` rows (several 64 KiB chunks), some rows with errors, quoted units. */
export function bigFile(count: number, shuffle = false): Uint8Array {
  const lines = [
    'employeeId,gender,employmentKind,contract,positionPercent,startDate,endDate,unit,jobLevel,jobGroup,basePay,fixedAllowances,parentalLeaveWeeks,involuntaryPartTime',
  ];
  for (let i = 1; i <= count; i++) {
    const id = shuffle ? `E${(i * 7919) % (count + 1)}` : `E${i}`;
    const gender = i % 97 === 0 ? 'hen' : i % 3 === 0 ? 'male' : 'female';
    const unit = units[i % units.length] ?? '';
    lines.push(
      [
        id,
        gender,
        i % 11 === 0 ? 'maritime' : '',
        i % 5 === 0 ? 'temporary' : 'permanent',
        i % 4 === 0 ? '80.5' : '100',
        `20${String(10 + (i % 15))}-0${1 + (i % 9)}-15`,
        i % 13 === 0 ? '2025-06-30' : '',
        i % 17 === 0 ? `"${unit}, ""stab""\n(ny)"` : unit,
        `Nivå ${i % 7}`,
        `Gruppe ${i % 5}`,
        `${30000 + (i % 997) * 31}.${String(i % 100).padStart(2, '0')}`,
        i % 2 === 0 ? '1500' : '',
        i % 23 === 0 ? '12.5' : '',
        i % 3 === 0 ? 'true' : '',
      ].join(','),
    );
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

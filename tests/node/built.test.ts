/**
 * The built package: `likestilling/node` from the ES module and the CommonJS build each find their
 * worker file and read a big file in two parts (the CommonJS build has no `import.meta.url` of its
 * own: tsup's shim gives it); the root export and `likestilling/csv` import no Node built-in, and
 * only `likestilling/analysis` imports the numerical libraries (ml-matrix, @stdlib). The
 * package is built here, with the project's tsup config into a folder of its own (the tests run
 * before `npm run build` in `npm test`, and `dist/` may be missing or older).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SPLIT_BYTES } from '../../src/node/_lib/mapCsvFile.js';
import { tempFolder } from './_helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = tempFolder();
let out = '';

beforeAll(() => {
  // under node_modules, so the built files find the package's dependencies; a fresh folder, as tsup cleans it
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  out = mkdtempSync(join(cache, 'likestilling-built-test-'));
  execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--out-dir', out, '--no-dts', '--no-sourcemap', '--silent'], {
    cwd: root,
    stdio: 'pipe',
  });
  // no package scope is looked up past node_modules: say that the .js files are ES modules
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
}, 120_000);
afterAll(() => {
  if (out !== '') rmSync(out, { recursive: true, force: true });
  folder.remove();
});

let above = '';
/** A canonical file just above the size from which two parts are read. */
function fileAboveThreshold(): string {
  if (above !== '') return above;
  const lines = ['employeeId,gender,positionPercent,startDate,unit,basePay,fixedAllowances'];
  let size = 0;
  for (let i = 1; size <= DEFAULT_MIN_SPLIT_BYTES + 4096; i++) {
    const line = `E${i},${i % 3 === 0 ? 'male' : 'female'},${i % 4 === 0 ? '80.5' : '100'},20${10 + (i % 15)}-03-01,Direktoratet/Region ${i % 7}/Enhet ${i % 31},${30000 + (i % 997) * 31}.${String(i % 100).padStart(2, '0')},${i % 2 === 0 ? '1500' : ''}`;
    lines.push(line);
    size += line.length + 1;
  }
  above = folder.write('above.csv', lines.join('\n') + '\n');
  return above;
}

const SCRIPT = `
const [path] = process.argv.slice(-1);
const run = async (lib) => {
  const one = await lib.mapEmployeesCsvFile(path, { statistics: { year: 2025 }, threads: 1 });
  const two = await lib.mapEmployeesCsvFile(path, { statistics: { year: 2025 } });
  const same = JSON.stringify([one.mapping, one.imported]) === JSON.stringify([two.mapping, two.imported]);
  process.stdout.write(JSON.stringify({ parts: two.parts, reason: two.sequentialReason, same, read: two.imported.read }));
};`;

describe('the built likestilling/node', () => {
  it('the ES module build finds node-csv-worker.js and reads in two parts', () => {
    const path = fileAboveThreshold();
    const stdout = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `${SCRIPT}\nawait run(await import(${JSON.stringify(join(out, 'node.js'))}));`, path],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(stdout)).toMatchObject({ parts: 2, reason: null, same: true });
  }, 60_000);

  it('the CommonJS build finds node-csv-worker.cjs and reads in two parts', () => {
    const path = fileAboveThreshold();
    const stdout = execFileSync(process.execPath, ['-e', `${SCRIPT}\nrun(require(${JSON.stringify(join(out, 'node.cjs'))}));`, path], { encoding: 'utf8' });
    expect(JSON.parse(stdout)).toMatchObject({ parts: 2, reason: null, same: true });
  }, 60_000);

  it('the ES module and CommonJS builds find node-ordering-worker and give computeMapping’s mapping', () => {
    const script = (load: string): string => `
      const [core, node] = ${load};
      const records = Array.from({ length: 400 }, (_, i) => core.EmployeeSchema.parse({ employeeId: 'E' + i, gender: i % 3 ? 'female' : 'male', positionPercent: i % 4 ? 100 : 80, startDate: '2020-01-01', unit: 'A/B' + (i % 3), jobLevel: 'L' + (i % 4), jobGroup: 'G' + (i % 5), pay: { basePay: String(40000 + i * 17) } }));
      const worker = node.startMappingWorker({ minPersons: 0 });
      worker.computeMapping(records, { year: 2025 }).then(async (m) => {
        await worker.close();
        process.stdout.write(JSON.stringify({ same: JSON.stringify(m) === JSON.stringify(core.computeMapping(records, { year: 2025 })), women: m.population.women }));
      });`;
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script(`await Promise.all([import(${JSON.stringify(join(out, 'index.js'))}), import(${JSON.stringify(join(out, 'node.js'))})])`),
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(esm)).toStrictEqual({ same: true, women: 266 });
    const cjs = execFileSync(
      process.execPath,
      ['-e', script(`[require(${JSON.stringify(join(out, 'index.cjs'))}), require(${JSON.stringify(join(out, 'node.cjs'))})]`)],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(cjs)).toStrictEqual({ same: true, women: 266 });
  }, 60_000);

  it('the built CLI reports the same JSON as the mapping read in one part (and the rules version beside it)', () => {
    const path = fileAboveThreshold();
    const cli = execFileSync(process.execPath, [join(out, 'bin.js'), 'report', path, '--year', '2025', '--format', 'json'], { encoding: 'utf8' });
    const one = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const lib = await import(${JSON.stringify(join(out, 'node.js'))}); const r = await lib.mapEmployeesCsvFile(process.argv.at(-1), { statistics: { year: 2025 }, csv: { file: process.argv.at(-1), year: 2025 }, threads: 1 }); process.stdout.write(JSON.stringify({ ...r.mapping, rulesVersion: '2020-01-01' }, null, 2) + '\\n');`,
        path,
      ],
      { encoding: 'utf8' },
    );
    expect(cli).toBe(one);
  }, 60_000);

  it('the root export, likestilling/csv and likestilling/transparency import no Node built-in (they run in a browser)', () => {
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    const imports = (file: string): string[] =>
      [
        ...readFileSync(join(out, file), 'utf8').matchAll(
          /(?:^|[\s;])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+)["']|require\(["']([^"']+)["']\)/g,
        ),
      ].map((m) => (m[1] ?? m[2]) as string);
    /** The packages an entry imports, through the chunks it imports. */
    const packagesOf = (entry: string): string[] => {
      const seen = new Set<string>();
      const bare = new Set<string>();
      const todo = [entry];
      while (todo.length > 0) {
        const file = todo.pop() as string;
        if (seen.has(file)) continue;
        seen.add(file);
        for (const spec of imports(file)) {
          if (spec.startsWith('./')) todo.push(spec.slice(2));
          else bare.add(spec);
        }
      }
      expect(seen.size, entry).toBeGreaterThan(1);
      return [...bare];
    };
    for (const entry of ['index.js', 'csv.js', 'transparency.js', 'index.cjs', 'csv.cjs', 'transparency.cjs'])
      expect(
        packagesOf(entry).filter((s) => builtins.has(s)),
        entry,
      ).toEqual([]);
    // the scan does see them where they are
    for (const entry of ['node.js', 'node.cjs', 'node-csv-worker.js', 'node-ordering-worker.js'])
      expect(
        packagesOf(entry).filter((s) => builtins.has(s)),
        entry,
      ).toContain('worker_threads');
    // the numerical libraries of likestilling/analysis stay behind that subpath (issue 19): the core stays light
    const numerical = (s: string): boolean => s === 'ml-matrix' || s.startsWith('@stdlib/');
    for (const entry of ['index.js', 'index.cjs', 'csv.js', 'csv.cjs', 'node.js', 'node.cjs']) expect(packagesOf(entry).filter(numerical), entry).toEqual([]);
    for (const entry of ['analysis.js', 'analysis.cjs'])
      expect(packagesOf(entry).filter(numerical).sort(), entry).toEqual(['@stdlib/stats-base-dists-t-cdf', '@stdlib/stats-base-dists-t-quantile', 'ml-matrix']);
  });
});

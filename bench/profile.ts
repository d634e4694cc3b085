/**
 * Where does the library's time go? Runs one benchmark task under `node --cpu-prof` and prints the
 * functions with the most self time, and the self time per source file of the built library.
 *
 * Usage (after `npm run build`): `npx tsx bench/profile.ts [task=lib-mem] [size=1000000]`
 * (tasks as in `worker.ts`; `lib-stream` profiles CSV → report).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './_lib/paths.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const [task = 'lib-mem', size = '1000000'] = process.argv.slice(2);
const dir = join(DATA_DIR, 'profiles', `${task}-${size}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const worker = join(DATA_DIR, '..', 'worker.ts');
const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--cpu-prof', `--cpu-prof-dir=${dir}`, worker, task, size, '--reps', '1'], {
  encoding: 'utf8',
  maxBuffer: 64 << 20,
});
if (child.status !== 0) {
  process.stderr.write(child.stderr);
  process.exit(1);
}
process.stdout.write(child.stdout.split('\n').find((l) => l.startsWith('RESULT ')) + '\n');

for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (f === undefined) continue;
    const where = f.url === '' ? '(native)' : f.url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|dist|bench)\//, '$1/');
    const key = `${f.functionName || '(anonymous)'}  ${where}:${f.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  }
  // Inclusive time of the library's entry points (self time of their whole call subtree).
  const inclusive = new Map<string, number>();
  const ENTRY = new Set([
    'parseEmployeesCsv',
    'readEmployeesCsv',
    'computeMapping',
    'accumulateMapping',
    'mergePartialMappings',
    'finalizeMapping',
    'computePay',
    'buildLayout',
  ]);
  const walk = (id: number, open: ReadonlySet<string>): number => {
    const node = byId.get(id);
    if (node === undefined) return 0;
    const name = node.callFrame.functionName;
    const here = ENTRY.has(name) && !open.has(name) ? new Set([...open, name]) : open;
    let sum = self.get(id) ?? 0;
    for (const c of node.children ?? []) sum += walk(c, here);
    if (here !== open) inclusive.set(name, (inclusive.get(name) ?? 0) + sum);
    return sum;
  };
  const root = profile.nodes[0];
  if (root !== undefined) walk(root.id, new Set());
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`);
  process.stdout.write(
    `\n${file}: ${(total / 1000).toFixed(0)} ms sampled\nInclusive time of library entry points:\n${top(inclusive, 10).join('\n')}\n\nTop functions by self time:\n${top(byFunction, 25).join('\n')}\n\nSelf time by file:\n${top(byFile, 12).join('\n')}\n`,
  );
}

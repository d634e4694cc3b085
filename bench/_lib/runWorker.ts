/**
 * Runs one benchmark task of `worker.ts` in its own plain `node --expose-gc` process and reads its
 * `RESULT {json}` line (so each task's peak memory is its own).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaskResult } from '../worker.js';

/**
 * A task runner for the worker beside the calling module (`worker.ts` under tsx, `worker.js` in the
 * bundled build).
 * @param callerUrl - the calling module's `import.meta.url`
 * @param seed - the payrolls' seed
 */
export function workerRunner(callerUrl: string, seed: number): (task: string, size: number, reps: number) => TaskResult {
  const self = fileURLToPath(callerUrl);
  const underTsx = self.endsWith('.ts');
  const workerPath = join(self, '..', underTsx ? 'worker.ts' : 'worker.js');
  return (task, size, reps) => {
    const args = ['--expose-gc', ...(underTsx ? ['--import', 'tsx'] : []), workerPath, task, String(size), '--reps', String(reps), '--seed', String(seed)];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 15 * 60_000 });
    const line = child.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (child.status !== 0 || line === undefined) {
      process.stderr.write(child.stderr);
      throw new Error(`bench: task ${task} at ${size} failed (exit ${String(child.status)}${child.signal === null ? '' : `, ${child.signal}`})`);
    }
    return JSON.parse(line.slice('RESULT '.length)) as TaskResult;
  };
}

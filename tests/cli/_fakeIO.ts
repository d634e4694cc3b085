import { Readable } from 'node:stream';
import { runCli, type CliIO } from '../../src/cli/index.js';

/** A CLI I/O over in-memory files, recording what the command prints and writes. */
export interface FakeIO {
  readonly io: CliIO;
  readonly out: string[];
  readonly err: string[];
  readonly written: Map<string, string | Uint8Array>;
  /** Everything printed to stdout / stderr so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * In-memory files for a CLI test; a missing file fails like Node's (`ENOENT`). Streams yield the
 * file whole, or in chunks of `chunkSize` bytes to exercise the streaming readers.
 */
export function fakeIO(files: Readonly<Record<string, string | Uint8Array>> = {}, isTTY = false, chunkSize?: number, extra: Partial<CliIO> = {}): FakeIO {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string | Uint8Array>();
  const bytes = (p: string): Uint8Array => {
    const f = files[p];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => bytes(p),
    readStream: (p) =>
      Readable.from(
        (async function* () {
          const b = bytes(p);
          const step = chunkSize ?? Math.max(b.length, 1);
          for (let i = 0; i < b.length; i += step) yield b.subarray(i, i + step);
        })(),
      ),
    writeFile: async (p, d) => void written.set(p, d),
    isTTY,
    ...extra,
  };
  return { io, out, err, written, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs one command over in-memory files: its exit code and what it printed. */
export async function runCommand(command: string, argv: readonly string[], files: Readonly<Record<string, string | Uint8Array>> = {}) {
  const f = fakeIO(files);
  const code = await runCli([command, ...argv], f.io);
  return { code, out: f.stdout(), err: f.stderr() };
}

/** A clock for the progress line: every reading is `step` milliseconds after the one before. */
export function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

/** The sizes of in-memory files (the progress line's share read and time left). */
export function sizesOf(files: Readonly<Record<string, string | Uint8Array>>): (path: string) => Promise<number> {
  return async (p) => {
    const f = files[p];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, stat '${p}'`), { code: 'ENOENT' });
    return typeof f === 'string' ? new TextEncoder().encode(f).length : f.length;
  };
}

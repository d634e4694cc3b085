import { readFile, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { mapEmployeesCsvFile, type CsvFileMapping, type MapEmployeesCsvFileOptions } from '../node/mapEmployeesCsvFile.js';

/** What a CLI command may touch: injected so commands are testable without a process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly readStream: (path: string) => Readable;
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
  /**
   * Reads an employee CSV file into its mapping, on two threads when it is big
   * (`mapEmployeesCsvFile` of `likestilling/node`; same result as the stream). Optional: without
   * it, `report` reads `readStream(path)` on one thread (injected I/O of tests and embedders).
   */
  readonly mapEmployeesCsvFile?: (path: string, options: MapEmployeesCsvFileOptions) => Promise<CsvFileMapping>;
}

/** The real process I/O. */
export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readFile: (p) => readFile(p),
    readStream: (p) => createReadStream(p),
    writeFile: (p, d) => writeFile(p, d),
    isTTY: process.stderr.isTTY === true,
    mapEmployeesCsvFile: (p, o) => mapEmployeesCsvFile(p, o),
  };
}

/** A usage error: message to stderr, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
  readonly exitCode = 2;
}

/** A command: parses its own arguments, returns the exit code. */
export type Command = (args: readonly string[], io: CliIO) => Promise<number>;

/** Reads an option that takes one of `allowed` (`undefined` when not given), or throws a usage error naming it. */
export function oneOfOption<const T extends readonly string[]>(name: string, value: string | undefined, allowed: T): T[number] | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T[number];
  throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Reads `--format` against the allowed values, default first. */
export function formatOption<const T extends readonly [string, ...string[]]>(value: string | undefined, allowed: T): T[number] {
  return oneOfOption('format', value, allowed) ?? allowed[0];
}

/** Parses a whole-number option, or throws a usage error naming it. */
export function intOption(name: string, value: string | undefined, min = -Infinity, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new CliUsageError(`--${name} must be a whole number (got "${value}")`);
  const n = Number(value);
  if (n < min || n > max) throw new CliUsageError(`--${name} must be between ${min} and ${max} (got ${n})`);
  return n;
}

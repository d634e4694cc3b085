import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';
import { mapEmployeesCsvFile, type CsvFileMapping, type MapEmployeesCsvFileOptions } from '../node/mapEmployeesCsvFile.js';
import type { CliErrorCode, CliErrorParams } from '../locales/types.js';

/** What a CLI command may touch: injected so commands are testable without a process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly readStream: (path: string) => Readable;
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Whether stderr is a terminal (progress only then, and not with `--quiet`). */
  readonly isTTY: boolean;
  /**
   * The environment: the language of messages comes from `LC_ALL`, `LC_MESSAGES` or `LANG` when
   * `--lang` is not given (none: English). Optional: without it, English.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A file's size in bytes, for the progress line's share read and time left (optional). */
  readonly fileSize?: (path: string) => Promise<number>;
  /** Milliseconds of a monotonic clock, for the progress line's rate (optional: no rate without it). */
  readonly now?: () => number;
  /** Whether a file exists (`init` does not overwrite one). Optional: without it, `init` writes. */
  readonly exists?: (path: string) => Promise<boolean>;
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
    writeFile: async (p, d) => {
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, d);
    },
    // undefined, not false, when stderr is a pipe or a file (the type says boolean)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare
    isTTY: process.stderr.isTTY === true,
    env: process.env,
    fileSize: async (p) => (await stat(p)).size,
    now: () => performance.now(),
    exists: async (p) =>
      stat(p).then(
        () => true,
        () => false,
      ),
    mapEmployeesCsvFile: (p, o) => mapEmployeesCsvFile(p, o),
  };
}

/**
 * A usage error: a message code of the catalogue with its parameters (said in the user's
 * language by the runner), exit code 2.
 */
export class CliUsageError<C extends CliErrorCode = CliErrorCode> extends Error {
  override readonly name = 'CliUsageError';
  readonly exitCode = 2;
  readonly code: C;
  readonly params: CliErrorParams[C];

  constructor(code: C, ...params: keyof CliErrorParams[C] extends never ? [params?: CliErrorParams[C]] : [params: CliErrorParams[C]]) {
    super(code);
    this.code = code;
    this.params = (params[0] ?? {}) as CliErrorParams[C];
  }
}

/** A command: parses its own arguments, returns the exit code. */
export type Command = (args: readonly string[], io: CliIO) => Promise<number>;

/**
 * The value of an option that takes one of a few words, with its synonyms (Norwegian words
 * besides the English ones, case-insensitive): the canonical value, `undefined` when not given,
 * or a usage error listing what is accepted.
 */
export function choiceOption<T extends string>(name: string, value: string | undefined, words: Readonly<Record<string, T>>): T | undefined {
  if (value === undefined) return undefined;
  const key = value.trim().toLowerCase();
  if (Object.hasOwn(words, key)) return words[key];
  // the values themselves first, then the other spellings taken for them
  const allowed = [...new Set(Object.values(words))].filter((v) => Object.hasOwn(words, v));
  const also = Object.keys(words).filter((k) => !allowed.includes(k as T));
  throw new CliUsageError('oneOf', { option: `--${name}`, value, allowed: allowed.length > 0 ? allowed : Object.keys(words), also });
}

/** Parses a whole-number option, or throws a usage error naming it. */
export function intOption(name: string, value: string | undefined, min = -Infinity, max = Infinity): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim())) throw new CliUsageError('wholeNumber', { option: `--${name}`, value });
  const n = Number(value);
  if (n < min || n > max) throw new CliUsageError('between', { option: `--${name}`, value, min, max });
  return n;
}

/** Parses a number option (a decimal point or comma), at least `min`, or throws a usage error naming it. */
export function numberOption(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const t = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t) || Number(t) < min) throw new CliUsageError('numberAtLeast', { option: `--${name}`, value, min });
  return Number(t);
}

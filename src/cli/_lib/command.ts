/**
 * What every command shares: its signature, and the options every command has the same way
 * (`--lang`, `--format`, `-h`/`--help`). @internal
 */
import type { Language } from '../../locales/index.js';
import type { CliIO } from '../io.js';
import type { OptionSpecs } from './args.js';

/** A command: its arguments (after its name), the I/O and the language of messages; resolves to the exit code. */
export type CommandRun = (args: readonly string[], io: CliIO, lang: Language) => Promise<number>;

/** The options every command has. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

/** The option of the commands that read data files: no progress line on the terminal. */
export const QUIET_OPTION = { quiet: { type: 'boolean', short: 'q' } } as const satisfies OptionSpecs;

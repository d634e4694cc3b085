/**
 * Progress of a big input on the terminal (issue 16, item 8): bytes read (of the whole, when the
 * size is known), rows per second, and the time left. One line on stderr, rewritten in place at
 * most every quarter of a second; nothing when stderr is not a terminal, with `--quiet`, or for a
 * small input (the line appears once 1 MiB is read). @internal
 */
import { catalogue, type Language } from '../../locales/index.js';
import type { CliIO } from '../io.js';

/** The line appears once this many bytes are read. */
const FROM = 1 << 20;
/** At most one new line per this many milliseconds (with a clock; without, one per MiB). */
const EVERY_MS = 250;

/** A progress line: `update` as the input is read, `done` at the end. */
export interface ProgressLine {
  readonly update: (bytes: number, rows?: number) => void;
  readonly done: () => void;
}

const SILENT: ProgressLine = { update: () => undefined, done: () => undefined };

/**
 * The progress line of `label` (a file name), `total` bytes when known.
 *
 * @param io - the CLI I/O (`isTTY`, `now`)
 * @param lang - the language of the line
 * @param quiet - `--quiet`: no line
 * @param label - what is read
 * @param total - its size in bytes, when known
 */
export function progressLine(io: CliIO, lang: Language, quiet: boolean, label: string, total: number | undefined): ProgressLine {
  if (!io.isTTY || quiet || (total !== undefined && total < FROM)) return SILENT;
  const texts = catalogue(lang).cli.progress;
  const now = io.now;
  const start = now?.() ?? 0;
  let shownAt = -Infinity;
  let shownMiB = 0;
  let width = 0;
  let shown = false;
  return {
    update: (bytes, rows) => {
      if (bytes < FROM) return;
      const t = now?.();
      if (t !== undefined) {
        if (t - shownAt < EVERY_MS && bytes !== total) return;
        shownAt = t;
      } else {
        const mib = Math.floor(bytes / FROM);
        if (mib <= shownMiB && bytes !== total) return;
        shownMiB = mib;
      }
      const seconds = t === undefined ? undefined : (t - start) / 1000;
      const rate = seconds !== undefined && seconds > 0.2 ? bytes / seconds : undefined;
      const line = texts.line({
        label,
        mib: bytes / FROM,
        ...(total === undefined ? {} : { totalMib: total / FROM, percent: Math.min(100, Math.floor((bytes * 100) / total)) }),
        ...(rows !== undefined && seconds !== undefined && seconds > 0.2 ? { rowsPerSecond: Math.round(rows / seconds) } : {}),
        ...(rows === undefined && rate !== undefined ? { mibPerSecond: rate / FROM } : {}),
        ...(total !== undefined && rate !== undefined && bytes < total ? { secondsLeft: Math.ceil((total - bytes) / rate) } : {}),
      });
      io.stderr(`\r${line.padEnd(width)}`);
      width = Math.max(width, line.length);
      shown = true;
    },
    done: () => {
      if (shown) io.stderr('\n');
    },
  };
}

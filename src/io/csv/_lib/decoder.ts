/**
 * Bytes → text for CSV files, with encoding detection (issue 5):
 * - a byte-order mark decides: UTF-8 (`EF BB BF`, stripped), UTF-16 LE/BE (`FF FE` / `FE FF`);
 * - `auto` without a BOM reads UTF-8 strictly; the first invalid UTF-8 sequence met while everything
 *   before it was plain ASCII switches to Windows-1252 (identical for ASCII, so nothing is lost).
 *   An invalid sequence after valid non-ASCII UTF-8 text means a broken file: the rest is decoded
 *   with replacement characters and `invalidBytes` is set (reported as a warning).
 *
 * Streaming: chunks may split multi-byte characters anywhere.
 * @internal
 */

import type { CsvEncoding, UsedEncoding } from '../csvImportOptions.js';

/** @internal */
export class ByteDecoder {
  private readonly requested: CsvEncoding;
  private decoder: TextDecoder | null = null;
  private usedEncoding: UsedEncoding = 'utf-8';
  private head: Uint8Array | null = new Uint8Array(0);
  private sawNonAscii = false;
  private strict = false;
  /** True when bytes that are not valid text in the used encoding were replaced. */
  invalidBytes = false;

  constructor(encoding: CsvEncoding = 'auto') {
    this.requested = encoding;
  }

  /** The encoding in use (final once the first bytes have been seen). */
  get encoding(): UsedEncoding {
    return this.usedEncoding;
  }

  /**
   * True while invalid text would still be noticed: strict UTF-8 (a BOM, `utf-8` or `auto` before
   * any switch); false for Windows-1252, UTF-16, and UTF-8 with invalid bytes replaced.
   */
  get isStrict(): boolean {
    return this.strict;
  }

  /** Decodes the next chunk. */
  decode(chunk: Uint8Array): string {
    if (this.head !== null) {
      // gather at least 3 bytes to look for a byte-order mark
      const joined = concat(this.head, chunk);
      if (joined.length < 3) {
        this.head = joined;
        return '';
      }
      this.head = null;
      this.start(joined);
      return this.run(joined);
    }
    return this.run(chunk);
  }

  /** Flushes what is left at the end of the input. */
  end(): string {
    let out = '';
    if (this.head !== null) {
      const rest = this.head;
      this.head = null;
      this.start(rest);
      out = this.run(rest);
    }
    const d = this.decoder;
    if (d === null) return out;
    try {
      return out + d.decode();
    } catch {
      this.invalidBytes = true;
      return out + '\uFFFD';
    }
  }

  private start(first: Uint8Array): void {
    const [a, b, c] = first;
    if (a === 0xff && b === 0xfe) return this.use('utf-16le', false);
    if (a === 0xfe && b === 0xff) return this.use('utf-16be', false);
    if (a === 0xef && b === 0xbb && c === 0xbf) return this.use('utf-8', this.requested !== 'windows-1252');
    if (this.requested === 'windows-1252') return this.use('windows-1252', false);
    this.use('utf-8', true);
  }

  private use(encoding: UsedEncoding, strict: boolean): void {
    this.usedEncoding = encoding;
    this.strict = strict;
    this.decoder = new TextDecoder(encoding, { fatal: strict });
  }

  private run(chunk: Uint8Array): string {
    const d = this.decoder as TextDecoder;
    if (!this.strict) return d.decode(chunk, { stream: true });
    try {
      const text = d.decode(chunk, { stream: true });
      // UTF-8 text shorter than its bytes holds a multi-byte character (or a pending part of one)
      if (!this.sawNonAscii && text.length !== chunk.length) this.sawNonAscii = true;
      return text;
    } catch {
      if (!this.sawNonAscii && this.requested === 'auto' && this.usedEncoding === 'utf-8') {
        // everything so far was ASCII: the file is Windows-1252
        this.use('windows-1252', false);
        return (this.decoder as TextDecoder).decode(chunk, { stream: true });
      }
      this.invalidBytes = true;
      this.strict = false;
      this.decoder = new TextDecoder(this.usedEncoding, { fatal: false });
      return this.decoder.decode(chunk, { stream: true });
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

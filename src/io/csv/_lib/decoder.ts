/**
 * Bytes → text for CSV files, with encoding detection (issue 5):
 * - a byte-order mark decides: UTF-8 (`EF BB BF`, stripped), UTF-16 LE/BE (`FF FE` / `FE FF`);
 * - `auto` without a BOM reads UTF-8 strictly; the first invalid UTF-8 sequence met while everything
 *   before it was plain ASCII switches to Windows-1252 (identical for ASCII, so nothing is lost).
 *   An invalid sequence after valid non-ASCII UTF-8 text means a broken file: the rest is decoded
 *   with replacement characters and `invalidBytes` is set (reported as a warning).
 *
 * Streaming: chunks may split multi-byte characters anywhere, and the text is the same however the
 * bytes are chunked: what came before an invalid sequence is judged by the bytes before it (a
 * character split over chunks is not "non-ASCII text seen" until it is complete).
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
  /** While strict: the bytes of a character begun at the end of the last chunk (0–3). */
  private carry: Uint8Array = EMPTY;
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
      // a character cut off by the end of the file
      return out + this.recover(EMPTY, true);
    }
  }

  private start(first: Uint8Array): void {
    const [a, b, c] = first;
    if (a === 0xff && b === 0xfe) {
      this.use('utf-16le', false);
      return;
    }
    if (a === 0xfe && b === 0xff) {
      this.use('utf-16be', false);
      return;
    }
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      this.use('utf-8', this.requested !== 'windows-1252');
      return;
    }
    if (this.requested === 'windows-1252') {
      this.use('windows-1252', false);
      return;
    }
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
    let text: string;
    try {
      text = d.decode(chunk, { stream: true });
    } catch {
      return this.recover(chunk, false);
    }
    const before = this.carry.length;
    this.carry = pendingTail(this.carry, chunk);
    // fewer characters than bytes read: a multi-byte character was decoded
    if (!this.sawNonAscii && text.length !== before + chunk.length - this.carry.length) this.sawNonAscii = true;
    return text;
  }

  /**
   * Strict UTF-8 met an invalid sequence in `chunk` (or, at the `end`, a character cut off): when
   * `auto` and no non-ASCII character came before it, the file is Windows-1252 (the same as
   * UTF-8 for the ASCII already read); else the rest is UTF-8 with replacement characters.
   */
  private recover(chunk: Uint8Array, atEnd: boolean): string {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    this.carry = EMPTY;
    const bad = atEnd ? 0 : firstInvalid(bytes);
    let nonAscii = this.sawNonAscii;
    for (let i = 0; i < bad && !nonAscii; i++) if ((bytes[i] as number) >= 0x80) nonAscii = true;
    this.strict = false;
    if (!nonAscii && this.requested === 'auto' && this.usedEncoding === 'utf-8') {
      this.use('windows-1252', false);
    } else {
      this.invalidBytes = true;
      this.decoder = new TextDecoder(this.usedEncoding, { fatal: false });
    }
    const d = this.decoder as TextDecoder;
    return atEnd ? d.decode(bytes) : d.decode(bytes, { stream: true });
  }
}

const EMPTY = new Uint8Array(0);

/** The length of a UTF-8 sequence that starts with byte `b` (0 for a continuation or invalid byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * The bytes of a character begun but not finished at the end of valid UTF-8 (`carry` then
 * `chunk`): at most the last 3 bytes.
 */
function pendingTail(carry: Uint8Array, chunk: Uint8Array): Uint8Array {
  const bytes = chunk.length >= 3 || carry.length === 0 ? chunk : concat(carry, chunk);
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k] as number;
    if (b < 0x80) return EMPTY;
    if (b >= 0xc0) return sequenceLength(b) > k ? bytes.slice(n - k) : EMPTY;
  }
  return EMPTY;
}

/** The offset of the first byte of the first invalid UTF-8 sequence (WHATWG), or the length. */
function firstInvalid(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(b);
    if (len === 0) return i;
    // the second byte's range depends on the first (no overlongs, surrogates, or above U+10FFFF)
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return n; // cut off at the end of the chunk: not invalid yet
      const c = bytes[i + k] as number;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

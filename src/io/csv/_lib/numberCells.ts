/**
 * Number cells of the CSV importer: a char-code scan of a number written the Norwegian or the
 * English way (decimal mark, thousands groups, a sign, `%`, `,-`), no regex per cell, no float on
 * money.
 * @internal
 */
import { isOreInRange } from '../../../rules/definitions/ranges.js';

/** Char code of `,`. @internal */
export const COMMA = 44;
/** Char code of `.`. @internal */
export const DOT = 46;
const MINUS = 45;
const PLUS = 43;
const UNICODE_MINUS = 0x2212;
const SPACE = 32;
const NBSP = 160;
const NARROW_NBSP = 0x202f;
const THIN_SPACE = 0x2009;
const PERCENT = 37;

function isGroupSpace(c: number): boolean {
  return c === SPACE || c === NBSP || c === NARROW_NBSP || c === THIN_SPACE;
}

/** Result of {@link scanNumber}; reused between calls. */
export interface NumberScan {
  neg: boolean;
  /** Integer part as a number (exact while `intDigits` ≤ 15). */
  int: number;
  intDigits: number;
  /** Fraction digits as an integer and their count. */
  frac: number;
  fracDigits: number;
  /** Offsets of the fraction digits in the text. */
  fracStart: number;
  /** The decimal mark this value proves for its column (0 when ambiguous or none). */
  proves: number;
  /**
   * For an ambiguous value (auto mark; a single `.` or `,` followed by exactly three digits, so
   * read with the column's proven mark or the fallback): the mark it was read with; else 0. Set
   * even when the value then turns out not to be a number.
   */
  ambiguous: number;
}

/** A fresh, empty number-scan state (per column decimal-mark evidence). @internal */
export function newNumberScan(): NumberScan {
  return { neg: false, int: 0, intDigits: 0, frac: 0, fracDigits: 0, fracStart: 0, proves: 0, ambiguous: 0 };
}

/**
 * Reads the number in `t.slice(from, to)` (trimmed), written the Norwegian or the English way
 * (see `CsvImportProfileSchema`). `mark`: the fixed decimal mark (COMMA/DOT) or 0 for auto; `columnMark`: the mark already proven
 * for the column (0 if none); `fallbackMark`: for an ambiguous value in an undecided column.
 * Returns false when the text is not a number.
 */
export function scanNumber(
  t: string,
  from: number,
  to: number,
  mark: number,
  columnMark: number,
  fallbackMark: number,
  allowPercent: boolean,
  r: NumberScan,
): boolean {
  r.neg = false;
  r.int = 0;
  r.intDigits = 0;
  r.frac = 0;
  r.fracDigits = 0;
  r.fracStart = 0;
  r.proves = 0;
  r.ambiguous = 0;
  if (mark !== COMMA && scanPlain(t, from, to, mark, r)) return true;
  return scanNumberGeneral(t, from, to, mark, columnMark, fallbackMark, allowPercent, r);
}

/**
 * {@link scanNumber} without its fast path (exported for the test that holds the two equal).
 * `r` must be reset (as `scanNumber` does).
 */
export function scanNumberGeneral(
  t: string,
  from: number,
  to: number,
  mark: number,
  columnMark: number,
  fallbackMark: number,
  allowPercent: boolean,
  r: NumberScan,
): boolean {
  let n = to;
  let i = from;
  if (n === i) return false;
  let last = t.charCodeAt(n - 1);
  if (allowPercent && last === PERCENT) {
    n--;
    while (n > i && isGroupSpace(t.charCodeAt(n - 1))) n--;
    if (n === i) return false;
    last = t.charCodeAt(n - 1);
  }
  // "1 234,-": whole kroner
  if (last === MINUS && n - i >= 2) {
    const p = t.charCodeAt(n - 2);
    if (p === COMMA || p === DOT) n -= 2;
  }
  const c0 = t.charCodeAt(i);
  if (c0 === MINUS || c0 === UNICODE_MINUS) {
    r.neg = true;
    i++;
  } else if (c0 === PLUS) {
    i++;
  }
  if (i >= n) return false;
  // pass 1: which marks occur, and where
  let commas = 0;
  let dots = 0;
  let lastComma = -1;
  let lastDot = -1;
  for (let k = i; k < n; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    if (c === COMMA) {
      commas++;
      lastComma = k;
    } else if (c === DOT) {
      dots++;
      lastDot = k;
    } else if (!isGroupSpace(c)) {
      return false;
    }
  }
  let dec: number;
  if (mark !== 0) {
    dec = mark;
  } else if (commas > 0 && dots > 0) {
    dec = lastComma > lastDot ? COMMA : DOT;
    r.proves = dec;
  } else if (commas + dots === 0) {
    dec = columnMark !== 0 ? columnMark : fallbackMark;
  } else {
    const sep = commas > 0 ? COMMA : DOT;
    const other = sep === COMMA ? DOT : COMMA;
    if (commas + dots > 1) {
      dec = other;
      r.proves = other;
    } else {
      const after = n - (sep === COMMA ? lastComma : lastDot) - 1;
      if (after !== 3) {
        dec = sep;
        r.proves = sep;
      } else {
        dec = columnMark !== 0 ? columnMark : fallbackMark;
        r.ambiguous = dec;
      }
    }
  }
  // pass 2: digits, thousands groups of three, one decimal mark
  let int = 0;
  let intDigits = 0;
  let group = 0;
  let grouped = false;
  let k = i;
  for (; k < n; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      if (intDigits > 0 || c !== 48) intDigits++;
      int = int * 10 + (c - 48);
      group++;
      continue;
    }
    if (c === dec) break;
    // a thousands separator
    if (group === 0 || (grouped ? group !== 3 : group > 3)) return false;
    grouped = true;
    group = 0;
  }
  if (grouped && group !== 3) return false;
  let sawIntDigit = k > i;
  if (k < n) {
    // decimal part
    k++;
    r.fracStart = k;
    let frac = 0;
    let fracDigits = 0;
    for (; k < n; k++) {
      const c = t.charCodeAt(k);
      if (c < 48 || c > 57) return false;
      if (fracDigits < 15) frac = frac * 10 + (c - 48);
      fracDigits++;
    }
    if (fracDigits === 0 && !sawIntDigit) return false;
    r.frac = frac;
    r.fracDigits = fracDigits;
    sawIntDigit = sawIntDigit || fracDigits > 0;
  }
  if (!sawIntDigit) return false;
  r.int = int;
  r.intDigits = intDigits;
  return true;
}

/**
 * The fast path of {@link scanNumber} for the canonical form: digits, optionally followed by a
 * dot and one or two digits (so the dot cannot be a thousands separator). Gives exactly what the
 * general path gives, or false (and leaves `r` as it found it) for anything else.
 */
function scanPlain(t: string, from: number, to: number, mark: number, r: NumberScan): boolean {
  let int = 0;
  let intDigits = 0;
  let k = from;
  let c = 0;
  for (; k < to; k++) {
    c = t.charCodeAt(k);
    if (c < 48 || c > 57) break;
    if (intDigits > 0 || c !== 48) intDigits++;
    int = int * 10 + (c - 48);
  }
  if (k === from) return false;
  if (k === to) {
    r.int = int;
    r.intDigits = intDigits;
    return true;
  }
  const after = to - k - 1;
  if (c !== DOT || (after !== 1 && after !== 2)) return false;
  const d1 = t.charCodeAt(k + 1) - 48;
  if (d1 < 0 || d1 > 9) return false;
  let frac = d1;
  if (after === 2) {
    const d2 = t.charCodeAt(k + 2) - 48;
    if (d2 < 0 || d2 > 9) return false;
    frac = frac * 10 + d2;
  }
  r.int = int;
  r.intDigits = intDigits;
  r.frac = frac;
  r.fracDigits = after;
  r.fracStart = k + 1;
  // a lone dot with other than three digits after it proves the column's mark (when not fixed)
  r.proves = mark === 0 ? DOT : 0;
  return true;
}

/** Money cell → integer øre, or an error kind. */
export type MoneyError = 'invalid_number' | 'too_many_decimals';

/** Integer øre of a scanned number; `undefined` when more than 2 decimals or not a safe integer. */
export function scanToOre(r: NumberScan): number | MoneyError {
  if (r.fracDigits > 2) return 'too_many_decimals';
  if (r.intDigits > 15) return 'invalid_number';
  const ore = r.int * 100 + (r.fracDigits === 1 ? r.frac * 10 : r.frac);
  if (!isOreInRange(ore)) return 'invalid_number';
  return r.neg ? -ore : ore;
}

/** The scanned number as a JS number, read exactly like `Number()` reads the canonical text. */
export function scanToNumber(t: string, r: NumberScan): number {
  const sign = r.neg ? '-' : '';
  if (r.fracDigits === 0) return Number(sign + String(r.int));
  return Number(sign + String(r.int) + '.' + t.slice(r.fracStart, r.fracStart + r.fracDigits));
}

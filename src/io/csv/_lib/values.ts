/**
 * Cell readers of the CSV importer: char-code scans, no regex per cell, no float on money.
 * @internal
 */
import type { ContractForm, EmploymentKind, Sex } from '../../../models/employee.js';
import { isOreInRange } from '../../../rules/definitions/ranges.js';
import { isTemporaryForm } from '../../../rules/definitions/temporary.js';

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

/** Trims whitespace (incl. no-break spaces) only when needed. */
export function trimCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (isPlainEdge(s.charCodeAt(0)) && isPlainEdge(s.charCodeAt(n - 1))) return s;
  return s.trim();
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

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function digits(t: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = t.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : (DAYS[m - 1] as number);
  return d <= max;
}

function pad2(v: number): string {
  return v < 10 ? '0' + String(v) : String(v);
}

/** True when `t.slice(from, to)` is a midnight time (`T00:00:00`, ` 00:00`, `T00:00:00.000Z`). */
function isMidnight(t: string, from: number, to: number): boolean {
  const c = t.charCodeAt(from);
  if (c !== 84 && c !== SPACE) return false;
  for (let k = from + 1; k < to; k++) {
    const x = t.charCodeAt(k);
    if (x !== 48 && x !== 58 && x !== DOT && x !== 90) return false;
  }
  return to > from + 1;
}

/**
 * The date in `t.slice(from, to)` as the number `year · 512 + month · 32 + day` (which orders like
 * the ISO text, and takes shifts, not divisions, to take apart), or
 * -1. Accepts ISO dates (optionally with a midnight time), and Norwegian `31.12.2025` /
 * `1.2.2025`. Validates the calendar (leap years). {@link isoDate} gives the ISO text.
 */
export function parseDateRange(t: string, from: number, to: number): number {
  const n = to - from;
  if (n >= 10 && t.charCodeAt(from + 4) === MINUS && t.charCodeAt(from + 7) === MINUS) {
    if (n > 10 && !isMidnight(t, from + 10, to)) return -1;
    const y = digits(t, from, from + 4);
    const m = digits(t, from + 5, from + 7);
    const d = digits(t, from + 8, from + 10);
    return validDate(y, m, d) ? y * 512 + m * 32 + d : -1;
  }
  let a = -1;
  let b = -1;
  for (let k = from; k < to; k++) {
    if (t.charCodeAt(k) !== DOT) continue;
    if (a === -1) a = k;
    else {
      b = k;
      break;
    }
  }
  if (a - from < 1 || a - from > 2) return -1;
  if (b - a < 2 || b - a > 3 || to - b - 1 !== 4) return -1;
  const d = digits(t, from, a);
  const m = digits(t, a + 1, b);
  const y = digits(t, b + 1, to);
  return validDate(y, m, d) ? y * 512 + m * 32 + d : -1;
}

/** The ISO text `YYYY-MM-DD` of a {@link parseDateRange} result. */
export function isoDate(key: number): string {
  return String(key >> 9).padStart(4, '0') + '-' + pad2((key >> 5) & 15) + '-' + pad2(key & 31);
}

function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Sex values (case-insensitive keys): canonical, Norwegian and English forms (issue 5). */
export const SEX_VALUES: ReadonlyMap<string, Sex> = table<Sex>({
  female: 'female',
  f: 'female',
  k: 'female',
  kvinne: 'female',
  kvinnelig: 'female',
  woman: 'female',
  male: 'male',
  m: 'male',
  mann: 'male',
  mannlig: 'male',
  man: 'male',
  other: 'other',
  annet: 'other',
  anna: 'other',
  annen: 'other',
  x: 'other',
  unknown: 'unknown',
  ukjent: 'unknown',
  ukjend: 'unknown',
});

/** Employment kinds, incl. a-melding `typeArbeidsforhold` names and Norwegian words. */
export const KIND_VALUES: ReadonlyMap<string, EmploymentKind> = table<EmploymentKind>({
  ordinary: 'ordinary',
  ordinær: 'ordinary',
  ordinaer: 'ordinary',
  ordinært: 'ordinary',
  ordinaert: 'ordinary',
  ordinaertarbeidsforhold: 'ordinary',
  maritime: 'maritime',
  maritim: 'maritime',
  maritimt: 'maritime',
  maritimtarbeidsforhold: 'maritime',
  freelance: 'freelance',
  freelancer: 'freelance',
  frilans: 'freelance',
  frilanser: 'freelance',
  frilansar: 'freelance',
  oppdragstaker: 'freelance',
  frilanseroppdragstakerhonorarpersonermm: 'freelance',
});

/**
 * Contract forms: `permanent`/`fast`, `temporary`/`midlertidig` (any value starting with
 * `midlertidig` is temporary, as in the a-melding), `vikar` and `engasjement` (temporary hires).
 */
export function parseContractCell(lower: string): ContractForm | undefined {
  switch (lower) {
    case 'permanent':
    case 'fast':
    case 'fast ansatt':
    case 'fastansatt':
    case 'fast tilsett':
      return 'permanent';
    case 'temporary':
    case 'vikar':
    case 'engasjement':
      return 'temporary';
    default:
      return isTemporaryForm(lower) || lower.startsWith('mellombels') ? 'temporary' : undefined;
  }
}

/** Booleans of the involuntary part-time answer. */
export const BOOLEAN_VALUES: ReadonlyMap<string, boolean> = table<boolean>({
  true: true,
  false: false,
  ja: true,
  nei: false,
  j: true,
  n: false,
  yes: true,
  no: false,
  y: true,
  '1': true,
  '0': false,
});

/** Looks a value up exactly, then lower-cased. */
export function lookup<T>(map: ReadonlyMap<string, T>, t: string): T | undefined {
  return map.get(t) ?? map.get(t.toLowerCase());
}

/**
 * A copy of a string that does not keep the chunk it was sliced from alive (V8 keeps the parent
 * of a sliced string of 13+ characters).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** True when `t.slice(from, to)` is exactly `word` (no string is made). */
export function rangeIs(t: string, from: number, to: number, word: string): boolean {
  const n = word.length;
  if (to - from !== n) return false;
  for (let k = 0; k < n; k++) if (t.charCodeAt(from + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * {@link lookup} of `t.slice(from, to)`: the `common` spellings (the canonical values, with what
 * they mean) are compared in place first, so the usual cell needs no string and no map lookup.
 */
export function lookupRange<T>(map: ReadonlyMap<string, T>, common: readonly (readonly [string, T])[], t: string, from: number, to: number): T | undefined {
  for (const [word, value] of common) if (rangeIs(t, from, to, word)) return value;
  return lookup(map, t.slice(from, to));
}

/** True when `c` may start or end a cell that {@link trimCell} leaves as it is. */
export function isPlainEdge(c: number): boolean {
  return c > SPACE && c !== NBSP && c < 0x1680;
}

/** A well-mixed hash of a date key. */
function slotOf(key: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return h ^ (h >>> 16);
}

/**
 * The ISO texts of dates by their {@link parseDateRange} key: one string per distinct date. Dates
 * of 1900–2099 are found by direct index, others (rare) in an open-addressing table over an `Int32Array`
 * (a `Map` with number keys cost ~100 ns a lookup).
 */
export class DateTexts {
  private keys = new Int32Array(1024).fill(-1);
  private texts: string[] = new Array<string>(1024).fill('');
  private size = 0;

  /** Dates of 1900–2099 by their key less 1900-00-00's; '' until first seen (made on first use: small files do not pay for it). */
  private recent: string[] | null = null;

  /** The ISO text of `key` (a {@link parseDateRange} result ≥ 0), the same string every time. */
  get(key: number): string {
    const slot = key - 1900 * 512;
    if (slot >= 0 && slot < 200 * 512) {
      const recent = (this.recent ??= new Array<string>(200 * 512).fill(''));
      const text = recent[slot] as string;
      if (text !== '') return text;
      return (recent[slot] = isoDate(key));
    }
    return this.lookup(key);
  }

  private lookup(key: number): string {
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = slotOf(key) & mask;
    for (;;) {
      const k = keys[i] as number;
      if (k === key) return this.texts[i] as string;
      if (k === -1) break;
      i = (i + 1) & mask;
    }
    const text = isoDate(key);
    keys[i] = key;
    this.texts[i] = text;
    if (++this.size * 2 > keys.length) this.grow();
    return text;
  }

  private grow(): void {
    const { keys, texts } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.texts = new Array<string>(keys.length * 2).fill('');
    this.size = 0;
    for (let j = 0; j < keys.length; j++) if ((keys[j] as number) >= 0) this.put(keys[j] as number, texts[j] as string);
  }

  private put(key: number, text: string): void {
    const mask = this.keys.length - 1;
    let i = slotOf(key) & mask;
    while (this.keys[i] !== -1) i = (i + 1) & mask;
    this.keys[i] = key;
    this.texts[i] = text;
    this.size++;
  }
}

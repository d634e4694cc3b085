/**
 * Cell readers of the CSV importer: char-code scans, no regex per cell, no float on money.
 * @internal
 */
import type { ContractForm, EmploymentKind, Sex } from '../../../models/employee.js';

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
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  if (a > SPACE && a !== NBSP && b > SPACE && b !== NBSP && a < 0x2000 && b < 0x2000) return s;
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
}

/** A fresh, empty number-scan state (per column decimal-mark evidence). @internal */
export function newNumberScan(): NumberScan {
  return { neg: false, int: 0, intDigits: 0, frac: 0, fracDigits: 0, fracStart: 0, proves: 0 };
}

/**
 * Reads a number written the Norwegian or the English way (see `CsvImportProfileSchema`).
 * `mark`: the fixed decimal mark (COMMA/DOT) or 0 for auto; `columnMark`: the mark already proven
 * for the column (0 if none); `fallbackMark`: for an ambiguous value in an undecided column.
 * Returns false when the text is not a number.
 */
export function scanNumber(t: string, mark: number, columnMark: number, fallbackMark: number, allowPercent: boolean, r: NumberScan): boolean {
  let n = t.length;
  let i = 0;
  r.neg = false;
  r.int = 0;
  r.intDigits = 0;
  r.frac = 0;
  r.fracDigits = 0;
  r.fracStart = 0;
  r.proves = 0;
  if (n === 0) return false;
  let last = t.charCodeAt(n - 1);
  if (allowPercent && last === PERCENT) {
    n--;
    while (n > 0 && isGroupSpace(t.charCodeAt(n - 1))) n--;
    if (n === 0) return false;
    last = t.charCodeAt(n - 1);
  }
  // "1 234,-": whole kroner
  if (last === MINUS && n >= 2) {
    const p = t.charCodeAt(n - 2);
    if (p === COMMA || p === DOT) n -= 2;
  }
  const c0 = t.charCodeAt(0);
  if (c0 === MINUS || c0 === UNICODE_MINUS) {
    r.neg = true;
    i = 1;
  } else if (c0 === PLUS) {
    i = 1;
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

/** Money cell → integer øre, or an error kind. */
export type MoneyError = 'invalid_number' | 'too_many_decimals';

/** Integer øre of a scanned number; `undefined` when more than 2 decimals or not a safe integer. */
export function scanToOre(r: NumberScan): number | MoneyError {
  if (r.fracDigits > 2) return 'too_many_decimals';
  if (r.intDigits > 15) return 'invalid_number';
  const ore = r.int * 100 + (r.fracDigits === 1 ? r.frac * 10 : r.frac);
  if (!Number.isSafeInteger(ore)) return 'invalid_number';
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

/** True when the rest of a date-time text is a midnight time (`T00:00:00`, ` 00:00`, `T00:00:00.000Z`). */
function isMidnight(t: string, from: number): boolean {
  const c = t.charCodeAt(from);
  if (c !== 84 && c !== SPACE) return false;
  for (let k = from + 1; k < t.length; k++) {
    const x = t.charCodeAt(k);
    if (x !== 48 && x !== 58 && x !== DOT && x !== 90) return false;
  }
  return t.length > from + 1;
}

/**
 * A date cell → ISO `YYYY-MM-DD`, or `undefined`. Accepts ISO dates (optionally with a midnight
 * time), and Norwegian `31.12.2025` / `1.2.2025`. Validates the calendar (leap years).
 */
export function parseDateCell(t: string): string | undefined {
  const n = t.length;
  if (n >= 10 && t.charCodeAt(4) === MINUS && t.charCodeAt(7) === MINUS) {
    if (n > 10 && !isMidnight(t, 10)) return undefined;
    const y = digits(t, 0, 4);
    const m = digits(t, 5, 7);
    const d = digits(t, 8, 10);
    if (!validDate(y, m, d)) return undefined;
    return n === 10 ? t : t.slice(0, 10);
  }
  const a = t.indexOf('.');
  if (a < 1 || a > 2) return undefined;
  const b = t.indexOf('.', a + 1);
  if (b - a < 2 || b - a > 3 || n - b - 1 !== 4) return undefined;
  const d = digits(t, 0, a);
  const m = digits(t, a + 1, b);
  const y = digits(t, b + 1, n);
  if (!validDate(y, m, d)) return undefined;
  return String(y).padStart(4, '0') + '-' + pad2(m) + '-' + pad2(d);
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
  annen: 'other',
  x: 'other',
  unknown: 'unknown',
  ukjent: 'unknown',
});
/** What a sex cell may hold, for diagnostics. @internal */
export const SEX_EXPECTED = 'female|male|other|unknown (or K/M, kvinne/mann, annet/ukjent)';

/** Employment kinds, incl. a-melding `typeArbeidsforhold` names and Norwegian words. */
export const KIND_VALUES: ReadonlyMap<string, EmploymentKind> = table<EmploymentKind>({
  ordinary: 'ordinary',
  'ordinær': 'ordinary',
  ordinaer: 'ordinary',
  'ordinært': 'ordinary',
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
  oppdragstaker: 'freelance',
  frilanseroppdragstakerhonorarpersonermm: 'freelance',
});
/** What an employment-kind cell may hold, for diagnostics. @internal */
export const KIND_EXPECTED = 'ordinary|maritime|freelance or empty (or ordinær/maritim/frilanser)';

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
      return 'permanent';
    case 'temporary':
    case 'vikar':
    case 'engasjement':
      return 'temporary';
    default:
      return lower.startsWith('midlertidig') ? 'temporary' : undefined;
  }
}
/** What a contract cell may hold, for diagnostics. @internal */
export const CONTRACT_EXPECTED = 'permanent|temporary or empty (or fast/midlertidig)';

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
/** What an involuntary-part-time cell may hold, for diagnostics. @internal */
export const BOOLEAN_EXPECTED = 'true|false or empty (or ja/nei)';

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

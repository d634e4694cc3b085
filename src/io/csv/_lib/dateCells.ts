/**
 * Date cells of the CSV importer: `2025-12-31` (with or without a midnight time) and `31.12.2025`
 * read in place into a {@link DateKey}, and one shared ISO text per distinct date.
 * @internal
 */
import { dateKeyOfParts, isoOfDateKey, isValidDate, type DateKey } from '../../../_lib/dates.js';
import { DOT } from './numberCells.js';

const MINUS = 45;
const SPACE = 32;

function digits(t: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) {
    const c = t.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
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
 * The date in `t.slice(from, to)` as a {@link DateKey} (yyyymmdd, which orders like the ISO text),
 * or -1. Accepts ISO dates (optionally with a midnight time), and Norwegian `31.12.2025` /
 * `1.2.2025`. Validates the calendar (leap years). `isoOfDateKey` gives the ISO text.
 */
export function parseDateRange(t: string, from: number, to: number): DateKey {
  const n = to - from;
  if (n >= 10 && t.charCodeAt(from + 4) === MINUS && t.charCodeAt(from + 7) === MINUS) {
    if (n > 10 && !isMidnight(t, from + 10, to)) return -1;
    const y = digits(t, from, from + 4);
    const m = digits(t, from + 5, from + 7);
    const d = digits(t, from + 8, from + 10);
    return isValidDate(y, m, d) ? dateKeyOfParts(y, m, d) : -1;
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
  return isValidDate(y, m, d) ? dateKeyOfParts(y, m, d) : -1;
}

/** Slots of a year in {@link DateTexts}' direct index: a month-and-day `mmdd` is at most 1231. */
const YEAR_SLOTS = 1232;
/** Slots of the direct index: the years 1900–2099. */
const RECENT_SLOTS = 200 * YEAR_SLOTS;

/** The direct-index slot of a date of 1900–2099 (year, then `mmdd`), or -1 for another date. */
function recentSlot(key: DateKey): number {
  const year = (key / 10_000) | 0;
  const slot = (year - 1900) * YEAR_SLOTS + (key - year * 10_000);
  return slot >= 0 && slot < RECENT_SLOTS ? slot : -1;
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

  /** Dates of 1900–2099 by {@link recentSlot}; '' until first seen (made on first use: small files do not pay for it). */
  private recent: string[] | null = null;

  /** The ISO text of `key` (a {@link parseDateRange} result ≥ 0), the same string every time. */
  get(key: DateKey): string {
    const slot = recentSlot(key);
    if (slot >= 0) {
      const recent = (this.recent ??= new Array<string>(RECENT_SLOTS).fill(''));
      const text = recent[slot] as string;
      if (text !== '') return text;
      return (recent[slot] = isoOfDateKey(key));
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
    const text = isoOfDateKey(key);
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

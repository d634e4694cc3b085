/**
 * Text cells of the CSV importer: trimming, in-place comparison, and the vocabularies of the
 * coded columns (sex, employment kind, contract form, yes/no).
 * @internal
 */
import { INPUT_LIMITS } from '../../../_lib/diagnostics.js';
import type { ContractForm, EmploymentKind, Sex } from '../../../models/employee.js';
import { isTemporaryForm } from '../../../rules/definitions/temporary.js';

const SPACE = 32;
const NBSP = 160;

/** Trims whitespace (incl. no-break spaces) only when needed. */
export function trimCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  if (isPlainEdge(s.charCodeAt(0)) && isPlainEdge(s.charCodeAt(n - 1))) return s;
  return s.trim();
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

/** The canonical sex values, compared in place before any other spelling is looked up ({@link lookupRange}). @internal */
export const SEX_COMMON: readonly (readonly [string, Sex])[] = [
  ['female', 'female'],
  ['male', 'male'],
  ['other', 'other'],
  ['unknown', 'unknown'],
];
/** The canonical employment kinds, compared in place first. @internal */
export const KIND_COMMON: readonly (readonly [string, EmploymentKind])[] = [
  ['ordinary', 'ordinary'],
  ['freelance', 'freelance'],
  ['maritime', 'maritime'],
];
/** The canonical booleans, compared in place first. @internal */
export const BOOLEAN_COMMON: readonly (readonly [string, boolean])[] = [
  ['false', false],
  ['true', true],
];

/**
 * The number of levels of a unit path (`/`-separated, blank segments not counted, as
 * `normaliseUnitPath` counts them), counted up to `limit + 1`.
 * @internal
 */
export function unitDepth(t: string, from: number, to: number, limit: number = INPUT_LIMITS.unitDepth): number {
  let depth = 0;
  let filled = false;
  for (let k = from; k < to && depth <= limit; k++) {
    const c = t.charCodeAt(k);
    if (c === 47) {
      if (filled) depth++;
      filled = false;
    } else if (!filled && c > 32 && c !== 0xa0 && t.charAt(k).trim() !== '') filled = true;
  }
  return filled ? depth + 1 : depth;
}

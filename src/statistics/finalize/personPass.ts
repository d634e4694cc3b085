/**
 * The person pass of the finalization: each person's sex, flags and kind by the rules (DEF-SEX,
 * DEF-POP, DEF-PAY, DEF-PT, DEF-TMP, DEF-INV, DEF-PL; see `src/rules/definitions/`), the exclusion
 * and warning counts, and the levels, groups and units in use.
 * @internal
 * @module
 */
import { SEX_OTHER } from '../../rules/definitions/sexComparison.js';
import { FULL_POSITION_HUNDREDTHS } from '../../rules/definitions/ranges.js';
import type { PersonTable } from '../_lib/personTable.js';
import {
  INCONSISTENT_MASK,
  PERSON_KINDS,
  KIND_PART_TIME_SHIFT,
  KIND_TEMPORARY_SHIFT,
  PART_TIME_KIND,
  PERSON_LEAVE,
  PERSON_PART_TIME_SHIFT,
  PERSON_PAY_ELIGIBLE,
  PERSON_SEX_SHIFT,
  PERSON_STOCK,
  PERSON_TEMPORARY_SHIFT,
  SEX_OF_MASK,
} from '../kernels/flags.js';
import type { Used } from './cellLayout.js';

/** What {@link personPass} finds. @internal */
export interface Persons {
  /** Person → flags (PERSON_STOCK, PERSON_PAY_ELIGIBLE, …) and the index into SEXES (DEF-SEX) from PERSON_SEX_SHIFT on (`kernels/flags.ts`). */
  readonly flags: Uint8Array;
  /** Persons with PERSON_PAY_ELIGIBLE. */
  readonly eligibleCount: number;
  readonly used: Used;
  /** Smallest position percent (hundredths) above 0 of a person of the stock, or 1 when none: a lower bound of the pay-eligible persons'. */
  readonly minPct: number;
  /** Largest position percent (hundredths) of a person of the stock, at least 1: an upper bound of the pay-eligible persons'. */
  readonly maxPct: number;
  readonly inconsistent: number;
  readonly merged: number;
  readonly noPct: number;
  readonly otherSex: number;
  readonly above100: number;
  readonly derived: number;
  /**
   * The persons of the stock per kind (32, see finalizeMapping): in all, and per level, group and
   * unit id + 1 (0: none) — the same persons as per cell, counted before the cells are known.
   */
  readonly kinds: { readonly all: Int32Array; readonly level: Int32Array; readonly group: Int32Array; readonly unit: Int32Array };
}

/**
 * The persons, by {@link personLoop}; then the employer's kinds and the levels, groups and units in
 * use, from the kinds per id.
 * @internal
 */
export function personPass(t: PersonTable, ptBelow: number, levelCount: number, groupCount: number, unitCount: number): Persons {
  const n = t.size;
  const flags = new Uint8Array(n); // kernels/flags.ts: PERSON_*
  const level = new Int32Array((levelCount + 1) * PERSON_KINDS);
  const group = new Int32Array((groupCount + 1) * PERSON_KINDS);
  const unit = new Int32Array((unitCount + 1) * PERSON_KINDS);
  // units of persons who count only for parental leave (the stock's are in the unit kinds)
  const leaveOnlyUnit = new Uint8Array(unitCount + 1);
  const counts = new Int32Array(COUNTS);
  personLoop(t, ptBelow, flags, level, group, unit, leaveOnlyUnit, counts);
  // the employer's kinds: every person of the stock is counted under one level id, or under none
  const all = new Int32Array(PERSON_KINDS);
  for (let x = 0; x < level.length; x++) all[x % PERSON_KINDS]! += level[x]!;
  // the levels, groups and units in use (their cells): those with a person of the stock, and for
  // units also those with a person who counts only for parental leave
  const levelsUsed = usedIds(level, levelCount, null);
  const groupsUsed = usedIds(group, groupCount, null);
  const unitsUsed = usedIds(unit, unitCount, leaveOnlyUnit);
  const used: Used = {
    level: levelsUsed.ids,
    group: groupsUsed.ids,
    unit: unitsUsed.ids,
    nullLevel: levelsUsed.none,
    nullGroup: groupsUsed.none,
    nullUnit: unitsUsed.none,
  };
  return {
    flags,
    eligibleCount: counts[ELIGIBLE]!,
    used,
    minPct: counts[MIN_PCT]!,
    maxPct: counts[MAX_PCT]!,
    inconsistent: counts[INCONSISTENT]!,
    merged: counts[MERGED]!,
    noPct: counts[NO_PCT]!,
    otherSex: counts[OTHER_SEX]!,
    above100: counts[ABOVE_100]!,
    derived: t.derivedSex,
    kinds: { all, level, group, unit },
  };
}

/** Dictionary ids (0 … count) with a count in `byId` (per id + 1, PERSON_KINDS each) or marked in `extra` (per id + 1), and whether "none" (id -1) has one. */
function usedIds(byId: Int32Array, count: number, extra: Uint8Array | null): { ids: Uint8Array; none: boolean } {
  const ids = new Uint8Array(count);
  let none = false;
  for (let id = -1; id < count; id++) {
    let any = extra !== null && extra[id + 1] === 1;
    for (let kind = 0; kind < PERSON_KINDS && !any; kind++) any = byId[(id + 1) * PERSON_KINDS + kind]! > 0;
    if (!any) continue;
    if (id < 0) none = true;
    else ids[id] = 1;
  }
  return { ids, none };
}

// What {@link personLoop} counts, by index into its `counts` (MIN_PCT: 1 when no person of the stock has a percent above 0).
const ELIGIBLE = 0;
const MIN_PCT = 1;
const MAX_PCT = 2;
const INCONSISTENT = 3;
const MERGED = 4;
const NO_PCT = 5;
const OTHER_SEX = 6;
const ABOVE_100 = 7;
const COUNTS = 8;

/**
 * One pass over the persons: sex, `flags`, the exclusion and warning `counts` (by the indices
 * above), and the kinds per level, group and unit id + 1 (`kindsByLevel`, …), into arrays the
 * caller made. Only the loop and a few stores of numbers after it: code that runs once per call
 * after a loop is compiled without type feedback in the loop's first optimised code, and throws
 * that code away at the end of the call (measured: a new object literal there did, every call).
 */
function personLoop(
  t: PersonTable,
  ptBelow: number,
  flags: Uint8Array,
  kindsByLevel: Int32Array,
  kindsByGroup: Int32Array,
  kindsByUnit: Int32Array,
  leaveOnlyUnit: Uint8Array,
  counts: Int32Array,
): void {
  const n = t.size;
  let eligibleCount = 0;
  let inconsistent = 0;
  let merged = 0;
  let noPct = 0;
  let otherSex = 0;
  let above100 = 0;
  let maxPct = 1;
  let minPct = Infinity;
  // the bit layout, tables and bounds in locals: read once, not per person (a module binding is a load and a check each time)
  const [leaveBit, eligibleBit, stockBit, temporaryShift, partTimeShift, sexShift] = [
    PERSON_LEAVE,
    PERSON_PAY_ELIGIBLE,
    PERSON_STOCK,
    PERSON_TEMPORARY_SHIFT,
    PERSON_PART_TIME_SHIFT,
    PERSON_SEX_SHIFT,
  ];
  const [kinds, kindTemporaryShift, kindPartTimeShift, sexOther, fullPosition] = [
    PERSON_KINDS,
    KIND_TEMPORARY_SHIFT,
    KIND_PART_TIME_SHIFT,
    SEX_OTHER,
    FULL_POSITION_HUNDREDTHS,
  ];
  const [sexOfMask, inconsistentMask, partTimeKind] = [SEX_OF_MASK, INCONSISTENT_MASK, PART_TIME_KIND];
  const { sexMask, activeCount, pctMissing, pctSum, mainTemporary, leave, inv: invAnswer, level, group, unit } = t;
  for (let i = 0; i < n; i++) {
    // few branches that depend on the data (each mispredicted one costs more than the rest of a
    // person's work): table lookups and 0/1 arithmetic instead
    const mask = sexMask[i]!;
    const s = sexOfMask[mask]!; // DEF-SEX: never guessed; employments disagreeing → unknown
    inconsistent += inconsistentMask[mask]!;
    // The rules written out (this loop runs once per person and V8 inlines few calls into it): each
    // line names its definition in src/rules/definitions/.
    let f = leave[i]! > 0 ? leaveBit : 0; // DEF-PL: hasParentalLeave
    const active = activeCount[i]!;
    if (active > 0) {
      merged += active - 1; // DEF-POP: mergedEmployments
      const missing = pctMissing[i]!; // 0 or 1
      const p = pctSum[i]!;
      if (missing === 1 || p === 0)
        noPct++; // DEF-PAY: hasPayPercent; left out of pay, never divided by zero
      else {
        if (s < sexOther) {
          f |= eligibleBit; // DEF-PAY: isPayEligible (DEF-SEX: isComparedSex)
          eligibleCount++;
        }
        if (p > maxPct) maxPct = p;
        if (p < minPct) minPct = p;
      }
      if (missing === 0 && p > fullPosition) above100++;
      const partTime = (missing ^ 1) & +(p < ptBelow); // DEF-PT: partTimeOf (unknown percent: not counted as part-time)
      const temporary = mainTemporary[i]!; // DEF-TMP, of the main employment
      f |= stockBit | (temporary << temporaryShift) | (partTime << partTimeShift);
      if (s >= sexOther) otherSex++; // DEF-SEX: not isComparedSex
      // the stock population: headcount and pay cells of its level, group and unit
      // (DEF-INV: answered true or false; unknown is not "no")
      const kind = s | (temporary << kindTemporaryShift) | ((partTime * partTimeKind[invAnswer[i]!]!) << kindPartTimeShift);
      kindsByLevel[(level[i]! + 1) * kinds + kind]!++;
      kindsByGroup[(group[i]! + 1) * kinds + kind]!++;
      kindsByUnit[(unit[i]! + 1) * kinds + kind]!++;
    } else if (f !== 0) {
      leaveOnlyUnit[unit[i]! + 1] = 1;
    }
    flags[i] = f | (s << sexShift);
  }
  counts[ELIGIBLE] = eligibleCount;
  counts[MIN_PCT] = minPct === Infinity ? 1 : minPct;
  counts[MAX_PCT] = maxPct;
  counts[INCONSISTENT] = inconsistent;
  counts[MERGED] = merged;
  counts[NO_PCT] = noPct;
  counts[OTHER_SEX] = otherSex;
  counts[ABOVE_100] = above100;
}

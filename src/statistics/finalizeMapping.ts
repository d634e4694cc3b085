import { formatRatio, formatRatioOfIntegers } from '../_lib/money.js';
import { PAY_COMPONENTS, type PayComponent } from '../models/employee.js';
import { requirePartial, type PartialMapping } from './accumulateMapping.js';
import { meanAndMedianBig, meanOfPercentSums, median, medianOfCodes, PercentScratch, SAFE, zeroMedian, type Rational } from './_lib/exact.js';
import { COMPONENT_MEASURES, fitsInt32, LEAVE_UNITS_PER_WEEK, type AmountColumn, type IdColumn, type PersonTable } from './_lib/personTable.js';
import { naturalCompare } from './_lib/naturalCompare.js';
import { payPath, type PayPath } from './_lib/payPath.js';
import type {
  AttributeFigure,
  ExclusionReason,
  InvoluntaryPartTimeFigure,
  KeyedPayCell,
  Mapping,
  ParentalLeaveFigure,
  PayCell,
  PayConcept,
  PaySection,
  PaySexFigure,
  SexCounts,
  UnitFigures,
} from './types.js';

/** A pay measure: a pay concept or one component. @internal */
export type Measure = PayConcept | (typeof COMPONENT_MEASURES)[number];

/** Flags bit where a person's sex (index into SEXES) starts ({@link personPass}). */
const SEX_SHIFT = 5;

/** Count, exact mean and exact median of one (cell, sex). @internal */
export interface SexPay {
  readonly count: number;
  readonly mean: Rational | null;
  readonly median: Rational | null;
}

/** Stable per-cell layout: [total][levels…][groups…][units…]. */
interface Layout {
  readonly levelKeys: readonly (string | null)[];
  readonly groupKeys: readonly (string | null)[];
  readonly unitKeys: readonly (string | null)[];
  readonly unitParent: Int32Array; // unit cell offset → parent unit offset, -1 at top
  readonly unitDepth: Int32Array;
  readonly unitSubtreeEnd: Int32Array; // DFS: subtree of u is [u, end)
  readonly levelBase: number;
  readonly groupBase: number;
  readonly unitBase: number;
  readonly cells: number;
}

function pct(count: number, of: number, decimals: number): string | null {
  return formatRatioOfIntegers(count * 100, of, decimals);
}

function money(r: Rational | null, unit: bigint): string | null {
  // 1/unit øre → NOK, half-up to whole øre (DEF-ROUND: the one rounding; unit 1 on the CSV path)
  return r === null ? null : formatRatio(r.num, r.den * 100n * unit, 2);
}

function share(w: Rational | null, m: Rational | null, decimals: number): string | null {
  // DEF-AVG: women's value / men's value × 100, from unrounded values; null when men's is 0 or missing
  if (w === null || m === null || m.num === 0n) return null;
  return formatRatio(w.num * m.den * 100n, w.den * m.num, decimals);
}

/**
 * Turns a partial mapping into the internal mapping (*kartlegging*) with every part-1 figure
 * (ARP.md §5: STAT-A1…A4, STAT-B0…B4) for the employer, by job level, by job group and by
 * organisational unit at every depth (a unit includes its sub-units). Pure.
 *
 * Exactness (DEF-ROUND): pay is integer øre (or 1/`payDivisor` øre, for an average that is not a
 * whole øre); full-time-equivalent values (øre × 100 / percent)
 * are never rounded — means and medians are exact rationals, rounded once, half-up, to whole øre;
 * percentages are rounded once, half-up, to `percentDecimals`. Zero denominators give `null`.
 *
 * Exclusions (`excluded`): `not-active-on-reference-date`, `employment-kind-excluded` and
 * `invalid-record` count records; `merged-into-person` counts the further active employments
 * merged into a person; `no-position-percent` and `sex-not-female-or-male` count persons of the
 * population left out of pay figures or of the women/men comparisons.
 *
 * @param partial - from {@link accumulateMapping} or {@link mergePartialMappings}
 * @returns the internal mapping
 * @throws {@link LikestillingInputError} when `partial` is not a partial mapping (JSON goes through
 *   `deserializePartialMapping` first)
 * @example
 * ```ts
 * const mapping = finalizeMapping(accumulateMapping(records, { year: 2025 }));
 * mapping.pay.total.womenShareOfMen.mean; // e.g. '88.2'
 * ```
 */
export function finalizeMapping(partial: PartialMapping): Mapping {
  requirePartial('finalizeMapping', partial, ['partial']);
  return completeFinalize(beginFinalize(partial));
}

/** Runs every ordering of `f` in this thread, each breakdown whole, then {@link endFinalize}. @internal */
export function completeFinalize(f: Finalizing): Mapping {
  const buffers = orderingBuffers(f.plan);
  for (const task of orderingTasks(f.plan)) runOrdering(f.plan, task, f.stats, buffers);
  return endFinalize(f);
}

/**
 * A finalization under way: the counts and the pay plan done, the pay orderings to run
 * ({@link runOrdering}, each task once, in any order and in any thread), then {@link endFinalize}.
 * @internal
 */
export interface Finalizing {
  readonly plan: PayPlan;
  /** The pay figures per measure, filled by the orderings. */
  readonly stats: PayStats;
  /** Assembles the mapping from the counts and `stats`, once every ordering has run. */
  readonly assemble: () => Mapping;
}

/** The counts and the pay plan of {@link finalizeMapping}: everything but the pay orderings. @internal */
export function beginFinalize(partial: PartialMapping): Finalizing {
  const o = partial.options;
  const { table: t, levels, groups, units } = partial.state;
  const pd = o.percentDecimals;
  const ptBelow = Math.round(o.partTimeBelow * 100);

  // ---- per person: sex, flags, exclusions (DEF-SEX, DEF-PT, DEF-PAY) ----
  const { flags, eligibleCount, used, minPct, maxPct, inconsistent, merged, noPct, otherSex, above100, derived, kinds: kindsById } = personPass(t, ptBelow, levels.values.length, groups.values.length, units.values.length);

  const layout = buildLayout(partial, used);
  const C = layout.cells;
  const levelCellOf = cellIndex(levels.values, layout.levelKeys, layout.levelBase);
  const groupCellOf = cellIndex(groups.values, layout.groupKeys, layout.groupBase);
  const unitCellOf = cellIndex(units.values, layout.unitKeys, layout.unitBase);
  const levelNull = layout.levelKeys.indexOf(null);
  const groupNull = layout.groupKeys.indexOf(null);
  const unitNull = layout.unitKeys.indexOf(null);
  // Dictionary id + 1 → cell (0: no key), so a person's cell is `lut[id + 1]` without a per-person
  // column (fewer large allocations: each one brings the next full garbage collection closer).
  const lutOf = (cellOf: Int32Array, nullCell: number): Int32Array => {
    const lut = new Int32Array(cellOf.length + 1);
    lut[0] = nullCell;
    lut.set(cellOf, 1);
    return lut;
  };
  const levelLut = lutOf(levelCellOf, layout.levelBase + levelNull);
  const groupLut = lutOf(groupCellOf, layout.groupBase + groupNull);
  const unitLut = lutOf(unitCellOf, layout.unitBase + unitNull);

  // ---- counts per cell and sex (STAT-A1…A3, B3, B4, A4) ----
  const pop = new Int32Array(C * 4);
  const temp = new Int32Array(C * 4);
  const pt = new Int32Array(C * 4);
  const invAns = new Int32Array(C * 4);
  const invTrue = new Int32Array(C * 4);
  const leavePersons = new Int32Array(C * 4);
  const leaveUnits = new Float64Array(C * 4);
  const { unitParent, unitBase } = layout;
  // Each person of the stock is one of 32 kinds: sex (bits 0–1), temporary (bit 2), and not
  // part-time (1) or part-time with the involuntary answer unknown (1), false (2) or true (3) in
  // bits 3–4. A person adds 1 to their kind in the employer's cell, their level's, their group's
  // and their own unit's; a unit then takes its sub-units' kinds, and the figures come from the kinds.
  const kinds = new Int32Array(C * KINDS);
  kinds.set(kindsById.all);
  addKindsOfIds(kinds, kindsById.level, levelLut, 0);
  addKindsOfIds(kinds, kindsById.group, groupLut, 0);
  addKindsOfIds(kinds, kindsById.unit, unitLut, unitBase);
  countLeave(t, flags, { levelLut, groupLut, unitLut, unitBase, unitParent }, leavePersons, leaveUnits);

  // a unit includes its sub-units: children first (reverse DFS pre-order)
  for (let u = layout.unitKeys.length - 1; u >= 0; u--) {
    const parent = unitParent[u]!;
    if (parent < 0) continue;
    const from = (unitBase + u) * KINDS;
    const to = (unitBase + parent) * KINDS;
    for (let kind = 0; kind < KINDS; kind++) kinds[to + kind]! += kinds[from + kind]!;
  }
  for (let c = 0; c < C; c++) {
    for (let kind = 0; kind < KINDS; kind++) {
      const x = kinds[c * KINDS + kind]!;
      if (x === 0) continue;
      const k = c * 4 + (kind & 3);
      pop[k]! += x;
      if ((kind & 4) !== 0) temp[k]! += x;
      const partTime = kind >> 3;
      if (partTime !== 0) {
        pt[k]! += x;
        if (partTime >= 2) invAns[k]! += x;
        if (partTime === 3) invTrue[k]! += x;
      }
    }
  }

  // ---- pay (DEF-PAY, DEF-AVG): per measure, per cell, women and men ----
  const plan = planPay(partial, flags, eligibleCount, levelLut, groupLut, unitLut, layout, minPct, maxPct);

  // ---- assemble ----
  const payStats = emptyStats(plan);
  const payUnit = BigInt(t.payUnit);
  const assemble = (): Mapping => {
    const sexCounts = (c: number): SexCounts => {
      const w = pop[c * 4]!;
      const m = pop[c * 4 + 1]!;
      const ot = pop[c * 4 + 2]!;
      const u = pop[c * 4 + 3]!;
      return { women: w, men: m, other: ot, unknown: u, total: w + m + ot + u };
    };
    const attribute = (arr: Int32Array, c: number): AttributeFigure => {
      const all = sexCounts(c);
      const w = arr[c * 4]!;
      const m = arr[c * 4 + 1]!;
      const ou = arr[c * 4 + 2]! + arr[c * 4 + 3]!;
      return {
        women: { count: w, percentOfAll: pct(w, all.total, pd), percentOfSex: pct(w, all.women, pd) },
        men: { count: m, percentOfAll: pct(m, all.total, pd), percentOfSex: pct(m, all.men, pd) },
        otherOrUnknown: { count: ou },
        total: { count: w + m + ou, percentOfAll: pct(w + m + ou, all.total, pd) },
        womenShareOfCategory: pct(w, w + m, pd),
      };
    };
    const involuntary = (c: number): InvoluntaryPartTimeFigure => {
      const base = attribute(invTrue, c);
      const sexFig = (s: 0 | 1) => {
        const ptS = pt[c * 4 + s]!;
        const ans = invAns[c * 4 + s]!;
        return { ...(s === 0 ? base.women : base.men), partTimers: ptS, answered: ans, coverage: pct(ans, ptS, pd) };
      };
      const ptAll = pt[c * 4]! + pt[c * 4 + 1]! + pt[c * 4 + 2]! + pt[c * 4 + 3]!;
      const ansAll = invAns[c * 4]! + invAns[c * 4 + 1]! + invAns[c * 4 + 2]! + invAns[c * 4 + 3]!;
      return {
        ...base,
        women: sexFig(0),
        men: sexFig(1),
        total: { ...base.total, partTimers: ptAll, answered: ansAll, coverage: pct(ansAll, ptAll, pd) },
      };
    };
    const leaveFig = (c: number): ParentalLeaveFigure => {
      const one = (s: 0 | 1) => {
        const persons = leavePersons[c * 4 + s]!;
        return {
          persons,
          averageWeeks:
            persons === 0 ? null : formatRatioOfIntegers(leaveUnits[c * 4 + s]!, LEAVE_UNITS_PER_WEEK * persons, o.weeksDecimals),
        };
      };
      return { women: one(0), men: one(1) };
    };
    const payCell = (m: Measure, c: number): PayCell => {
      const stats = payStats.get(m)!;
      const w = stats[c * 2]!;
      const mm = stats[c * 2 + 1]!;
      const fig = (x: SexPay): PaySexFigure => ({ count: x.count, mean: money(x.mean, payUnit), median: money(x.median, payUnit) });
      return {
        population: sexCounts(c),
        women: fig(w),
        men: fig(mm),
        womenShareOfMen: { mean: share(w.mean, mm.mean, pd), median: share(w.median, mm.median, pd) },
      };
    };
    const section = (m: Measure): PaySection => ({
      measure: m,
      total: payCell(m, 0),
      byLevel: layout.levelKeys.map((key, i): KeyedPayCell => ({ key, ...payCell(m, layout.levelBase + i) })),
      byGroup: layout.groupKeys.map((key, i): KeyedPayCell => ({ key, ...payCell(m, layout.groupBase + i) })),
    });

    const byUnit: UnitFigures[] = layout.unitKeys.map((key, u) => {
      const c = unitBase + u;
      const parent = unitParent[u]!;
      return {
        key,
        depth: layout.unitDepth[u]!,
        parent: parent < 0 ? null : (layout.unitKeys[parent] ?? null),
        population: sexCounts(c),
        temporary: attribute(temp, c),
        partTime: attribute(pt, c),
        involuntaryPartTime: involuntary(c),
        parentalLeave: leaveFig(c),
        pay: payCell('monthly', c),
        agreedPay: payCell('agreed', c),
      };
    });

    const excluded: Record<ExclusionReason, number> = {
      'not-active-on-reference-date': partial.recordExclusions.notActive,
      'employment-kind-excluded': partial.recordExclusions.kindExcluded,
      'merged-into-person': merged,
      'no-position-percent': noPct,
      'sex-not-female-or-male': otherSex,
      'invalid-record': partial.recordExclusions.invalid,
    };

    return {
      year: o.year,
      referenceDate: o.referenceDate,
      population: sexCounts(0),
      temporary: attribute(temp, 0),
      partTime: attribute(pt, 0),
      involuntaryPartTime: involuntary(0),
      parentalLeave: leaveFig(0),
      pay: section('monthly'),
      agreedPay: section('agreed'),
      payComponents: {
        basePay: section('basePay'),
        fixedAllowances: section('fixedAllowances'),
        irregularAllowances: section('irregularAllowances'),
        bonus: section('bonus'),
      },
      byUnit,
      excluded,
      records: partial.records,
      warnings: {
        position_percent_zero_or_missing: noPct,
        position_percent_above_100: above100,
        sex_derived_from_national_id: derived,
        person_sex_inconsistent: inconsistent,
      },
      options: o,
    };
  };
  return { plan, stats: payStats, assemble };
}

/**
 * The mapping from a finalization whose orderings have all run: cells whose persons are the
 * employer's take the employer's figures ({@link SAME_AS_EMPLOYER}), then the figures are assembled.
 * @internal
 */
export function endFinalize(f: Finalizing): Mapping {
  for (const stats of f.stats.values()) {
    for (let c = 2; c < stats.length; c++) if (stats[c]!.count === SAME_AS_EMPLOYER) stats[c] = stats[c & 1]!;
  }
  return f.assemble();
}

/** What {@link personPass} finds. */
interface Persons {
  /** Person → 1 stock, 2 pay-eligible, 4 temporary, 8 part-time, 16 leave; and the index into SEXES (DEF-SEX) from bit 5 on (`>> SEX_SHIFT`). */
  readonly flags: Uint8Array;
  /** Persons with flag 2 (pay-eligible). */
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

/** Kinds of persons of the stock (see finalizeMapping): sex, temporary, part-time and the involuntary answer. */
const KINDS = 32;

/**
 * The persons, by {@link personLoop}; then the employer's kinds and the levels, groups and units in
 * use, from the kinds per id.
 */
function personPass(t: PersonTable, ptBelow: number, levelCount: number, groupCount: number, unitCount: number): Persons {
  const n = t.size;
  const flags = new Uint8Array(n); // 1 stock, 2 pay-eligible, 4 temporary, 8 part-time, 16 leave; sex << SEX_SHIFT
  const level = new Int32Array((levelCount + 1) * KINDS);
  const group = new Int32Array((groupCount + 1) * KINDS);
  const unit = new Int32Array((unitCount + 1) * KINDS);
  // units of persons who count only for parental leave (the stock's are in the unit kinds)
  const leaveOnlyUnit = new Uint8Array(unitCount + 1);
  const counts = new Int32Array(COUNTS);
  personLoop(t, ptBelow, flags, level, group, unit, leaveOnlyUnit, counts);
  // the employer's kinds: every person of the stock is counted under one level id, or under none
  const all = new Int32Array(KINDS);
  for (let x = 0; x < level.length; x++) all[x % KINDS]! += level[x]!;
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

/** Dictionary ids (0 … count) with a count in `byId` (per id + 1, KINDS each) or marked in `extra` (per id + 1), and whether "none" (id -1) has one. */
function usedIds(byId: Int32Array, count: number, extra: Uint8Array | null): { ids: Uint8Array; none: boolean } {
  const ids = new Uint8Array(count);
  let none = false;
  for (let id = -1; id < count; id++) {
    let any = extra !== null && extra[id + 1] === 1;
    for (let kind = 0; kind < KINDS && !any; kind++) any = byId[(id + 1) * KINDS + kind]! > 0;
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
  const { sexMask, activeCount, pctMissing, pctSum, mainTemporary, leave, inv: invAnswer, level, group, unit } = t;
  for (let i = 0; i < n; i++) {
    // few branches that depend on the data (each mispredicted one costs more than the rest of a
    // person's work): table lookups and 0/1 arithmetic instead
    const mask = sexMask[i]!;
    const s = SEX_OF_MASK[mask]!; // DEF-SEX: never guessed; employments disagreeing → unknown
    inconsistent += INCONSISTENT_MASK[mask]!;
    let f = leave[i]! > 0 ? 16 : 0;
    const active = activeCount[i]!;
    if (active > 0) {
      merged += active - 1; // DEF-POP
      const missing = pctMissing[i]!; // 0 or 1
      const p = pctSum[i]!;
      if (missing === 1 || p === 0) noPct++; // DEF-PAY: left out of pay, never divided by zero
      else {
        if (s < 2) {
          f |= 2;
          eligibleCount++;
        }
        if (p > maxPct) maxPct = p;
        if (p < minPct) minPct = p;
      }
      if (missing === 0 && p > 10_000) above100++;
      const partTime = (missing ^ 1) & +(p < ptBelow); // DEF-PT (unknown percent: not counted as part-time)
      const temporary = mainTemporary[i]!; // DEF-TMP, of the main employment
      f |= 1 | (temporary << 2) | (partTime << 3);
      if (s >= 2) otherSex++;
      // the stock population: headcount and pay cells of its level, group and unit
      // (DEF-INV: answered true or false; unknown is not "no")
      const kind = s | (temporary << 2) | ((partTime * PART_TIME_KIND[invAnswer[i]!]!) << 3);
      kindsByLevel[(level[i]! + 1) * KINDS + kind]!++;
      kindsByGroup[(group[i]! + 1) * KINDS + kind]!++;
      kindsByUnit[(unit[i]! + 1) * KINDS + kind]!++;
    } else if (f !== 0) {
      leaveOnlyUnit[unit[i]! + 1] = 1;
    }
    flags[i] = f | (s << SEX_SHIFT);
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

/** A person's sexMask (bit per sex seen) → index into SEXES: one bit → its sex, none or several → unknown (DEF-SEX). */
const SEX_OF_MASK = Uint8Array.from({ length: 16 }, (_, mask) => (mask === 1 ? 0 : mask === 2 ? 1 : mask === 4 ? 2 : 3));
/** 1 for a sexMask that is not exactly one bit (the person_sex_inconsistent warning). */
const INCONSISTENT_MASK = Uint8Array.from({ length: 16 }, (_, mask) => (mask !== 0 && (mask & (mask - 1)) === 0 ? 0 : 1));
/** A part-timer's involuntary answer (0 unknown, 1 false, 2 true) → their part-time kind (1 unknown, 2 false, 3 true; see finalizeMapping). */
const PART_TIME_KIND = Uint8Array.of(1, 2, 3);

/** Dictionary id + 1 → cell, per breakdown, and the unit tree. */
interface Cells {
  readonly levelLut: Int32Array;
  readonly groupLut: Int32Array;
  readonly unitLut: Int32Array;
  readonly unitBase: number;
  readonly unitParent: Int32Array;
}

/**
 * Each person with parental leave in their unit and its parents (DEF-PL), and in the employer's
 * cell: persons and leave units per cell and sex.
 */
function countLeave(t: PersonTable, flags: Uint8Array, cells: Cells, leavePersons: Int32Array, leaveUnits: Float64Array): void {
  const n = t.size;
  const { unitLut, unitBase, unitParent } = cells;
  const personUnit = t.unit;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if ((f & 16) === 0) continue;
    // DEF-PL: persons with leave in the financial year, by the unit of their main employment
    const s = f >> SEX_SHIFT;
    const units = t.leave[i]!;
    leavePersons[s]!++;
    leaveUnits[s]! += units;
    for (let u = unitLut[personUnit[i]! + 1]! - unitBase; u >= 0; u = unitParent[u]!) {
      leavePersons[(unitBase + u) * 4 + s]!++;
      leaveUnits[(unitBase + u) * 4 + s]! += units;
    }
  }
}

/** Adds the kinds counted per dictionary id + 1 (`byId`) into the rows of their cells (`lut`; none when below `minCell`). */
function addKindsOfIds(kinds: Int32Array, byId: Int32Array, lut: Int32Array, minCell: number): void {
  for (let id = 0; id < lut.length; id++) {
    const cell = lut[id]!;
    if (cell < minCell) continue;
    for (let kind = 0; kind < KINDS; kind++) kinds[cell * KINDS + kind]! += byId[id * KINDS + kind]!;
  }
}

/** Dictionary id → cell index for the keys in use. */
function cellIndex(values: readonly string[], keys: readonly (string | null)[], base: number): Int32Array {
  const pos = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== null) pos.set(k, base + i);
  });
  const out = new Int32Array(values.length).fill(-1);
  values.forEach((v, i) => {
    const c = pos.get(v);
    if (c !== undefined) out[i] = c;
  });
  return out;
}

/** Dictionary ids in use (1) by the persons of the figures, and whether some have none. */
interface Used {
  readonly level: Uint8Array;
  readonly group: Uint8Array;
  readonly unit: Uint8Array;
  nullLevel: boolean;
  nullGroup: boolean;
  nullUnit: boolean;
}

function buildLayout(partial: PartialMapping, used: Used): Layout {
  const { levels, groups, units } = partial.state;
  const { level: usedLevel, group: usedGroup, unit: usedUnit, nullLevel, nullGroup, nullUnit } = used;
  const keysOf = (values: readonly string[], used: Uint8Array, withNull: boolean): (string | null)[] => {
    const keys: (string | null)[] = values.filter((_, i) => used[i] === 1).sort(naturalCompare);
    if (withNull) keys.push(null);
    return keys;
  };
  const levelKeys = keysOf(levels.values, usedLevel, nullLevel);
  const groupKeys = keysOf(groups.values, usedGroup, nullGroup);

  // unit tree: every prefix of every used path is a node; DFS pre-order, siblings in natural order
  const children = new Map<string, Set<string>>(); // parent path ('' = root) → child paths
  for (let u = 0; u < units.values.length; u++) {
    if (usedUnit[u] !== 1) continue;
    const parts = units.values[u]!.split('/');
    let parent = '';
    for (let d = 0; d < parts.length; d++) {
      const path = d === 0 ? parts[0]! : parent + '/' + parts[d]!;
      let set = children.get(parent);
      if (set === undefined) children.set(parent, (set = new Set()));
      set.add(path);
      parent = path;
    }
  }
  const unitKeys: (string | null)[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const ends: number[] = [];
  const lastSegment = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  // Pre-order with an explicit stack (no recursion over a depth the data sets); a node's subtree
  // ends where the next node of its depth or above begins.
  const tops = [...(children.get('') ?? [])].sort(naturalCompare);
  const stack: { readonly path: string; readonly parent: number; readonly depth: number }[] = [];
  for (let i = tops.length - 1; i >= 0; i--) stack.push({ path: tops[i]!, parent: -1, depth: 1 });
  const open: number[] = [];
  while (stack.length > 0) {
    const { path, parent, depth } = stack.pop()!;
    const me = unitKeys.length;
    while (open.length > 0 && depths[open[open.length - 1]!]! >= depth) ends[open.pop()!] = me;
    unitKeys.push(path);
    parents.push(parent);
    depths.push(depth);
    ends.push(0);
    open.push(me);
    const kids = [...(children.get(path) ?? [])].sort((a, b) => naturalCompare(lastSegment(a), lastSegment(b)) || naturalCompare(a, b));
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ path: kids[i]!, parent: me, depth: depth + 1 });
  }
  for (const node of open) ends[node] = unitKeys.length;
  if (nullUnit) {
    unitKeys.push(null);
    parents.push(-1);
    depths.push(0);
    ends.push(unitKeys.length);
  }
  const levelBase = 1;
  const groupBase = levelBase + levelKeys.length;
  const unitBase = groupBase + groupKeys.length;
  return {
    levelKeys,
    groupKeys,
    unitKeys,
    unitParent: Int32Array.from(parents),
    unitDepth: Int32Array.from(depths),
    unitSubtreeEnd: Int32Array.from(ends),
    levelBase,
    groupBase,
    unitBase,
    cells: unitBase + unitKeys.length,
  };
}

/** Most (sex, cell, percent) sums an ordering keeps for the exact means (32 MiB of doubles). */
const MAX_SUM_CELLS = 1 << 22;

/** Eligible person k → index into the distinct percents: one byte each while there are at most 256. */
type PercentIds = Uint8Array | Int32Array;

/** The percents (hundredths) of the pay-eligible persons: distinct values, most frequent first, and each person's index into them. */
interface PercentIndex {
  readonly values: Int32Array;
  /** eligible person k → index into `values` */
  readonly of: PercentIds;
}

/** Largest position percent (hundredths) for which the percents are numbered through a table indexed by the percent (4 bytes each), not a `Map`. */
const DIRECT_PERCENTS = 1 << 16;

/**
 * The pay-eligible persons (flag 2, `count` of them, counted by {@link personPass}) in order, and
 * the index of their percents (`pctSum`, at most `maxPct`), in one pass ({@link eligibleLoop}).
 */
function eligibleWithPercents(flags: Uint8Array, n: number, count: number, pctSum: Int32Array, maxPct: number): { eligible: Int32Array; pcts: PercentIndex } {
  const eligible = new Int32Array(count);
  // percent → id + 1 (0: not seen yet): a table indexed by the percent while they are small
  const direct = maxPct <= DIRECT_PERCENTS ? new Int32Array(maxPct + 1) : null;
  const seen: number[] = [];
  const tally: number[] = [];
  const of = eligibleLoop(flags, n, pctSum, direct, new Map(), seen, tally, eligible, new Uint8Array(count));
  return { eligible, pcts: byFrequency(seen, tally, of, count) };
}

/**
 * The loop of {@link eligibleWithPercents}: fills `eligible`, `of` (returned: a new 4-byte array
 * at the 257th distinct percent), and the percents `seen` with their `tally`. Nothing after the
 * loop but the return (see {@link personLoop}).
 */
function eligibleLoop(
  flags: Uint8Array,
  n: number,
  pctSum: Int32Array,
  direct: Int32Array | null,
  idOf: Map<number, number>,
  seen: number[],
  tally: number[],
  eligible: Int32Array,
  of: PercentIds,
): PercentIds {
  let k = 0;
  for (let i = 0; i < n; i++) {
    if ((flags[i]! & 2) === 0) continue;
    const p = pctSum[i]!;
    let id = direct !== null ? direct[p]! - 1 : (idOf.get(p) ?? -1);
    if (id < 0) {
      id = seen.length;
      seen.push(p);
      tally.push(0);
      if (direct !== null) direct[p] = id + 1;
      else idOf.set(p, id);
      if (id === 256) of = Int32Array.from(of); // a 257th distinct percent
    }
    tally[id]!++;
    of[k] = id;
    eligible[k++] = i;
  }
  return of;
}

/**
 * The percents `seen` (numbered in order of appearance in `of`) renumbered most frequent first,
 * so that exactFte finds a value's fraction in few tries; `of` is renumbered in place. (Not in the
 * loop's function: code after a loop that runs once per call is compiled without type feedback.)
 */
function byFrequency(seen: readonly number[], tally: readonly number[], of: PercentIds, count: number): PercentIndex {
  const order = seen.map((p, id) => ({ p, id })).sort((x, y) => tally[y.id]! - tally[x.id]! || x.p - y.p);
  const renumber = new Int32Array(seen.length);
  order.forEach(({ id }, rank) => (renumber[id] = rank));
  renumberIds(of, renumber, count);
  return { values: Int32Array.from(order, ({ p }) => p), of };
}

/** `of[j] = renumber[of[j]]` for j < count (a loop in a function of its own, see {@link personLoop}). */
function renumberIds(of: PercentIds, renumber: Int32Array, count: number): void {
  for (let j = 0; j < count; j++) of[j] = renumber[of[j]!]!;
}

/**
 * Orders the pay-eligible persons by (sex, cell) with a counting sort into `slot` (the position of
 * the k-th eligible person in that order): the persons of sex s in cell c are at
 * `start[s·cells + c] … start[s·cells + c + 1]`. In the same pass, for the measures whose doubles
 * order exactly (`sums[m]` not null), adds each person's øre to the sum of their (sex, cell,
 * percent) — the exact means come from those sums — and, for the measures with `zeros[m]` not
 * null, counts the persons of each (sex, cell) whose amount is 0. Returns `start`.
 */
function groupBy(
  persons: Int32Array,
  count: number,
  flags: Uint8Array,
  ids: IdColumn,
  lut: Int32Array,
  base: number,
  cells: number,
  slot: Int32Array,
  pctOf: PercentIds,
  D: number,
  amounts: readonly AmountColumn[],
  sums: readonly (Float64Array | null)[],
  zeros: readonly (Int32Array | null)[],
): Int32Array {
  const start = new Int32Array(2 * cells + 1);
  for (let k = 0; k < count; k++) {
    const p = persons[k]!;
    const bucket = (flags[p]! >> SEX_SHIFT) * cells + lut[ids[p]! + 1]! - base;
    slot[k] = bucket; // kept for the second pass, which replaces it by the position
    start[bucket + 1]!++;
  }
  for (let c = 0; c < 2 * cells; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, 2 * cells);
  // the measures with sums or zero counts, densely, in six fixed locals (there are at most six
  // measures): no inner loop over them per person (measured 10–20 ms less at 1M than a loop)
  const live = amounts.flatMap((a, m) => (sums[m] != null || zeros[m] != null ? [{ a, s: sums[m] ?? null, z: zeros[m] ?? null }] : []));
  if (live.length > 6) throw new Error('likestilling: more than six pay measures');
  const none = { a: amounts[0] ?? new Int32Array(0), s: null, z: null };
  const [{ a: a0, s: s0, z: z0 } = none, { a: a1, s: s1, z: z1 } = none, { a: a2, s: s2, z: z2 } = none] = live;
  const [, , , { a: a3, s: s3, z: z3 } = none, { a: a4, s: s4, z: z4 } = none, { a: a5, s: s5, z: z5 } = none] = live;
  for (let k = 0; k < count; k++) {
    const p = persons[k]!;
    const bucket = slot[k]!;
    slot[k] = fill[bucket]!++;
    const at = bucket * D + pctOf[k]!;
    if (s0 !== null) s0[at]! += a0[p]!;
    if (z0 !== null && a0[p] === 0) z0[bucket]!++;
    if (s1 !== null) s1[at]! += a1[p]!;
    if (z1 !== null && a1[p] === 0) z1[bucket]!++;
    if (s2 !== null) s2[at]! += a2[p]!;
    if (z2 !== null && a2[p] === 0) z2[bucket]!++;
    if (s3 !== null) s3[at]! += a3[p]!;
    if (z3 !== null && a3[p] === 0) z3[bucket]!++;
    if (s4 !== null) s4[at]! += a4[p]!;
    if (z4 !== null && a4[p] === 0) z4[bucket]!++;
    if (s5 !== null) s5[at]! += a5[p]!;
    if (z5 !== null && a5[p] === 0) z5[bucket]!++;
  }
  return start;
}

/**
 * A single column, or the sum of the columns (a new column of the first `n` rows, added column by
 * column in sequential passes): 4-byte integers while every sum fits, else doubles (each row's
 * sum left to right, exact while below 2^53).
 */
function sumOfColumns(cols: readonly AmountColumn[], n: number): AmountColumn {
  if (cols.length === 1) return cols[0]!;
  let sum: AmountColumn = cols[0]!.slice(0, n);
  for (let c = 1; c < cols.length; c++) {
    const col = cols[c]!;
    let i = 0;
    if (sum instanceof Int32Array) {
      const narrow = sum;
      for (; i < n; i++) {
        const a = narrow[i]! + col[i]!;
        if (!fitsInt32(a)) break;
        narrow[i] = a;
      }
      if (i < n) sum = Float64Array.from(narrow); // from row i on in doubles
    }
    for (; i < n; i++) sum[i] = sum[i]! + col[i]!;
  }
  return sum;
}

/** 'code' path: the doubles fl(10 000·a/p) of the pay-eligible persons at their positions `slot` of the ordering. */
function scatterCodes(eligible: Int32Array, count: number, slot: Int32Array, amount: AmountColumn, pctSum: Int32Array, F: Float64Array): void {
  for (let k = 0; k < count; k++) {
    const i = eligible[k]!;
    F[slot[k]!] = (amount[i]! * 10_000) / pctSum[i]!;
  }
}

/** Other paths: øre and position percents of the pay-eligible persons at their positions `slot` of the ordering. */
function scatterPairs(eligible: Int32Array, count: number, slot: Int32Array, amount: AmountColumn, pctSum: Int32Array, A: Float64Array, P: Float64Array): void {
  for (let k = 0; k < count; k++) {
    const i = eligible[k]!;
    A[slot[k]!] = amount[i]!;
    P[slot[k]!] = pctSum[i]!;
  }
}

/** The pay figures per measure: per cell (see {@link Layout}), women then men. @internal */
export type PayStats = Map<Measure, SexPay[]>;

/**
 * Marks a unit's figures as the employer's (`count` of a {@link SexPay}): a unit with the same
 * persons as the employer has the same figures. Written by the unit ordering, replaced by
 * {@link endFinalize} (so that no ordering reads another's figures: they can run in any thread).
 * @internal
 */
export const SAME_AS_EMPLOYER = -1;

const EMPLOYER_MARK: SexPay = { count: SAME_AS_EMPLOYER, mean: null, median: null };

/** One measure's column and exact path (see {@link payPath}). */
interface PlanColumn extends PayPath {
  readonly measure: Measure;
  readonly components: readonly PayComponent[];
  /** The measure's monthly øre per person (rows of the person table). */
  readonly amount: AmountColumn;
}

/** One breakdown's ordering: the persons' dictionary ids, id + 1 → cell, the first cell and the number of cells. */
interface OrderingPlan {
  readonly kind: OrderingKind;
  readonly ids: IdColumn;
  readonly lut: Int32Array;
  readonly base: number;
  readonly cells: number;
}

/** The breakdowns with pay orderings. @internal */
export type OrderingKind = 'level' | 'group' | 'unit';

/**
 * What the pay orderings read, only typed arrays and plain data, so that it can be copied to another
 * thread (structured clone): the pay-eligible persons, their percents, the measures' columns.
 * @internal
 */
export interface PayPlan {
  /** Pay-eligible persons: their rows, in order. */
  readonly eligible: Int32Array;
  readonly count: number;
  /** Person → flags with the sex ({@link personPass}). */
  readonly flags: Uint8Array;
  /** Person → position percent (hundredths). */
  readonly pctSum: Int32Array;
  /** The distinct percents of the eligible persons, most frequent first ({@link PercentIndex}). */
  readonly percentValues: Int32Array;
  /** Eligible person k → index into `percentValues`. */
  readonly percentOf: PercentIds;
  readonly maxPct: number;
  readonly columns: readonly PlanColumn[];
  readonly orderings: readonly OrderingPlan[];
  readonly unitParent: Int32Array;
  readonly unitSubtreeEnd: Int32Array;
  /** Cells of the layout. */
  readonly cells: number;
  /** Some measure or ordering needs øre and percents side by side (`A`, `P`), not only the codes. */
  readonly needsPairs: boolean;
}

/**
 * One ordering to run: a breakdown, and the measures (null: every measure the breakdown has; the
 * employer's figures come with the level ordering).
 * @internal
 */
export interface OrderingTask {
  readonly kind: OrderingKind;
  readonly measures: readonly Measure[] | null;
}

/** The orderings of a finalization, each breakdown whole. @internal */
export function orderingTasks(plan: PayPlan): OrderingTask[] {
  return plan.orderings.map((ord) => ({ kind: ord.kind, measures: null }));
}

/** The measures a breakdown has: units both pay concepts, levels and groups every measure. @internal */
export function measuresOf(plan: PayPlan, kind: OrderingKind): Measure[] {
  return plan.columns.filter((c) => kind !== 'unit' || c.measure === 'monthly' || c.measure === 'agreed').map((c) => c.measure);
}

/** The entries of a measure's stats that an ordering of `kind` writes: `[from, to)`. @internal */
export function writtenRange(plan: PayPlan, kind: OrderingKind): readonly [number, number] {
  const ord = plan.orderings.find((x) => x.kind === kind)!;
  return [kind === 'level' ? 0 : ord.base * 2, (ord.base + ord.cells) * 2];
}

/** Empty figures for every measure and cell. @internal */
export function emptyStats(plan: PayPlan): PayStats {
  const result: PayStats = new Map();
  for (const { measure } of plan.columns) {
    const stats = new Array<SexPay>(plan.cells * 2);
    stats.fill({ count: 0, mean: null, median: null });
    result.set(measure, stats);
  }
  return result;
}

/** The figures one ordering task wrote: entries `[from, from + stats.length)` of each measure's stats. @internal */
export interface OrderingResult {
  readonly from: number;
  readonly stats: readonly (readonly [Measure, readonly SexPay[]])[];
}

/**
 * The part of `plan` that `tasks` read: only their breakdowns and measures (less to copy to
 * another thread).
 * @internal
 */
export function planForTasks(plan: PayPlan, tasks: readonly OrderingTask[]): PayPlan {
  const measures = new Set(tasks.flatMap((t) => t.measures ?? measuresOf(plan, t.kind)));
  return { ...plan, columns: plan.columns.filter((c) => measures.has(c.measure)), orderings: plan.orderings.filter((o) => tasks.some((t) => t.kind === o.kind)) };
}

/**
 * Runs `tasks` over `plan` into figures of their own and returns what each wrote, in the order of
 * the tasks (the side of a thread that runs orderings for another; see {@link mergeOrderingResults}).
 * @internal
 */
export function runOrderingTasks(plan: PayPlan, tasks: readonly OrderingTask[]): OrderingResult[] {
  const stats = emptyStats(plan);
  const buffers = orderingBuffers(plan);
  return tasks.map((task): OrderingResult => {
    runOrdering(plan, task, stats, buffers);
    const [from, to] = writtenRange(plan, task.kind);
    return { from, stats: (task.measures ?? measuresOf(plan, task.kind)).map((m) => [m, stats.get(m)!.slice(from, to)] as const) };
  });
}

/** Copies the figures of {@link runOrderingTasks} into `stats`. @internal */
export function mergeOrderingResults(stats: PayStats, results: readonly OrderingResult[]): void {
  for (const { from, stats: written } of results) {
    for (const [measure, values] of written) {
      const into = stats.get(measure)!;
      for (let i = 0; i < values.length; i++) into[from + i] = values[i]!;
    }
  }
}

/** Working buffers of the orderings (reused from one ordering to the next). @internal */
export interface OrderingBuffers {
  /** Eligible person k → its position in the ordering. */
  readonly slot: Int32Array;
  /** 'code' path: the doubles fl(10 000·a/p), in cell order. */
  readonly F: Float64Array;
  /** Other paths: øre at the actual position … */
  readonly A: Float64Array;
  /** … and position percents, in cell order. */
  readonly P: Float64Array;
  readonly scratch: PercentScratch | null;
}

/**
 * Working buffers for the orderings of `plan`. Few, large, reused allocations keep the garbage
 * collector out of the way at national scale.
 * @internal
 */
export function orderingBuffers(plan: PayPlan): OrderingBuffers {
  const { count, needsPairs } = plan;
  const F = new Float64Array(count);
  return {
    slot: new Int32Array(count),
    F,
    A: needsPairs ? new Float64Array(count) : F,
    P: needsPairs ? new Float64Array(count) : F,
    scratch: needsPairs ? new PercentScratch(plan.maxPct, count) : null,
  };
}

function planPay(
  partial: PartialMapping,
  flags: Uint8Array,
  eligibleCount: number,
  levelLut: Int32Array,
  groupLut: Int32Array,
  unitLut: Int32Array,
  layout: Layout,
  minPct: number,
  maxPct: number,
): PayPlan {
  const o = partial.options;
  const t = partial.state.table;
  const n = t.size;
  const pctSum = t.pctSum;
  // pay-eligible persons: in the population, women or men, position percent > 0 (DEF-PAY, DEF-SEX)
  const count = eligibleCount;
  const { eligible, pcts } = eligibleWithPercents(flags, n, count, pctSum, maxPct);
  const D = pcts.values.length;
  const componentIndex = (c: PayComponent): number => PAY_COMPONENTS.indexOf(c);

  const measures: readonly [Measure, readonly PayComponent[]][] = [
    ['monthly', o.monthlyPayComponents],
    ['agreed', o.agreedPayComponents],
    ...COMPONENT_MEASURES.map((c): [Measure, readonly PayComponent[]] => [c, [c]]),
  ];
  // a measure's monthly øre per person: a component's own column, or the sum of its components
  const columns = measures.map(([measure, components]): PlanColumn => {
    const amount = sumOfColumns(components.map((c) => t.pay[componentIndex(c)]!), n);
    return { measure, components, amount, ...payPath(amount, n, count, minPct, maxPct) };
  });
  const orderings: OrderingPlan[] = [
    { ids: t.level, lut: levelLut, base: layout.levelBase, cells: layout.levelKeys.length, kind: 'level' },
    { ids: t.group, lut: groupLut, base: layout.groupBase, cells: layout.groupKeys.length, kind: 'group' },
    { ids: t.unit, lut: unitLut, base: layout.unitBase, cells: layout.unitKeys.length, kind: 'unit' },
  ];
  const needsPairs = columns.some((c) => c.path !== 'code') || !sumsFit(Math.max(...orderings.map((x) => x.cells)), D);
  return {
    eligible,
    count,
    flags,
    pctSum,
    percentValues: pcts.values,
    percentOf: pcts.of,
    maxPct,
    columns,
    orderings,
    unitParent: layout.unitParent,
    unitSubtreeEnd: layout.unitSubtreeEnd,
    cells: layout.cells,
    needsPairs,
  };
}

/**
 * Sums per (sex, cell, percent) for an ordering only while they stay small (many units × many
 * distinct percents could otherwise ask for gigabytes); beyond, means by percent per range.
 */
function sumsFit(cells: number, D: number): boolean {
  return 2 * cells * D <= MAX_SUM_CELLS;
}

/**
 * Runs one ordering of the pay figures ({@link OrderingTask}): orders the pay-eligible persons by
 * (sex, cell) of the breakdown and computes, for each measure of the task, the count, the exact
 * mean and the exact median of every (cell, sex) into `stats` (the level ordering also the
 * employer's). Reads only `plan`; writes only its own cells of `stats` ({@link writtenRange}).
 * @internal
 */
export function runOrdering(plan: PayPlan, task: OrderingTask, stats: PayStats, buffers: OrderingBuffers = orderingBuffers(plan)): void {
  const { eligible, count, flags, pctSum, percentValues, unitParent, unitSubtreeEnd } = plan;
  const D = percentValues.length;
  const { slot, F, A, P, scratch } = buffers;
  const ord = plan.orderings.find((x) => x.kind === task.kind)!;
  const wanted = task.measures ?? measuresOf(plan, ord.kind);
  const used = plan.columns.filter((c) => wanted.includes(c.measure)).map((c) => ({ ...c, stats: stats.get(c.measure)! }));

  // Statistics of one (cell, sex) over [from, to) of the ordering. Selection reorders only inside
  // the range, so nested ranges stay valid when inner ranges are done before outer ones. `zeros`:
  // how many amounts of the range are 0 when none is negative (the median may then be known
  // without selecting, {@link zeroMedian}), else -1.
  const cellStats = (col: (typeof used)[number], sums: Float64Array | null, bucket: number, from: number, to: number, cell: number, s: number, zeros = -1): void => {
    const len = to - from;
    if (len === 0) return;
    if (col.path === 'code') {
      const at = bucket * D;
      const mean = sums !== null ? meanOfPercentSums(percentValues, D, (k) => sums[at + k]!, len) : scratch!.mean(A.subarray(from, to), P.subarray(from, to), len);
      const med = (zeros >= 0 ? zeroMedian(len, zeros, percentValues, col.maxAbs) : null) ?? medianOfCodes(F, from, to, percentValues, col.maxAbs);
      col.stats[cell * 2 + s] = { count: len, mean, median: med };
    } else if (col.path === 'cross') {
      const a = A.subarray(from, to);
      const p = P.subarray(from, to);
      col.stats[cell * 2 + s] = { count: len, mean: scratch!.mean(a, p, len), median: median(a, p, len) };
    } else {
      const pairs: [bigint, bigint][] = [];
      for (let k = from; k < to; k++) pairs.push([BigInt(A[k]!), BigInt(P[k]!)]);
      const big = meanAndMedianBig(pairs);
      col.stats[cell * 2 + s] = { count: len, mean: big.mean, median: big.median };
    }
  };

  const K = ord.cells;
  // exact sums of øre per (sex, cell, percent) for the means of the 'code' path
  const sums = used.map((c) => (c.path === 'code' && sumsFit(K, D) ? new Float64Array(2 * K * D) : null));
  // zeros per (sex, cell) where a zero median can spare the selection (levels and groups; a unit's
  // range holds its sub-units', whose counts are not summed up)
  const zeros = used.map((c) => (c.path === 'code' && c.manyZeros && ord.kind !== 'unit' ? new Int32Array(2 * K) : null));
  // A measure that is a sum of components which are measures here too takes its sums as the sum
  // of theirs, not from another pass over the persons. Same doubles: each component's sums are
  // exact integers (|a| ≤ maxAbs, count · maxAbs < 2^53, payPath), and when Σ maxAbs over the
  // components · count < 2^53 as well, every partial sum of them is an exact integer too, so the
  // result is the exact Σ of the measure's øre over the (sex, cell, percent) — what adding the
  // measure's own amounts gives (exact by its own bound).
  const partsOf = used.map((c, m): number[] | null => {
    if (sums[m] === null || c.components.length < 2) return null;
    const parts = c.components.map((component) => used.findIndex((x) => x.components.length === 1 && x.components[0] === component && sums[used.indexOf(x)] !== null));
    if (parts.includes(-1)) return null;
    const bound = parts.reduce((b, q) => b + used[q]!.maxAbs, 0) * Math.max(count, 1);
    return bound < SAFE ? parts : null;
  });
  const direct = sums.map((x, m) => (partsOf[m] === null ? x : null));
  const start = groupBy(eligible, count, flags, ord.ids, ord.lut, ord.base, K, slot, plan.percentOf, D, used.map((c) => c.amount), direct, zeros);
  partsOf.forEach((parts, m) => {
    if (parts === null) return;
    const total = sums[m]!;
    for (const q of parts) {
      const part = sums[q]!;
      for (let x = 0; x < total.length; x++) total[x]! += part[x]!;
    }
  });
  if (ord.kind === 'unit') {
    // a unit includes its sub-units: add each unit's sums into its parent's, children first
    // (reverse DFS pre-order)
    for (const s of sums) {
      if (s === null) continue;
      for (let u = K - 1; u >= 0; u--) {
        const parent = unitParent[u]!;
        if (parent < 0) continue;
        for (let x = 0; x < 2; x++) {
          const from = (x * K + u) * D;
          const to = (x * K + parent) * D;
          for (let d = 0; d < D; d++) s[to + d]! += s[from + d]!;
        }
      }
    }
  }
  let employer: Float64Array | null = null; // the employer's sums per (sex, percent): Σ over levels
  used.forEach((col, m) => {
    const colSums = sums[m] ?? null;
    const colZeros = zeros[m] ?? null;
    const amount = col.amount;
    // zeros of the employer per sex (the sum over the levels), and whether any cell — or the
    // employer — needs the coded values at all (not when every median is a known 0)
    const employerZeros = [0, 0];
    let select = colZeros === null;
    if (colZeros !== null) {
      for (let s = 0; s < 2; s++) {
        for (let c = 0; c < K; c++) {
          const b = s * K + c;
          employerZeros[s]! += colZeros[b]!;
          const len = start[b + 1]! - start[b]!;
          if (len > 0 && zeroMedian(len, colZeros[b]!, percentValues, col.maxAbs) === null) select = true;
        }
        const len = start[s * K + K]! - start[s * K]!;
        if (ord.kind === 'level' && len > 0 && zeroMedian(len, employerZeros[s]!, percentValues, col.maxAbs) === null) select = true;
      }
    }
    // scatter in person order: reads are sequential, and the writes of each cell (stable
    // counting sort) are too — much cheaper than a gather at 1M
    if (col.path === 'code' && select) scatterCodes(eligible, count, slot, amount, pctSum, F);
    if (col.path !== 'code' || colSums === null) scatterPairs(eligible, count, slot, amount, pctSum, A, P);
    for (let s = 0; s < 2; s++) {
      if (ord.kind === 'unit') {
        // reverse DFS pre-order: every sub-unit before its parent; a subtree is contiguous. A unit
        // with the same persons as the employer (all of the sex), or as its first sub-unit (none
        // of its own, none in its other sub-units), has the same figures: marked
        // (SAME_AS_EMPLOYER: every eligible person of the sex is in one level cell, so the
        // employer's count is `all`) or taken, not recomputed.
        const all = start[s * K + K]! - start[s * K]!;
        for (let u = K - 1; u >= 0; u--) {
          const end = unitSubtreeEnd[u]!;
          const from = start[s * K + u]!;
          const to = start[s * K + end]!;
          const cell = (ord.base + u) * 2 + s;
          if (to > from && to - from === all) col.stats[cell] = EMPLOYER_MARK;
          else if (to > from && u + 1 < end && start[s * K + u + 1] === from && start[s * K + unitSubtreeEnd[u + 1]!] === to) col.stats[cell] = col.stats[cell + 2]!;
          else cellStats(col, colSums, s * K + u, from, to, ord.base + u, s);
        }
      } else {
        for (let c = 0; c < K; c++) cellStats(col, colSums, s * K + c, start[s * K + c]!, start[s * K + c + 1]!, ord.base + c, s, colZeros === null ? -1 : colZeros[s * K + c]!);
        if (ord.kind === 'level') {
          // the employer, after its parts
          if (colSums !== null) {
            employer ??= new Float64Array(2 * D);
            employer.fill(0);
            for (let c = 0; c < K; c++) for (let d = 0; d < D; d++) employer[s * D + d]! += colSums[(s * K + c) * D + d]!;
            cellStats(col, employer, s, start[s * K]!, start[s * K + K]!, 0, s, colZeros === null ? -1 : employerZeros[s]!);
          } else cellStats(col, null, s, start[s * K]!, start[s * K + K]!, 0, s, colZeros === null ? -1 : employerZeros[s]!);
        }
      }
    }
  });
}

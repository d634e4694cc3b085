/**
 * The loops of the counts per cell and sex: parental leave per person up the unit tree, the kinds
 * per dictionary id into their cells, the units' kinds rolled up into their parents, and the
 * figures' counts from the kinds. Bit layouts from `flags.ts`; no rule decided here.
 * @internal
 * @module
 */
import type { PersonTable } from '../_lib/personTable.js';
import {
  PERSON_KINDS,
  KIND_PART_TIME_NO,
  KIND_PART_TIME_SHIFT,
  KIND_PART_TIME_YES,
  KIND_SEX_MASK,
  KIND_TEMPORARY,
  PERSON_LEAVE,
  PERSON_SEX_SHIFT,
} from './flags.js';

/** Dictionary id + 1 → cell, per breakdown, and the unit tree. @internal */
export interface Cells {
  readonly levelLut: Int32Array;
  readonly groupLut: Int32Array;
  readonly unitLut: Int32Array;
  readonly unitBase: number;
  readonly unitParent: Int32Array;
}

/**
 * Each person flagged PERSON_LEAVE in their unit and its parents, and in the employer's cell:
 * persons and leave units per cell and sex (4 per cell).
 * @internal
 */
export function countLeave(t: PersonTable, flags: Uint8Array, cells: Cells, leavePersons: Int32Array, leaveUnits: Float64Array): void {
  const leaveBit = PERSON_LEAVE;
  const sexShift = PERSON_SEX_SHIFT;
  const n = t.size;
  const { unitLut, unitBase, unitParent } = cells;
  const personUnit = t.unit;
  for (let i = 0; i < n; i++) {
    const f = flags[i]!;
    if ((f & leaveBit) === 0) continue;
    const s = f >> sexShift;
    const units = t.leave[i]!;
    leavePersons[s]!++;
    leaveUnits[s]! += units;
    for (let u = unitLut[personUnit[i]! + 1]! - unitBase; u >= 0; u = unitParent[u]!) {
      leavePersons[(unitBase + u) * 4 + s]!++;
      leaveUnits[(unitBase + u) * 4 + s]! += units;
    }
  }
}

/** Adds the kinds counted per dictionary id + 1 (`byId`) into the rows of their cells (`lut`; none when below `minCell`). @internal */
export function addKindsOfIds(kinds: Int32Array, byId: Int32Array, lut: Int32Array, minCell: number): void {
  for (let id = 0; id < lut.length; id++) {
    const cell = lut[id]!;
    if (cell < minCell) continue;
    for (let kind = 0; kind < PERSON_KINDS; kind++) kinds[cell * PERSON_KINDS + kind]! += byId[id * PERSON_KINDS + kind]!;
  }
}

/** A unit includes its sub-units: each unit's kinds added into its parent's, children first (reverse DFS pre-order). @internal */
export function rollUpUnitKinds(kinds: Int32Array, unitParent: Int32Array, unitBase: number, unitCount: number): void {
  for (let u = unitCount - 1; u >= 0; u--) {
    const parent = unitParent[u]!;
    if (parent < 0) continue;
    const from = (unitBase + u) * PERSON_KINDS;
    const to = (unitBase + parent) * PERSON_KINDS;
    for (let kind = 0; kind < PERSON_KINDS; kind++) kinds[to + kind]! += kinds[from + kind]!;
  }
}

/** Counts per cell and sex (4 per cell) of the stock. @internal */
export interface KindCounts {
  /** Headcount. */
  readonly pop: Int32Array;
  /** Temporary. */
  readonly temp: Int32Array;
  /** Part-time. */
  readonly pt: Int32Array;
  /** Part-timers who answered the involuntary question. */
  readonly invAns: Int32Array;
  /** Part-timers who answered yes. */
  readonly invTrue: Int32Array;
}

/** The counts per cell and sex from the kinds per cell (`cells` rows of PERSON_KINDS). @internal */
export function countsOfKinds(kinds: Int32Array, cells: number): KindCounts {
  const pop = new Int32Array(cells * 4);
  const temp = new Int32Array(cells * 4);
  const pt = new Int32Array(cells * 4);
  const invAns = new Int32Array(cells * 4);
  const invTrue = new Int32Array(cells * 4);
  for (let c = 0; c < cells; c++) {
    for (let kind = 0; kind < PERSON_KINDS; kind++) {
      const x = kinds[c * PERSON_KINDS + kind]!;
      if (x === 0) continue;
      const k = c * 4 + (kind & KIND_SEX_MASK);
      pop[k]! += x;
      if ((kind & KIND_TEMPORARY) !== 0) temp[k]! += x;
      const partTime = kind >> KIND_PART_TIME_SHIFT;
      if (partTime !== 0) {
        pt[k]! += x;
        if (partTime >= KIND_PART_TIME_NO) invAns[k]! += x;
        if (partTime === KIND_PART_TIME_YES) invTrue[k]! += x;
      }
    }
  }
  return { pop, temp, pt, invAns, invTrue };
}

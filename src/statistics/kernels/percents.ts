/**
 * The loops of the pay plan's percent index: the persons flagged PERSON_PAY_ELIGIBLE in order,
 * each one's percent numbered.
 * @internal
 * @module
 */
import { PERSON_PAY_ELIGIBLE } from './flags.js';
import type { PercentIds } from '../finalize/payPlan.js';

/**
 * The loop of `eligibleWithPercents`: fills `eligible`, `of` (returned: a new 4-byte array
 * at the 257th distinct percent), and the percents `seen` with their `tally`. Nothing after the
 * loop but the return (see `personLoop`).
 * @internal
 */
export function eligibleLoop(
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
  const eligibleBit = PERSON_PAY_ELIGIBLE;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if ((flags[i]! & eligibleBit) === 0) continue;
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

/** `of[j] = renumber[of[j]]` for j < count (a loop in a function of its own, see `personLoop`). @internal */
export function renumberIds(of: PercentIds, renumber: Int32Array, count: number): void {
  for (let j = 0; j < count; j++) of[j] = renumber[of[j]!]!;
}

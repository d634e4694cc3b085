/**
 * The counts of the finalization: per cell and sex, the headcount (STAT-A1), temporary (STAT-A2),
 * part-time (STAT-A3), involuntary part-time and its coverage (STAT-B4) and parental leave (STAT-A4).
 * @internal
 * @module
 */
import type { PersonTable } from '../_lib/personTable.js';
import { addKindsOfIds, countLeave, countsOfKinds, rollUpUnitKinds, type KindCounts } from '../kernels/cellCounts.js';
import { PERSON_KINDS } from '../kernels/flags.js';
import type { CellLuts, Layout } from './cellLayout.js';
import type { Persons } from './personPass.js';

/** The counts per cell and sex (4 per cell: women, men, other, unknown). @internal */
export interface CellCounts extends KindCounts {
  /** Persons with parental leave (DEF-PL). */
  readonly leavePersons: Int32Array;
  /** Their leave units. */
  readonly leaveUnits: Float64Array;
}

/**
 * The counts per cell and sex from the persons' kinds and flags (a unit includes its sub-units).
 * @internal
 */
export function countCells(t: PersonTable, persons: Persons, layout: Layout, luts: CellLuts): CellCounts {
  const C = layout.cells;
  const { unitParent, unitBase } = layout;
  const { levelLut, groupLut, unitLut } = luts;
  const kinds = new Int32Array(C * PERSON_KINDS);
  kinds.set(persons.kinds.all);
  addKindsOfIds(kinds, persons.kinds.level, levelLut, 0);
  addKindsOfIds(kinds, persons.kinds.group, groupLut, 0);
  addKindsOfIds(kinds, persons.kinds.unit, unitLut, unitBase);
  const leavePersons = new Int32Array(C * 4);
  const leaveUnits = new Float64Array(C * 4);
  countLeave(t, persons.flags, { levelLut, groupLut, unitLut, unitBase, unitParent }, leavePersons, leaveUnits);
  rollUpUnitKinds(kinds, unitParent, unitBase, layout.unitKeys.length);
  return { ...countsOfKinds(kinds, C), leavePersons, leaveUnits };
}

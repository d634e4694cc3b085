/**
 * The state of secondary suppression (ANON-3) that `publish` keeps between protections: the model,
 * the policy, what is hidden and why, the true table, the witnesses found, and the indexes the
 * protections look things up in; with the cost of hiding a figure, which every step weighs.
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import type { JsonPath } from '../types.js';
import type { HiddenRule } from './constraints.js';
import type { TableModel, TableVar } from './tableModel.js';
import type { Witnesses } from './witnesses.js';

/** What `publish` keeps between protections. @internal */
export interface ProtectionState {
  readonly model: TableModel;
  readonly policy: PublicationPolicy;
  /** The rule of each hidden variable (mutated: protections hide more). */
  readonly hidden: (HiddenRule | null)[];
  /** For a variable hidden to protect another, the path of the value it protects. */
  readonly protects: Map<number, JsonPath>;
  /** The true table (counts exact; sums a table consistent with every true rounded figure). */
  readonly truth: Float64Array;
  readonly inner: Witnesses;
  /** Structural rows of each variable. */
  readonly structRowsOf: readonly (readonly number[])[];
  /** The variables of each structural row that can move (whose bounds leave more than one value), in the row's order. */
  readonly movableOf: readonly (readonly number[])[];
  /** Observations of each variable (those it owns or appears in). */
  readonly obsOf: readonly (readonly number[])[];
  /** Variables that stay published (a "none" or "all" that gives away smaller groups' figures). */
  readonly keep: Set<number>;
  /** Figures published because others give them away (failing a threshold themselves), with the figures that do. */
  readonly impliedBy: Map<number, ReadonlySet<number>>;
  /** The averages of weeks of each persons variable. */
  readonly weeksOf: ReadonlyMap<number, readonly number[]>;
  /** The variables of each variable's cell and family (women, men, other/unknown and total of one figure). */
  readonly partnersOf: readonly (readonly number[])[];
  /** Whether witnesses must respect the rules of the suppression list (see `TableState.ruleAware`). */
  readonly ruleAware: boolean;
  /** The number of each variable's cell (the figures of one row of one table share it). */
  readonly cellOf: Int32Array;
  /** Marks a protection programme is built with (see {@link ProtectionMarks}). */
  readonly marks: ProtectionMarks;
}

/**
 * Marks reused by every protection programme instead of sets made for each: a row, an observation
 * or a cell is marked when its mark equals `epoch`, and {@link nextEpoch} clears every mark at once.
 * `column` holds each variable's column in the last programme built (−1 outside it), `columns` that
 * programme's variables (whose columns the next epoch puts back to −1).
 * @internal
 */
export interface ProtectionMarks {
  epoch: number;
  columns: readonly number[];
  readonly column: Int32Array;
  readonly row: Uint32Array;
  readonly observation: Uint32Array;
  readonly cell: Uint32Array;
}

/** A new epoch of a state's marks: nothing is marked. @internal */
export function nextEpoch(marks: ProtectionMarks): number {
  for (const id of marks.columns) marks.column[id] = -1;
  marks.columns = [];
  marks.epoch++;
  return marks.epoch;
}

/** Builds the indexes of a protection state. @internal */
export function protectionIndexes(model: TableModel): {
  structRowsOf: number[][];
  movableOf: number[][];
  obsOf: number[][];
  weeksOf: Map<number, number[]>;
  partnersOf: number[][];
  cellOf: Int32Array;
  marks: ProtectionMarks;
} {
  const structRowsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  model.rows.forEach((r, i) => {
    for (const id of r.vars) structRowsOf[id]?.push(i);
  });
  const movableOf = model.rows.map((r) =>
    r.vars.filter((id) => {
      const v = model.vars[id];
      return v !== undefined && v.upper > v.lower;
    }),
  );
  const obsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  model.observations.forEach((o, i) => {
    const ids = new Set<number>(o.owners);
    if (o.bound !== undefined) ids.add(o.bound.varId);
    if (o.row !== undefined) for (const id of o.row.vars) ids.add(id);
    for (const id of ids) obsOf[id]?.push(i);
  });
  const weeksOf = new Map<number, number[]>();
  for (const v of model.vars) {
    if (v.kind !== 'weeks' || v.own || v.personsVar === null) continue;
    const list = weeksOf.get(v.personsVar);
    if (list === undefined) weeksOf.set(v.personsVar, [v.id]);
    else list.push(v.id);
  }
  const groups = new Map<string, number[]>();
  const cells = new Map<string, number>();
  const cellOf = new Int32Array(model.vars.length);
  const partnersOf: number[][] = model.vars.map((v, i) => {
    const cell = cellKey(v);
    let c = cells.get(cell);
    if (c === undefined) cells.set(cell, (c = cells.size));
    cellOf[i] = c;
    const key = `${cell}|${v.family}|${v.own ? 'own' : ''}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = []));
    g.push(v.id);
    return g;
  });
  const marks: ProtectionMarks = {
    epoch: 0,
    columns: [],
    column: new Int32Array(model.vars.length).fill(-1),
    row: new Uint32Array(model.rows.length),
    observation: new Uint32Array(model.observations.length),
    cell: new Uint32Array(cells.size),
  };
  return { structRowsOf, movableOf, obsOf, weeksOf, partnersOf, cellOf, marks };
}

/** A variable's cell as a key. */
function cellKey(v: TableVar): string {
  return v.cell.join('/');
}

/** Marks a variable's cell in the current epoch: a cell with a hidden figure, for {@link costOf}. @internal */
export function markCell(s: ProtectionState, id: number): void {
  s.marks.cell[s.cellOf[id] ?? 0] = s.marks.epoch;
}

/**
 * How reluctantly a variable is hidden: more persons cost more, the employer's figures most, a
 * figure of a cell with hidden figures (marked by {@link markCell} in the current epoch) less.
 * @internal
 */
export function costOf(s: ProtectionState, v: TableVar): number {
  const persons = v.kind === 'weeks' ? 1 : (v.persons ?? 1);
  const resort = v.lastResort === 2 ? 1e6 : v.lastResort === 1 ? 1e3 : 1;
  const row = s.marks.cell[s.cellOf[v.id] ?? 0] === s.marks.epoch ? 0.5 : 1;
  // an amount's violation is measured in NOK: scale it to one person's pay so that counts and sums compare
  const scale = v.kind === 'pay' ? 1 / Math.max(1, (s.truth[v.id] ?? 0) / Math.max(1, v.persons ?? 1)) : v.kind === 'weeks' ? 1 / 10 : 1;
  return (1 + persons) * resort * row * scale;
}

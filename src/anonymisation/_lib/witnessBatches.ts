/**
 * Witnesses in bulk for the attacker (ANON-7): before the targets of a large part are decided one by
 * one (each with programmes of its own), a few tables are solved over the neighbourhood of each batch
 * of neighbouring targets, in random directions that move every target of the batch at once. Every
 * table is one the reader cannot rule out (the neighbourhood's outside stays at a feasible table,
 * counts are whole), so the values it gives are kept as witnesses, and a target they already show
 * safe needs no programme of its own. `analyse` runs it twice: batches of 32 over radius-2
 * neighbourhoods, then what they left open in batches of 128 over radius-4 ones (tables that move
 * values across regions of units). On the tests' 1 000- and 2 000-unit employers this decides most
 * of the targets the audit used to solve one by one, and halves the audit's time. What both leave
 * open, `witnessEnds` moves one target at a time, each batch in one programme.
 * @internal
 */
import type { Highs } from 'highs';
import type { Constraints } from './constraints.js';
import { buildLp, neighbourhood } from './lpBuild.js';
import { LpSession } from './solver.js';
import { hashSeed, recordWitness, type Target, type Witnesses } from './witnesses.js';

/**
 * How many of a wide row's variables a neighbourhood takes (each row once), those that can move
 * down at the feasible table first: a table in which a hidden value rises needs others
 * of its row to fall. Without the cap, a row of a thousand sibling units put every sibling in every
 * batch's programme (the audit of 2 000 siblings, each unit's pay hidden, ran past ten minutes).
 */
const WIDE_ROW_FANOUT = 64;

/** The neighbourhoods' cap on wide rows, with room judged at the feasible table `point`. */
function wideRows(c: Constraints, point: Float64Array): { fanout: number; room: (id: number) => boolean } {
  return { fanout: WIDE_ROW_FANOUT, room: (id) => (point[id] ?? 0) > (c.lower[id] ?? 0) + 1e-9 };
}

/** Targets in one batch. */
const BATCH = 32;
/** Tables solved for a batch (in pairs of opposite directions). */
const BATCH_DIRECTIONS = 4;

/**
 * Tables in random directions over the neighbourhood of each batch of neighbouring targets (every
 * second one the previous one's opposite, so each target is pushed both ways), kept as witnesses.
 * With `open` (whether the tables seen leave a target open), a batch none of whose targets is open
 * is skipped, and its directions stop once none is: on the tests' 4 000-unit employer 12 batches were
 * skipped and 94 stopped early, 239 solves fewer (three of them in a programme of 13 900 columns
 * that took 0.7 s), and the table hid 15 figures fewer.
 * Returns, for an average of weeks, the averages the tables found (each a table the reader cannot
 * rule out, with its persons at least one).
 * @internal
 */
export function witnessBatches(
  highs: Highs,
  c: Constraints,
  ts: readonly Target[],
  tables: { readonly point: Float64Array; readonly outer: Witnesses; readonly inner: Witnesses },
  unknown: (id: number) => boolean,
  fixed: (id: number) => boolean,
  batches: { readonly radius: number; readonly size: number } = { radius: 2, size: BATCH },
  open?: (t: Target) => boolean,
): Map<Target, [number, number]> {
  const { point, inner } = tables;
  const averages = new Map<Target, [number, number]>();
  const startOf = (t: Target): number[] =>
    [...t.vars, ...(t.main.kind === 'weeks' && t.main.personsVar !== null ? [t.main.personsVar] : [])].filter((x) => unknown(x));
  const wanted = open === undefined ? undefined : (batch: readonly Target[]): boolean => batch.some(open);
  inBatches(highs, c, ts, tables, fixed, batches, startOf, wanted, (batch, start, { cols, index, session }) => {
    const valueAt = (x: Float64Array, id: number): number => {
      const col = index.get(id);
      return col === undefined ? (point[id] ?? 0) : (x[col] ?? 0);
    };
    let seed = hashSeed(start[0] ?? 0);
    const sign = new Float64Array(batch.length);
    for (let k = 0; k < BATCH_DIRECTIONS; k++) {
      if (open !== undefined && k > 0 && !batch.some(open)) break;
      const cost = new Float64Array(cols.length);
      batch.forEach((t, j) => {
        const col = index.get(t.vars[0] ?? -1);
        if (col === undefined) return;
        seed = (seed * 1103515245 + 12345) >>> 0;
        if (k % 2 === 0) sign[j] = seed & 0x10000 ? 1 : -1;
        else sign[j] = -(sign[j] ?? 1);
        const scale = t.main.kind === 'count' ? 1 : t.main.kind === 'weeks' ? 0.1 : 1 / Math.max(1, t.persons) / 1000;
        cost[col] = (sign[j] ?? 1) * scale;
      });
      const res = session.solve(cost, 1);
      if (res.status !== 'optimal' || !recordWitness(c, cols, res.x, inner)) continue;
      for (const t of batch) {
        if (t.main.kind !== 'weeks' || t.main.personsVar === null) continue;
        const persons = Math.round(valueAt(res.x, t.main.personsVar));
        if (persons < 1) continue;
        const average = valueAt(res.x, t.main.id) / persons;
        const seen = averages.get(t);
        if (seen === undefined) averages.set(t, [average, average]);
        else averages.set(t, [Math.min(seen[0], average), Math.max(seen[1], average)]);
      }
    }
  });
  return averages;
}

/**
 * Each target's own ends over the neighbourhood of its batch: one programme per batch of
 * neighbouring targets (the outside at a feasible table), maximised for each target still open
 * (`open`) in turn and, if that table leaves it open, minimised, warm-started from the previous
 * solve (the tests' 4 000-unit employer: every target shown safe by its maximum, 927 solves instead
 * of 1 852). Every solution whole where counts are is a table the reader cannot rule out, kept as a
 * witness. Random directions move a batch's targets together but share one budget: where many
 * hidden values hang on one published total (a thousand sibling units' pay under their parent's), a
 * table in a random direction moves only a few of them, and each target's own programme, solved
 * alone, costs a programme of the whole row each time.
 * @internal
 */
export function witnessEnds(
  highs: Highs,
  c: Constraints,
  ts: readonly Target[],
  tables: { readonly point: Float64Array; readonly outer: Witnesses; readonly inner: Witnesses },
  unknown: (id: number) => boolean,
  fixed: (id: number) => boolean,
  open: (t: Target) => boolean,
  batches: { readonly radius: number; readonly size: number } = { radius: 2, size: BATCH },
): void {
  const startOf = (t: Target): number[] => (open(t) ? t.vars.filter((x) => unknown(x)) : []);
  inBatches(highs, c, ts, tables, fixed, batches, startOf, undefined, (batch, _start, { cols, index, session }) => {
    for (const t of batch) {
      if (!open(t)) continue;
      const col = index.get(t.vars[0] ?? -1);
      if (col === undefined) continue;
      const cost = new Float64Array(cols.length);
      cost[col] = 1;
      // raised first; lowered only while the tables seen leave it open (as `analyse` decides a small part's target)
      for (const sense of [-1, 1] as const) {
        if (sense === 1 && !open(t)) break;
        const res = session.solve(cost, sense);
        if (res.status === 'optimal') recordWitness(c, cols, res.x, tables.inner);
      }
    }
  });
}

/**
 * The batches of neighbouring targets (the table's variables are numbered cell by cell, unit by
 * unit), each with one programme over the neighbourhood of its targets' figures (`startOf`; a batch
 * without any, or one `wanted` says no to, is skipped), the outside at the feasible table: `work`
 * solves in it, and the programme is freed after.
 */
function inBatches(
  highs: Highs,
  c: Constraints,
  ts: readonly Target[],
  tables: { readonly point: Float64Array; readonly outer: Witnesses },
  fixed: (id: number) => boolean,
  { radius, size }: { readonly radius: number; readonly size: number },
  startOf: (t: Target) => number[],
  wanted: ((batch: readonly Target[]) => boolean) | undefined,
  work: (batch: readonly Target[], start: readonly number[], lp: { cols: readonly number[]; index: ReadonlyMap<number, number>; session: LpSession }) => void,
): void {
  const { point, outer } = tables;
  const wide = wideRows(c, point);
  const sorted = [...ts].sort((a, b) => a.main.id - b.main.id);
  for (let from = 0; from < sorted.length; from += size) {
    const batch = sorted.slice(from, from + size);
    if (wanted !== undefined && !wanted(batch)) continue;
    const start = batch.flatMap(startOf);
    if (start.length === 0) continue;
    const cols = neighbourhood(c, start, radius, fixed, wide);
    const lp = buildLp(c, cols, point, outer, 'inner', true);
    const session = new LpSession(highs, lp.data);
    try {
      work(batch, start, { cols, index: lp.index, session });
    } finally {
      session.dispose();
    }
  }
}

/**
 * The constraints a reader has in one state of a table (ANON-7): the model's structural rows, the
 * observations of the figures that are published, and each variable's bounds — its structure
 * (0 … head count, ≥ 0), its published value, and for a hidden count the values its rule allows
 * (ANON-6). Built once per state; `publish` changes the state by hiding variables.
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import { baseOf, countDomain, type Piece } from './domains.js';
import { MAX_WEEKS_PER_PERSON, type Observation, type TableModel, type TableRow, type TableVar } from './tableModel.js';

/** Why a variable is hidden (the suppression list's rule), or null while published. @internal */
export type HiddenRule = 'primary' | 'secondary' | 'by-choice' | 'unknown';

/** A state: which variables are hidden and why. @internal */
export interface TableState {
  readonly model: TableModel;
  readonly policy: PublicationPolicy;
  /** Per variable: null = published (or, for `own`, never published), else the rule. */
  readonly hidden: readonly (HiddenRule | null)[];
  /** Whether an observation is active (its figure published). */
  readonly active: (o: Observation) => boolean;
  /** The value of a count when known to the one who decides (publish: the truth; the audit: a published count), else null. */
  readonly known: (id: number) => number | null;
  /**
   * Whether the reader also reasons from the suppression list's rules (a value hidden by a threshold
   * fails it, one hidden to protect another passes it). Off by default: ANON-7's reader knows the
   * figures and the relations.
   */
  readonly ruleAware: boolean;
}

/** The reader's constraints in a state. @internal */
export interface Constraints {
  readonly state: TableState;
  /** Bounds of every variable (published values, structure; a hidden count's domain hull). */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** A hidden count's allowed values (ANON-6), as pieces; null = every value within its bounds. */
  readonly domain: readonly (readonly Piece[] | null)[];
  /** Active rows (structure + published observations). */
  readonly rows: readonly TableRow[];
  /** Rows of each variable. */
  readonly rowsOf: readonly (readonly number[])[];
  /** The observation of each bound (for the explanation), per variable. */
  readonly boundSources: readonly (readonly Observation[])[];
}

/**
 * True for a figure whose value the table states: published, or left out by choice (ratios only,
 * STAT-B0: no secret of a small group, and a women's share of men's pay the table leaves undefined
 * still tells that the men's pay is 0). @internal
 */
export function isStated(rule: HiddenRule | null | undefined): boolean {
  return rule === null || rule === 'by-choice';
}

/**
 * Whether a published figure is still published in a state: every owner published, or hidden by a
 * rule the figure stays with (a median beside a mean hidden to protect another, ANON-4; a women's
 * share of men's pay beside amounts left out by choice, STAT-B0). @internal
 */
export function isStillPublished(o: Observation, hidden: readonly (HiddenRule | null)[]): boolean {
  for (const w of o.owners) {
    const rule = hidden[w] ?? null;
    if (!(rule === null || ((rule === 'secondary' || rule === 'by-choice') && o.keptWith?.includes(rule) === true))) return false;
  }
  return true;
}

/** True when the variable's value is not published (hidden, or a unit's own staff). @internal */
export function isUnknown(state: TableState, v: TableVar): boolean {
  return v.own || state.hidden[v.id] !== null;
}

/** The rows (or bounds' observations) of a variable that has none: one array for all, never written. */
const NONE: readonly never[] = Object.freeze([]);

/**
 * What the constraints of every state of a model start from: each variable's structural bounds,
 * the structural rows (the per-person bounds of weeks apart) and how many of them each variable
 * is in. Made once per model: `publish` builds the constraints of each of its rounds, and reading
 * a hundred thousand variables' fields took a third of each build.
 */
interface ModelStructure {
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly rows: readonly TableRow[];
  readonly perPerson: readonly TableRow[];
  readonly rowCount: Int32Array;
}

const structures = new WeakMap<TableModel, ModelStructure>();

function structureOf(model: TableModel): ModelStructure {
  const cached = structures.get(model);
  if (cached !== undefined) return cached;
  const n = model.vars.length;
  const lower = new Float64Array(n);
  const upper = new Float64Array(n);
  for (const v of model.vars) {
    lower[v.id] = v.lower;
    upper[v.id] = v.upper;
  }
  const rows: TableRow[] = [];
  const perPerson: TableRow[] = [];
  for (const r of model.rows) (r.kind === 'weeks-per-person' ? perPerson : rows).push(r);
  const rowCount = new Int32Array(n);
  for (const r of rows) for (const id of r.vars) rowCount[id] = (rowCount[id] ?? 0) + 1;
  const made: ModelStructure = { lower, upper, rows, perPerson, rowCount };
  structures.set(model, made);
  return made;
}

/** Builds the constraints of a state. @internal */
export function constraintsOf(state: TableState): Constraints {
  const { model, policy } = state;
  const n = model.vars.length;
  const structure = structureOf(model);
  const lower = structure.lower.slice();
  const upper = structure.upper.slice();
  const domain: (readonly Piece[] | null)[] = new Array<readonly Piece[] | null>(n).fill(null);
  // (an array of its own only for a variable with a bound: most have none, and `publish` builds the
  // constraints of every round of a table of a hundred thousand figures)
  const boundSources: (readonly Observation[])[] = new Array<readonly Observation[]>(n).fill(NONE);
  const rows: TableRow[] = structure.rows.slice();
  const count = structure.rowCount.slice();
  for (const o of model.observations) {
    if (!state.active(o)) continue;
    if (o.bound !== undefined) {
      const { varId } = o.bound;
      lower[varId] = Math.max(lower[varId] ?? -Infinity, o.bound.lower);
      upper[varId] = Math.min(upper[varId] ?? Infinity, o.bound.upper);
      const sources = boundSources[varId];
      if (sources === undefined || sources === NONE) boundSources[varId] = [o];
      else (sources as Observation[]).push(o);
    } else if (o.row !== undefined) {
      rows.push(o.row);
      for (const id of o.row.vars) count[id] = (count[id] ?? 0) + 1;
    }
  }
  for (const v of state.ruleAware ? model.vars : []) {
    const rule = state.hidden[v.id];
    if (v.kind !== 'count' || v.own || (rule !== 'primary' && rule !== 'secondary')) continue;
    const d = countDomain(v, rule, policy, baseOf(v, state.known));
    domain[v.id] = d;
    const first = d[0];
    const last = d[d.length - 1];
    if (first !== undefined && last !== undefined) {
      lower[v.id] = Math.max(lower[v.id] ?? 0, first[0]);
      upper[v.id] = Math.min(upper[v.id] ?? Infinity, last[1]);
    }
  }
  // an average of weeks hidden by its threshold says its persons are 1 … min − 1; hidden to protect another, at least min (ANON-6)
  for (const v of state.ruleAware ? model.vars : []) {
    if (v.kind !== 'weeks' || v.own || v.personsVar === null) continue;
    const rule = state.hidden[v.id];
    const p = v.personsVar;
    if (rule === 'primary') {
      lower[p] = Math.max(lower[p] ?? 0, 1);
      upper[p] = Math.min(upper[p] ?? Infinity, policy.parentalLeaveMinPersons - 1);
    } else if (rule === 'secondary') {
      lower[p] = Math.max(lower[p] ?? 0, policy.parentalLeaveMinPersons);
    }
  }
  // at most 53 weeks per person: a bound on the weeks where the persons are published (where they
  // are not, the row is left out: its coefficient would make integral tables hard to find, and the
  // averages' own rows bound the weeks by the persons)
  for (const r of structure.perPerson) {
    const [w, p] = r.vars;
    if (w === undefined || p === undefined) continue;
    if ((upper[p] ?? Infinity) - (lower[p] ?? 0) <= 0) upper[w] = Math.min(upper[w] ?? Infinity, MAX_WEEKS_PER_PERSON * (upper[p] ?? 0));
  }
  // each variable's rows in an array of its own length (counted as they were listed)
  const rowsOf = new Array<readonly number[]>(n).fill(NONE);
  const filled = new Int32Array(n);
  rows.forEach((r, i) => {
    for (const id of r.vars) {
      let list = rowsOf[id];
      if (list === NONE) rowsOf[id] = list = new Array<number>(count[id] ?? 0);
      const k = filled[id] ?? 0;
      (list as number[])[k] = i;
      filled[id] = k + 1;
    }
  });
  return { state, lower, upper, domain, rows, rowsOf, boundSources };
}

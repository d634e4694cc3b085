/**
 * What must not be disclosed in a state of a table (ANON-3, ANON-7): every hidden value (a count
 * also to the published decimal of the percents hidden with it); the figures of a unit's own staff
 * outside its sub-units (never published, but a small group whose count or pay could be
 * recomputed); and several hidden pay cells of one relation whose combined figure (fewer persons
 * than the threshold) could be recomputed.
 * @internal
 */
import { derivedRange, knownToDecimal, target, type CountDerived, type Target } from './witnesses.js';
import { baseOf, countFails } from './domains.js';
import { impliedCounts, structuralRange } from './implied.js';
import { isStated, isUnknown, type Constraints } from './constraints.js';
import type { JsonPath } from '../types.js';
import type { DerivedFigure, Observation, TableModel, TableVar } from './tableModel.js';

/**
 * The targets of a state. `truth` (publish) leaves out a unit's own counts whose true value passes
 * the threshold (they can never be a disclosure). `medianOfZero` (the audit's) names the hidden
 * men's means of one or two persons (their median) whose cell publishes a women's median of 0.00
 * and hides the women's share of men's median: they carry `maxLow` as for a women's mean of 0.00.
 * @internal
 */
export function targetsOf(c: Constraints, truth: Float64Array | null, options: { readonly medianOfZero?: ReadonlySet<number> } = {}): Target[] {
  const { model, policy } = c.state;
  const out: Target[] = [];
  // a mean as the one who decides knows it (publish: the truth; the audit: a published mean)
  const meanOf = (w: TableVar): number | null => {
    const sum = truth !== null ? (truth[w.id] ?? null) : c.state.hidden[w.id] === null ? (w.value?.toNumber() ?? null) : null;
    return sum === null || !(w.persons !== null && w.persons > 0) ? null : sum / w.persons;
  };
  const ratioUnit = 10 ** -model.percentDecimals;
  const published = (id: number): number | null => (c.state.hidden[id] === null && model.vars[id]?.own === false ? c.state.known(id) : null);
  const implied = impliedCounts(model, published, published, { sources: false });
  const range = structuralRange(model, implied, c.state.known);
  // the men's pay figures whose cell publishes its women's share of men's pay (the audit's)
  const sharePublished = new Set<number>();
  if (truth === null) for (const o of model.observations) if (o.row?.kind === 'ratio' && c.state.active(o)) sharePublished.add(o.owners[1] ?? -1);
  for (const v of model.vars) {
    if (v.own) {
      if (v.kind === 'count') {
        if (v.countRule !== 'attribute') continue;
        // a unit's own staff inside a larger group that publishes "none" or "all": nothing new (ANON-2)
        if (implied.has(v.id)) continue;
        const n = baseOf(v, c.state.known);
        if (n === null) continue;
        if (truth !== null && !countFails(v, Math.round(truth[v.id] ?? 0), policy, n)) continue;
        out.push(target({ key: v.key, kind: 'remainder', main: v, vars: [v.id], coefs: [1], persons: n }));
      } else if (v.kind === 'pay') {
        const n = v.persons ?? 0;
        if (n > 0 && n < policy.payMinPersons) out.push(target({ key: v.key, kind: 'remainder', main: v, vars: [v.id], coefs: [1], persons: n }));
      }
      continue;
    }
    // an amount left out by choice (ratios only, STAT-B0) is no secret of a small group, and a table
    // without amounts fixes them only up to scale: a reader pins one only at 0, through a women's
    // share of men's pay the table states undefined (see TableModel.zeroPay)
    if (isStated(c.state.hidden[v.id])) continue;
    const persons = v.kind === 'weeks' ? 0 : v.kind === 'count' ? (baseOf(v, c.state.known) ?? -1) : (v.persons ?? 0);
    const pair = model.vars[model.pairOf.get(v.id) ?? -1];
    // only while the share is hidden too (a published share ties the two means: the model has it)
    const minWidth = v.kind === 'pay' && pair !== undefined ? ratioWidth(v, pair, meanOf, ratioUnit) : undefined;
    // (the audit's: `publish` publishes such a share instead, see its determined shares)
    const maxLow =
      v.kind === 'pay' && pair !== undefined && truth === null
        ? ((!sharePublished.has(v.id) ? shareOfZeroLow(v, pair, meanOf, ratioUnit) : undefined) ??
          (options.medianOfZero?.has(v.id) === true ? shareOfZeroLowest(ratioUnit) : undefined))
        : undefined;
    const small = v.kind === 'count' && v.countRule === 'attribute' && persons > 0 && persons < policy.attributeMinCount;
    const ends = small ? ([range.lo[v.id] ?? 0, range.hi[v.id] ?? persons] as const) : undefined;
    const derived = v.kind === 'count' ? derivedOfCount(c, v, truth, ratioUnit) : [];
    out.push(
      target({
        key: v.key,
        kind: 'value',
        main: v,
        vars: [v.id],
        coefs: [1],
        persons,
        ends: ends !== undefined && ends[0] < ends[1] ? ends : undefined,
        minWidth,
        maxLow,
        derived: derived.length > 0 ? derived : undefined,
      }),
    );
  }
  // several hidden pay cells of one partition whose combined figure is known (ANON-3)
  for (const row of c.rows) {
    if (row.kind !== 'breakdown' && row.kind !== 'unit-tree') continue;
    const first = model.vars[row.vars[0] ?? -1];
    if (first?.kind !== 'pay') continue;
    const pos: number[] = [];
    const neg: number[] = [];
    row.vars.forEach((id, k) => {
      const v = model.vars[id];
      if (v === undefined || !isUnknown(c.state, v)) return;
      ((row.coefs[k] ?? 0) > 0 ? pos : neg).push(id);
    });
    const group = pos.length === 0 ? neg : neg.length === 0 ? pos : null;
    if (group === null || group.length < 2) continue;
    const persons = group.reduce((s, id) => s + (model.vars[id]?.persons ?? 0), 0);
    if (!(persons > 0 && persons < policy.payMinPersons)) continue;
    const members = group.map((id) => model.vars[id]).filter((v): v is NonNullable<typeof v> => v !== undefined);
    members.sort((a, b) => (a.key < b.key ? -1 : 1));
    const main = members[0];
    if (main === undefined) continue;
    out.push(
      target({
        key: `${main.key}/+${members.length - 1}`,
        kind: 'combination',
        main,
        vars: members.map((m) => m.id),
        coefs: members.map(() => 1),
        persons,
      }),
    );
  }
  return out;
}

/** The percents derived from one count, with the observations that publish them. */
type DerivedIndex = ReadonlyMap<number, readonly { readonly figure: DerivedFigure; readonly published: readonly Observation[] }[]>;
const derivedIndexes = new WeakMap<TableModel, DerivedIndex>();

/**
 * Per count, the percents derived from it (a percent of a base, a coverage, a women's share of the
 * category), made once per model. A derived figure's observations are found by its path itself:
 * the model's builder gives a percent and the observations that publish it one path array
 * (buildTableModel.test.ts checks it), so no path is turned into a key (at 4 000 units, 160 000
 * keys, 0.1–0.2 s of each publication and audit).
 */
function derivedIndexOf(model: TableModel): DerivedIndex {
  const cached = derivedIndexes.get(model);
  if (cached !== undefined) return cached;
  const observed = new Map<JsonPath, Observation[]>();
  for (const o of model.observations) {
    if (!isPercentPath(o.path)) continue;
    const list = observed.get(o.path);
    if (list === undefined) observed.set(o.path, [o]);
    else list.push(o);
  }
  const index = new Map<number, { figure: DerivedFigure; published: readonly Observation[] }[]>();
  for (const figure of model.derived) {
    if (figure.kind !== 'percent' && figure.kind !== 'coverage' && figure.kind !== 'share-of-category') continue;
    const published = observed.get(figure.path) ?? [];
    for (const owner of figure.owners) {
      const list = index.get(owner);
      if (list === undefined) index.set(owner, [{ figure, published }]);
      else list.push({ figure, published });
    }
  }
  derivedIndexes.set(model, index);
  return index;
}

/**
 * Whether a path names a percent derived from counts (a percent of a base, a coverage, a women's
 * share of the category).
 * @example
 * ```ts
 * isPercentPath(['units', 'A', 'temporary', 'women', 'percentOfAll']); // true
 * ```
 * @internal
 */
export function isPercentPath(path: JsonPath): boolean {
  const last = path[path.length - 1];
  return last === 'percentOfAll' || last === 'percentOfSex' || last === 'coverage' || last === 'womenShareOfCategory';
}

/**
 * The percents hidden with a hidden count that follow from it (ANON-7), each as a function of the
 * count with the other count behind it at the value the one who decides knows (`publish`: the
 * truth; the audit: a published count, else it is left to the audit's check of derived figures).
 * One that every value of the count within its bounds (0 … the persons of its group, whatever else
 * is published) leaves at one published figure is left out: no hiding can protect it (a percent of
 * a base so large that the count's whole range keeps it at one published figure, or a share that
 * is the same whatever the count), and `publish` publishes it (see {@link fixedByBounds}).
 */
function derivedOfCount(c: Constraints, v: TableVar, truth: Float64Array | null, unit: number): CountDerived[] {
  const out: CountDerived[] = [];
  for (const { figure, published } of derivedIndexOf(c.state.model).get(v.id) ?? []) {
    if (published.some((o) => c.state.active(o))) continue;
    const other = figure.owners.find((o) => o !== v.id);
    const known = other === undefined ? null : truth !== null ? (truth[other] ?? null) : c.state.known(other);
    const b = boundsRange(figure, v, known, unit);
    if (b !== null && b.range !== null && !knownToDecimal(b.range[0], b.range[1], unit)) out.push(b.d);
  }
  return out;
}

/**
 * Whether a percent derived from a hidden count is the same published figure whatever the count is
 * within its bounds (0 … the persons of its group), the other count behind it at `known`: no hiding
 * can protect it, so it is left out of the targets, and `publish` publishes it where every table a
 * reader thinks possible gives that figure (ANON-2: given away).
 * @internal
 */
export function fixedByBounds(figure: DerivedFigure, v: TableVar, known: number | null, unit: number): boolean {
  const range = boundsRange(figure, v, known, unit)?.range ?? null;
  return range !== null && knownToDecimal(range[0], range[1], unit);
}

/**
 * A derived percent of a count as a function of it, and its range over the count's bounds (part-
 * timers are at least the answers): null when the percent does not exist or the other count is
 * unknown; a null range when it is undefined at every count it can be (so never published).
 */
function boundsRange(figure: DerivedFigure, v: TableVar, known: number | null, unit: number): { d: CountDerived; range: [number, number] | null } | null {
  const form = formOf(figure, figure.owners[0] === v.id, known);
  if (form === null) return null;
  // (its fields named in one order: one hidden class for every such figure, as for the model's variables)
  const d: CountDerived = { path: figure.path, p: form.p, q: form.q, s: form.s, r: form.r, unit };
  const lo = figure.kind === 'coverage' && form.s > 0 ? Math.max(v.lower, known ?? 0) : v.lower;
  return { d, range: lo <= v.upper ? derivedRange(d, lo, v.upper) : null };
}

/**
 * A derived percent as a function of one of its counts, the other at `known` (see
 * {@link CountDerived}): `first` is the count in its numerator (answered; women); null when the
 * other count is unknown or the percent does not exist (a base or a number of part-timers of 0).
 */
function formOf(figure: DerivedFigure, first: boolean, known: number | null): Pick<CountDerived, 'p' | 'q' | 's' | 'r'> | null {
  if (figure.kind === 'percent') return (figure.base ?? 0) > 0 ? { p: 100, q: 0, s: 0, r: figure.base ?? 0 } : null;
  if (known === null) return null;
  if (figure.kind === 'coverage') return first ? (known > 0 ? { p: 100, q: 0, s: 0, r: known } : null) : { p: 0, q: 100 * known, s: 1, r: 0 };
  return first ? { p: 100, q: 0, s: 1, r: known } : { p: 0, q: 100 * known, s: 1, r: known };
}

/**
 * The lowest a hidden men's mean must be able to reach when the women's mean of its cell is
 * published as 0.00 and their share of men's pay is hidden: see {@link shareOfZeroLowest}.
 */
function shareOfZeroLow(v: TableVar, women: TableVar, meanOf: (w: TableVar) => number | null, unit: number): number | undefined {
  if (v.slot !== 'men') return undefined;
  const theirs = meanOf(women);
  if (theirs === null || !(theirs >= 0 && theirs < HALF_ORE)) return undefined;
  return shareOfZeroLowest(unit);
}

/** A published amount of 0.00 (a mean or median below half an øre). @internal */
export function isZeroText(value: unknown): boolean {
  return typeof value === 'string' && Number(value) === 0;
}

/** Half of the øre a published mean is rounded to (NOK). @internal */
export const HALF_ORE = 0.005;

/**
 * A women's share of men's pay beside a women's mean published as 0.00 (below 0.005 NOK) is below
 * 100 × 0.005 / men's mean: narrower than one published decimal (`unit`, a percent), so known to a
 * reader, unless the men's mean can be as low as 0.5 / unit (5 NOK for one decimal). This is that
 * lowest men's mean, 1 % below it so that the share's interval is more than one decimal wide.
 * @internal
 */
export function shareOfZeroLowest(unit: number): number {
  return (100 * HALF_ORE) / unit / 1.01;
}

/**
 * The width a hidden mean's interval needs so that its cell's women's share of men's pay — hidden
 * with it — is not known to its published decimal: the share moves by `unit` when the women's mean
 * moves by unit × men's / 100, or the men's by about unit × men² / (100 × women's).
 */
function ratioWidth(v: TableVar, other: TableVar, meanOf: (w: TableVar) => number | null, unit: number): number | undefined {
  if (v.slot !== 'women' && v.slot !== 'men') return undefined;
  const mine = meanOf(v);
  const theirs = meanOf(other);
  if (theirs === null || !(theirs > 0)) return undefined;
  if (v.slot === 'women') return (unit / 100) * theirs;
  // beside a women's mean below half an øre (published 0.00) the share is 0.0 whatever the men's
  // mean could be: no width makes it otherwise (see `shareOfZeroLowest` and `publish`'s determined shares)
  if (mine === null || !(mine > 0) || theirs < HALF_ORE) return undefined;
  return ((unit / 100) * mine * mine) / theirs;
}

/**
 * The independent attacker of issue 14 (ANON-3, ANON-7): given a published table (the JSON object
 * `publish` returns, shape in docs/published-table.md), it builds an integer linear programme of
 * every relation the table implies and computes, for every hidden value, the interval of values
 * that are consistent with everything published. Written apart from the library's audit (nothing
 * under src/anonymisation/_lib/ is read or imported); it reads only the published JSON.
 *
 * ## The programme
 *
 * Variables (all ≥ 0): per cell (the employer, every unit) and sex (women, men, other/unknown) the
 * integer counts of temporary, part-time, involuntary part-time (`true`) and answered part-timers,
 * and their totals; per cell and sex (women, men) the integer parental-leave persons and the
 * continuous sum of their weeks; per pay section (monthly, agreed, each component), cell (total,
 * level, group, unit) and sex the continuous mean and median (NOK). Published values fix their
 * variable (counts exactly, every rounded figure to the interval of its rounding: `"88.2"` with one
 * decimal is [88.15, 88.25], money ± 0.005 NOK). Relations:
 *
 * - sexes: women + men + other/unknown = total, per attribute and cell;
 * - bounds: a count ≤ the cell's head count of that sex (`population`, always published);
 *   involuntary ≤ answered ≤ part-timers (the part-time count of the same slot, one variable);
 * - percents: count × 100 / base within the rounding of `percentOfAll` (base: the cell's head
 *   count) and `percentOfSex` (the sex's head count) — for an integer count these are exact integer
 *   bounds, half-up rounding makes the upper end open; `womenShareOfCategory` (women / (women + men))
 *   and `coverage` (answered / part-timers) as homogeneous integer rows, the open end as `≤ −1`;
 * - the unit tree: a unit = its sub-units + its own staff outside them, for every count and sex
 *   (the own part an integer between 0 and the own head count, which the published head counts give)
 *   and for the pay sums (count × mean; the own part ≥ 0, 0 when the own pay count is 0); the
 *   employer = its top units + the `null` unit;
 * - parental leave: weeks = average × persons within rounding; persons and weeks add up over the
 *   unit tree (the own part ≥ 0 with no upper bound: leave is a flow over the financial year that
 *   includes leavers, DEF-PL, so persons are not bounded by the head count unless
 *   `options.parentalLeavePopulation` is `reference-date`);
 * - pay: levels, groups and the total partition the same persons (Σ count × mean over the cells =
 *   the total's count × mean, when the published pay counts add up); a cell's monthly mean = the sum
 *   of its component means (`options.monthlyPayComponents`; ≥ when a component that is not
 *   published is part of it), agreed likewise (`options.agreedPayComponents`), monthly ≥ agreed when
 *   agreed's components are part of monthly's; `womenShareOfMen` = women's / men's × 100 within
 *   rounding; a median of 1 or 2 persons is the mean; a median m of n ≥ 0 values with sum s has
 *   (⌊n/2⌋ + 1) m ≤ s;
 * - what `null` says (docs/published-table.md: "a hidden value is `null`", listed in `suppressed`):
 *   a listed `null` is hidden — and, since issue 14's rewrite, a figure derived from a hidden one
 *   is listed whether or not it would exist, so a listed `null` says nothing about its
 *   denominator; a `null` not listed is undefined, so its denominator is 0 (no women or men with
 *   the attribute, no part-timers, no persons on leave, men's mean 0) — except an amount, which may
 *   also be not available (the medians of merged levels). A table that breaks this makes the attack
 *   test's soundness check fail, naming the value. The tables published before issue 14 listed
 *   only values that exist; `listedExists` reads them so;
 * - merged levels (`merges`): their amounts are taken within ± 0.01 NOK and their shares with that
 *   slack, as today's `publish` computes them from the merged levels' rounded means.
 *
 * ## Solving
 *
 * Published counts are constants; a published amount is an interval constant: in each row it is
 * replaced by its rounding interval (the row's exact projection; over several rows a relaxation,
 * at most a rounding per row, so sound) unless a hidden share reads it. The unknowns split into
 * independent components (the temporary counts of a unit tree, the hidden pay of some cells, …),
 * each solved with HiGHS (WebAssembly) as an LP warm-started between objectives (primal simplex):
 *
 * 1. feasible points: a few LPs with random objectives (in a box of 10× the largest published
 *    figure, so that they are bounded: a point in the box is a point of the programme). A value
 *    that differs between points by more than its resolution (and by more than ±1 %) is not
 *    recovered; an integer is not when two integral points give it two values, or when points
 *    4 apart leave 4 or more integers in its LP interval (then MIP is not tried, as the issue says);
 * 2. pinned values in bulk: the values on which all points agree form a group; a random positive
 *    combination of them is minimised and maximised; a new point that moves one member takes it
 *    out; when twice in a row (independent weights) no member moves, the combination is constant
 *    on the LP and so is every member (a random combination of varying values is constant only on
 *    a set of weights of measure zero);
 * 3. one by one, the rest: the LP minimum and maximum; an integer's rounded inwards (ceil / floor
 *    after a 1e-6 tolerance, which only widens), and when 2 or 3 integers remain, a MIP decides
 *    each end that the LP reached at a fractional point; a ratio of unknowns (a hidden share, a
 *    hidden average over hidden persons) first by interval arithmetic over the proven intervals,
 *    then by Dinkelbach's method on the same LP (max r: solve max num − r·den from the best known
 *    r until it is 0), stopping as soon as the ratios found show it neither recovered nor narrowed;
 *    an integer's rounded interval becomes its bounds (a valid cut), and the values solved before
 *    a later cut are solved again (up to 4 passes).
 *
 * `{ exhaustive: true }` skips the shortcuts of 1 and 2 (an LP minimum and maximum for every
 * value); the tests check that the shortcuts change no verdict.
 *
 * Every bound is sound for the true values: closed intervals where the rounding leaves an open
 * end (the exact integer bounds excepted), tolerances only ever widen, an LP that is unbounded or
 * fails gives no bound. The tests check every interval against the true mapping.
 *
 * A value is **recovered** when its interval is one value: a count a single integer; an amount or
 * weeks narrower than one unit of its last published decimal (money: 0.01 NOK, i.e. ± 0.005, pinned
 * to the øre); a percent when every value of its interval rounds to one published figure (the
 * reader knows what the table would print). It is **narrowed** when its interval is within ±1 % of its midpoint
 * (amounts, shares and weeks).
 */
import highsLoader, { type Highs } from 'highs';

/** A JSON path into the published table. */
export type Path = readonly (string | number)[];
/** What a hidden value is. */
export type ValueKind = 'count' | 'amount' | 'percent' | 'weeks';

/** The attacker's verdict on one hidden value. */
export interface HiddenValue {
  readonly path: Path;
  readonly kind: ValueKind;
  /** Lower end of the feasible interval (an inner bound when `exact` is false). */
  readonly lo: number;
  /** Upper end of the feasible interval (an inner bound when `exact` is false). */
  readonly hi: number;
  /** True when lo/hi are the interval's ends (LP, MIP, Dinkelbach), false when only feasible points showed it wide. */
  readonly exact: boolean;
  /** The interval is one value (counts) or narrower than the published resolution. */
  readonly recovered: boolean;
  /** The interval is within ±1 % of its midpoint (amounts, shares, weeks; not counts and their percents). */
  readonly narrowed: boolean;
  /** Listed in `suppressed` (false: a `null` the table does not list, taken as hidden because it cannot be undefined). */
  readonly listed: boolean;
  /** The suppression's rule when listed. */
  readonly rule: string | null;
  /** How the interval was found. */
  readonly method: 'published' | 'bounds' | 'points' | 'lp' | 'mip' | 'dinkelbach';
}

/** The result of {@link attack}. */
export interface AttackResult {
  readonly hidden: readonly HiddenValue[];
  /** Hidden paths the attacker has no model for (a new field in the published table). */
  readonly unmodelled: readonly Path[];
  readonly stats: {
    readonly variables: number;
    readonly rows: number;
    readonly components: number;
    readonly lp: number;
    readonly mip: number;
    readonly ms: number;
  };
}

/** Options of {@link attack}. */
export interface AttackOptions {
  /** Use MIP for integers whose LP interval holds 2 or 3 integers (default true). */
  readonly mip?: boolean;
  /** Random-objective LPs per component before the exact ones (default 2). */
  readonly witnesses?: number;
  /**
   * Skip the shortcuts (values settled by points, pinned values in bulk, ratios stopped early):
   * an LP minimum and maximum (and MIP) for every hidden value. Slow; the tests use it to check
   * that the shortcuts change no verdict.
   */
  readonly exhaustive?: boolean;
  /**
   * The publisher lists only values that exist (a listed `null` has a denominator > 0, a listed
   * average of weeks has persons on leave). True of the tables the library published before issue
   * 14 (the leaky fixtures); today's `publish` lists a figure derived from a hidden one either way,
   * so the default is false.
   */
  readonly listedExists?: boolean;
}

// ---------------------------------------------------------------------------------------------
// reading the JSON

type Json = unknown;
type Obj = { readonly [k: string]: Json };

function isObj(x: Json): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function obj(x: Json): Obj {
  return isObj(x) ? x : {};
}
function arr(x: Json): readonly Json[] {
  return Array.isArray(x) ? x : [];
}
/** A published count (`number`), `null`, or undefined when absent. */
function countOf(x: Json): number | null | undefined {
  return typeof x === 'number' ? x : x === null ? null : undefined;
}
/** A published decimal string (or number), `null`, or undefined when absent. */
function decimalOf(x: Json): string | null | undefined {
  return typeof x === 'string' ? x : typeof x === 'number' ? String(x) : x === null ? null : undefined;
}

/** The value at a path of a JSON value. */
export function valueAt(root: Json, path: Path): Json {
  let x: Json = root;
  for (const k of path) {
    if (typeof k === 'number') x = Array.isArray(x) ? x[k] : undefined;
    else x = isObj(x) ? x[k] : undefined;
    if (x === undefined) return undefined;
  }
  return x;
}

/** Digits of a decimal string: value = units / 10^decimals. */
function decimalParts(s: string): { units: bigint; decimals: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s.trim());
  if (m === null) throw new Error(`attacker: not a decimal: ${s}`);
  const frac = m[3] ?? '';
  const units = BigInt((m[2] ?? '0') + frac);
  return { units: m[1] === '-' ? -units : units, decimals: frac.length };
}

/** The closed interval of the exact values that round half-up to `s` (widened by a hair for float safety). */
function roundingInterval(s: string): [number, number] {
  const { units, decimals } = decimalParts(s);
  const x = Number(units) / 10 ** decimals;
  const h = 0.5 / 10 ** decimals;
  const eps = 1e-12 * Math.max(1, Math.abs(x));
  return [x - h - eps, x + h + eps];
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b < a ? q + 1n : q;
}

/** Integer counts x with x × 100 / base rounding half-up to `s`: [lo, hi] (hi < lo when none). */
function countsForPercent(s: string, base: number): [number, number] {
  const { units, decimals } = decimalParts(s);
  const scale = 200n * 10n ** BigInt(decimals); // x·200·10^d ∈ [(2P−1)·base, (2P+1)·base)
  const b = BigInt(base);
  const lo = ceilDiv((2n * units - 1n) * b, scale);
  const hi = ceilDiv((2n * units + 1n) * b, scale) - 1n;
  return [Number(lo < 0n ? 0n : lo), Number(hi)];
}

// ---------------------------------------------------------------------------------------------
// the programme

interface Term {
  readonly v: number;
  readonly c: number;
}
interface Row {
  readonly terms: readonly Term[];
  readonly lo: number;
  readonly hi: number;
  readonly why: string;
}
interface Affine {
  readonly type: 'affine';
  readonly terms: readonly Term[];
}
interface Ratio {
  readonly type: 'ratio';
  readonly num: readonly Term[];
  readonly den: readonly Term[];
  readonly scale: number;
}
interface Target {
  readonly path: Path;
  readonly kind: ValueKind;
  readonly resolution: number;
  readonly expr: Affine | Ratio;
  readonly listed: boolean;
  readonly rule: string | null;
}

const INF = Number.POSITIVE_INFINITY;

class Program {
  readonly lo: number[] = [];
  readonly hi: number[] = [];
  readonly integer: boolean[] = [];
  /** A published amount: a variable only within its rounding interval. */
  readonly published: boolean[] = [];
  readonly names: string[] = [];
  readonly rows: Row[] = [];
  readonly targets: Target[] = [];
  readonly unmodelled: Path[] = [];

  variable(name: string, lo: number, hi: number, integer: boolean): number {
    this.lo.push(lo);
    this.hi.push(hi);
    this.integer.push(integer);
    this.published.push(false);
    this.names.push(name);
    return this.lo.length - 1;
  }

  /** Narrows a variable's bounds (never widens). */
  bound(v: number, lo: number, hi: number): void {
    this.lo[v] = Math.max(this.lo[v]!, lo);
    this.hi[v] = Math.min(this.hi[v]!, hi);
  }

  fix(v: number, value: number): void {
    this.bound(v, value, value);
  }

  row(terms: readonly Term[], lo: number, hi: number, why: string): void {
    this.rows.push({ terms, lo, hi, why });
  }
}

const SEXES = ['women', 'men'] as const;
type Sex3 = 'women' | 'men' | 'otherOrUnknown';
const SEX3: readonly Sex3[] = ['women', 'men', 'otherOrUnknown'];

interface Pop {
  readonly women: number;
  readonly men: number;
  readonly ou: number;
  readonly total: number;
}
function popOf(x: Json): Pop {
  const p = obj(x);
  const n = (k: string): number => (typeof p[k] === 'number' ? (p[k] as number) : 0);
  return { women: n('women'), men: n('men'), ou: n('other') + n('unknown'), total: n('total') };
}
function popSex(p: Pop, s: Sex3): number {
  return s === 'women' ? p.women : s === 'men' ? p.men : p.ou;
}

/** Counts of one attribute in one cell: a variable per sex and the total. */
interface AttributeVars {
  readonly sex: Record<Sex3, number>;
  readonly total: number;
}

interface CountCell {
  readonly prefix: Path;
  readonly pop: Pop;
  readonly temporary: AttributeVars;
  readonly partTime: AttributeVars;
  readonly involuntary: AttributeVars;
  readonly answered: AttributeVars;
  readonly leavePersons: Record<'women' | 'men', number>;
  readonly leaveWeeks: Record<'women' | 'men', number>;
}

interface PaySexVars {
  readonly count: number;
  readonly mean: number | null;
  readonly median: number | null;
}
type PayCellVars = Record<'women' | 'men', PaySexVars>;

/** Builds the programme of a published table. */
class Builder {
  readonly p = new Program();
  private readonly listed = new Map<string, string>();
  private readonly table: Obj;
  private readonly leaveBoundedByHeadcount: boolean;
  private readonly mergedKeys: ReadonlySet<string>;

  constructor(
    table: Json,
    private readonly listedExists: boolean,
  ) {
    this.table = obj(table);
    for (const s of arr(this.table['suppressed'])) {
      const e = obj(s);
      this.listed.set(JSON.stringify(e['path']), typeof e['rule'] === 'string' ? e['rule'] : 'hidden');
    }
    this.leaveBoundedByHeadcount = obj(this.table['options'])['parentalLeavePopulation'] === 'reference-date';
    this.mergedKeys = new Set(
      arr(this.table['merges'])
        .map((m) => obj(m)['key'])
        .filter((k): k is string => typeof k === 'string'),
    );
  }

  private rule(path: Path): string | undefined {
    return this.listed.get(JSON.stringify(path));
  }

  private target(path: Path, kind: ValueKind, resolution: number, expr: Affine | Ratio): void {
    const rule = this.rule(path);
    this.p.targets.push({ path, kind, resolution, expr, listed: rule !== undefined, rule: rule ?? null });
  }

  /** A count field: published fixes the variable, null makes it a target. */
  private count(path: Path, v: number): void {
    const x = countOf(valueAt(this.table, path));
    if (typeof x === 'number') this.p.fix(v, x);
    else if (x === null) this.target(path, 'count', 1, { type: 'affine', terms: [{ v, c: 1 }] });
  }

  /** A percent of a count over a published base. */
  private percentOfBase(path: Path, v: number, base: number): void {
    const s = decimalOf(valueAt(this.table, path));
    if (s === undefined || base <= 0) return;
    if (s === null) {
      if (this.rule(path) !== undefined) this.target(path, 'percent', this.percentResolution(), { type: 'affine', terms: [{ v, c: 100 / base }] });
      return;
    }
    const [lo, hi] = countsForPercent(s, base);
    this.p.bound(v, lo, hi);
  }

  /** numerator / denominator × 100 of two integer expressions, within the rounding of `s`. */
  private shareOfCounts(path: Path, num: readonly Term[], den: readonly Term[], why: string): void {
    const s = decimalOf(valueAt(this.table, path));
    if (s === undefined) return;
    if (s === null) {
      if (this.rule(path) !== undefined) {
        // listed: hidden, defined or not (a derived figure is listed with its hidden source either way)
        if (this.listedExists) this.p.row(den, 1, INF, `${why}: hidden, so defined`);
        this.target(path, 'percent', this.percentResolution(), { type: 'ratio', num, den, scale: 100 });
      } else this.p.row(den, 0, 0, `${why}: null, so undefined`);
      return;
    }
    const { units, decimals } = decimalParts(s);
    const k = 200 * 10 ** decimals;
    const P = Number(units);
    // k·num − (2P − 1)·den ≥ 0 and k·num − (2P + 1)·den ≤ −1 (integers; half-up's open end)
    const combine = (factor: number): Term[] => {
      const m = new Map<number, number>();
      for (const t of num) m.set(t.v, (m.get(t.v) ?? 0) + k * t.c);
      for (const t of den) m.set(t.v, (m.get(t.v) ?? 0) - factor * t.c);
      return [...m].map(([v, c]) => ({ v, c }));
    };
    this.p.row(combine(2 * P - 1), 0, INF, `${why} ≥ ${s} − ½`);
    this.p.row(combine(2 * P + 1), -INF, -1, `${why} < ${s} + ½`);
    this.p.row(den, 1, INF, `${why}: published, so defined`);
  }

  private attributeVars(prefix: Path, name: string, pop: Pop): AttributeVars {
    const sex = {} as Record<Sex3, number>;
    for (const s of SEX3) sex[s] = this.p.variable(`${prefix.join('.')}.${name}.${s}`, 0, popSex(pop, s), true);
    const total = this.p.variable(`${prefix.join('.')}.${name}.total`, 0, pop.total, true);
    this.p.row([{ v: total, c: 1 }, ...SEX3.map((s) => ({ v: sex[s], c: -1 }))], 0, 0, `${prefix.join('.')}.${name}: total = women + men + other/unknown`);
    return { sex, total };
  }

  /** temporary / partTime / involuntaryPartTime (the `true` count) of one cell. */
  private attribute(prefix: Path, name: string, vars: AttributeVars, pop: Pop): void {
    const base = [...prefix, name];
    if (valueAt(this.table, base) === undefined) return;
    for (const s of SEX3) this.count([...base, s, 'count'], vars.sex[s]);
    this.count([...base, 'total', 'count'], vars.total);
    for (const s of SEXES) {
      this.percentOfBase([...base, s, 'percentOfAll'], vars.sex[s], pop.total);
      this.percentOfBase([...base, s, 'percentOfSex'], vars.sex[s], popSex(pop, s));
    }
    this.percentOfBase([...base, 'total', 'percentOfAll'], vars.total, pop.total);
    this.shareOfCounts(
      [...base, 'womenShareOfCategory'],
      [{ v: vars.sex.women, c: 1 }],
      [
        { v: vars.sex.women, c: 1 },
        { v: vars.sex.men, c: 1 },
      ],
      `${base.join('.')}.womenShareOfCategory`,
    );
  }

  private involuntaryExtras(prefix: Path, cell: { partTime: AttributeVars; involuntary: AttributeVars; answered: AttributeVars }): void {
    const base = [...prefix, 'involuntaryPartTime'];
    if (valueAt(this.table, base) === undefined) return;
    for (const s of SEX3) {
      const inv = cell.involuntary.sex[s];
      const ans = cell.answered.sex[s];
      const pt = cell.partTime.sex[s];
      this.p.row(
        [
          { v: inv, c: 1 },
          { v: ans, c: -1 },
        ],
        -INF,
        0,
        `${base.join('.')}.${s}: involuntary ≤ answered`,
      );
      this.p.row(
        [
          { v: ans, c: 1 },
          { v: pt, c: -1 },
        ],
        -INF,
        0,
        `${base.join('.')}.${s}: answered ≤ part-timers`,
      );
    }
    for (const s of SEXES) {
      this.count([...base, s, 'partTimers'], cell.partTime.sex[s]);
      this.count([...base, s, 'answered'], cell.answered.sex[s]);
      this.shareOfCounts([...base, s, 'coverage'], [{ v: cell.answered.sex[s], c: 1 }], [{ v: cell.partTime.sex[s], c: 1 }], `${base.join('.')}.${s}.coverage`);
    }
    this.count([...base, 'total', 'partTimers'], cell.partTime.total);
    this.count([...base, 'total', 'answered'], cell.answered.total);
    this.shareOfCounts(
      [...base, 'total', 'coverage'],
      [{ v: cell.answered.total, c: 1 }],
      [{ v: cell.partTime.total, c: 1 }],
      `${base.join('.')}.total.coverage`,
    );
  }

  private leave(prefix: Path, pop: Pop): { persons: Record<'women' | 'men', number>; weeks: Record<'women' | 'men', number> } {
    const base = [...prefix, 'parentalLeave'];
    const persons = {} as Record<'women' | 'men', number>;
    const weeks = {} as Record<'women' | 'men', number>;
    for (const s of SEXES) {
      const cap = this.leaveBoundedByHeadcount ? popSex(pop, s) : INF;
      const p = this.p.variable(`${base.join('.')}.${s}.persons`, 0, cap, true);
      const w = this.p.variable(`${base.join('.')}.${s}.weeks`, 0, INF, false);
      persons[s] = p;
      weeks[s] = w;
      if (valueAt(this.table, base) === undefined) continue;
      this.count([...base, s, 'persons'], p);
      if (countOf(valueAt(this.table, [...base, s, 'persons'])) === 0) this.p.bound(w, 0, 0); // nobody, no weeks
      const avgPath = [...base, s, 'averageWeeks'];
      const a = decimalOf(valueAt(this.table, avgPath));
      if (a === undefined) continue;
      if (a === null) {
        if (this.rule(avgPath) === undefined) {
          this.p.bound(p, 0, 0); // undefined: nobody on leave
          this.p.bound(w, 0, 0);
          continue;
        }
        // listed: hidden with its persons, whether or not anybody had leave
        if (this.listedExists) this.p.bound(p, 1, INF);
        const res = 1 / 10 ** this.weeksDecimals();
        const published = countOf(valueAt(this.table, [...base, s, 'persons']));
        if (typeof published === 'number' && published > 0) this.target(avgPath, 'weeks', res, { type: 'affine', terms: [{ v: w, c: 1 / published }] });
        else this.target(avgPath, 'weeks', res, { type: 'ratio', num: [{ v: w, c: 1 }], den: [{ v: p, c: 1 }], scale: 1 });
        continue;
      }
      const [lo, hi] = roundingInterval(a);
      this.p.bound(p, 1, INF);
      this.p.row(
        [
          { v: w, c: 1 },
          { v: p, c: -lo },
        ],
        0,
        INF,
        `${avgPath.join('.')}: weeks ≥ (average − ½) × persons`,
      );
      this.p.row(
        [
          { v: w, c: 1 },
          { v: p, c: -hi },
        ],
        -INF,
        0,
        `${avgPath.join('.')}: weeks ≤ (average + ½) × persons`,
      );
    }
    return { persons, weeks };
  }

  private weeksDecimals(): number {
    const d = obj(this.table['options'])['weeksDecimals'];
    return typeof d === 'number' ? d : 1;
  }

  /** One unit of the last decimal of a published percent (`options.percentDecimals`, default 1). */
  private percentResolution(): number {
    const d = obj(this.table['options'])['percentDecimals'];
    return 1 / 10 ** (typeof d === 'number' ? d : 1);
  }

  /** The count-side variables and relations of one cell (the employer or a unit). */
  countCell(prefix: Path, cellJson: Json): CountCell {
    const pop = popOf(obj(cellJson)['population']);
    const temporary = this.attributeVars(prefix, 'temporary', pop);
    const partTime = this.attributeVars(prefix, 'partTime', pop);
    const involuntary = this.attributeVars(prefix, 'involuntary', pop);
    const answered = this.attributeVars(prefix, 'answered', pop);
    this.attribute(prefix, 'temporary', temporary, pop);
    this.attribute(prefix, 'partTime', partTime, pop);
    this.attribute(prefix, 'involuntaryPartTime', involuntary, pop);
    this.involuntaryExtras(prefix, { partTime, involuntary, answered });
    const { persons, weeks } = this.leave(prefix, pop);
    return { prefix, pop, temporary, partTime, involuntary, answered, leavePersons: persons, leaveWeeks: weeks };
  }

  /** parent = Σ children + own, for every count and sex; leave persons and weeks too. */
  treeCounts(parent: CountCell, children: readonly CountCell[]): void {
    const own = (s: Sex3): number => popSex(parent.pop, s) - children.reduce((sum, c) => sum + popSex(c.pop, s), 0);
    const name = parent.prefix.length === 0 ? 'employer' : parent.prefix.join('.');
    if (SEX3.some((s) => own(s) < 0)) return; // head counts do not add up: no relation claimed
    for (const attr of ['temporary', 'partTime', 'involuntary', 'answered'] as const) {
      for (const s of SEX3) {
        const o = this.p.variable(`${name}.${attr}.${s}.own`, 0, own(s), true);
        this.p.row(
          [{ v: parent[attr].sex[s], c: 1 }, ...children.map((c) => ({ v: c[attr].sex[s], c: -1 })), { v: o, c: -1 }],
          0,
          0,
          `${name}.${attr}.${s} = sub-units + own`,
        );
      }
    }
    for (const s of SEXES) {
      const cap = this.leaveBoundedByHeadcount ? own(s) : INF;
      const op = this.p.variable(`${name}.parentalLeave.${s}.persons.own`, 0, cap, true);
      const ow = this.p.variable(`${name}.parentalLeave.${s}.weeks.own`, 0, INF, false);
      this.p.row(
        [{ v: parent.leavePersons[s], c: 1 }, ...children.map((c) => ({ v: c.leavePersons[s], c: -1 })), { v: op, c: -1 }],
        0,
        0,
        `${name}.parentalLeave.${s}.persons = sub-units + own`,
      );
      this.p.row(
        [{ v: parent.leaveWeeks[s], c: 1 }, ...children.map((c) => ({ v: c.leaveWeeks[s], c: -1 })), { v: ow, c: -1 }],
        0,
        0,
        `${name}.parentalLeave.${s}.weeks = sub-units + own`,
      );
    }
  }

  /** The variables and cell-internal relations of one pay cell (any section). */
  payCell(path: Path, cellJson: Json): PayCellVars {
    const cell = obj(cellJson);
    const out = {} as PayCellVars;
    // a merged level's figures come from its levels' rounded means (seen: 1 øre off the exact mean
    // of its persons): its amounts are taken within ± 0.01 NOK, its shares from such means
    const merged = path.includes('byLevel') && typeof cell['key'] === 'string' && this.mergedKeys.has(cell['key']);
    const slack = merged ? 0.01 : 0;
    for (const s of SEXES) {
      const fig = obj(cell[s]);
      const count = typeof fig['count'] === 'number' ? fig['count'] : 0;
      if (count === 0) {
        out[s] = { count, mean: null, median: null };
        continue;
      }
      const mean = this.p.variable(`${path.join('.')}.${s}.mean`, 0, INF, false);
      const median = this.p.variable(`${path.join('.')}.${s}.median`, 0, INF, false);
      this.money([...path, s, 'mean'], mean, slack);
      this.money([...path, s, 'median'], median, slack);
      if (count <= 2)
        this.p.row(
          [
            { v: median, c: 1 },
            { v: mean, c: -1 },
          ],
          0,
          0,
          `${path.join('.')}.${s}: median of ≤ 2 = mean`,
        );
      else
        this.p.row(
          [
            { v: median, c: Math.floor(count / 2) + 1 },
            { v: mean, c: -count },
          ],
          -INF,
          0,
          `${path.join('.')}.${s}: (⌊n/2⌋+1)·median ≤ sum`,
        );
      out[s] = { count, mean, median };
    }
    for (const m of ['mean', 'median'] as const) {
      const sharePath = [...path, 'womenShareOfMen', m];
      const s = decimalOf(valueAt(this.table, sharePath));
      const w = out.women[m];
      const men = out.men[m];
      if (s === undefined || w === null || men === null) continue;
      if (s === null) {
        if (this.rule(sharePath) !== undefined)
          this.target(sharePath, 'percent', this.percentResolution(), { type: 'ratio', num: [{ v: w, c: 1 }], den: [{ v: men, c: 1 }], scale: 100 });
        else if (this.available([...path, 'women', m]) && this.available([...path, 'men', m])) this.p.bound(men, 0, 0); // undefined though both exist: men's value is 0
        continue;
      }
      const [lo, hi] = roundingInterval(s);
      // 100·(w + e_w) ≥ lo·(m + e_m) with |e| ≤ slack: 100·w − lo·m ≥ −slack·(100 + lo)
      this.p.row(
        [
          { v: w, c: 100 },
          { v: men, c: -lo },
        ],
        -slack * (100 + lo),
        INF,
        `${sharePath.join('.')} ≥ ${s} − ½`,
      );
      this.p.row(
        [
          { v: w, c: 100 },
          { v: men, c: -hi },
        ],
        -INF,
        slack * (100 + hi),
        `${sharePath.join('.')} ≤ ${s} + ½`,
      );
    }
    return out;
  }

  /** Published: the value exists (a listed `null` may or may not, unless `listedExists`). */
  private available(path: Path): boolean {
    const x = valueAt(this.table, path);
    return (x !== null && x !== undefined) || (this.listedExists && this.rule(path) !== undefined);
  }

  private money(path: Path, v: number, slack = 0): void {
    const s = decimalOf(valueAt(this.table, path));
    if (s === undefined) return;
    if (s === null) {
      // listed: hidden; not listed: not available (e.g. the median of merged levels), no information
      if (this.rule(path) !== undefined) this.target(path, 'amount', 0.01, { type: 'affine', terms: [{ v, c: 1 }] });
      return;
    }
    const [lo, hi] = roundingInterval(s);
    this.p.bound(v, lo - slack, hi + slack);
    this.p.published[v] = true;
  }

  /** Σ count × mean over the parts = the whole's (the same persons), when the pay counts add up. */
  paySum(whole: PayCellVars, parts: readonly PayCellVars[], why: string, ownAllowed: boolean): void {
    for (const s of SEXES) {
      const own = whole[s].count - parts.reduce((sum, c) => sum + c[s].count, 0);
      if (own < 0 || (!ownAllowed && own !== 0)) continue;
      const terms: Term[] = [];
      if (whole[s].mean !== null) terms.push({ v: whole[s].mean!, c: whole[s].count });
      for (const c of parts) if (c[s].mean !== null) terms.push({ v: c[s].mean!, c: -c[s].count });
      if (terms.length === 0) continue;
      if (own > 0) terms.push({ v: this.p.variable(`${why}.${s}.own`, 0, INF, false), c: -1 });
      this.p.row(terms, 0, 0, `${why}.${s}: sum = parts' sums${own > 0 ? ' + own' : ''}`);
    }
  }

  /** monthly (or agreed) mean = Σ component means, per sex (≥ when a component is not published). */
  components(whole: PayCellVars, comps: readonly PayCellVars[], exact: boolean, why: string): void {
    for (const s of SEXES) {
      if (whole[s].mean === null) continue;
      if (comps.some((c) => c[s].count !== whole[s].count || c[s].mean === null)) continue;
      const terms: Term[] = [{ v: whole[s].mean!, c: 1 }, ...comps.map((c) => ({ v: c[s].mean!, c: -1 }))];
      this.p.row(terms, 0, exact ? 0 : INF, `${why}.${s}: ${exact ? '=' : '≥'} components`);
    }
  }

  /** monthly ≥ agreed (agreed's components are part of monthly's). */
  atLeast(big: PayCellVars, small: PayCellVars, why: string): void {
    for (const s of SEXES) {
      if (big[s].mean === null || small[s].mean === null || big[s].count !== small[s].count) continue;
      this.p.row(
        [
          { v: big[s].mean!, c: 1 },
          { v: small[s].mean!, c: -1 },
        ],
        0,
        INF,
        `${why}.${s}: monthly ≥ agreed`,
      );
    }
  }

  /** Hidden paths in the table the builder made no target for. */
  collectUnmodelled(): void {
    const modelled = new Set(this.p.targets.map((t) => JSON.stringify(t.path)));
    for (const key of this.listed.keys()) if (!modelled.has(key)) this.p.unmodelled.push(JSON.parse(key) as Path);
  }
}

const COMPONENT_NAMES = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'] as const;

function buildProgram(tableJson: Json, listedExists: boolean): Program {
  const b = new Builder(tableJson, listedExists);
  const table = obj(tableJson);
  const options = obj(table['options']);

  // ---- counts: the employer and every unit, and the unit tree
  const employer = b.countCell([], table);
  const units = arr(table['byUnit']).map((u, i) => ({ key: obj(u)['key'], parent: obj(u)['parent'], cell: b.countCell(['byUnit', i], u), json: u, index: i }));
  const tops = units.filter((u) => u.parent === null || u.parent === undefined); // depth-1 units and the null unit
  if (units.length > 0)
    b.treeCounts(
      employer,
      tops.map((u) => u.cell),
    );
  for (const u of units) {
    if (typeof u.key !== 'string') continue;
    const kids = units.filter((c) => c.parent === u.key);
    if (kids.length > 0)
      b.treeCounts(
        u.cell,
        kids.map((c) => c.cell),
      );
  }

  // ---- pay: sections, cells, partitions, components
  type Section = { total: PayCellVars; byLevel: Map<string, PayCellVars>; byGroup: Map<string, PayCellVars> };
  const sections = new Map<string, Section>();
  const sectionPaths: [string, Path][] = [
    ['pay', ['pay']],
    ['agreedPay', ['agreedPay']],
    ...COMPONENT_NAMES.map((c): [string, Path] => [c, ['payComponents', c]]),
  ];
  for (const [name, path] of sectionPaths) {
    const sec = obj(valueAt(table, path));
    if (!isObj(sec['total'])) continue;
    const total = b.payCell([...path, 'total'], sec['total']);
    const section: Section = { total, byLevel: new Map(), byGroup: new Map() };
    for (const breakdown of ['byLevel', 'byGroup'] as const) {
      const cells = arr(sec[breakdown]).map((c, i) => ({ key: JSON.stringify(obj(c)['key'] ?? null), vars: b.payCell([...path, breakdown, i], c) }));
      for (const c of cells) section[breakdown].set(c.key, c.vars);
      if (cells.length > 0)
        b.paySum(
          total,
          cells.map((c) => c.vars),
          `${path.join('.')}.${breakdown}`,
          false,
        );
    }
    sections.set(name, section);
  }
  // units' pay (monthly and agreed) and the tree
  const unitPay = new Map<number, { pay: PayCellVars; agreedPay: PayCellVars }>();
  for (const u of units)
    unitPay.set(u.index, {
      pay: b.payCell(['byUnit', u.index, 'pay'], obj(u.json)['pay']),
      agreedPay: b.payCell(['byUnit', u.index, 'agreedPay'], obj(u.json)['agreedPay']),
    });
  for (const concept of ['pay', 'agreedPay'] as const) {
    const whole = sections.get(concept)?.total;
    if (whole !== undefined && tops.length > 0)
      b.paySum(
        whole,
        tops.map((u) => unitPay.get(u.index)![concept]),
        `employer.${concept}`,
        false,
      );
    for (const u of units) {
      if (typeof u.key !== 'string') continue;
      const kids = units.filter((c) => c.parent === u.key);
      if (kids.length > 0)
        b.paySum(
          unitPay.get(u.index)![concept],
          kids.map((c) => unitPay.get(c.index)![concept]),
          `byUnit.${u.index}.${concept}`,
          true,
        );
    }
  }
  // components: per cell (matched by key) and sex
  const monthlyComps = arr(options['monthlyPayComponents']).filter((x): x is string => typeof x === 'string');
  const agreedComps = arr(options['agreedPayComponents']).filter((x): x is string => typeof x === 'string');
  const published = new Set<string>(COMPONENT_NAMES);
  const cellsOf = (s: Section): [string, PayCellVars][] => [
    ['total', s.total],
    ...[...s.byLevel].map(([k, v]): [string, PayCellVars] => [`L${k}`, v]),
    ...[...s.byGroup].map(([k, v]): [string, PayCellVars] => [`G${k}`, v]),
  ];
  const lookup = (s: Section, id: string): PayCellVars | undefined =>
    id === 'total' ? s.total : id.startsWith('L') ? s.byLevel.get(id.slice(1)) : s.byGroup.get(id.slice(1));
  for (const [concept, comps] of [
    ['pay', monthlyComps],
    ['agreedPay', agreedComps],
  ] as const) {
    const sec = sections.get(concept);
    if (sec === undefined || comps.length === 0) continue;
    const pub = comps.filter((c) => published.has(c) && sections.has(c));
    const exact = pub.length === comps.length;
    if (pub.length === 0) continue;
    for (const [id, whole] of cellsOf(sec)) {
      const parts = pub.map((c) => lookup(sections.get(c)!, id));
      if (parts.some((x) => x === undefined)) continue;
      b.components(whole, parts as PayCellVars[], exact, `${concept}.${id}`);
    }
  }
  if (agreedComps.length > 0 && agreedComps.every((c) => monthlyComps.includes(c))) {
    const m = sections.get('pay');
    const a = sections.get('agreedPay');
    if (m !== undefined && a !== undefined) {
      for (const [id, whole] of cellsOf(m)) {
        const small = lookup(a, id);
        if (small !== undefined) b.atLeast(whole, small, `pay/agreedPay.${id}`);
      }
    }
    for (const u of units) b.atLeast(unitPay.get(u.index)!.pay, unitPay.get(u.index)!.agreedPay, `byUnit.${u.index}`);
  }
  b.collectUnmodelled();
  return b.p;
}

// ---------------------------------------------------------------------------------------------
// solving

let highsPromise: Promise<Highs> | undefined;
function loadHighs(): Promise<Highs> {
  highsPromise ??= highsLoader();
  return highsPromise;
}

/** A deterministic PRNG for the random objectives (the attack gives the same result every run). */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** An independent part of the programme: its free variables and its rows (fixed variables substituted). */
interface Component {
  /** Free variables (programme indices), in column order. */
  readonly vars: number[];
  /** Rows in the component's column indices. */
  readonly rows: { idx: number[]; val: number[]; lo: number; hi: number; why: string }[];
}

interface RunResult {
  readonly status: 'optimal' | 'unbounded' | 'infeasible' | 'error';
  readonly value: number;
  readonly x: Float64Array | null;
}

type HighsModel = ReturnType<Highs['createModel']>;

/** An LP's end: its value and the optimal point (null when unbounded or not solved). */
interface End {
  readonly value: number;
  readonly x: Float64Array | null;
}

/**
 * The HiGHS models of one component: the LP relaxation (primal simplex, warm-started between
 * objectives) and, where integrality is needed, a MIP.
 */
class Solver {
  lp = 0;
  mip = 0;
  private readonly colOf = new Map<number, number>();
  private model: HighsModel | undefined;
  private lastCost: number[] = [];
  /** The columns' bounds in use (the programme's, narrowed by proven integer intervals). */
  readonly lower: number[];
  readonly upper: number[];
  /** The columns' proven intervals (the bounds, narrowed by every value found pinned). */
  readonly knownLo: number[];
  readonly knownHi: number[];

  constructor(
    private readonly highs: Highs,
    private readonly prog: Program,
    private readonly comp: Component,
    bounds: { lo: readonly number[]; hi: readonly number[] },
  ) {
    comp.vars.forEach((v, i) => this.colOf.set(v, i));
    this.lower = comp.vars.map((v) => bounds.lo[v]!);
    this.upper = comp.vars.map((v) => bounds.hi[v]!);
    this.knownLo = this.lower.slice();
    this.knownHi = this.upper.slice();
  }

  col(v: number): number {
    return this.colOf.get(v)!;
  }

  get size(): number {
    return this.comp.vars.length;
  }

  isInteger(col: number): boolean {
    return this.prog.integer[this.comp.vars[col]!]!;
  }

  private data(integer: boolean, lower: readonly number[], upper: readonly number[]) {
    const { vars, rows } = this.comp;
    const inf = this.highs.infinity;
    const fin = (x: number): number => (x === INF ? inf : x === -INF ? -inf : x);
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const r of rows) {
      const merged = new Map<number, number>();
      r.idx.forEach((c, k) => merged.set(c, (merged.get(c) ?? 0) + r.val[k]!));
      for (const [c, x] of [...merged].sort((a, b) => a[0] - b[0])) {
        if (x === 0) continue;
        indices.push(c);
        values.push(x);
      }
      starts.push(indices.length);
    }
    return {
      numCols: vars.length,
      numRows: rows.length,
      colCost: new Float64Array(vars.length),
      colLower: Float64Array.from(lower.map(fin)),
      colUpper: Float64Array.from(upper.map(fin)),
      rowLower: Float64Array.from(rows.map((r) => fin(r.lo))),
      rowUpper: Float64Array.from(rows.map((r) => fin(r.hi))),
      matrix: {
        format: 'csr' as const,
        numRows: rows.length,
        numCols: vars.length,
        starts: Int32Array.from(starts),
        indices: Int32Array.from(indices),
        values: Float64Array.from(values),
      },
      ...(integer ? { integrality: Int32Array.from(vars.map((v) => (this.prog.integer[v] ? 1 : 0))) } : {}),
    };
  }

  /** Runs a model; a HiGHS error is returned as `error` (the caller then assumes no bound: sound). */
  private run(m: HighsModel): RunResult {
    try {
      m.run();
    } catch {
      return { status: 'error', value: NaN, x: null };
    }
    const st = m.getModelStatus();
    const k = this.highs.constants.modelStatus;
    if (st === k.optimal) return { status: 'optimal', value: m.getObjectiveValue(), x: m.getSolution().colValue };
    if (st === k.unbounded || st === k.unboundedOrInfeasible) return { status: 'unbounded', value: -INF, x: null };
    if (st === k.infeasible) return { status: 'infeasible', value: NaN, x: null };
    return { status: 'error', value: NaN, x: null };
  }

  /** The warm-started LP: minimises Σ cost·x (cost by column) within the given column bounds. */
  private solve(cost: ReadonlyMap<number, number>): RunResult {
    if (this.model === undefined) {
      this.model = this.highs.createModel(this.data(false, this.lower, this.upper));
      this.model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: 4 });
      this.lastCost = [];
    }
    const m = this.model;
    if (this.lastCost.length + cost.size <= 6) {
      for (const c of this.lastCost) m.changeColCost(c, 0);
      for (const [c, x] of cost) m.changeColCost(c, x);
    } else {
      // one call into WebAssembly instead of one per column
      const all = new Float64Array(this.size);
      for (const [c, x] of cost) all[c] = x;
      m.changeColsCost({ kind: 'range', from: 0, to: this.size - 1 }, all);
    }
    this.lastCost = [...cost.keys()];
    this.lp++;
    const r = this.run(m);
    if (r.status !== 'error') return r;
    // a warm start HiGHS gives up on: once more from scratch
    m.dispose();
    this.model = undefined;
    return this.solveFresh(cost);
  }

  /** The LP of {@link solve} solved from scratch, with HiGHS's defaults (presolve, its own simplex). */
  private solveFresh(cost: ReadonlyMap<number, number>): RunResult {
    const fresh = this.highs.createModel(this.data(false, this.lower, this.upper));
    try {
      fresh.options.set({ output_flag: false });
      for (const [c, x] of cost) fresh.changeColCost(c, x);
      this.lp++;
      return this.run(fresh);
    } finally {
      fresh.dispose();
    }
  }

  /** Changes the LP's column bounds (a box for the random points, or the proven bounds back). */
  setBounds(lower: readonly number[], upper: readonly number[]): void {
    if (this.model === undefined) return;
    const inf = this.highs.infinity;
    const fin = (x: number): number => (x === INF ? inf : x === -INF ? -inf : x);
    this.model.changeColsBounds({ kind: 'range', from: 0, to: this.size - 1 }, Float64Array.from(lower.map(fin)), Float64Array.from(upper.map(fin)));
  }

  /** How many times a column's bounds were narrowed. */
  tightenings = 0;

  /** Narrows a column to a proven integer interval (a valid cut for every later LP). */
  tighten(col: number, lo: number, hi: number): void {
    if (lo > this.lower[col]! || hi < this.upper[col]!) this.tightenings++;
    this.lower[col] = Math.max(this.lower[col]!, lo);
    this.upper[col] = Math.min(this.upper[col]!, hi);
    this.knownLo[col] = Math.max(this.knownLo[col]!, lo);
    this.knownHi[col] = Math.min(this.knownHi[col]!, hi);
    this.model?.changeColBounds(col, this.lower[col]!, this.upper[col]!);
  }

  /** Records a continuous column as pinned (for the interval arithmetic of ratios; the LP keeps its bounds). */
  pin(col: number, value: number): void {
    const eps = 1e-9 * (1 + Math.abs(value));
    this.knownLo[col] = Math.max(this.knownLo[col]!, value - eps);
    this.knownHi[col] = Math.min(this.knownHi[col]!, value + eps);
  }

  /** A feasible point; throws when there is none (a bug, or a table that contradicts itself). */
  feasible(): Float64Array {
    const r = this.solve(new Map());
    if (r.status !== 'optimal' || r.x === null) {
      throw new Error(
        `attacker: the published table's programme is ${r.status} (component of ${this.size} variables: ${this.comp.vars
          .slice(0, 5)
          .map((v) => this.prog.names[v])
          .join(', ')} …)`,
      );
    }
    return r.x;
  }

  /** A point minimising Σ cost·x, or null. */
  point(cost: ReadonlyMap<number, number>): Float64Array | null {
    const r = this.solve(cost);
    return r.status === 'optimal' ? r.x : null;
  }

  private costOf(terms: readonly Term[], sign: number): Map<number, number> {
    const cost = new Map<number, number>();
    for (const t of terms) cost.set(this.col(t.v), (cost.get(this.col(t.v)) ?? 0) + sign * t.c);
    return cost;
  }

  /** min and max of Σ c·x over the LP relaxation, with the optimal points. */
  range(terms: readonly Term[]): [End, End] {
    const lo = this.solve(this.costOf(terms, 1));
    const hi = this.solve(this.costOf(terms, -1));
    // anything but an optimum is taken as no bound (sound: only ever wider)
    return [
      lo.status === 'optimal' ? { value: lo.value, x: lo.x } : { value: -INF, x: null },
      hi.status === 'optimal' ? { value: -hi.value, x: hi.x } : { value: INF, x: null },
    ];
  }

  /** min (sign 1) or max (sign −1) of an integer column with integrality, or null when unsolved. */
  mipEnd(col: number, sign: 1 | -1): number | null {
    const m = this.highs.createModel(this.data(true, this.lower, this.upper));
    try {
      m.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 1e-9, time_limit: 5 });
      m.changeColCost(col, sign);
      this.mip++;
      const r = this.run(m);
      if (r.status === 'infeasible') throw new Error(`attacker: the integer programme is infeasible (${this.prog.names[this.comp.vars[col]!]})`);
      return r.status === 'optimal' ? sign * r.value : null;
    } finally {
      m.dispose();
    }
  }

  /**
   * min and max of (num + numConst) / (den + denConst) over the LP relaxation, by Dinkelbach's
   * method on the warm-started LP: from the best ratio r at a known point, solve max (or min) of
   * num − r·den; while it is above (below) 0 its optimal point has a better ratio. An unbounded or
   * failed LP, or a point with den = 0 and num > 0, gives no bound (sound).
   */
  ratioRange(
    num: readonly Term[],
    numConstant: readonly [number, number],
    den: readonly Term[],
    denConstant: readonly [number, number],
    start: readonly [number, number],
    settled: (lo: number, hi: number) => boolean,
  ): { lo: number; hi: number; exact: boolean } {
    const ev = (terms: readonly Term[], constant: number, x: Float64Array): number => terms.reduce((s, t) => s + t.c * x[this.col(t.v)]!, constant);
    // inner: ratios at points; the ends become exact when Dinkelbach's gap closes (or is unbounded)
    let innerLo = start[0];
    let innerHi = start[1];
    for (const sign of [-1, 1] as const) {
      // sign −1: the minimum (least numerator, greatest denominator), +1: the maximum
      const numConst = sign === 1 ? numConstant[1] : numConstant[0];
      const denConst = sign === 1 ? denConstant[0] : denConstant[1];
      let r = sign === 1 ? innerHi : innerLo;
      let bound = sign * INF; // no bound unless the gap closes
      for (let iter = 0; iter < 40; iter++) {
        // minimise −sign·(num − r·den)
        const cost = new Map<number, number>();
        for (const t of num) cost.set(this.col(t.v), (cost.get(this.col(t.v)) ?? 0) - sign * t.c);
        for (const t of den) cost.set(this.col(t.v), (cost.get(this.col(t.v)) ?? 0) + sign * r * t.c);
        const res = this.solve(cost);
        if (res.status !== 'optimal' || res.x === null) break;
        const x = res.x;
        const gap = -res.value + sign * (numConst - r * denConst); // sign·(num − r·den) at its best
        const scale = 1 + Math.abs(ev(num, numConst, x)) + Math.abs(r * ev(den, denConst, x));
        if (gap <= 1e-9 * scale) {
          // the warm-started primal simplex has called such a programme optimal at 0 where it is
          // unbounded (a table with every amount left out by choice is a cone: seed 4 401 358's
          // median share): an end is claimed only when a solve from scratch agrees
          const check = this.solveFresh(cost);
          if (check.status === 'optimal' && Math.abs(check.value - res.value) <= 1e-9 * scale) bound = r;
          break;
        }
        const d = ev(den, denConst, x);
        if (d <= 1e-12) break; // num > r·den at den = 0: unbounded ratio
        const next = ev(num, numConst, x) / d;
        if (sign * (next - r) <= 1e-12 * (1 + Math.abs(r))) {
          bound = next;
          break;
        }
        r = next;
        if (sign === 1) innerHi = Math.max(innerHi, r);
        else innerLo = Math.min(innerLo, r);
        if (settled(innerLo, innerHi)) return { lo: innerLo, hi: innerHi, exact: false };
      }
      if (sign === 1) innerHi = bound;
      else innerLo = bound;
    }
    return { lo: innerLo, hi: innerHi, exact: true };
  }

  dispose(): void {
    this.model?.dispose();
    this.model = undefined;
  }
}

const TOL = 1e-6;

/**
 * Whether a value is recovered: a count exact; an amount or weeks narrower than the resolution; a
 * percent when every value of its interval rounds (half up) to one published figure.
 */
function isRecovered(kind: ValueKind, lo: number, hi: number, resolution: number): boolean {
  if (kind === 'count') return lo === hi;
  // the rounding interval of a value is half-open, so an interval one resolution wide (a median of
  // 2 = its published mean) pins it
  if (hi - lo > resolution * (1 + 1e-4)) return false;
  if (kind !== 'percent') return true;
  // a percent: known when the reader knows what the table would print. An interval that reaches two
  // figures (0 … 0.74 % with whole percents: "0" or "1") leaves two, as a count's interval of two
  // values leaves two counts; the ends are read a hair inside (the closed ends of a half-open interval)
  const m = Math.min(1e-4 * resolution, (hi - lo) / 2);
  const figure = (x: number): number => Math.floor(x / resolution + 0.5 + 1e-9);
  return figure(lo + m) === figure(hi - m);
}

/** Within ±1 % of its midpoint (amounts, shares, weeks). */
function isNarrowed(kind: ValueKind, lo: number, hi: number): boolean {
  if (kind === 'count' || !Number.isFinite(hi) || !Number.isFinite(lo)) return false;
  if (hi - lo <= 1e-6) return true; // pinned (a value of 0 included)
  const mid = (lo + hi) / 2;
  return mid > 0 && (hi - lo) / 2 <= 0.01 * mid;
}

/** A count or a percent of a count over a published base (narrowing to ±1 % is not asked of these). */
function isCountBased(t: Target): boolean {
  return t.expr.type === 'affine' && t.expr.terms.length === 1 && (t.kind === 'count' || t.kind === 'percent');
}

/** Integers first (their proven intervals narrow the rest), then amounts, then ratios. */
function order(t: Target): number {
  if (t.expr.type === 'ratio') return 2;
  return t.kind === 'count' ? 0 : 1;
}

/**
 * Attacks a published table: the feasible interval of every hidden value (see the file's header).
 *
 * @param table - the published JSON (what `publish` returns, or its JSON text parsed)
 * @param options - MIP on/off, number of random points per component
 * @returns every hidden value with its interval and verdict, the unmodelled hidden paths, statistics
 */
export async function attack(table: unknown, options: AttackOptions = {}): Promise<AttackResult> {
  const started = performance.now();
  const highs = await loadHighs();
  const listedExists = options.listedExists ?? false;
  const prog = buildProgram(table, listedExists);
  const useMip = options.mip ?? true;
  const witnessCount = options.witnesses ?? 2;
  const exhaustive = options.exhaustive ?? false;
  const n = prog.lo.length;

  // bounds; an integer's rounded inwards; a variable is fixed when its bounds meet
  const lo = prog.lo.slice();
  const hi = prog.hi.slice();
  for (let v = 0; v < n; v++) {
    if (prog.integer[v]) {
      lo[v] = Math.ceil(lo[v]! - TOL);
      hi[v] = Math.floor(hi[v]! + TOL);
    }
    if (lo[v]! > hi[v]! + TOL) throw new Error(`attacker: the published table leaves no value for ${prog.names[v]} ([${lo[v]}, ${hi[v]}])`);
  }
  const fixed = (v: number): boolean => hi[v]! - lo[v]! <= (prog.integer[v] ? 0 : 1e-12);
  // A published amount that no target reads is substituted by its rounding interval in each row
  // (the row's exact projection; over several rows a relaxation, so sound, by at most a rounding
  // per row): the LPs keep only unknowns, and published means no longer join the rows.
  const inTarget = new Set<number>();
  for (const t of prog.targets) if (t.expr.type === 'affine') for (const u of t.expr.terms) inTarget.add(u.v);
  const interval = (v: number): boolean => prog.published[v]! && !inTarget.has(v) && !fixed(v);

  // substitute fixed variables; union-find over the free variables of every row and ratio
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  };
  /** The published part of an expression: fixed values and the rounding intervals of published amounts. */
  const constantOf = (terms: readonly Term[]): [number, number] => {
    let a = 0;
    let b = 0;
    for (const t of terms) {
      if (fixed(t.v)) {
        a += t.c * lo[t.v]!;
        b += t.c * lo[t.v]!;
      } else if (interval(t.v)) {
        a += Math.min(t.c * lo[t.v]!, t.c * hi[t.v]!);
        b += Math.max(t.c * lo[t.v]!, t.c * hi[t.v]!);
      }
    }
    return [a, b];
  };
  const freeTerms = (terms: readonly Term[]): Term[] => terms.filter((t) => !fixed(t.v) && !interval(t.v) && t.c !== 0);
  const reduced: { terms: Term[]; lo: number; hi: number; why: string }[] = [];
  for (const r of prog.rows) {
    const [cLo, cHi] = constantOf(r.terms); // the published part's least and greatest value
    const terms = freeTerms(r.terms);
    const rlo = r.lo - cHi;
    const rhi = r.hi - cLo;
    if (terms.length === 0) {
      const scale = Math.max(1, Math.abs(cLo), Math.abs(cHi), ...r.terms.map((t) => Math.abs(t.c * lo[t.v]!)));
      if (rlo > 1e-9 * scale || rhi < -1e-9 * scale)
        throw new Error(`attacker: the published table contradicts "${r.why}" ([${cLo}, ${cHi}] ∩ [${r.lo}, ${r.hi}] = ∅)`);
      continue;
    }
    for (let k = 1; k < terms.length; k++) union(terms[0]!.v, terms[k]!.v);
    reduced.push({ terms, lo: rlo, hi: rhi, why: r.why });
  }
  for (const t of prog.targets) {
    if (t.expr.type !== 'ratio') continue;
    const free = [...t.expr.num, ...t.expr.den].filter((x) => !fixed(x.v) && !interval(x.v));
    for (let k = 1; k < free.length; k++) union(free[0]!.v, free[k]!.v);
  }
  const comps = new Map<number, Component>();
  const compOf = (v: number): Component => {
    const r = find(v);
    let c = comps.get(r);
    if (c === undefined) {
      c = { vars: [], rows: [] };
      comps.set(r, c);
    }
    return c;
  };
  const colIndex = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    if (fixed(v) || interval(v)) continue;
    const c = compOf(v);
    colIndex.set(v, c.vars.length);
    c.vars.push(v);
  }
  for (const r of reduced) {
    compOf(r.terms[0]!.v).rows.push({ idx: r.terms.map((t) => colIndex.get(t.v)!), val: r.terms.map((t) => t.c), lo: r.lo, hi: r.hi, why: r.why });
  }

  // the targets per component; those without a free variable are given by the published values
  const results = new Map<Target, HiddenValue>();
  const byComp = new Map<Component, Target[]>();
  const done = (t: Target, a: number, b: number, exact: boolean, method: HiddenValue['method'], mayNotExist = false): void => {
    // a ratio whose denominator can be 0 may not exist: the reader cannot tell it is the value found
    const recovered = exact && !mayNotExist && isRecovered(t.kind, a, b, t.resolution);
    results.set(t, {
      path: t.path,
      kind: t.kind,
      lo: a,
      hi: b,
      exact,
      recovered,
      narrowed: exact && isNarrowed(t.kind, a, b) && !isCountBased(t),
      listed: t.listed,
      rule: t.rule,
      method,
    });
  };
  for (const t of prog.targets) {
    const free = t.expr.type === 'affine' ? freeTerms(t.expr.terms) : freeTerms([...t.expr.num, ...t.expr.den]);
    if (free.length === 0) {
      if (t.expr.type === 'affine') {
        const [a, b] = constantOf(t.expr.terms);
        done(t, a, b, true, 'published');
      } else {
        // values are ≥ 0: the ratio's ends are at the numerator's and the denominator's ends
        const [na, nb] = constantOf(t.expr.num);
        const [da, db] = constantOf(t.expr.den);
        done(t, db > 0 ? (t.expr.scale * na) / db : 0, da > 0 ? (t.expr.scale * nb) / da : INF, true, 'published');
      }
      continue;
    }
    const c = compOf(free[0]!.v);
    const list = byComp.get(c) ?? [];
    list.push(t);
    byComp.set(c, list);
  }

  // a box for the random points (a point in the box is a point of the programme)
  let bigMoney = 1;
  let bigCount = 1;
  for (let v = 0; v < n; v++) {
    const x = Math.max(Math.abs(lo[v]!), hi[v]! === INF ? 0 : Math.abs(hi[v]!));
    if (prog.integer[v]) bigCount = Math.max(bigCount, x);
    else bigMoney = Math.max(bigMoney, x);
  }

  let lpCount = 0;
  let mipCount = 0;
  const rand = lcg(0x5eed);
  for (const [comp, targets] of byComp) {
    const solver = new Solver(highs, prog, comp, { lo, hi });
    try {
      solveComponent(solver, comp, targets);
    } finally {
      lpCount += solver.lp;
      mipCount += solver.mip;
      solver.dispose();
    }
  }

  function solveComponent(solver: Solver, comp: Component, targets: readonly Target[]): void {
    const col = (v: number): number => solver.col(v);
    const integral = (x: Float64Array): boolean => {
      for (let i = 0; i < x.length; i++) if (solver.isInteger(i) && Math.abs(x[i]! - Math.round(x[i]!)) > TOL) return false;
      return true;
    };
    const x0 = solver.feasible();
    const points: { x: Float64Array; integral: boolean }[] = [{ x: x0, integral: integral(x0) }];
    const add = (x: Float64Array | null): void => {
      if (x !== null) points.push({ x, integral: integral(x) });
    };
    // a published amount outside the LP counts with its rounding interval's midpoint
    const evaluate = (terms: readonly Term[], x: Float64Array): number =>
      terms.reduce((s, u) => s + u.c * (fixed(u.v) ? lo[u.v]! : interval(u.v) ? (lo[u.v]! + hi[u.v]!) / 2 : x[col(u.v)]!), 0);
    const valueAtPoint = (t: Target, x: Float64Array): number => {
      if (t.expr.type === 'affine') return evaluate(t.expr.terms, x);
      const d = evaluate(t.expr.den, x);
      return d > 1e-9 ? (t.expr.scale * evaluate(t.expr.num, x)) / d : NaN;
    };
    const intTermOf = (t: Target): Term | null =>
      t.expr.type === 'affine' && t.expr.terms.length === 1 && prog.integer[t.expr.terms[0]!.v] ? t.expr.terms[0]! : null;
    const spread = (t: Target): { lo: number; hi: number; n: number } => {
      let a = INF;
      let b = -INF;
      let count = 0;
      let zeroDen = false; // a point where the ratio's denominator is 0 and its numerator is not
      for (const p of points) {
        const x = valueAtPoint(t, p.x);
        if (!Number.isFinite(x)) {
          if (t.expr.type === 'ratio' && evaluate(t.expr.num, p.x) > 1e-9) zeroDen = true;
          continue;
        }
        a = Math.min(a, x);
        b = Math.max(b, x);
        count++;
      }
      // on the segment from such a point to one with a denominator > 0 the ratio grows without
      // bound (the LP's set is convex): the ratio's upper end is infinite
      if (zeroDen && count > 0) b = INF;
      return { lo: a, hi: b, n: count > 0 && b === INF ? Math.max(count, 2) : count };
    };
    /** Points show the value is not recovered (and, for amounts, not narrowed to 1 %). */
    const settledByPoints = (t: Target): boolean => {
      const s = spread(t);
      if (s.n < 2 || exhaustive) return false;
      const it = intTermOf(t);
      if (it !== null) {
        const ints = new Set(points.filter((p) => p.integral).map((p) => Math.round(p.x[col(it.v)]!)));
        return ints.size >= 2 || (s.hi - s.lo) / Math.abs(it.c) >= 4 - TOL;
      }
      return s.hi - s.lo > t.resolution * (1 + 1e-3) && !isNarrowed(t.kind, s.lo, s.hi);
    };
    /** All points agree on the value (a candidate for a pinned value). */
    const agreeing = (t: Target): boolean => {
      const s = spread(t);
      return s.n >= 1 && s.hi - s.lo <= (intTermOf(t) !== null ? TOL : t.resolution * 1e-3);
    };
    /** An expression's interval from the columns' proven bounds and the published part. */
    const boundsOf = (terms: readonly Term[]): [number, number] => {
      let [a, b] = constantOf(terms);
      for (const u of freeTerms(terms)) {
        const c = col(u.v);
        const x = u.c * solver.knownLo[c]!;
        const y = u.c * solver.knownHi[c]!;
        a += Math.min(x, y);
        b += Math.max(x, y);
      }
      return [a, b];
    };
    const scaleOf = (t: Target): number => {
      const s = spread(t);
      return Math.max(1, Math.abs(s.lo), Math.abs(s.hi));
    };

    // 1. random points in a box (a point in the box is a point of the programme)
    const boxHi = comp.vars.map((v, i) => Math.min(solver.upper[i]!, prog.integer[v] ? 10 * bigCount + 100 : 10 * bigMoney + 1e6));
    solver.setBounds(solver.lower, boxHi);
    const colScale = comp.vars.map((_, i) => Math.max(1, Math.abs(x0[i]!)));
    const targetCols = new Set<number>();
    for (const t of targets)
      for (const x of t.expr.type === 'affine' ? t.expr.terms : [...t.expr.num, ...t.expr.den]) if (!fixed(x.v) && !interval(x.v)) targetCols.add(col(x.v));
    for (let k = 0; k < witnessCount; k += 2) {
      const cost = new Map<number, number>();
      for (const c of targetCols) cost.set(c, (rand() * 2 - 1) / colScale[c]!);
      add(solver.point(cost));
      add(solver.point(new Map([...cost].map(([c, x]) => [c, -x]))));
    }
    solver.setBounds(solver.lower, solver.upper);

    let open = targets.filter((t) => {
      if (!settledByPoints(t)) return true;
      const s = spread(t);
      done(t, s.lo, s.hi, false, 'points');
      return false;
    });

    // 2. pinned values in bulk: the values all points agree on are pinned when a random positive
    //    combination of them is constant over the LP (its min = its max), twice with independent
    //    weights; a point that moves one of them takes it out of the group
    let group = exhaustive ? [] : open.filter((t) => t.expr.type === 'affine' && agreeing(t));
    let confirmations = 0;
    for (let round = 0; round < 12 && group.length > 0 && confirmations < 2; round++) {
      const cost = new Map<number, number>();
      for (const t of group) {
        const w = (1 + rand()) / scaleOf(t);
        for (const u of (t.expr as Affine).terms) if (!fixed(u.v) && !interval(u.v)) cost.set(col(u.v), (cost.get(col(u.v)) ?? 0) + w * u.c);
      }
      const before = group.length;
      const negated = new Map([...cost].map(([c, x]) => [c, -x]));
      const a = solver.point(cost);
      const b = solver.point(negated);
      add(a);
      add(b);
      if (a === null || b === null) {
        // unbounded: the same in the box, for points that take members out; no confirmation
        solver.setBounds(solver.lower, boxHi);
        add(solver.point(cost));
        add(solver.point(negated));
        solver.setBounds(solver.lower, solver.upper);
        group = group.filter(agreeing);
        confirmations = 0;
        continue;
      }
      group = group.filter(agreeing);
      confirmations = group.length === before ? confirmations + 1 : 0;
    }
    if (confirmations >= 2) {
      for (const t of group) {
        const s = spread(t);
        const it = intTermOf(t);
        if (it !== null) {
          const x = Math.round(s.lo / it.c);
          solver.tighten(col(it.v), x, x);
          done(t, x * it.c, x * it.c, true, 'lp');
        } else {
          done(t, s.lo, s.hi, true, 'lp');
          const term = (t.expr as Affine).terms;
          if (term.length === 1 && term[0]!.c === 1) solver.pin(col(term[0]!.v), s.lo);
        }
      }
      open = open.filter((t) => !group.includes(t));
    }

    // 3. one by one: integers first (their proven intervals narrow the rest), then amounts, ratios;
    //    then again those a later integer's rounded bounds may narrow (a cutting plane each)
    const stamp = new Map<Target, number>();
    const sorted = open.sort((a, b) => order(a) - order(b));
    for (const t of sorted) solveOne(t);
    for (let pass = 0; pass < 4; pass++) {
      const again = sorted.filter((t) => results.get(t)!.exact && !results.get(t)!.recovered && stamp.get(t)! < solver.tightenings);
      if (again.length === 0) break;
      for (const t of again) solveOne(t);
    }

    function solveOne(t: Target): void {
      stamp.set(t, solver.tightenings);
      if (settledByPoints(t)) {
        const s = spread(t);
        done(t, s.lo, s.hi, false, 'points');
        return;
      }
      if (t.expr.type === 'ratio') {
        const s = spread(t);
        if (s.n === 0) {
          done(t, NaN, NaN, false, 'points');
          return;
        }
        // the proven intervals of its unknowns first (values ≥ 0): when they already pin the ratio,
        // that outer interval is the answer
        const numI = boundsOf(t.expr.num);
        const denI = boundsOf(t.expr.den);
        if (denI[0] > 0 && numI[0] >= 0) {
          const a = (t.expr.scale * numI[0]) / denI[1];
          const b = (t.expr.scale * numI[1]) / denI[0];
          if (isRecovered(t.kind, a, b, t.resolution)) {
            done(t, a, b, true, 'bounds');
            return;
          }
        }
        const k = t.expr.scale;
        const r = solver.ratioRange(
          freeTerms(t.expr.num),
          constantOf(t.expr.num),
          freeTerms(t.expr.den),
          constantOf(t.expr.den),
          [s.lo / k, s.hi / k],
          (a, b) => {
            // stop as soon as the ratios found show it neither recovered nor narrowed
            const x = k * a;
            const y = k * b;
            return !exhaustive && y - x > t.resolution * (1 + 1e-3) && !isNarrowed(t.kind, x, y);
          },
        );
        // can its denominator be 0 (nobody)? Then a reader cannot tell that the ratio exists
        const [denLo] = solver.range(freeTerms(t.expr.den));
        const mayNotExist = !listedExists && denLo.value + constantOf(t.expr.den)[0] < 0.5;
        done(t, k * r.lo, k * r.hi, r.exact, r.exact ? 'dinkelbach' : 'points', mayNotExist);
        return;
      }
      const terms = freeTerms(t.expr.terms);
      const k = constantOf(t.expr.terms)[0]; // affine targets read no published amount: a number
      const [a, b] = solver.range(terms);
      add(a.x);
      add(b.x);
      const it = intTermOf(t);
      if (it === null) {
        done(t, a.value + k, b.value + k, true, 'lp');
        return;
      }
      // an integer: the LP's ends rounded inwards; an end at an integer point is exact, a fractional
      // end with 2 or 3 integers left goes to the MIP
      const c = col(it.v);
      let ilo = Math.max(solver.lower[c]!, Math.ceil(a.value / it.c - TOL));
      let ihi = Math.min(solver.upper[c]!, Math.floor(b.value / it.c + TOL));
      let method: HiddenValue['method'] = 'lp';
      if (useMip && ihi - ilo >= 1 && ihi - ilo <= 2) {
        if (!(a.x !== null && integral(a.x))) {
          const m = solver.mipEnd(c, 1);
          if (m !== null) ilo = Math.max(ilo, Math.ceil(m - TOL));
          method = 'mip';
        }
        if (!(b.x !== null && integral(b.x)) && ilo < ihi) {
          const m = solver.mipEnd(c, -1);
          if (m !== null) ihi = Math.min(ihi, Math.floor(m + TOL));
          method = 'mip';
        }
      }
      if (ilo > ihi) throw new Error(`attacker: no integer value for ${t.path.join('.')} in [${a.value}, ${b.value}]`);
      solver.tighten(c, ilo, ihi);
      done(t, ilo * it.c, ihi * it.c, true, method);
    }
  }

  return {
    hidden: prog.targets.map((t) => results.get(t)!),
    unmodelled: prog.unmodelled,
    stats: { variables: n, rows: prog.rows.length, components: byComp.size, lp: lpCount, mip: mipCount, ms: performance.now() - started },
  };
}

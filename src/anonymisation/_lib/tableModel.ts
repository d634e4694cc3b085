/**
 * A published table as a linear model (ANON-7): every protectable figure is a variable, every
 * published figure an observation (an interval of its rounding), and every relation the table
 * implies a row. This one model serves the audit (values read from a published table, `null` =
 * hidden) and `publish` (values from the internal mapping, hidden by the protection).
 *
 * Variables measure sums, so every relation is linear: a count of persons (integer), the sum of
 * the persons' full-time-equivalent pay in a cell (mean × persons, NOK), the sum of parental-leave
 * weeks (average × persons). A unit's own staff outside its sub-units is never published: it
 * enters as an `own` variable.
 *
 * Relations: women + men + other/unknown = total (each attribute, each cell); a unit = its sub-units
 * + its own staff, the employer = its top units (+ the `null` unit) for every count and sum; levels,
 * groups and the total partition the same persons (pay sums of every section); a pay cell = its
 * components (`options.monthlyPayComponents`, `options.agreedPayComponents`); involuntary ≤
 * answered ≤ part-timers; part-timers = the part-time count. Observations: a count; a percent of
 * a published base; women's share of a category; coverage; a mean × its published persons; a
 * women's share of men's mean pay; an average of weeks × persons; a median of one or two persons
 * (= their mean). Bounds: counts 0 … the cell's head count of that sex, sums ≥ 0, weeks ≤ 53 per person.
 *
 * Built without recursion (the unit tree is walked in breadth-first order), in time linear in the
 * table's size.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { Expected } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';
import type { AuditInput, JsonPath } from '../types.js';

/** What a variable measures. @internal */
export type VarKind = 'count' | 'pay' | 'weeks';
/** Which primary rule applies to a count (ANON-2). @internal */
export type CountRule = 'attribute' | 'parental-persons' | 'answered';

/** One protectable quantity. @internal */
export interface TableVar {
  readonly id: number;
  readonly kind: VarKind;
  /** The figure's family: `temporary`, `partTime`, `involuntaryPartTime`, `answered`, `parentalLeave`, or a pay section (`pay`, `agreedPay`, `payComponents.bonus` …). */
  readonly family: string;
  /** `women`, `men`, `otherOrUnknown` or `total`. */
  readonly slot: string;
  /** The published path of the value (for `own`: the cell's path, `'(own)'`, then the figure). */
  readonly path: JsonPath;
  /** The cell: `[]` employer, `['byUnit', i]`, `['pay', 'byLevel', i]` … */
  readonly cell: JsonPath;
  readonly own: boolean;
  readonly integer: boolean;
  /** Structural bounds of the quantity. */
  readonly lower: number;
  readonly upper: number;
  /** Count: persons of the slot in the cell (its base); pay: persons with a pay figure; weeks: null. */
  readonly persons: number | null;
  /** Weeks: the persons variable of the same cell and sex. */
  readonly personsVar: number | null;
  /** An involuntary part-time count: the part-time count that is its base (DEF-INV), instead of `persons`. */
  readonly baseVar: number | null;
  readonly countRule: CountRule | null;
  /** 0: a cell below the employer; 1: the employer's figures the statement does not require by sex; 2: the employer's women and men. */
  readonly lastResort: 0 | 1 | 2;
  /** The value as the table gives it: a count, a sum (mean × persons), or null (hidden or absent). */
  readonly value: Dec | null;
  /** Half the rounding unit of the value's text (0 for counts), in the quantity's unit. */
  readonly half: Dec;
}

/** A row: `lower ≤ Σ coef × var ≤ upper`. @internal */
export interface TableRow {
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly lower: number;
  readonly upper: number;
  /** What the relation is, for the audit's explanation. */
  readonly kind: RowKind;
  /** The cell the relation is about. */
  readonly cell: JsonPath;
  /** The published paths this row depends on (an observation's figure), empty for structure. */
  readonly sources: readonly JsonPath[];
}

/** Kinds of row. @internal */
export type RowKind =
  'sexes' | 'unit-tree' | 'breakdown' | 'components' | 'order' | 'weeks-per-person' | 'percent' | 'share' | 'coverage' | 'ratio' | 'average' | 'published';

/**
 * A published figure that bounds a variable (or, with `row`, several): active while its `path`
 * is published. `owners` are the variables whose hiding hides it too (publish).
 * @internal
 */
export interface Observation {
  readonly path: JsonPath;
  readonly owners: readonly number[];
  /** A bound on one variable … */
  readonly bound?: { readonly varId: number; readonly lower: number; readonly upper: number; readonly exactLower: Dec; readonly exactUpper: Dec };
  /** … or a row. */
  readonly row?: TableRow;
  /**
   * The rules under which the figure stays published although an owner is hidden: a median with a
   * mean hidden to protect another (ANON-4 hides medians only with a threshold or by choice), a
   * women's share of men's pay with amounts left out by choice (ratios only, STAT-B0).
   */
  readonly keptWith?: readonly ('secondary' | 'by-choice')[];
}

/** A derived figure (a percent, a share, a ratio, a median): hidden with its owners, judged from their intervals. @internal */
export interface DerivedFigure {
  readonly path: JsonPath;
  readonly kind: 'percent' | 'share-of-category' | 'coverage' | 'pay-ratio' | 'median' | 'median-ratio' | 'parts';
  readonly owners: readonly number[];
  /** percent: the published base; median: persons. */
  readonly base: number | null;
}

/** The model of one table. @internal */
export interface TableModel {
  readonly vars: readonly TableVar[];
  readonly rows: readonly TableRow[];
  readonly observations: readonly Observation[];
  readonly derived: readonly DerivedFigure[];
  /** Variable by its main path key. */
  readonly byPath: ReadonlyMap<string, number>;
  /** For a count: the counts of the groups that contain its group (the parent unit's, the cell's total). */
  readonly supersets: readonly (readonly number[])[];
  /** A pay variable's counterpart of the other sex in the same cell and section. */
  readonly pairOf: ReadonlyMap<number, number>;
  /** Decimals of the published percents (`options.percentDecimals`, default 1). */
  readonly percentDecimals: number;
  /** Problems that make the table unreadable (cycles, negative means …). */
  readonly problems: readonly { readonly path: JsonPath; readonly expected: Expected }[];
}

/** A stable key of a JSON path (numbers zero-padded so keys sort like paths). @internal */
export function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? String(p).padStart(6, '0') : p)).join('/');
}

/** Half a unit of each number of decimals, made once (decimal.js values are immutable). */
const HALF_UNITS: Dec[] = [];

/** Half a unit of the last decimal of a decimal string ("88.2" → 0.05). @internal */
export function halfUnit(text: string): Dec {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return (HALF_UNITS[decimals] ??= new Dec(5).times(new Dec(10).pow(-decimals - 1)));
}

function dec(text: string | null | undefined): Dec | null {
  if (text === null || text === undefined) return null;
  try {
    const d = new Dec(text);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/** Weeks of parental leave one person can have in a financial year (DEF-PL: at most 366 days × 100 % / 7, and 53 given directly). */
export const MAX_WEEKS_PER_PERSON = 53;

type Unit = NonNullable<AuditInput['byUnit']>[number];
type Pop = AuditInput['population'];
type Attr = NonNullable<AuditInput['temporary']>;
type Invol = NonNullable<AuditInput['involuntaryPartTime']>;
type PayCell = AuditInput['pay']['total'];

const SLOTS = ['women', 'men', 'otherOrUnknown', 'total'] as const;
type Slot = (typeof SLOTS)[number];
const SEXES = ['women', 'men'] as const;
const COMPONENTS = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'] as const;

function slotBase(pop: Pop, slot: Slot): number {
  if (slot === 'women') return pop.women;
  if (slot === 'men') return pop.men;
  if (slot === 'otherOrUnknown') return pop.other + pop.unknown;
  return pop.total;
}

/** A node of the employer/unit tree. */
interface Node {
  readonly index: number; // -1 = employer
  readonly cell: JsonPath;
  readonly unit: Unit | null;
  readonly pop: Pop;
  readonly children: number[]; // node indexes
  readonly coversEmployer: boolean;
}

/**
 * The employer/unit tree (node 0 the employer, node i + 1 the unit `byUnit[i]`), or null with
 * problems: duplicate keys, a parent that is not listed, a cycle of parents. Iterative: no
 * recursion over the tree's depth.
 */
function unitTree(table: AuditInput, problems: { path: JsonPath; expected: Expected }[]): Node[] | null {
  const units = table.byUnit ?? [];
  const total = table.population.total;
  const nodes: Node[] = [{ index: -1, cell: [], unit: null, pop: table.population, children: [], coversEmployer: true }];
  const byKey = new Map<string, number>();
  units.forEach((u, i) => {
    nodes.push({ index: i, cell: ['byUnit', i], unit: u, pop: u.population, children: [], coversEmployer: u.population.total === total });
    if (u.key === null) return;
    if (byKey.has(u.key)) problems.push({ path: ['byUnit', i, 'key'], expected: expecting('uniqueUnitKey') });
    else byKey.set(u.key, i + 1);
  });
  const parentOf = new Int32Array(nodes.length).fill(-1);
  for (let i = 1; i < nodes.length; i++) {
    const u = nodes[i]?.unit;
    if (u === null || u === undefined) continue;
    if (u.parent === null) parentOf[i] = 0;
    else if (u.key === null) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('keyedParentOnly') });
    else {
      const p = byKey.get(u.parent);
      if (p === undefined) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('listedParent') });
      else parentOf[i] = p;
    }
  }
  if (problems.length > 0) return null;
  // every unit must reach the employer by following its parents: a cycle never does
  const state = new Uint8Array(nodes.length); // 0 not seen, 1 on the current walk, 2 reaches the employer, 3 does not
  state[0] = 2;
  for (let i = 1; i < nodes.length; i++) {
    const walk: number[] = [];
    let k = i;
    while (state[k] === 0) {
      state[k] = 1;
      walk.push(k);
      k = parentOf[k] ?? 0;
    }
    const ok = state[k] === 2;
    for (const w of walk) state[w] = ok ? 2 : 3;
    if (!ok && walk.length > 0) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('parentsReachEmployer') });
  }
  if (problems.length > 0) return null;
  for (let i = 1; i < nodes.length; i++) nodes[parentOf[i] ?? 0]?.children.push(i);
  return nodes;
}

/**
 * Builds the model of a table. Values are read as given (`null` = hidden). Problems that make
 * the table unreadable are listed in `problems` (the model is then empty).
 * @internal
 */
export function buildTableModel(table: AuditInput): TableModel {
  const problems: { path: JsonPath; expected: Expected }[] = [];
  const vars: TableVar[] = [];
  const rows: TableRow[] = [];
  const observations: Observation[] = [];
  const derived: DerivedFigure[] = [];
  const byPath = new Map<string, number>();
  const supersets: number[][] = [];
  const pairOf = new Map<number, number>();
  const percentDecimals = (table.options as { percentDecimals?: number } | undefined)?.percentDecimals ?? 1;
  const empty: TableModel = { vars, rows, observations, derived, byPath, supersets, pairOf, percentDecimals, problems };
  const within = (inner: TableVar | undefined, outer: TableVar | undefined): void => {
    if (inner === undefined || outer === undefined) return;
    (supersets[inner.id] ??= []).push(outer.id);
  };

  checkPopulation(table.population, ['population'], problems);
  (table.byUnit ?? []).forEach((u, i) => checkPopulation(u.population, ['byUnit', i, 'population'], problems));
  const nodes = unitTree(table, problems);
  if (nodes === null || problems.length > 0) return empty;
  const bfs: Node[] = [];
  const parentNode = new Map<number, number>(); // node index → its parent's index (-1 the employer)
  {
    const queue = [0];
    for (let q = 0; q < queue.length; q++) {
      const node = nodes[queue[q] ?? 0];
      if (node === undefined) continue;
      bfs.push(node);
      for (const c of node.children) {
        queue.push(c);
        const child = nodes[c];
        if (child !== undefined) parentNode.set(child.index, node.index);
      }
    }
  }
  const parentalPopulation = (table.options as { parentalLeavePopulation?: string } | undefined)?.parentalLeavePopulation;

  const addVar = (v: Omit<TableVar, 'id'>): TableVar => {
    const full: TableVar = { ...v, id: vars.length };
    vars.push(full);
    if (!v.own) byPath.set(pathKey(v.path), full.id);
    return full;
  };
  const addRow = (r: TableRow): void => {
    if (r.vars.length > 0) rows.push(r);
  };
  const observeCount = (v: TableVar, path: JsonPath, value: number | null | undefined, owners: readonly number[] = [v.id]): void => {
    if (value === null || value === undefined) return;
    const d = new Dec(value);
    observations.push({ path, owners, bound: { varId: v.id, lower: value, upper: value, exactLower: d, exactUpper: d } });
  };
  const lastResortOf = (node: Node, slot: string): 0 | 1 | 2 => (node.coversEmployer ? (slot === 'women' || slot === 'men' ? 2 : 1) : 0);

  // ---- attribute counts: temporary, part-time (with involuntary part-time and answers) -------
  type ByNode = Map<number, Map<Slot, TableVar>>;
  const countVars = (
    attr: 'temporary' | 'partTime' | 'involuntaryPartTime',
    figure: (n: Node) => Attr | Invol | undefined,
    base: { byNode: ByNode; own: ByNode } | null = null,
  ) => {
    const byNode: ByNode = new Map();
    for (const node of bfs) {
      const f = figure(node);
      if (f === undefined) continue;
      const m = new Map<Slot, TableVar>();
      for (const slot of SLOTS) {
        const path = [...node.cell, attr, slot, 'count'];
        const headCount = slotBase(node.pop, slot);
        const value = slot === 'otherOrUnknown' ? f.otherOrUnknown.count : f[slot].count;
        if (value !== null && value > headCount) problems.push({ path, expected: expecting('countWithinHeadCount') });
        const v = addVar({
          kind: 'count',
          family: attr,
          slot,
          path,
          cell: node.cell,
          own: false,
          integer: true,
          lower: 0,
          upper: headCount,
          persons: headCount,
          personsVar: null,
          baseVar: base?.byNode.get(node.index)?.get(slot)?.id ?? null,
          countRule: 'attribute',
          lastResort: lastResortOf(node, slot),
          value: value === null ? null : new Dec(value),
          half: new Dec(0),
        });
        m.set(slot, v);
        observeCount(v, path, value);
      }
      byNode.set(node.index, m);
      sexRow(m, node.cell);
    }
    for (const [index, m] of byNode) {
      const up = parentNode.get(index);
      for (const slot of SLOTS) {
        if (up !== undefined) within(m.get(slot), byNode.get(up)?.get(slot));
        if (slot !== 'total') within(m.get(slot), m.get('total'));
      }
    }
    const own = treeRows(byNode, (node, slot) => slotBase(node.pop, slot), attr, 'attribute', base?.own ?? null);
    return { byNode, own };
  };
  const sexRow = (m: ReadonlyMap<Slot, TableVar>, cell: JsonPath): void => {
    const t = m.get('total');
    if (t === undefined) return;
    const vs: number[] = [];
    const cs: number[] = [];
    for (const s of ['women', 'men', 'otherOrUnknown'] as const) {
      const v = m.get(s);
      if (v !== undefined) {
        vs.push(v.id);
        cs.push(1);
      }
    }
    addRow({ vars: [...vs, t.id], coefs: [...cs, -1], lower: 0, upper: 0, kind: 'sexes', cell, sources: [] });
  };
  /** parent = Σ children + own (own only when the parent has persons of the slot outside its children). */
  const treeRows = (byNode: ByNode, base: (n: Node, s: Slot) => number, family: string, countRule: CountRule | null, baseOwn: ByNode | null): ByNode => {
    const ownByNode: ByNode = new Map();
    for (const node of bfs) {
      if (node.children.length === 0) continue;
      const mine = byNode.get(node.index);
      if (mine === undefined) continue;
      const kids = node.children.map((c) => nodes[c]).filter((k): k is Node => k !== undefined);
      const own = new Map<Slot, TableVar>();
      for (const slot of SLOTS) {
        const p = mine.get(slot);
        if (p === undefined) continue;
        const ownBase = base(node, slot) - kids.reduce((s, k) => s + base(k, slot), 0);
        if (ownBase < 0) {
          problems.push({ path: [...node.cell, 'population'], expected: expecting('subUnitsWithinParent') });
          continue;
        }
        const vs = [p.id];
        const cs = [1];
        for (const k of kids) {
          const kv = byNode.get(k.index)?.get(slot);
          if (kv !== undefined) {
            vs.push(kv.id);
            cs.push(-1);
          }
        }
        if (ownBase > 0) {
          const o = addVar({
            kind: 'count',
            family,
            slot,
            path: [...node.cell, '(own)', family, slot, 'count'],
            cell: [...node.cell, '(own)'],
            own: true,
            integer: true,
            lower: 0,
            upper: ownBase,
            persons: ownBase,
            personsVar: null,
            baseVar: baseOwn?.get(node.index)?.get(slot)?.id ?? null,
            countRule,
            lastResort: 0,
            value: null,
            half: new Dec(0),
          });
          own.set(slot, o);
          vs.push(o.id);
          cs.push(-1);
        }
        addRow({ vars: vs, coefs: cs, lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
      }
      if (own.size > 0) sexRow(own, [...node.cell, '(own)']);
      for (const [slot, o] of own) {
        within(o, mine.get(slot));
        if (slot !== 'total') within(o, own.get('total'));
      }
      ownByNode.set(node.index, own);
    }
    return ownByNode;
  };

  const temporaryVars = table.temporary === undefined ? null : countVars('temporary', (n) => (n.unit !== null ? n.unit.temporary : table.temporary));
  const partTimeVars = table.partTime === undefined ? null : countVars('partTime', (n) => (n.unit !== null ? n.unit.partTime : table.partTime));
  // DEF-INV: the base of an involuntary part-time count is the part-time count
  const involuntaryVars =
    table.involuntaryPartTime === undefined
      ? null
      : countVars('involuntaryPartTime', (n) => (n.unit !== null ? n.unit.involuntaryPartTime : table.involuntaryPartTime), partTimeVars);
  const temporary = temporaryVars?.byNode ?? null;
  const partTime = partTimeVars?.byNode ?? null;
  const involuntary = involuntaryVars?.byNode ?? null;
  const figureOf = <K extends 'temporary' | 'partTime' | 'involuntaryPartTime'>(node: Node, attr: K) => (node.unit !== null ? node.unit[attr] : table[attr]);

  // percents of a published base, women's share of the category (each an observation)
  for (const [attr, byNode] of [
    ['temporary', temporary],
    ['partTime', partTime],
    ['involuntaryPartTime', involuntary],
  ] as const) {
    if (byNode === null) continue;
    for (const node of bfs) {
      const m = byNode.get(node.index);
      const f = figureOf(node, attr);
      if (m === undefined || f === undefined) continue;
      for (const slot of ['women', 'men', 'total'] as const) {
        const v = m.get(slot);
        if (v === undefined) continue;
        const pcts: [string, number][] =
          slot === 'total'
            ? [['percentOfAll', node.pop.total]]
            : [
                ['percentOfAll', node.pop.total],
                ['percentOfSex', slotBase(node.pop, slot)],
              ];
        for (const [field, base] of pcts) {
          const path = [...node.cell, attr, slot, field];
          const text = (f[slot] as Record<string, unknown>)[field];
          derived.push({ path, kind: 'percent', owners: [v.id], base });
          if (typeof text === 'string') observePercentOfBase(v, path, text, base);
        }
      }
      const w = m.get('women');
      const mm = m.get('men');
      if (w !== undefined && mm !== undefined) {
        const path = [...node.cell, attr, 'womenShareOfCategory'];
        derived.push({ path, kind: 'share-of-category', owners: [w.id, mm.id], base: null });
        const text = f.womenShareOfCategory;
        if (typeof text === 'string') observeShare(w, mm, path, text, 'share', node.cell);
      }
    }
  }

  // involuntary part-time: part-timers = the part-time count; involuntary ≤ answered ≤ part-timers; coverage
  if (involuntary !== null) {
    const answeredByNode = new Map<number, Map<Slot, TableVar>>();
    for (const node of bfs) {
      const f = figureOf(node, 'involuntaryPartTime');
      const inv = involuntary.get(node.index);
      if (f === undefined || inv === undefined) continue;
      const pt = partTime?.get(node.index);
      const ans = new Map<Slot, TableVar>();
      for (const slot of SLOTS) {
        const base = slotBase(node.pop, slot);
        const given = slot === 'otherOrUnknown' ? null : f[slot].answered;
        const path = slot === 'otherOrUnknown' ? [...node.cell, '(derived)', 'answered', slot] : [...node.cell, 'involuntaryPartTime', slot, 'answered'];
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a published table read from JSON may lack the field
        if (given !== null && given !== undefined && given > base) problems.push({ path, expected: expecting('countWithinHeadCount') });
        const a = addVar({
          kind: 'count',
          family: 'answered',
          slot,
          path,
          cell: node.cell,
          own: slot === 'otherOrUnknown',
          integer: true,
          lower: 0,
          upper: base,
          persons: base,
          personsVar: null,
          baseVar: null,
          countRule: slot === 'otherOrUnknown' ? null : 'answered',
          lastResort: lastResortOf(node, slot),
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
          value: given === null || given === undefined ? null : new Dec(given),
          half: new Dec(0),
        });
        ans.set(slot, a);
        if (slot !== 'otherOrUnknown') observeCount(a, path, given);
        const i = inv.get(slot);
        const p = pt?.get(slot);
        if (i !== undefined) addRow({ vars: [i.id, a.id], coefs: [1, -1], lower: -Infinity, upper: 0, kind: 'order', cell: node.cell, sources: [] });
        if (p !== undefined) addRow({ vars: [a.id, p.id], coefs: [1, -1], lower: -Infinity, upper: 0, kind: 'order', cell: node.cell, sources: [] });
        if (slot !== 'otherOrUnknown') {
          const ptPath = [...node.cell, 'involuntaryPartTime', slot, 'partTimers'];
          const ptGiven = f[slot].partTimers;
          if (p !== undefined) observeCount(p, ptPath, ptGiven, [p.id]);
          const covPath = [...node.cell, 'involuntaryPartTime', slot, 'coverage'];
          if (p !== undefined) {
            derived.push({ path: covPath, kind: 'coverage', owners: [a.id, p.id], base: null });
            const cov = f[slot].coverage;
            if (typeof cov === 'string') observeRatio(a, p, covPath, cov, 'coverage', node.cell);
          }
        }
      }
      answeredByNode.set(node.index, ans);
      sexRow(ans, [...node.cell, 'involuntaryPartTime', 'answered']);
    }
    treeRows(answeredByNode, (node, slot) => slotBase(node.pop, slot), 'answered', 'answered', null);
  }

  // ---- parental leave: persons (counts) and weeks (sums), per sex ---------------------------------
  if (table.parentalLeave !== undefined) {
    for (const sex of SEXES) {
      const pv = new Map<number, TableVar>();
      const wv = new Map<number, TableVar>();
      for (const node of bfs) {
        const f = node.unit !== null ? node.unit.parentalLeave : table.parentalLeave;
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a published table read from JSON may lack the field
        if (f === undefined) continue;
        const personsPath = [...node.cell, 'parentalLeave', sex, 'persons'];
        const weeksPath = [...node.cell, 'parentalLeave', sex, 'averageWeeks'];
        const given = f[sex].persons;
        const stock = parentalPopulation === 'reference-date';
        const p = addVar({
          kind: 'count',
          family: 'parentalLeave',
          slot: sex,
          path: personsPath,
          cell: node.cell,
          own: false,
          integer: true,
          lower: 0,
          upper: stock ? node.pop[sex] : Infinity,
          persons: node.pop[sex],
          personsVar: null,
          baseVar: null,
          countRule: 'parental-persons',
          lastResort: lastResortOf(node, sex),
          value: given === null ? null : new Dec(given),
          half: new Dec(0),
        });
        observeCount(p, personsPath, given);
        const avgText = f[sex].averageWeeks;
        const avg = dec(avgText);
        if (avg !== null && avg.isNegative()) problems.push({ path: weeksPath, expected: expecting('nonNegativeAverage') });
        if (avgText !== null && given === 0) problems.push({ path: weeksPath, expected: expecting('noAverageWithoutPersons') });
        const w = addVar({
          kind: 'weeks',
          family: 'parentalLeave',
          slot: sex,
          path: weeksPath,
          cell: node.cell,
          own: false,
          integer: false,
          lower: 0,
          upper: Infinity,
          persons: null,
          personsVar: p.id,
          baseVar: null,
          countRule: null,
          lastResort: lastResortOf(node, sex),
          value: avg === null || given === null ? null : avg.times(given),
          half: avgText === null ? new Dec('0.05') : halfUnit(avgText),
        });
        pv.set(node.index, p);
        wv.set(node.index, w);
        addRow({ vars: [w.id, p.id], coefs: [1, -MAX_WEEKS_PER_PERSON], lower: -Infinity, upper: 0, kind: 'weeks-per-person', cell: node.cell, sources: [] });
        if (avgText !== null && avg !== null) {
          const h = halfUnit(avgText);
          // (a − h) × persons ≤ weeks ≤ (a + h) × persons
          observations.push({
            path: weeksPath,
            owners: [w.id],
            row: {
              vars: [w.id, p.id],
              coefs: [1, -avg.minus(h).toNumber()],
              lower: 0,
              upper: Infinity,
              kind: 'average',
              cell: node.cell,
              sources: [weeksPath],
            },
          });
          observations.push({
            path: weeksPath,
            owners: [w.id],
            row: {
              vars: [w.id, p.id],
              coefs: [1, -avg.plus(h).toNumber()],
              lower: -Infinity,
              upper: 0,
              kind: 'average',
              cell: node.cell,
              sources: [weeksPath],
            },
          });
        } else if (given === 0) {
          // no person: no weeks
          observations.push({ path: personsPath, owners: [p.id], bound: { varId: w.id, lower: 0, upper: 0, exactLower: new Dec(0), exactUpper: new Dec(0) } });
        }
      }
      for (const [index, p] of pv) {
        const up = parentNode.get(index);
        if (up !== undefined) within(p, pv.get(up));
      }
      // unit tree: persons and weeks add up; a unit's own staff is an unknown (a flow: leavers count)
      for (const node of bfs) {
        if (node.children.length === 0) continue;
        const p = pv.get(node.index);
        const w = wv.get(node.index);
        if (p === undefined || w === undefined) continue;
        const kids = node.children.map((c) => nodes[c]).filter((k): k is Node => k !== undefined);
        const root = node.unit === null;
        const pvs = [p.id];
        const wvs = [w.id];
        for (const k of kids) {
          const kp = pv.get(k.index);
          const kw = wv.get(k.index);
          if (kp !== undefined) pvs.push(kp.id);
          if (kw !== undefined) wvs.push(kw.id);
        }
        // the employer's top units and the `null` unit hold every record: no own staff at the root
        const ownPop = node.pop[sex] - kids.reduce((s, k) => s + k.pop[sex], 0);
        const stock = parentalPopulation === 'reference-date';
        if (!root && !(stock && ownPop <= 0)) {
          const op = addVar({
            kind: 'count',
            family: 'parentalLeave',
            slot: sex,
            path: [...node.cell, '(own)', 'parentalLeave', sex, 'persons'],
            cell: [...node.cell, '(own)'],
            own: true,
            integer: true,
            lower: 0,
            upper: stock ? ownPop : Infinity,
            persons: Math.max(ownPop, 0),
            personsVar: null,
            baseVar: null,
            countRule: 'parental-persons',
            lastResort: 0,
            value: null,
            half: new Dec(0),
          });
          const ow = addVar({
            kind: 'weeks',
            family: 'parentalLeave',
            slot: sex,
            path: [...node.cell, '(own)', 'parentalLeave', sex, 'averageWeeks'],
            cell: [...node.cell, '(own)'],
            own: true,
            integer: false,
            lower: 0,
            upper: Infinity,
            persons: null,
            personsVar: op.id,
            baseVar: null,
            countRule: null,
            lastResort: 0,
            value: null,
            half: new Dec('0.05'),
          });
          within(op, p);
          pvs.push(op.id);
          wvs.push(ow.id);
          addRow({
            vars: [ow.id, op.id],
            coefs: [1, -MAX_WEEKS_PER_PERSON],
            lower: -Infinity,
            upper: 0,
            kind: 'weeks-per-person',
            cell: [...node.cell, '(own)'],
            sources: [],
          });
        }
        addRow({ vars: pvs, coefs: pvs.map((_, i) => (i === 0 ? 1 : -1)), lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
        addRow({ vars: wvs, coefs: wvs.map((_, i) => (i === 0 ? 1 : -1)), lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
      }
    }
  }

  // ---- pay: sums of FTE pay per sex and cell, every section --------------------------------------
  const sections: {
    readonly prefix: JsonPath;
    readonly section: AuditInput['pay'] | undefined;
    readonly unitField: 'pay' | 'agreedPay' | null;
    readonly family: string;
  }[] = [
    { prefix: ['pay'], section: table.pay, unitField: 'pay', family: 'pay' },
    { prefix: ['agreedPay'], section: table.agreedPay, unitField: 'agreedPay', family: 'agreedPay' },
    ...COMPONENTS.map((c) => ({ prefix: ['payComponents', c] as JsonPath, section: table.payComponents?.[c], unitField: null, family: `payComponents.${c}` })),
  ];
  // levels merged by the policy (mergeSmallLevels): their means carry the levels' rounding too
  const mergedKeys = new Set((table.merges ?? []).map((m) => `byLevel:${m.key}`));
  // cell key → sex → var, per section family (for the component relations)
  const payCells = new Map<string, Map<string, TableVar>>();
  for (const { prefix, section, unitField, family } of sections) {
    if (section === undefined) continue;
    const cellsOfSection = new Map<string, TableVar>();
    payCells.set(family, cellsOfSection);
    for (const sex of SEXES) {
      const payVar = (cellPath: JsonPath, cell: PayCell, lastResort: 0 | 1 | 2, cellId: string): TableVar | null => {
        const n = cell[sex].count;
        const path = [...cellPath, sex, 'mean'];
        const meanText = cell[sex].mean;
        const mean = dec(meanText);
        if (n > slotBase(cell.population, sex)) problems.push({ path: [...cellPath, sex, 'count'], expected: expecting('payCountWithinPersons') });
        if (mean !== null && mean.isNegative()) problems.push({ path, expected: expecting('nonNegativeMean') });
        if (meanText !== null && n === 0) problems.push({ path, expected: expecting('noMeanWithoutPersons') });
        if (n === 0) return null;
        const v = addVar({
          kind: 'pay',
          family,
          slot: sex,
          path,
          cell: cellPath,
          own: false,
          integer: false,
          lower: 0,
          upper: Infinity,
          persons: n,
          personsVar: null,
          baseVar: null,
          countRule: null,
          lastResort,
          value: mean === null ? null : mean.times(n),
          half: meanText === null ? new Dec('0.005').times(n) : halfUnit(meanText).times(n),
        });
        cellsOfSection.set(`${cellId}|${sex}`, v);
        if (meanText !== null && mean !== null) {
          // a merged level's mean is computed from the levels' rounded means: one more rounding's error
          const h = mergedKeys.has(cellId) ? halfUnit(meanText).times(2) : halfUnit(meanText);
          const lo = mean.minus(h).times(n);
          const hi = mean.plus(h).times(n);
          observations.push({ path, owners: [v.id], bound: { varId: v.id, lower: lo.toNumber(), upper: hi.toNumber(), exactLower: lo, exactUpper: hi } });
        }
        // a median of one or two persons is their mean
        const medianText = cell[sex].median;
        const median = dec(medianText);
        const medianPath = [...cellPath, sex, 'median'];
        derived.push({ path: medianPath, kind: 'median', owners: [v.id], base: n });
        if (medianText !== null && median !== null && n <= 2) {
          const h = halfUnit(medianText);
          const lo = median.minus(h).times(n);
          const hi = median.plus(h).times(n);
          observations.push({
            path: medianPath,
            owners: [v.id],
            bound: { varId: v.id, lower: lo.toNumber(), upper: hi.toNumber(), exactLower: lo, exactUpper: hi },
          });
        } else if (medianText !== null && median !== null && !median.isNegative()) {
          // at least ⌊n/2⌋ + 1 persons earn the median or more (pay ≥ 0): sum ≥ (⌊n/2⌋ + 1) × median
          const lo = median.minus(halfUnit(medianText)).times(Math.floor(n / 2) + 1);
          observations.push({
            path: medianPath,
            owners: [v.id],
            keptWith: ['secondary'],
            bound: { varId: v.id, lower: lo.toNumber(), upper: Infinity, exactLower: lo, exactUpper: new Dec(Infinity) },
          });
        }
        return v;
      };
      const total = payVar([...prefix, 'total'], section.total, 2, 'total');
      const parts = (
        parent: TableVar | null,
        parentN: number,
        children: readonly (TableVar | null)[],
        childN: number,
        cell: JsonPath,
        ownCell: JsonPath,
        kind: RowKind,
      ): void => {
        const rest = parentN - childN;
        if (rest < 0) {
          problems.push({ path: cell, expected: expecting('partsWithinWhole') });
          return;
        }
        const vs: number[] = [];
        const cs: number[] = [];
        if (parent !== null) {
          vs.push(parent.id);
          cs.push(1);
        }
        for (const c of children) {
          if (c === null) continue;
          vs.push(c.id);
          cs.push(-1);
        }
        if (rest > 0) {
          const o = addVar({
            kind: 'pay',
            family,
            slot: sex,
            path: [...ownCell, sex, 'mean'],
            cell: ownCell,
            own: true,
            integer: false,
            lower: 0,
            upper: Infinity,
            persons: rest,
            personsVar: null,
            baseVar: null,
            countRule: null,
            lastResort: 0,
            value: null,
            half: new Dec('0.005').times(rest),
          });
          vs.push(o.id);
          cs.push(-1);
        }
        addRow({ vars: vs, coefs: cs, lower: 0, upper: 0, kind, cell, sources: [] });
      };
      for (const breakdown of ['byLevel', 'byGroup'] as const) {
        const cells = section[breakdown];
        if (cells.length === 0) continue;
        const vs = cells.map((c, i) => payVar([...prefix, breakdown, i], c, 0, `${breakdown}:${c.key ?? '\u0000null'}`));
        const n = cells.reduce((s, c) => s + c[sex].count, 0);
        parts(total, section.total[sex].count, vs, n, [...prefix, breakdown], [...prefix, '(rest)', breakdown], 'breakdown');
      }
      if (unitField !== null && (table.byUnit ?? []).length > 0) {
        const unitVars = new Map<number, TableVar | null>();
        for (const node of bfs) {
          if (node.unit === null) continue;
          unitVars.set(
            node.index,
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the loop is over women and men today; other and unknown would count once
            payVar([...node.cell, unitField], node.unit[unitField], node.coversEmployer ? (sex === 'women' || sex === 'men' ? 2 : 1) : 0, `unit:${node.index}`),
          );
        }
        for (const node of bfs) {
          if (node.children.length === 0) continue;
          const parent = node.unit === null ? total : (unitVars.get(node.index) ?? null);
          const parentN = node.unit === null ? section.total[sex].count : node.unit[unitField][sex].count;
          const kids = node.children.map((c) => nodes[c]).filter((k): k is Node => k !== undefined);
          const childN = kids.reduce((s, k) => s + (k.unit?.[unitField][sex].count ?? 0), 0);
          parts(
            parent,
            parentN,
            kids.map((k) => unitVars.get(k.index) ?? null),
            childN,
            node.cell,
            [...node.cell, '(own)', unitField],
            'unit-tree',
          );
        }
      }
    }
    // women's share of men's pay (mean): a ratio of two sums
    const ratioCells: [JsonPath, PayCell, string][] = [[[...prefix, 'total'], section.total, 'total']];
    for (const breakdown of ['byLevel', 'byGroup'] as const)
      section[breakdown].forEach((c, i) => ratioCells.push([[...prefix, breakdown, i], c, `${breakdown}:${c.key ?? '\u0000null'}`]));
    if (unitField !== null)
      for (const node of bfs) if (node.unit !== null) ratioCells.push([[...node.cell, unitField], node.unit[unitField], `unit:${node.index}`]);
    for (const [cellPath, cell, cellId] of ratioCells) {
      const w = cellsOfSection.get(`${cellId}|women`);
      const m = cellsOfSection.get(`${cellId}|men`);
      if (w === undefined || m === undefined) continue;
      pairOf.set(w.id, m.id);
      pairOf.set(m.id, w.id);
      const path = [...cellPath, 'womenShareOfMen', 'mean'];
      derived.push({ path, kind: 'pay-ratio', owners: [w.id, m.id], base: null });
      derived.push({ path: [...cellPath, 'womenShareOfMen', 'median'], kind: 'median-ratio', owners: [w.id, m.id], base: null });
      const text = cell.womenShareOfMen.mean;
      const r = dec(text);
      // a merged level's share comes from rounded means: no exact relation to the sums
      if (text === null || r === null || mergedKeys.has(cellId)) continue;
      // S_w / n_w = r/100 × S_m / n_m within the rounding of r
      const h = halfUnit(text);
      const nw = w.persons ?? 1;
      const nm = m.persons ?? 1;
      observations.push({
        path,
        owners: [w.id, m.id],
        keptWith: ['by-choice'],
        row: { vars: [w.id, m.id], coefs: [100 * nm, -r.minus(h).toNumber() * nw], lower: 0, upper: Infinity, kind: 'ratio', cell: cellPath, sources: [path] },
      });
      observations.push({
        path,
        owners: [w.id, m.id],
        keptWith: ['by-choice'],
        row: { vars: [w.id, m.id], coefs: [100 * nm, -r.plus(h).toNumber() * nw], lower: -Infinity, upper: 0, kind: 'ratio', cell: cellPath, sources: [path] },
      });
    }
  }
  // månedslønn ≥ avtalt månedslønn when the agreed components are among the monthly ones (components ≥ 0)
  {
    const monthly = payCells.get('pay');
    const agreed = payCells.get('agreedPay');
    const opts = table.options as { monthlyPayComponents?: readonly string[]; agreedPayComponents?: readonly string[] } | undefined;
    const within =
      opts?.agreedPayComponents !== undefined &&
      opts.monthlyPayComponents !== undefined &&
      opts.agreedPayComponents.every((c) => opts.monthlyPayComponents?.includes(c) === true);
    if (monthly !== undefined && agreed !== undefined && within) {
      for (const [key, m] of monthly) {
        const a = agreed.get(key);
        if (a !== undefined) addRow({ vars: [m.id, a.id], coefs: [1, -1], lower: 0, upper: Infinity, kind: 'components', cell: m.cell, sources: [] });
      }
    }
  }
  // a pay cell = its components (DEF-PAY), for the employer, the levels and the groups; ≥ the
  // published ones when it also holds a component the table does not publish (overtime, benefits in kind)
  const options = table.options as { monthlyPayComponents?: readonly string[]; agreedPayComponents?: readonly string[] } | undefined;
  for (const [family, all] of [
    ['pay', options?.monthlyPayComponents],
    ['agreedPay', options?.agreedPayComponents],
  ] as const) {
    const list = (all ?? []).filter((c) => (COMPONENTS as readonly string[]).includes(c));
    const unpublished = (all ?? []).length > list.length;
    if (all === undefined || list.length === 0) continue;
    const whole = payCells.get(family);
    const comps = list.map((c) => payCells.get(`payComponents.${c}`));
    if (whole === undefined || comps.some((c) => c === undefined)) continue;
    for (const [key, v] of whole) {
      if (key.startsWith('unit:')) continue;
      const vs = [v.id];
      const cs = [1];
      let complete = true;
      for (const c of comps) {
        const cv = c?.get(key);
        if (cv === undefined) {
          complete = false;
          break;
        }
        vs.push(cv.id);
        cs.push(-1);
      }
      if (complete) addRow({ vars: vs, coefs: cs, lower: 0, upper: unpublished ? Infinity : 0, kind: 'components', cell: v.cell, sources: [] });
    }
  }
  if (problems.length > 0)
    return { ...empty, vars: [], rows: [], observations: [], derived: [], byPath: new Map(), supersets: [], pairOf: new Map(), problems };
  return { vars, rows, observations, derived, byPath, supersets, pairOf, percentDecimals, problems };

  /** count = p × base / 100 within the rounding of p: exact integer bounds (half-up rounding: p − h ≤ t < p + h). */
  function observePercentOfBase(v: TableVar, path: JsonPath, text: string, base: number): void {
    const p = dec(text);
    if (p === null || base === 0) return;
    const h = halfUnit(text);
    const lo = p.minus(h).times(base).dividedBy(100).ceil();
    const hiExact = p.plus(h).times(base).dividedBy(100);
    const hi = hiExact.isInteger() ? hiExact.minus(1) : hiExact.floor();
    observations.push({ path, owners: [v.id], bound: { varId: v.id, lower: lo.toNumber(), upper: hi.toNumber(), exactLower: lo, exactUpper: hi } });
  }
  /** women / (women + men) × 100 in [s − h, s + h): 100·w − (s∓h)(w + m) ≷ 0. */
  function observeShare(w: TableVar, m: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath): void {
    const s = dec(text);
    if (s === null) return;
    const h = halfUnit(text);
    const lo = s.minus(h);
    const hi = s.plus(h);
    // 100w − lo(w + m) ≥ 0; 100w − hi(w + m) < 0 (integers: ≤ −ε on the lattice of hi's decimals)
    observations.push({
      path,
      owners: [w.id, m.id],
      row: { vars: [w.id, m.id], coefs: [new Dec(100).minus(lo).toNumber(), -lo.toNumber()], lower: 0, upper: Infinity, kind, cell, sources: [path] },
    });
    observations.push({
      path,
      owners: [w.id, m.id],
      row: {
        vars: [w.id, m.id],
        coefs: [new Dec(100).minus(hi).toNumber(), -hi.toNumber()],
        lower: -Infinity,
        upper: -latticeStep(hi),
        kind,
        cell,
        sources: [path],
      },
    });
  }
  /** part / whole × 100 in [c − h, c + h): 100·part − (c∓h)·whole ≷ 0. */
  function observeRatio(part: TableVar, whole: TableVar, path: JsonPath, text: string, kind: RowKind, cell: JsonPath): void {
    const c = dec(text);
    if (c === null) return;
    const h = halfUnit(text);
    observations.push({
      path,
      owners: [part.id, whole.id],
      row: { vars: [part.id, whole.id], coefs: [100, -c.minus(h).toNumber()], lower: 0, upper: Infinity, kind, cell, sources: [path] },
    });
    observations.push({
      path,
      owners: [part.id, whole.id],
      row: { vars: [part.id, whole.id], coefs: [100, -c.plus(h).toNumber()], lower: -Infinity, upper: -latticeStep(c.plus(h)), kind, cell, sources: [path] },
    });
  }
}

/** The spacing of `k × x` for integers k: a strict `< 0` becomes `≤ −step / 2` (half the lattice step, safe in floating point). */
function latticeStep(x: Dec): number {
  const decimals = x.decimalPlaces();
  return new Dec(10).pow(-decimals).dividedBy(2).toNumber();
}

function checkPopulation(pop: Pop, path: JsonPath, problems: { path: JsonPath; expected: Expected }[]): void {
  if (pop.women + pop.men + pop.other + pop.unknown !== pop.total) problems.push({ path, expected: expecting('sexesAddUpToTotal') });
}

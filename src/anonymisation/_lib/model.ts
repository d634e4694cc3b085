/**
 * The attacker's view of a table (ANON-3): every protectable value as a linear variable, and every
 * additive relation between them — breakdown cells sum to the total (levels, groups), the unit
 * tree (a unit = its own staff + its sub-units, the top units + the `null` unit = the employer),
 * the sexes of a cell sum to its total. Means enter as sums (mean × persons), so "total mean × n −
 * Σ others" is just linear algebra. A unit's own staff outside its sub-units is never published;
 * it enters as a remainder variable (`own`), itself a small group that must not be disclosed.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { AuditInput, JsonPath } from '../types.js';

/** What a variable measures: an attribute/persons count, a pay mean (NOK), an average of weeks. @internal */
export type VarKind = 'count' | 'pay' | 'weeks';
/** Which threshold applies to a count. @internal */
export type CountRule = 'attribute' | 'parental-persons';

/** One protectable value. @internal */
export interface Var {
  readonly id: number;
  readonly family: string;
  readonly kind: VarKind;
  readonly countRule: CountRule | null;
  /** Path of the value; for a remainder `[...parentCell, '(own)', ...]`. */
  readonly path: JsonPath;
  readonly own: boolean;
  /** The value as published (or, in `publish`, the true value): a count, a mean, an average; null = hidden. */
  readonly value: Dec | null;
  /** Persons behind a mean/average (the weight); for a count the base (persons of the sex in the cell). */
  readonly n: number | null;
  /** Half the rounding unit of the value as published (0 for counts). */
  readonly half: Dec;
  readonly employerTotal: boolean;
  readonly sortKey: string;
}

/** Σ coef × S(var) = 0, where S = value for counts and value × n for means. @internal */
export interface Relation {
  readonly family: string;
  readonly terms: readonly (readonly [number, bigint])[];
}

/** The model of one table. @internal */
export interface Model {
  readonly vars: readonly Var[];
  readonly relations: readonly Relation[];
}

/** A stable sort key for a JSON path (numbers zero-padded). @internal */
export function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? String(p).padStart(6, '0') : p)).join('/');
}

const ZERO = new Dec(0);
const HALF_ORE = new Dec('0.005');
const HALF_TENTH = new Dec('0.05');

/** Half a unit of the last decimal of a published decimal string ("88.2" → 0.05). @internal */
export function halfUnit(text: string): Dec {
  const dot = text.indexOf('.');
  const decimals = dot < 0 ? 0 : text.length - dot - 1;
  return new Dec(5).times(new Dec(10).pow(-decimals - 1));
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

const num = (v: number | null | undefined): number | null => (v === undefined ? null : v);

type Unit = NonNullable<AuditInput['byUnit']>[number];
type Section = AuditInput['pay'];
type PayCell = Section['total'];
type Attr = NonNullable<AuditInput['temporary']>;
type Invol = NonNullable<AuditInput['involuntaryPartTime']>;
type Pop = AuditInput['population'];

const SEXES = ['women', 'men'] as const;
const SLOTS = ['women', 'men', 'otherOrUnknown', 'total'] as const;
type Slot = (typeof SLOTS)[number];
const ATTRS = ['temporary', 'partTime', 'involuntaryPartTime'] as const;

/** A node of the employer/unit tree: the employer (path `[]`) or a unit. */
interface Node {
  readonly cell: JsonPath; // prefix of the unit's figures ([] for the employer)
  readonly unit: Unit | null;
  readonly children: Node[];
}

function unitTree(units: readonly Unit[]): Node {
  const root: Node = { cell: [], unit: null, children: [] };
  const byKey = new Map<string, Node>();
  const nodes = units.map((u, i): Node => ({ cell: ['byUnit', i], unit: u, children: [] }));
  nodes.forEach((n) => {
    if (n.unit?.key !== null && n.unit?.key !== undefined) byKey.set(n.unit.key, n);
  });
  for (const n of nodes) {
    const parent = n.unit?.parent ?? null;
    const p = parent === null ? root : byKey.get(parent);
    (p ?? root).children.push(n);
  }
  return root;
}

function slotBase(pop: Pop, slot: Slot): number {
  if (slot === 'women') return pop.women;
  if (slot === 'men') return pop.men;
  if (slot === 'otherOrUnknown') return pop.other + pop.unknown;
  return pop.total;
}

function attrCount(a: Attr, slot: Slot): number | null {
  return slot === 'otherOrUnknown' ? num(a.otherOrUnknown.count) : num(a[slot].count);
}

/**
 * Builds the attacker's model of a table. Values are read as published (null = hidden).
 * @internal
 */
export function buildModel(table: AuditInput, knownPersons: ReadonlyMap<string, number> = new Map()): Model {
  const vars: Var[] = [];
  const relations: Relation[] = [];
  const addVar = (v: Omit<Var, 'id' | 'sortKey'>): Var => {
    const full: Var = { ...v, id: vars.length, sortKey: pathKey(v.path) };
    vars.push(full);
    return full;
  };
  const units = table.byUnit ?? [];
  const tree = unitTree(units);
  const popOf = (node: Node): Pop => node.unit?.population ?? table.population;
  /**
   * A cell that holds every person of the employer (the root, or a top unit that covers everyone,
   * like a directorate above all regions) is the employer total in all but name: hidden last.
   */
  const coversEmployer = (node: Node): boolean => node.unit === null || node.unit.population.total === table.population.total;

  // ---- attribute counts (temporary, part-time, involuntary part-time): employer + units -------
  for (const attr of ATTRS) {
    const family = `attr:${attr}`;
    const figure = (node: Node): Attr | undefined => (node.unit !== null ? node.unit[attr] : table[attr]);
    if (figure(tree) === undefined) continue;
    const partTimeCount = (node: Node, slot: Slot): number | null => {
      const pt = node.unit !== null ? node.unit.partTime : table.partTime;
      return pt === undefined ? null : attrCount(pt, slot);
    };
    const base = (node: Node, slot: Slot): number | null => {
      if (attr !== 'involuntaryPartTime') return slotBase(popOf(node), slot);
      const f = figure(node) as Invol | undefined;
      if (f === undefined) return null;
      if (slot === 'otherOrUnknown') return partTimeCount(node, slot);
      return num(f[slot].partTimers) ?? partTimeCount(node, slot);
    };
    const cellVars = (node: Node): Map<Slot, Var> => {
      const m = new Map<Slot, Var>();
      const f = figure(node);
      if (f === undefined) return m;
      for (const slot of SLOTS) {
        const c = attrCount(f, slot);
        const path = [...node.cell, attr, slot, 'count'];
        m.set(slot, addVar({ family, kind: 'count', countRule: 'attribute', path, own: false, value: c === null ? null : new Dec(c), n: base(node, slot), half: ZERO, employerTotal: coversEmployer(node) }));
      }
      return m;
    };
    const sexRelation = (m: ReadonlyMap<Slot, Var>): void => {
      const w = m.get('women');
      const mm = m.get('men');
      const o = m.get('otherOrUnknown');
      const t = m.get('total');
      const terms: [number, bigint][] = [];
      if (t === undefined) return;
      for (const v of [w, mm, o]) if (v !== undefined) terms.push([v.id, 1n]);
      terms.push([t.id, -1n]);
      relations.push({ family, terms });
    };
    const walk = (node: Node): Map<Slot, Var> => {
      const mine = cellVars(node);
      sexRelation(mine);
      if (node.children.length === 0) return mine;
      const kids = node.children.map(walk);
      const own = new Map<Slot, Var>();
      for (const slot of SLOTS) {
        const p = mine.get(slot);
        if (p === undefined) continue;
        const pb = base(node, slot);
        const kb = node.children.map((k) => base(k, slot));
        const ownBase = pb === null || kb.some((b) => b === null) ? null : pb - kb.reduce<number>((s, b) => s + (b ?? 0), 0);
        if (ownBase !== null && ownBase < 0) continue; // inconsistent table: no relation
        // the head counts are always published: no own staff of the sex means no own count
        const ownPop = slotBase(popOf(node), slot) - node.children.reduce((s, k) => s + slotBase(popOf(k), slot), 0);
        const terms: [number, bigint][] = [[p.id, 1n]];
        for (const k of kids) {
          const kv = k.get(slot);
          if (kv !== undefined) terms.push([kv.id, -1n]);
        }
        if (ownBase !== 0 && ownPop !== 0) {
          const kc = kids.map((k) => k.get(slot)?.value ?? null);
          const value = p.value === null || kc.some((c) => c === null) ? null : kc.reduce<Dec>((s, c) => s.minus(c ?? 0), p.value);
          const o = addVar({ family, kind: 'count', countRule: 'attribute', path: [...node.cell, '(own)', attr, slot, 'count'], own: true, value, n: ownBase, half: ZERO, employerTotal: false });
          own.set(slot, o);
          terms.push([o.id, -1n]);
        }
        relations.push({ family, terms });
      }
      if (own.size > 0) sexRelation(own);
      return mine;
    };
    walk(tree);
  }

  // ---- parental leave: persons (counts) and average weeks (sums) -------------------------------
  if (table.parentalLeave !== undefined) {
    for (const sex of SEXES) {
      const famP = `parental-persons:${sex}`;
      const famW = `parental-weeks:${sex}`;
      const pl = (node: Node) => (node.unit !== null ? node.unit.parentalLeave : table.parentalLeave);
      const walk = (node: Node): { p: Var; w: Var } | null => {
        const f = pl(node);
        if (f === undefined) return null;
        const personsPath = [...node.cell, 'parentalLeave', sex, 'persons'];
        const persons = num(f[sex].persons) ?? knownPersons.get(pathKey(personsPath)) ?? null;
        const avg = dec(f[sex].averageWeeks);
        const p = addVar({ family: famP, kind: 'count', countRule: 'parental-persons', path: personsPath, own: false, value: num(f[sex].persons) === null ? null : new Dec(persons ?? 0), n: popOf(node)[sex], half: ZERO, employerTotal: coversEmployer(node) });
        const w = addVar({ family: famW, kind: 'weeks', countRule: null, path: [...node.cell, 'parentalLeave', sex, 'averageWeeks'], own: false, value: persons === 0 ? ZERO : avg, n: persons, half: f[sex].averageWeeks === null ? HALF_TENTH : halfUnit(f[sex].averageWeeks ?? ''), employerTotal: coversEmployer(node) });
        if (node.children.length === 0) return { p, w };
        const kids = node.children.map(walk).filter((k): k is { p: Var; w: Var } => k !== null);
        // persons: parental leave is a flow (DEF-PL), people gone by the reference date count too,
        // so a unit's own remainder is never known to be empty from the head counts. The employer
        // has no remainder: the top units and the `null` unit hold every record.
        const root = node.unit === null;
        const kidP = kids.map((k) => (k.w.n === null ? k.p.value : new Dec(k.w.n)));
        const selfP = w.n === null ? p.value : new Dec(w.n);
        const ownPersons = root ? ZERO : selfP === null || kidP.some((v) => v === null) ? null : kidP.reduce<Dec>((s, v) => s.minus(v ?? 0), selfP);
        const ownPop = popOf(node)[sex] - node.children.reduce((s, k) => s + popOf(k)[sex], 0);
        const termsP: [number, bigint][] = [[p.id, 1n], ...kids.map((k): [number, bigint] => [k.p.id, -1n])];
        if (!root) {
          const op = addVar({ family: famP, kind: 'count', countRule: 'parental-persons', path: [...node.cell, '(own)', 'parentalLeave', sex, 'persons'], own: true, value: ownPersons, n: ownPop >= 0 ? ownPop : null, half: ZERO, employerTotal: false });
          termsP.push([op.id, -1n]);
        }
        relations.push({ family: famP, terms: termsP });
        const termsW: [number, bigint][] = [[w.id, 1n], ...kids.map((k): [number, bigint] => [k.w.id, -1n])];
        if (ownPersons === null || !ownPersons.isZero()) {
          const ow = addVar({ family: famW, kind: 'weeks', countRule: null, path: [...node.cell, '(own)', 'parentalLeave', sex, 'averageWeeks'], own: true, value: null, n: ownPersons === null ? null : ownPersons.toNumber(), half: HALF_TENTH, employerTotal: false });
          termsW.push([ow.id, -1n]);
        }
        relations.push({ family: famW, terms: termsW });
        return { p, w };
      };
      walk(tree);
    }
  }

  // ---- pay: every section, by level, by group, and (monthly, agreed) by unit ------------------
  const sections: { readonly prefix: JsonPath; readonly section: Section | undefined; readonly unitField: 'pay' | 'agreedPay' | null }[] = [
    { prefix: ['pay'], section: table.pay, unitField: 'pay' },
    { prefix: ['agreedPay'], section: table.agreedPay, unitField: 'agreedPay' },
    ...(['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'] as const).map((c) => ({
      prefix: ['payComponents', c] as JsonPath,
      section: table.payComponents?.[c],
      unitField: null,
    })),
  ];
  for (const { prefix, section, unitField } of sections) {
    if (section === undefined) continue;
    for (const sex of SEXES) {
      const family = `pay:${prefix.join('.')}:${sex}`;
      const payVar = (cellPath: JsonPath, cell: PayCell, employerTotal: boolean): Var => {
        const n = cell[sex].count;
        return addVar({ family, kind: 'pay', countRule: null, path: [...cellPath, sex, 'mean'], own: false, value: n === 0 ? ZERO : dec(cell[sex].mean), n, half: cell[sex].mean === null ? HALF_ORE : halfUnit(cell[sex].mean ?? ''), employerTotal });
      };
      const total = payVar([...prefix, 'total'], section.total, true);
      for (const breakdown of ['byLevel', 'byGroup'] as const) {
        const cells = section[breakdown];
        if (cells.length === 0) continue;
        const vs = cells.map((c, i) => payVar([...prefix, breakdown, i], c, false));
        addPartition(total, vs, [...prefix, '(rest)', breakdown]);
      }
      if (unitField !== null && units.length > 0) {
        const walk = (node: Node, self: Var): void => {
          if (node.children.length === 0) return;
          const kids = node.children.map((k) => {
            const cell = k.unit?.[unitField];
            return cell === undefined ? null : { node: k, v: payVar([...k.cell, unitField], cell, coversEmployer(k)) };
          });
          const present = kids.filter((k): k is { node: Node; v: Var } => k !== null);
          addPartition(self, present.map((k) => k.v), [...node.cell, '(own)', unitField]);
          for (const k of present) walk(k.node, k.v);
        };
        walk(tree, total);
      }
      // Σ n_i × mean_i = n × mean; a remainder of persons outside the listed cells is a variable.
      function addPartition(parent: Var, parts: readonly Var[], ownPrefix: JsonPath): void {
        const pn = parent.n ?? 0;
        const rest = parts.reduce((s, v) => s - (v.n ?? 0), pn);
        if (rest < 0) return; // inconsistent table: no relation
        const terms: [number, bigint][] = [[parent.id, 1n], ...parts.map((v): [number, bigint] => [v.id, -1n])];
        if (rest > 0) {
          const o = addVar({ family, kind: 'pay', countRule: null, path: [...ownPrefix, sex, 'mean'], own: true, value: null, n: rest, half: HALF_ORE, employerTotal: false });
          terms.push([o.id, -1n]);
        }
        relations.push({ family, terms });
      }
    }
  }
  return { vars, relations };
}

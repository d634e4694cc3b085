/**
 * The pay of a table model (ANON-7, DEF-PAY): sums of full-time-equivalent pay (mean × persons) by
 * sex for every cell of every pay section (monthly pay, agreed pay, each component) — the published
 * means and medians, the breakdowns and the unit tree with their unpublished rest, women's share of
 * men's pay, and the relations between sections (a pay cell = its components; monthly ≥ agreed).
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import { expecting } from '../../locales/index.js';
import type { AuditInput, JsonPath } from '../types.js';
import { dec, type ModelBuilder } from './modelBuilder.js';
import { halfUnit, pathKey, type RowKind, type TableVar } from './tableModel.js';
import { isZeroText } from './targets.js';
import { childNodes, SEXES, slotBase, type UnitTree } from './unitTree.js';

type PayCell = AuditInput['pay']['total'];
const COMPONENTS = ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'] as const;

/**
 * Adds the pay sums of every section, their breakdowns and units, and the relations between sections.
 * @internal
 */
export function addPay(b: ModelBuilder, tree: UnitTree): void {
  const { table, problems, observations, derived, pairOf, zeroPay, addVar, addRow } = b;
  // the figures the table lists as hidden (none in a mapping about to be published)
  const listed = new Set((table.suppressed ?? []).map((s) => pathKey(s.path)));
  const { bfs } = tree;
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
          observations.push({ path, owners: [v.id], bound: { varId: v.id, lower: lo.toNumber(), upper: hi.toNumber() } });
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
            bound: { varId: v.id, lower: lo.toNumber(), upper: hi.toNumber() },
          });
        } else if (medianText !== null && median !== null && !median.isNegative()) {
          // at least ⌊n/2⌋ + 1 persons earn the median or more (pay ≥ 0): sum ≥ (⌊n/2⌋ + 1) × median
          const lo = median.minus(halfUnit(medianText)).times(Math.floor(n / 2) + 1);
          observations.push({
            path: medianPath,
            owners: [v.id],
            keptWith: ['secondary'],
            bound: { varId: v.id, lower: lo.toNumber(), upper: Infinity },
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
          const kids = childNodes(tree, node);
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
      if (mergedKeys.has(cellId)) continue;
      // undefined, neither shown nor hidden: the men's pay is exactly 0 (STAT-B1), a fact the reader
      // has while both figures are published (or left out by choice, STAT-B0). A table without its
      // list of hidden figures tells it only beside a men's figure of 0.00.
      if (text === null && (table.suppressed !== undefined ? !listed.has(pathKey(path)) : isZeroText(cell.men.mean))) {
        zeroPay.add(m.id);
        observations.push({
          path,
          owners: [w.id, m.id],
          keptWith: ['by-choice'],
          absent: true,
          bound: { varId: m.id, lower: 0, upper: 0 },
        });
        continue;
      }
      if (text === null || r === null) continue;
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
  addSectionRelations(b, payCells);
}

/**
 * The relations between pay sections: monthly pay ≥ agreed pay, a pay cell = its components.
 * `payCells`: section family → `cell|sex` → its sum.
 */
function addSectionRelations(b: ModelBuilder, payCells: ReadonlyMap<string, ReadonlyMap<string, TableVar>>): void {
  const { addRow } = b;
  const opts = b.table.options as { monthlyPayComponents?: readonly string[]; agreedPayComponents?: readonly string[] } | undefined;
  // månedslønn ≥ avtalt månedslønn when the agreed components are among the monthly ones (components ≥ 0)
  {
    const monthly = payCells.get('pay');
    const agreed = payCells.get('agreedPay');
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
  for (const [family, all] of [
    ['pay', opts?.monthlyPayComponents],
    ['agreedPay', opts?.agreedPayComponents],
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
}

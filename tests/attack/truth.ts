/**
 * The true values behind a published table, for checking the attacker (tests/attack only): the
 * mapping of the payroll, with the policy's level merges applied to the records when the table
 * merged levels (so that a merged cell has its true figures), read at a published path by the keys
 * of the cells (a published `byLevel[i]` is the true cell with the same key).
 */
import { computeMapping, type Employee, type Mapping } from '../../src/index.js';
import { valueAt, type HiddenValue, type Path } from './attacker.js';
import type { Payroll } from './payrolls.js';

/** The mapping whose cells are the published table's cells (levels merged as the table says). */
export function truthMapping(payroll: Payroll, mapping: Mapping, published: unknown): Mapping {
  const merges = valueAt(published, ['merges']);
  if (!Array.isArray(merges) || merges.length === 0) return mapping;
  const into = new Map<string, string>();
  for (const m of merges as { from: string[]; key: string }[]) for (const from of m.from) into.set(from, m.key);
  const records: Employee[] = payroll.records.map((r) => (r.jobLevel !== null && into.has(r.jobLevel) ? { ...r, jobLevel: into.get(r.jobLevel)! } : r));
  return computeMapping(records, payroll.statistics);
}

/** The true value at a published path (cells matched by key), or undefined when there is none. */
export function trueValueAt(truth: Mapping, published: unknown, path: Path): unknown {
  const translated: (string | number)[] = [];
  let pub: unknown = published;
  let tru: unknown = truth;
  for (let i = 0; i < path.length; i++) {
    const k = path[i]!;
    if (typeof k === 'number' && Array.isArray(pub) && Array.isArray(tru)) {
      const cell = pub[k] as { key?: unknown } | undefined;
      const j = cell !== undefined && 'key' in cell ? tru.findIndex((c: { key?: unknown }) => c.key === cell.key) : k;
      if (j < 0) return undefined;
      translated.push(j);
      pub = cell;
      tru = tru[j];
    } else {
      translated.push(k);
      pub = valueAt(pub, [k]);
      tru = valueAt(tru, [k]);
    }
  }
  return tru;
}

/**
 * Whether the attacker's interval of a hidden value contains its true value: a count exactly, a
 * rounded figure where the interval meets the figure's rounding interval. Every exact interval must
 * (the attacker is sound); a recovered value is then the true one.
 */
export function contains(h: HiddenValue, truth: unknown, resolution: number): boolean {
  if (truth === null || truth === undefined) return false;
  const x = Number(truth);
  if (h.kind === 'count') return h.lo <= x + 1e-9 && x <= h.hi + 1e-9;
  const slack = resolution / 2 + 1e-6 * Math.max(1, Math.abs(x));
  return h.lo <= x + slack && x - slack <= h.hi;
}

/** The resolution of a published figure's kind in a table (money 0.01, percents and weeks by their decimals). */
export function resolutionOf(h: HiddenValue, published: unknown): number {
  const options = valueAt(published, ['options']) as { percentDecimals?: number; weeksDecimals?: number } | undefined;
  if (h.kind === 'count') return 1;
  if (h.kind === 'amount') return 0.01;
  if (h.kind === 'weeks') return 1 / 10 ** (options?.weeksDecimals ?? 1);
  return 1 / 10 ** (options?.percentDecimals ?? 1);
}

/**
 * `mergeSmallLevels` (the Finnish Ombud's practice, ANON-2): a job level where a sex has 1 …
 * payMinPersons−1 persons is merged with its neighbour — the next level in the chosen order (the
 * employer's order as listed, or sorted keys), the last level with the one before it — until every
 * merged level is large enough or only one is left. The `null` level (records without a level) is
 * never merged. Merged means are Σ n × mean / Σ n over the mapping's means (each exact to the øre,
 * so the merged mean can differ by at most one øre from one computed from the records); the median
 * of a merged level cannot be derived from the mapping and is left `null`.
 * @internal
 */
import { Dec, formatNok, formatPercent } from '../../_lib/money.js';
import type { KeyedPayCell, Mapping, PaySection } from '../../statistics/types.js';
import type { PublicationPolicy } from '../policy.js';
import type { AuditInput, LevelMerge } from '../types.js';
import { mergeText } from './text.js';

/** Merges small levels in every pay section. @internal */
export function mergeSmallLevels(mapping: Mapping, policy: PublicationPolicy): { table: AuditInput; merges: LevelMerge[] } {
  const levels = mapping.pay.byLevel.filter((c): c is KeyedPayCell & { key: string } => c.key !== null);
  const byKey = new Map(levels.map((c) => [c.key, c] as const));
  const ordered = levels.map((c) => c.key);
  if (policy.levelOrder === 'sorted-key') ordered.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups: string[][] = ordered.map((k) => [k]);
  const small = (g: readonly string[]): boolean =>
    (['women', 'men'] as const).some((sex) => {
      const n = g.reduce((s, k) => s + (byKey.get(k)?.[sex].count ?? 0), 0);
      return n > 0 && n < policy.payMinPersons;
    });
  for (;;) {
    if (groups.length < 2) break;
    const i = groups.findIndex(small);
    if (i < 0) break;
    const j = i === groups.length - 1 ? i - 1 : i + 1;
    const [a, b] = i < j ? [i, j] : [j, i];
    const merged = [...(groups[a] ?? []), ...(groups[b] ?? [])];
    groups.splice(a, 2, merged);
  }
  const merges: LevelMerge[] = groups.filter((g) => g.length > 1).map((g) => ({ from: g, key: g.join(' + '), reason: mergeText(g, policy.payMinPersons) }));
  if (merges.length === 0) return { table: mapping as unknown as AuditInput, merges };
  const decimals = mapping.options.percentDecimals;
  const mergeSection = (section: PaySection): PaySection => {
    const cells = new Map(section.byLevel.map((c) => [c.key, c] as const));
    const out: KeyedPayCell[] = [];
    for (const g of groups) {
      const parts = g.map((k) => cells.get(k)).filter((c): c is KeyedPayCell => c !== undefined);
      out.push(g.length === 1 && parts[0] !== undefined ? parts[0] : mergeCells(g.join(' + '), parts, decimals));
    }
    for (const c of section.byLevel) if (c.key === null) out.push(c);
    return { ...section, byLevel: out };
  };
  const table = {
    ...mapping,
    pay: mergeSection(mapping.pay),
    agreedPay: mergeSection(mapping.agreedPay),
    payComponents: {
      basePay: mergeSection(mapping.payComponents.basePay),
      fixedAllowances: mergeSection(mapping.payComponents.fixedAllowances),
      irregularAllowances: mergeSection(mapping.payComponents.irregularAllowances),
      bonus: mergeSection(mapping.payComponents.bonus),
    },
  };
  return { table: table as unknown as AuditInput, merges };
}

function mergeCells(key: string, parts: readonly KeyedPayCell[], decimals: number): KeyedPayCell {
  const pop = { women: 0, men: 0, other: 0, unknown: 0, total: 0 };
  for (const p of parts) for (const k of Object.keys(pop) as (keyof typeof pop)[]) pop[k] += p.population[k];
  const sexFigure = (sex: 'women' | 'men'): { count: number; mean: Dec | null } => {
    let n = 0;
    let sum = new Dec(0);
    let complete = true;
    for (const p of parts) {
      const f = p[sex];
      n += f.count;
      if (f.count === 0) continue;
      if (f.mean === null) complete = false;
      else sum = sum.plus(new Dec(f.mean).times(f.count));
    }
    return { count: n, mean: complete && n > 0 ? sum.dividedBy(n) : null };
  };
  const w = sexFigure('women');
  const m = sexFigure('men');
  const share = w.mean !== null && m.mean !== null && !m.mean.isZero() ? w.mean.times(100).dividedBy(m.mean) : null;
  return {
    key,
    population: pop,
    women: { count: w.count, mean: w.mean === null ? null : formatNok(w.mean), median: null },
    men: { count: m.count, mean: m.mean === null ? null : formatNok(m.mean), median: null },
    womenShareOfMen: { mean: formatPercent(share, decimals), median: null },
  };
}

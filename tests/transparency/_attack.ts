/**
 * An independent subtraction attack on a published pay-transparency result (TRN-7, ANON-3): what a
 * reader who sees every published value (both audiences' parts) and knows how the indicators add
 * up can recompute. Written from the definitions, not from the publication's own relations.
 *
 * Quantities are named by their path in the published result (plus `n×…` products); a reader
 * learns a quantity when it is published, when it equals one learnt (a count and its share), when
 * every other term of a sum is learnt, or when two of a product's three parts are.
 */
import type { PayTransparency, PublishedPayTransparency } from '../../src/transparency/index.js';

type Value = string | number | null | undefined;

function at(root: unknown, path: string): Value {
  let node = root as Record<string, unknown> | undefined;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) node = node?.[part] as Record<string, unknown> | undefined;
  return node as unknown as Value;
}

/** The computed result with the values at `paths` set to null, in the published layout (what a publication shows). */
export function withNulls(result: PayTransparency, paths: readonly string[]): unknown {
  const doc = structuredClone({
    public: { hourly: result.hourly, annual: result.annual, variable: result.variable, quartiles: result.quartiles },
    authorityAndRepresentatives: { categories: result.categories, jointAssessment: result.jointAssessment },
  }) as unknown as Record<string, unknown>;
  for (const path of paths) {
    const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
    let node = doc;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[parts[parts.length - 1]!] = null;
  }
  return doc;
}

/** The paths of every value hidden by the publication (null where the computed result has one). */
export function hiddenPaths(result: PayTransparency, published: PublishedPayTransparency): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null) {
      const original = at({ public: result, authorityAndRepresentatives: result }, path);
      if (original !== null && original !== undefined) out.push(path);
    } else if (typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, Array.isArray(node) ? `${path}[${k}]` : path === '' ? k : `${path}.${k}`);
  };
  walk({ public: published.public, authorityAndRepresentatives: published.authorityAndRepresentatives }, '');
  return out;
}

/** The hidden paths a reader recomputes by subtraction (should be none). */
export function recomputable(result: PayTransparency, published: PublishedPayTransparency): string[] {
  // the reader sees the published result only; `result` names the values that were hidden
  const doc = { public: published.public, authorityAndRepresentatives: published.authorityAndRepresentatives };
  const known = new Set<string>();
  const zero = new Set<string>(); // quantities known to be 0 (a count of 0 makes its products 0)
  const sums: string[][] = []; // each: the terms add up (the first may be a fixed total, known)
  const products: [string, string, string][] = []; // [product, factor, factor]
  const same: string[][] = []; // each: any one gives all
  const gaps: string[][] = []; // [women, men, gap]: any two give the third, when all three exist
  const walk = (node: unknown, path: string): void => {
    if (node === null || node === undefined) return;
    if (typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, Array.isArray(node) ? `${path}[${k}]` : path === '' ? k : `${path}.${k}`);
      return;
    }
    known.add(path);
    if (node === 0) zero.add(path);
  };
  walk(doc, '');
  known.add('N.women').add('N.men');
  const figure = (prefix: string): void => {
    for (const s of ['mean', 'median']) gaps.push([`${prefix}.${s}.women`, `${prefix}.${s}.men`, `${prefix}.${s}.gapPercent`]); // any two give the third
  };
  for (const f of ['hourly', 'annual', 'variable']) figure(`public.${f}`);
  const bands = published.public.quartiles.length;
  for (const sex of ['women', 'men'] as const) {
    // the bands add up to the population; a band's count, persons and share go together
    sums.push(['N.' + sex, ...Array.from({ length: bands }, (_, b) => `public.quartiles[${b}].${sex}.count`)]);
    for (let b = 0; b < bands; b++)
      same.push([
        `public.quartiles[${b}].women.count`,
        `public.quartiles[${b}].men.count`,
        `public.quartiles[${b}].womenPercent`,
        `public.quartiles[${b}].menPercent`,
        `public.quartiles[${b}].${sex}.persons`,
      ]);
    same.push([`public.variable.recipients.${sex}.count`, `public.variable.recipients.${sex}.percentOfSex`, `public.variable.persons.${sex}`]);
    const cats = published.authorityAndRepresentatives.categories.map((_, i) => `authorityAndRepresentatives.categories[${i}]`);
    sums.push(['N.' + sex, ...cats.map((c) => `${c}.population.${sex}`)]);
    sums.push([`public.variable.recipients.${sex}.count`, ...cats.map((c) => `${c}.variable.persons.${sex}`)]);
    const prod = (count: string, mean: string): string => {
      products.push([`n×${mean}`, count, mean]);
      return `n×${mean}`;
    };
    const wholeH = prod('N.' + sex, `public.hourly.mean.${sex}`);
    const wholeV = prod(`public.variable.recipients.${sex}.count`, `public.variable.mean.${sex}`);
    sums.push([wholeH, ...cats.map((c) => prod(`${c}.population.${sex}`, `${c}.hourly.mean.${sex}`))]);
    sums.push([wholeV, ...cats.map((c) => prod(`${c}.variable.persons.${sex}`, `${c}.variable.mean.${sex}`))]);
    sums.push([wholeH, wholeV, ...cats.map((c) => prod(`${c}.population.${sex}`, `${c}.basic.mean.${sex}`))]); // hourly = basic + variable
    for (const c of cats) {
      sums.push([
        prod(`${c}.population.${sex}`, `${c}.hourly.mean.${sex}`),
        prod(`${c}.population.${sex}`, `${c}.basic.mean.${sex}`),
        prod(`${c}.variable.persons.${sex}`, `${c}.variable.mean.${sex}`),
      ]);
      same.push([`${c}.population.${sex}`, `${c}.hourly.persons.${sex}`, `${c}.basic.persons.${sex}`]);
    }
  }
  for (const c of published.authorityAndRepresentatives.categories.map((_, i) => `authorityAndRepresentatives.categories[${i}]`)) {
    for (const f of ['hourly', 'basic', 'variable']) figure(`${c}.${f}`);
    same.push([`${c}.hourly.mean.gapPercent`, `${c}.jointAssessment.meanGapPercent`]);
  }
  // a value null in the published result and not listed as hidden is absent (no persons behind it), as a reader sees
  const listed = new Set(published.hidden.map((h) => h.path));
  const absent = (q: string): boolean => !q.startsWith('n×') && !q.startsWith('N.') && !listed.has(q) && (at(doc, q) === null || at(doc, q) === undefined);
  for (let changed = true; changed;) {
    changed = false;
    const learn = (q: string): void => {
      if (!known.has(q)) {
        known.add(q);
        changed = true;
      }
    };
    for (let b = 0; b < bands; b++)
      if (published.public.quartiles[b]?.size === 0) [`public.quartiles[${b}].women.count`, `public.quartiles[${b}].men.count`].forEach(learn);
    for (const group of same) if (group.some((q) => known.has(q))) group.forEach(learn);
    for (const [p, a, b] of products) {
      // a mean absent (not hidden) means no persons: the count and the product are 0
      if (absent(b)) [p, a].forEach(learn);
      if (zero.has(a)) learn(p);
      if ([p, a, b].filter((q) => known.has(q)).length === 2) [p, a, b].forEach(learn);
    }
    for (const g of gaps) if (!g.some(absent) && g.filter((q) => known.has(q)).length === 2) g.forEach(learn);
    for (const terms of sums) {
      const unknown = terms.filter((q) => !known.has(q) && !absent(q));
      if (unknown.length === 1) learn(unknown[0]!);
    }
  }
  return hiddenPaths(result, published).filter((p) => known.has(p));
}

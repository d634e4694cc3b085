/**
 * DuckDB reference for the pay-transparency indicators (ARP.md §8, TRN-1…TRN-5) over the loaded
 * table `emp` of `duckdb.ts` (same CSV, same typed columns), exact like the library:
 *
 * - the population: kinds ordinary/maritime, active on the reference date, women and men with a
 *   position percent above 0 (the generated payrolls have one employment per person, as checked
 *   by `merged`; the mapping's DuckDB reference makes the same assumption);
 * - a person's hourly pay is K × m / pph (m monthly øre of the measure, pph the position percent in
 *   hundredths); scaled by L = the LCM of the pph present, `m × (L / pph)` is an exact BIGINT that
 *   orders like the hourly pay (DuckDB raises an error on overflow, never wraps);
 * - means are `sum`, medians the two middle values `quantile_disc(v, 0.5)` and `-quantile_disc(-v, 0.5)`;
 * - the quartile bands from the tie groups of equal hourly pay: for each distinct value its count
 *   per sex and the count below it (a window over the distinct values), and the group that holds
 *   each boundary position ⌊k·n/4⌋;
 * - the final divisions and roundings (money half-up to øre, gaps half away from zero, shares
 *   half-up) with BigInt on those integers, in {@link finalizeTransparency}.
 *
 * Only the default definitions are modelled (all six components, variable = the five others,
 * 37.5 hours, 12 months, 52 weeks, ties spread, categories = job groups, threshold 5 %).
 */
import type { DuckDBConnection } from '@duckdb/node-api';

type Row = Record<string, unknown>;
const big = (v: unknown): bigint => (v === null || v === undefined ? 0n : BigInt(v as bigint | number));
const num = (v: unknown): number => Number(big(v));

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** n / d rounded half away from zero to `decimals`, as text; null when d is 0. */
export function roundHalfAway(n: bigint, d: bigint, decimals: number): string | null {
  if (d === 0n) return null;
  if (d < 0n) [n, d] = [-n, -d];
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const scaled = (2n * abs * 10n ** BigInt(decimals) + d) / (2n * d);
  let s = scaled.toString().padStart(decimals + 1, '0');
  if (decimals > 0) s = `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  return (neg && scaled !== 0n ? '-' : '') + s;
}

/** Aggregates of one measure for one sex: count, sum and the two middle values (in v units). */
interface Agg {
  readonly n: bigint;
  readonly s: bigint;
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The raw rows of the queries. */
export interface RawTransparency {
  readonly lcm: bigint;
  readonly counts: Row;
  readonly sexAggs: Row[];
  readonly groupAggs: Row[];
  readonly boundaries: Row[];
}

const REF = '2025-12-31';

/** Runs the transparency queries over `emp`. */
export async function runTransparencyQueries(con: DuckDBConnection, referenceDate = REF): Promise<RawTransparency> {
  const ref = `DATE '${referenceDate}'`;
  const stock = `coalesce(nullif(employmentKind, ''), 'ordinary') IN ('ordinary', 'maritime') AND startDate <= ${ref} AND (endDate IS NULL OR endDate >= ${ref})`;
  await con.run(`CREATE OR REPLACE TEMP VIEW tstock AS
    SELECT gender = 'female' AS w, gender IN ('female', 'male') AS fm,
      coalesce(CAST(positionPercent * 100 AS INTEGER), 0) AS pph,
      nullif(jobGroup, '') AS grp,
      CAST(coalesce(basePay, 0) * 100 AS BIGINT) AS b,
      CAST((coalesce(fixedAllowances, 0) + coalesce(irregularAllowances, 0) + coalesce(bonus, 0) + coalesce(overtime, 0) + coalesce(benefitsInKind, 0)) * 100 AS BIGINT) AS v
    FROM emp WHERE ${stock}`);
  const counts =
    (
      await con.runAndReadAll(`SELECT count(*) AS records,
        count(*) FILTER (coalesce(nullif(employmentKind, ''), 'ordinary') NOT IN ('ordinary', 'maritime')) AS kind_excluded,
        count(*) FILTER (coalesce(nullif(employmentKind, ''), 'ordinary') IN ('ordinary', 'maritime') AND NOT (startDate <= ${ref} AND (endDate IS NULL OR endDate >= ${ref}))) AS not_active,
        (SELECT count(*) - count(DISTINCT employeeId) FROM emp WHERE ${stock}) AS merged,
        (SELECT count(*) FILTER (NOT fm) FROM tstock) AS other_sex,
        (SELECT count(*) FILTER (fm AND pph = 0) FROM tstock) AS no_pct
        FROM emp`)
    ).getRowObjects()[0] ?? {};
  const meta = (await con.runAndReadAll(`SELECT list(DISTINCT pph) AS pphs FROM tstock WHERE fm AND pph > 0`)).getRowObjects()[0] ?? {};
  const pphs = ((meta['pphs'] as { items?: unknown[] } | null)?.items ?? []).map(big);
  let lcm = 1n;
  for (const p of pphs) lcm = (lcm / gcd(lcm, p)) * p;
  // hourly codes: h = (b + v) × L / pph (all pay), bh basic, vh variable; m monthly øre (annual = 12 m)
  await con.run(`CREATE OR REPLACE TEMP TABLE tpop AS
    SELECT w, grp, b + v AS m, (b + v) * f AS h, b * f AS bh, CASE WHEN v > 0 THEN v * f END AS vh
    FROM (SELECT *, ${lcm.toString()}::BIGINT // pph AS f FROM tstock WHERE fm AND pph > 0)`);
  const aggs = (col: string, tag: string): string =>
    `count(${col}) AS n_${tag}, sum(${col}) AS s_${tag}, quantile_disc(${col}, 0.5) AS lo_${tag}, -quantile_disc(-${col}, 0.5) AS hi_${tag}`;
  const sexAggs = (await con.runAndReadAll(`SELECT w, ${aggs('h', 'h')}, ${aggs('m', 'm')}, ${aggs('vh', 'v')} FROM tpop GROUP BY w`)).getRowObjects();
  const groupAggs = (
    await con.runAndReadAll(`SELECT grp, w, ${aggs('h', 'h')}, ${aggs('bh', 'b')}, ${aggs('vh', 'v')} FROM tpop GROUP BY grp, w`)
  ).getRowObjects();
  // the tie groups of equal hourly pay, and the one holding each boundary position ⌊k·n/4⌋
  const boundaries = (
    await con.runAndReadAll(`WITH g AS (SELECT h, count(*) AS eq, count(*) FILTER (w) AS eqw FROM tpop GROUP BY h),
      c AS (SELECT h, eq, eqw, sum(eq) OVER (ORDER BY h) - eq AS less, sum(eqw) OVER (ORDER BY h) - eqw AS lessw FROM g),
      n AS (SELECT count(*) AS n FROM tpop),
      b AS (SELECT k, (k * n) // 4 AS pos FROM n, range(1, 4) t(k))
      SELECT b.k, b.pos, c.less, c.eq, c.lessw, c.eqw FROM b JOIN c ON c.less <= b.pos AND b.pos < c.less + c.eq ORDER BY b.k`)
  ).getRowObjects();
  return { lcm, counts, sexAggs, groupAggs, boundaries };
}

/** The reference result: the library's JSON shape, the parts modelled here. */
export function finalizeTransparency(raw: RawTransparency): Record<string, unknown> {
  const L = raw.lcm;
  // hourly øre = 12 × 10^6 × m / (52 × 3750 × pph) = K' × (m × L / pph) with K' = 12 × 10^6 / (52 × 3750 × L)
  const kNum = 12n * 1_000_000n;
  const kDen = 52n * 3750n * L;
  const agg = (r: Row | undefined, tag: string): Agg => ({
    n: big(r?.[`n_${tag}`]),
    s: big(r?.[`s_${tag}`]),
    lo: big(r?.[`lo_${tag}`]),
    hi: big(r?.[`hi_${tag}`]),
  });
  // value in v units → NOK text: × K (hourly) or × 12 (annual), / 100 øre
  const money = (n: bigint, d: bigint, annual: boolean): string | null =>
    annual ? roundHalfAway(n * 12n, d * 100n, 2) : roundHalfAway(n * kNum, d * kDen * 100n, 2);
  const stat = (w: Agg, m: Agg, annual: boolean): unknown => {
    const mean = (a: Agg): string | null => (a.n === 0n ? null : money(a.s, a.n, annual));
    const median = (a: Agg): string | null => (a.n === 0n ? null : money(a.lo + a.hi, 2n, annual));
    const meanGap = w.n === 0n || m.n === 0n || m.s === 0n ? null : roundHalfAway((m.s * w.n - w.s * m.n) * 100n, m.s * w.n, 1);
    const medGap = w.n === 0n || m.n === 0n || m.lo + m.hi === 0n ? null : roundHalfAway((m.lo + m.hi - w.lo - w.hi) * 100n, m.lo + m.hi, 1);
    return {
      persons: { women: Number(w.n), men: Number(m.n) },
      mean: { women: mean(w), men: mean(m), gapPercent: meanGap },
      median: { women: median(w), men: median(m), gapPercent: medGap },
    };
  };
  const bySex = (rows: Row[], women: boolean): Row | undefined => rows.find((r) => r['w'] === women);
  const W = bySex(raw.sexAggs, true);
  const M = bySex(raw.sexAggs, false);
  const nW = agg(W, 'h').n;
  const nM = agg(M, 'h').n;
  const pct = (a: bigint, b: bigint, d = 1): string | null => roundHalfAway(a * 100n, b, d);

  // quartile bands (ties spread in their group's women/men proportion)
  const n = nW + nM;
  const pos = [0n, 1n, 2n, 3n, 4n].map((k) => (k * n) / 4n);
  const bRow = (p: bigint): Row | undefined => raw.boundaries.find((r) => big(r['pos']) === p);
  const womenBelow = (p: bigint): [bigint, bigint] => {
    if (p <= 0n) return [0n, 1n];
    if (p >= n) return [nW, 1n];
    const r = bRow(p)!;
    const eq = big(r['eq']);
    return [big(r['lessw']) * eq + (p - big(r['less'])) * big(r['eqw']), eq];
  };
  const quartiles = [0, 1, 2, 3].map((k) => {
    const size = pos[k + 1]! - pos[k]!;
    const [hn, hd] = womenBelow(pos[k + 1]!);
    const [ln, ld] = womenBelow(pos[k]!);
    const wn = hn * ld - ln * hd;
    const wd = hd * ld;
    const mn = size * wd - wn;
    const count = (x: bigint, d: bigint): string => (x % d === 0n ? (x / d).toString() : roundHalfAway(x, d, 2)!);
    return {
      band: k,
      size: Number(size),
      womenPercent: size === 0n ? null : roundHalfAway(wn * 100n, wd * size, 1),
      menPercent: size === 0n ? null : roundHalfAway(mn * 100n, wd * size, 1),
      women: { count: count(wn, wd) },
      men: { count: count(mn, wd) },
    };
  });

  const keys = [...new Set(raw.groupAggs.map((r) => (r['grp'] === null ? null : String(r['grp']))))];
  const natural = (a: string, b: string): number => {
    const ca = a.match(/(\d+)|(\D+)/g) ?? [];
    const cb = b.match(/(\d+)|(\D+)/g) ?? [];
    for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
      const x = ca[i]!;
      const y = cb[i]!;
      if (x === y) continue;
      if (/^\d/.test(x) && /^\d/.test(y) && BigInt(x) !== BigInt(y)) return BigInt(x) < BigInt(y) ? -1 : 1;
      if (!(/^\d/.test(x) && /^\d/.test(y))) return x < y ? -1 : 1;
    }
    return ca.length - cb.length || (a < b ? -1 : a > b ? 1 : 0);
  };
  const named = keys.filter((k): k is string => k !== null).sort(natural);
  const ordered: (string | null)[] = keys.includes(null) ? [...named, null] : named;
  const categories = ordered.map((key) => {
    const rows = raw.groupAggs.filter((r) => (r['grp'] === null ? null : String(r['grp'])) === key);
    const cw = bySex(rows, true);
    const cm = bySex(rows, false);
    const hw = agg(cw, 'h');
    const hm = agg(cm, 'h');
    // TRN-5: |mean gap| ≥ 5 %, unrounded
    const triggered =
      hw.n > 0n &&
      hm.n > 0n &&
      hm.s !== 0n &&
      (() => {
        const g = (hm.s * hw.n - hw.s * hm.n) * 100n;
        const d = hm.s * hw.n;
        return (g < 0n ? -g : g) * 100n >= 500n * (d < 0n ? -d : d);
      })();
    return {
      key,
      population: { women: Number(hw.n), men: Number(hm.n) },
      hourly: stat(hw, hm, false),
      basic: stat(agg(cw, 'b'), agg(cm, 'b'), false),
      variable: stat(agg(cw, 'v'), agg(cm, 'v'), false),
      jointAssessment: { triggered },
    };
  });
  const vw = agg(W, 'v');
  const vm = agg(M, 'v');
  return {
    population: { women: Number(nW), men: Number(nM) },
    records: num(raw.counts['records']),
    excluded: {
      'not-active-on-reference-date': num(raw.counts['not_active']),
      'employment-kind-excluded': num(raw.counts['kind_excluded']),
      'merged-into-person': num(raw.counts['merged']),
      'no-position-percent': num(raw.counts['no_pct']),
      'sex-not-female-or-male': num(raw.counts['other_sex']),
      'invalid-record': 0,
    },
    hourly: stat(agg(W, 'h'), agg(M, 'h'), false),
    annual: stat(agg(W, 'm'), agg(M, 'm'), true),
    variable: {
      ...(stat(vw, vm, false) as object),
      recipients: { women: { count: Number(vw.n), percentOfSex: pct(vw.n, nW) }, men: { count: Number(vm.n), percentOfSex: pct(vm.n, nM) } },
    },
    quartiles,
    categories,
  };
}

/** The indicators over the loaded table. */
export async function duckdbTransparency(con: DuckDBConnection): Promise<Record<string, unknown>> {
  return finalizeTransparency(await runTransparencyQueries(con));
}

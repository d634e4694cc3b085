/**
 * DuckDB reference: the same part-1 figures in SQL over the same CSV (`@duckdb/node-api`, 2 threads).
 *
 * Exact, like the library (DEF-ROUND): money is read as DECIMAL and turned into integer øre; a
 * record's full-time-equivalent pay `øre × 10000 / pph` (pph = position percent in hundredths) is
 * scaled by L = the least common multiple of the pph present, so `v = øre × (L / pph)` is an
 * integer (BIGINT; DuckDB raises an error on overflow, never wraps) that orders exactly like the
 * FTE pay, and FTE øre = v × 10000 / L. Sums and the two middle values (`quantile_disc`
 * of v and of −v) come out of SQL; the final divisions and half-up roundings are done on those
 * integers with BigInt in {@link finalize} (a few hundred cells, microseconds).
 *
 * Conventions as in `naive.ts` (DEF-POP, DEF-SEX, DEF-TMP, DEF-PT, DEF-INV, DEF-PL, DEF-PAY, DEF-AVG,
 * DEF-SHARE, DEF-GRP). The unit tree of the generated data has at most three levels (checked).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  AttributeFigure,
  InvoluntaryPartTimeFigure,
  KeyedPayCell,
  ParentalLeaveFigure,
  PayCell,
  SexCounts,
  UnitFigures,
} from '../src/statistics/types.js';
import type { Conventions, MeasureComponents } from './_lib/conventions.js';
import { paySections } from './_lib/conventions.js';
import type { ReferenceMapping } from './naive.js';

const COLUMN_TYPES = {
  employeeId: 'VARCHAR',
  gender: 'VARCHAR',
  employmentKind: 'VARCHAR',
  contract: 'VARCHAR',
  positionPercent: 'DECIMAL(6,2)',
  startDate: 'DATE',
  endDate: 'DATE',
  unit: 'VARCHAR',
  jobLevel: 'VARCHAR',
  jobGroup: 'VARCHAR',
  basePay: 'DECIMAL(18,2)',
  fixedAllowances: 'DECIMAL(18,2)',
  irregularAllowances: 'DECIMAL(18,2)',
  bonus: 'DECIMAL(18,2)',
  overtime: 'DECIMAL(18,2)',
  benefitsInKind: 'DECIMAL(18,2)',
  parentalLeaveWeeks: 'DECIMAL(6,2)',
  involuntaryPartTime: 'BOOLEAN',
} as const;

const ORE_COLUMN: Record<string, string> = {
  basePay: 'base',
  fixedAllowances: 'fixed',
  irregularAllowances: 'irr',
  bonus: 'bonus',
  overtime: 'ot',
  benefitsInKind: 'bik',
};

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Opens an in-memory DuckDB with the given number of threads. */
export async function openDuckDb(threads = 2): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  return { instance, connection };
}

/** Loads the CSV into table `emp` (typed columns, no sniffing). */
export async function loadCsv(con: DuckDBConnection, file: string): Promise<void> {
  const columns = Object.entries(COLUMN_TYPES)
    .map(([k, v]) => `${sqlString(k)}: ${sqlString(v)}`)
    .join(', ');
  await con.run(
    `CREATE OR REPLACE TABLE emp AS SELECT * FROM read_csv(${sqlString(file)}, header = true, delim = ',', quote = '"', auto_detect = false, columns = {${columns}})`,
  );
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `n / d` rounded half-up to `decimals` places, as text (n ≥ 0, d > 0); null when d is 0. */
export function ratioHalfUp(n: bigint, d: bigint, decimals: number): string | null {
  if (d === 0n) return null;
  const scaled = (2n * n * 10n ** BigInt(decimals) + d) / (2n * d);
  if (decimals === 0) return scaled.toString();
  const s = scaled.toString().padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

type Row = Record<string, unknown>;
/** The aggregate rows of the queries. */
export interface RawAggregates {
  readonly records: Row;
  readonly counts: Row[];
  readonly leave: Row[];
  readonly pay: Row[];
  readonly unitPay: Row[];
  readonly lcm: bigint;
}
const big = (v: unknown): bigint => (v === null || v === undefined ? 0n : BigInt(v as bigint | number));
const num = (v: unknown): number => Number(big(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function measureExpr(components: MeasureComponents): string {
  return `(${components.map((c) => ORE_COLUMN[c] ?? 'ERROR').join(' + ')}) * f`;
}

/** Runs the queries over the loaded table `emp`; returns the raw aggregate rows. */
export async function runQueries(con: DuckDBConnection, c: Conventions): Promise<RawAggregates> {
  const kinds = c.includeKinds.map(sqlString).join(', ');
  const ref = `DATE ${sqlString(c.referenceDate)}`;
  // The unit tree: each distinct unit path with its prefixes (a few hundred rows, DEF-GRP).
  await con.run(`CREATE OR REPLACE TEMP TABLE units AS
    SELECT unit, udepth, u1,
      CASE WHEN udepth >= 2 THEN u1 || '/' || split_part(unit, '/', 2) END AS u2,
      CASE WHEN udepth >= 3 THEN u1 || '/' || split_part(unit, '/', 2) || '/' || split_part(unit, '/', 3) END AS u3
    FROM (SELECT unit, 1 + length(unit) - length(replace(unit, '/', '')) AS udepth, split_part(unit, '/', 1) AS u1
          FROM (SELECT DISTINCT unit FROM emp WHERE unit IS NOT NULL AND unit <> ''))`);
  // Every employment of an included kind (DEF-POP), with its derived columns; `active` = the stock
  // population on the reference date (DEF-REF), `inyear` = overlaps the financial year (flow, DEF-PL).
  await con.run(`CREATE OR REPLACE TEMP VIEW base AS
    SELECT gender,
      startDate <= ${ref} AND (endDate IS NULL OR endDate >= ${ref}) AS active,
      startDate <= DATE ${sqlString(c.fiscalYearLast)} AND (endDate IS NULL OR endDate >= DATE ${sqlString(c.fiscalYearStart)}) AS inyear,
      contract = 'temporary' AS tmp,
      coalesce(positionPercent < ${c.partTimeBelow}, false) AS pt,
      involuntaryPartTime AS inv,
      CASE WHEN parentalLeaveWeeks > 0 THEN CAST(parentalLeaveWeeks * 100 AS BIGINT) END AS plw,
      nullif(jobLevel, '') AS lvl,
      nullif(jobGroup, '') AS grp,
      units.u1, units.u2, units.u3,
      coalesce(CAST(positionPercent * 100 AS INTEGER), 0) AS pph,
      CAST(coalesce(basePay, 0) * 100 AS BIGINT) AS base,
      CAST(coalesce(fixedAllowances, 0) * 100 AS BIGINT) AS fixed,
      CAST(coalesce(irregularAllowances, 0) * 100 AS BIGINT) AS irr,
      CAST(coalesce(bonus, 0) * 100 AS BIGINT) AS bonus,
      CAST(coalesce(overtime, 0) * 100 AS BIGINT) AS ot,
      CAST(coalesce(benefitsInKind, 0) * 100 AS BIGINT) AS bik
    FROM emp LEFT JOIN units USING (unit)
    WHERE coalesce(nullif(employmentKind, ''), 'ordinary') IN (${kinds})`);
  await con.run(`CREATE OR REPLACE TEMP VIEW pop AS SELECT * FROM base WHERE active`);
  const records = (
    await con.runAndReadAll(`SELECT count(*) AS records,
      count(*) FILTER (coalesce(nullif(employmentKind, ''), 'ordinary') NOT IN (${kinds})) AS kind_excluded,
      count(*) FILTER (coalesce(nullif(employmentKind, ''), 'ordinary') IN (${kinds}) AND NOT (startDate <= ${ref} AND (endDate IS NULL OR endDate >= ${ref}))) AS not_active,
      (SELECT count(*) - count(DISTINCT employeeId) FROM emp WHERE coalesce(nullif(employmentKind, ''), 'ordinary') IN (${kinds}) AND startDate <= ${ref} AND (endDate IS NULL OR endDate >= ${ref})) AS merged
      FROM emp`)
  ).getRowObjects();

  const depth = (await con.runAndReadAll(`SELECT max(udepth) AS d FROM units`)).getRowObjects()[0] ?? {};
  if (num(depth['d']) > 3) throw new Error('duckdb reference: unit trees deeper than three levels are not handled');
  const meta = (await con.runAndReadAll(`SELECT list(DISTINCT pph) AS pphs FROM pop WHERE pph > 0`)).getRowObjects()[0] ?? {};
  const pphs = ((meta['pphs'] as { items?: unknown[] } | null)?.items ?? []).map(big);
  let lcm = 1n;
  for (const p of pphs) lcm = (lcm / gcd(lcm, p)) * p;

  // Counts per cell and sex (sex as a grouping column; pivoted to one row per cell below).
  const long = (
    await con.runAndReadAll(`SELECT GROUPING(lvl, grp, u1, u2, u3) AS gid, gender, lvl, grp, u1, u2, u3,
      count(*) AS n, count(*) FILTER (tmp) AS tmp, count(*) FILTER (pt) AS pt, count(*) FILTER (pt AND inv) AS inv,
      count(*) FILTER (pt AND inv IS NOT NULL) AS ans, count(*) FILTER (pph = 0) AS no_pct
      FROM pop GROUP BY GROUPING SETS ((gender), (gender, lvl), (gender, grp), (gender, u1), (gender, u2), (gender, u3))`)
  ).getRowObjects();
  const wide = new Map<string, Record<string, unknown>>();
  for (const r of long) {
    const id = JSON.stringify([String(r['gid']), r['lvl'], r['grp'], r['u1'], r['u2'], r['u3']]);
    let w = wide.get(id);
    if (w === undefined) {
      w = { gid: r['gid'], lvl: r['lvl'], grp: r['grp'], u1: r['u1'], u2: r['u2'], u3: r['u3'] };
      for (const k of [
        'women',
        'men',
        'other',
        'unknown',
        'total',
        'tmp_w',
        'tmp_m',
        'tmp_all',
        'pt_w',
        'pt_m',
        'pt_all',
        'inv_w',
        'inv_m',
        'inv_all',
        'ans_w',
        'ans_m',
        'ans_all',
        'no_pct',
      ])
        w[k] = 0n;
      wide.set(id, w);
    }
    const g = String(r['gender']);
    const sfx = g === 'female' ? 'w' : g === 'male' ? 'm' : '';
    const add = (k: string, v: unknown): void => {
      if (w !== undefined) w[k] = big(w[k]) + big(v);
    };
    add(g === 'female' ? 'women' : g === 'male' ? 'men' : g === 'other' ? 'other' : 'unknown', r['n']);
    add('total', r['n']);
    add('no_pct', r['no_pct']);
    for (const k of ['tmp', 'pt', 'inv', 'ans']) {
      add(`${k}_all`, r[k]);
      if (sfx !== '') add(`${k}_${sfx}`, r[k]);
    }
  }
  const counts = [...wide.values()];
  const sex = (cond: string, g: string): string => `count(*) FILTER (${cond === '' ? '' : `${cond} AND `}gender = '${g}')`;
  const leave = (
    await con.runAndReadAll(`SELECT GROUPING(u1, u2, u3) AS gid, u1, u2, u3,
      ${sex('', 'female')} AS pl_w, ${sex('', 'male')} AS pl_m,
      CAST(coalesce(sum(plw) FILTER (gender = 'female'), 0) AS HUGEINT) AS plsum_w, CAST(coalesce(sum(plw) FILTER (gender = 'male'), 0) AS HUGEINT) AS plsum_m
      FROM base WHERE plw IS NOT NULL AND ${c.parentalLeavePopulation === 'reference-date' ? 'active' : 'inyear'}
      GROUP BY GROUPING SETS ((), (u1), (u2), (u3))`)
  ).getRowObjects();

  const sections = paySections(c);
  const payAggs = (list: typeof sections): string =>
    list.map((_s, i) => `sum(v${i}) AS s${i}, quantile_disc(v${i}, 0.5) AS lo${i}, -quantile_disc(-v${i}, 0.5) AS hi${i}`).join(',\n      ');
  const payValues = (list: typeof sections): string => list.map((s, i) => `${measureExpr(s.components)} AS v${i}`).join(', ');
  const payBase = `(SELECT gender, lvl, grp, u1, u2, u3, ${lcm.toString()}::BIGINT // pph AS f, base, fixed, irr, bonus, ot, bik
      FROM pop WHERE pph > 0 AND gender IN ('female', 'male'))`;
  const pay = (
    await con.runAndReadAll(`SELECT GROUPING(lvl, grp) AS gid, gender, lvl, grp, count(*) AS n,
      ${payAggs(sections)}
      FROM (SELECT *, ${payValues(sections)} FROM ${payBase})
      GROUP BY GROUPING SETS ((gender), (gender, lvl), (gender, grp))`)
  ).getRowObjects();
  const unitSections = sections.slice(0, 2);
  const unitPay = (
    await con.runAndReadAll(`SELECT GROUPING(u1, u2, u3) AS gid, gender, u1, u2, u3, count(*) AS n,
      ${payAggs(unitSections)}
      FROM (SELECT *, ${payValues(unitSections)} FROM ${payBase})
      GROUP BY GROUPING SETS ((gender, u1), (gender, u2), (gender, u3))`)
  ).getRowObjects();
  return { records: records[0] ?? {}, counts, leave, pay, unitPay, lcm };
}

interface PayAgg {
  n: bigint;
  s: bigint;
  lo: bigint;
  hi: bigint;
}

/** Builds the reference mapping from the aggregate rows (exact BigInt half-up roundings). */
export function finalize(raw: RawAggregates, c: Conventions): ReferenceMapping {
  const dec = c.percentDecimals;
  const L = raw.lcm;
  const pct = (n: unknown, d: unknown): string | null => ratioHalfUp(big(n) * 100n, big(d), dec);
  // Cell ids: '' total, 'L:' level, 'G:' group, 'U:' unit; null key as '∅'.
  const countCells = new Map<string, Row>();
  for (const r of raw.counts) {
    const gid = num(r['gid']);
    // GROUPING bits: lvl=16, grp=8, u1=4, u2=2, u3=1 (1 = rolled up).
    if (gid === 31) countCells.set('', r);
    else if (gid === 15) countCells.set(`L:${str(r['lvl']) ?? '∅'}`, r);
    else if (gid === 23) countCells.set(`G:${str(r['grp']) ?? '∅'}`, r);
    else if (gid === 27) countCells.set(`U:${str(r['u1']) ?? '∅'}`, r);
    else if (gid === 29 && r['u2'] !== null) countCells.set(`U:${str(r['u2'])}`, r);
    else if (gid === 30 && r['u3'] !== null) countCells.set(`U:${str(r['u3'])}`, r);
  }
  const leaveCells = new Map<string, Row>();
  for (const r of raw.leave) {
    const gid = num(r['gid']); // u1=4, u2=2, u3=1
    if (gid === 7) leaveCells.set('', r);
    else if (gid === 3) leaveCells.set(`U:${str(r['u1']) ?? '∅'}`, r);
    else if (gid === 5 && r['u2'] !== null) leaveCells.set(`U:${str(r['u2'])}`, r);
    else if (gid === 6 && r['u3'] !== null) leaveCells.set(`U:${str(r['u3'])}`, r);
  }
  const payCells = new Map<string, Map<string, PayAgg[]>>(); // cell → gender → per section
  const addPay = (cell: string, r: Row, sections: number): void => {
    const g = String(r['gender']);
    let bySex = payCells.get(cell);
    if (bySex === undefined) payCells.set(cell, (bySex = new Map()));
    const aggs: PayAgg[] = [];
    for (let i = 0; i < sections; i++) aggs.push({ n: big(r['n']), s: big(r[`s${i}`]), lo: big(r[`lo${i}`]), hi: big(r[`hi${i}`]) });
    bySex.set(g, aggs);
  };
  const sections = paySections(c);
  for (const r of raw.pay) {
    const gid = num(r['gid']); // lvl=2, grp=1
    if (gid === 3) addPay('', r, sections.length);
    else if (gid === 1) addPay(`L:${str(r['lvl']) ?? '∅'}`, r, sections.length);
    else if (gid === 2) addPay(`G:${str(r['grp']) ?? '∅'}`, r, sections.length);
  }
  for (const r of raw.unitPay) {
    const gid = num(r['gid']); // u1=4, u2=2, u3=1
    if (gid === 3) addPay(`U:${str(r['u1']) ?? '∅'}`, r, 2);
    else if (gid === 5 && r['u2'] !== null) addPay(`U:${str(r['u2'])}`, r, 2);
    else if (gid === 6 && r['u3'] !== null) addPay(`U:${str(r['u3'])}`, r, 2);
  }

  const sexCounts = (r: Row): SexCounts => ({
    women: num(r['women']),
    men: num(r['men']),
    other: num(r['other']),
    unknown: num(r['unknown']),
    total: num(r['total']),
  });
  const attribute = (r: Row, p: string): AttributeFigure => ({
    women: { count: num(r[`${p}_w`]), percentOfAll: pct(r[`${p}_w`], r['total']), percentOfSex: pct(r[`${p}_w`], r['women']) },
    men: { count: num(r[`${p}_m`]), percentOfAll: pct(r[`${p}_m`], r['total']), percentOfSex: pct(r[`${p}_m`], r['men']) },
    otherOrUnknown: { count: num(r[`${p}_all`]) - num(r[`${p}_w`]) - num(r[`${p}_m`]) },
    total: { count: num(r[`${p}_all`]), percentOfAll: pct(r[`${p}_all`], r['total']) },
    womenShareOfCategory: pct(r[`${p}_w`], big(r[`${p}_w`]) + big(r[`${p}_m`])),
  });
  const involuntary = (r: Row): InvoluntaryPartTimeFigure => {
    const a = attribute(r, 'inv');
    return {
      ...a,
      women: { ...a.women, partTimers: num(r['pt_w']), answered: num(r['ans_w']), coverage: pct(r['ans_w'], r['pt_w']) },
      men: { ...a.men, partTimers: num(r['pt_m']), answered: num(r['ans_m']), coverage: pct(r['ans_m'], r['pt_m']) },
      total: { ...a.total, partTimers: num(r['pt_all']), answered: num(r['ans_all']), coverage: pct(r['ans_all'], r['pt_all']) },
    };
  };
  const leave = (cell: string): ParentalLeaveFigure => {
    const r = leaveCells.get(cell) ?? {};
    const sex = (s: 'w' | 'm'): { persons: number; averageWeeks: string | null } => ({
      persons: num(r[`pl_${s}`]),
      averageWeeks: ratioHalfUp(big(r[`plsum_${s}`]), 100n * big(r[`pl_${s}`]), c.weeksDecimals),
    });
    return { women: sex('w'), men: sex('m') };
  };
  const payCell = (cell: string, i: number): PayCell => {
    const counts = countCells.get(cell);
    const w = payCells.get(cell)?.get('female')?.[i];
    const m = payCells.get(cell)?.get('male')?.[i];
    const fig = (a: PayAgg | undefined): { count: number; mean: string | null; median: string | null } =>
      a === undefined || a.n === 0n
        ? { count: 0, mean: null, median: null }
        : { count: Number(a.n), mean: ratioHalfUp(a.s * 100n, a.n * L, 2), median: ratioHalfUp((a.lo + a.hi) * 100n, 2n * L, 2) };
    const both = w !== undefined && m !== undefined && w.n > 0n && m.n > 0n;
    return {
      population: counts === undefined ? { women: 0, men: 0, other: 0, unknown: 0, total: 0 } : sexCounts(counts),
      women: fig(w),
      men: fig(m),
      womenShareOfMen: {
        mean: both ? ratioHalfUp(w.s * m.n * 100n, m.s * w.n, dec) : null,
        median: both ? ratioHalfUp((w.lo + w.hi) * 100n, m.lo + m.hi, dec) : null,
      },
    };
  };
  const keyedCells = (prefix: string, i: number): KeyedPayCell[] =>
    [...countCells.keys()]
      .filter((k) => k.startsWith(prefix))
      .map((k) => {
        const key = k.slice(prefix.length);
        return { key: key === '∅' ? null : key, ...payCell(k, i) };
      });

  const total = countCells.get('') ?? {};
  const result: Record<string, unknown> = {
    year: c.year,
    referenceDate: c.referenceDate,
    population: sexCounts(total),
    temporary: attribute(total, 'tmp'),
    partTime: attribute(total, 'pt'),
    involuntaryPartTime: involuntary(total),
    parentalLeave: leave(''),
    records: num(raw.records['records']),
    excluded: {
      'not-active-on-reference-date': num(raw.records['not_active']),
      'employment-kind-excluded': num(raw.records['kind_excluded']),
      'merged-into-person': num(raw.records['merged']),
      'no-position-percent': num(total['no_pct']),
      'sex-not-female-or-male': num(total['other']) + num(total['unknown']),
      'invalid-record': 0,
    },
    warnings: { position_percent_zero_or_missing: num(total['no_pct']) },
  };
  const section = (i: number): unknown => ({
    measure: sections[i]?.measure,
    total: payCell('', i),
    byLevel: keyedCells('L:', i),
    byGroup: keyedCells('G:', i),
  });
  result['pay'] = section(0);
  result['agreedPay'] = section(1);
  result['payComponents'] = { basePay: section(2), fixedAllowances: section(3), irregularAllowances: section(4), bonus: section(5) };
  result['byUnit'] = [...countCells.keys()]
    .filter((k) => k.startsWith('U:'))
    .map((k): UnitFigures => {
      const raw2 = k.slice(2);
      const key = raw2 === '∅' ? null : raw2;
      const depth = key === null ? 0 : key.split('/').length;
      const r = countCells.get(k) ?? {};
      return {
        key,
        depth,
        parent: key === null || depth === 1 ? null : key.slice(0, key.lastIndexOf('/')),
        population: sexCounts(r),
        temporary: attribute(r, 'tmp'),
        partTime: attribute(r, 'pt'),
        involuntaryPartTime: involuntary(r),
        parentalLeave: leave(k),
        pay: payCell(k, 0),
        agreedPay: payCell(k, 1),
      };
    });
  return result as ReferenceMapping;
}

/** (b): the figures over the already loaded table. */
export async function duckdbQuery(con: DuckDBConnection, c: Conventions): Promise<ReferenceMapping> {
  return finalize(await runQueries(con, c), c);
}

/** (a): CSV file → figures, in a fresh in-memory database. */
export async function duckdbFromCsv(file: string, c: Conventions, threads = 2): Promise<ReferenceMapping> {
  const { instance, connection } = await openDuckDb(threads);
  try {
    await loadCsv(connection, file);
    return await duckdbQuery(connection, c);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

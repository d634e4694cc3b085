/**
 * Seeded synthetic payrolls in the canonical employee CSV of issue 3, for the benchmark.
 *
 * One row per employment, realistic and skewed: ~55/45 women/men with a few other/unknown (DEF-SEX),
 * Zipf-like job levels and groups (DEF-GRP), a three-level unit tree directorate → regions → units
 * (plus some staff placed directly on a region or the directorate, and a few with no unit), part-time
 * with decimal position percents (DEF-PT; also 0, missing and above 100), temporaries (DEF-TMP),
 * freelancers (DEF-POP), leavers during the year and starters after the reference date (DEF-REF),
 * monthly pay with øre in every component (DEF-PAY), parental-leave weeks (DEF-PL) and involuntary
 * part-time answers (DEF-INV).
 *
 * Files are written to `bench/data/` (git-ignored) and cached by size and seed.
 *
 * Usage: `npx tsx bench/generate.ts [size …] [--seed N]`.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DATA_DIR } from './_lib/paths.js';

/** The canonical header, exactly as issue 3 names the columns. */
export const CSV_HEADER = [
  'employeeId',
  'gender',
  'employmentKind',
  'contract',
  'positionPercent',
  'startDate',
  'endDate',
  'unit',
  'jobLevel',
  'jobGroup',
  'basePay',
  'fixedAllowances',
  'irregularAllowances',
  'bonus',
  'overtime',
  'benefitsInKind',
  'parentalLeaveWeeks',
  'involuntaryPartTime',
] as const;

/** The financial year of the generated payrolls (reference date 31 Dec). */
export const BENCH_YEAR = 2025;
/** The default seed. */
export const DEFAULT_SEED = 20251231;

/** Bumped whenever the generator's output changes, so cached files are never stale. */
export const GENERATOR_VERSION = 2;

/** Path of the cached CSV for a size and seed. */
export function dataFile(size: number, seed = DEFAULT_SEED): string {
  return join(DATA_DIR, `employees-${size}-seed${seed}-v${GENERATOR_VERSION}.csv`);
}

/** sfc32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

/** Cumulative weights of a Zipf distribution over `n` ranks with exponent `s`. */
function zipf(n: number, s: number): Float64Array {
  const cum = new Float64Array(n);
  let sum = 0;
  for (let k = 1; k <= n; k++) {
    sum += 1 / k ** s;
    cum[k - 1] = sum;
  }
  for (let k = 0; k < n; k++) cum[k] = (cum[k] ?? 0) / sum;
  return cum;
}

function pick(cum: Float64Array, u: number): number {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const REGIONS = ['Region Øst', 'Region Vest', 'Region Nord', 'Region Midt', 'Region Sør', 'Region Innlandet'] as const;
/** Region sizes are skewed too. */
const REGION_CUM = zipf(REGIONS.length, 0.8);
const LEVELS = 12;
const LEVEL_CUM = zipf(LEVELS, 1.0);
/** Women are more often on the lower levels (a structural pay gap, as in SSB's figures: ARP.md §7). */
const LEVEL_CUM_WOMEN = zipf(LEVELS, 1.4);
/** Part-time position percents (hundredths); the set is small, as on real payrolls. */
const PART_TIME = [2000, 3333, 4000, 5000, 6000, 6667, 7500, 8000, 9000] as const;
const PART_TIME_CUM = new Float64Array([0.04, 0.1, 0.16, 0.34, 0.46, 0.55, 0.7, 0.9, 1]);

function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
const DAY_2025_01_01 = Date.UTC(2025, 0, 1) / 86_400_000;
const DAY_2026_01_01 = Date.UTC(2026, 0, 1) / 86_400_000;
const DAY_1985_01_01 = Date.UTC(1985, 0, 1) / 86_400_000;

/** Integer øre → NOK text with two decimals ("48250.35"). */
function nok(ore: number): string {
  const kr = Math.floor(ore / 100);
  const rest = ore - kr * 100;
  return `${kr}.${rest < 10 ? '0' : ''}${rest}`;
}

function percentText(hundredths: number): string {
  return hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2);
}

/** Standard normal from two uniforms (Box–Muller); used for pay noise only (pay is then rounded to øre). */
function normal(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Generates `size` rows with the given seed and returns them as CSV text chunks via `write`.
 * Deterministic: the same size and seed give the same bytes.
 */
export function generatePayroll(size: number, seed: number, write: (chunk: string) => void): void {
  const rand = prng(seed ^ size);
  const unitsPerRegion = Math.max(4, Math.round(Math.sqrt(size) / 10));
  const unitCum = zipf(unitsPerRegion, 0.9);
  const groups = Math.max(20, Math.round(Math.sqrt(size) / 5));
  const groupCum = zipf(groups, 1.0);
  const idWidth = String(size).length;

  write(CSV_HEADER.join(',') + '\n');
  let buf: string[] = [];
  for (let i = 1; i <= size; i++) {
    const u = rand();
    const gender = u < 0.547 ? 'female' : u < 0.995 ? 'male' : u < 0.997 ? 'other' : 'unknown';
    const female = gender === 'female';
    const k = rand();
    const kind = k < 0.03 ? 'freelance' : k < 0.05 ? 'maritime' : k < 0.35 ? '' : 'ordinary';
    const temporary = rand() < (female ? 0.11 : 0.08);

    // Position percent (hundredths); a few missing, zero or above 100 (DEF-PAY warnings).
    const p = rand();
    let pph: number | null;
    if (p < 0.003) pph = null;
    else if (p < 0.005) pph = 0;
    else if (p < 0.015) pph = rand() < 0.5 ? 11000 : 12000;
    else if (p < (female ? 0.33 : 0.14)) pph = PART_TIME[pick(PART_TIME_CUM, rand())] ?? 5000;
    else pph = 10000;

    // Dates: most ongoing; leavers during the year; a few who left before the year or start after the reference date.
    const d = rand();
    let start = DAY_1985_01_01 + Math.floor(rand() * (DAY_2026_01_01 - DAY_1985_01_01));
    let end: number | null = null;
    if (d < 0.07)
      end = DAY_2025_01_01 + Math.floor(rand() * 364); // left during 2025
    else if (d < 0.075)
      end = DAY_2025_01_01 - 1 - Math.floor(rand() * 300); // left in 2024
    else if (d < 0.08)
      start = DAY_2026_01_01 + Math.floor(rand() * 60); // starts after the reference date
    else if (temporary && d < 0.5) end = DAY_2026_01_01 + Math.floor(rand() * 700);
    if (end !== null && end < start) start = end - Math.floor(rand() * 2000);

    // Unit tree: directorate → region → unit; some on a region or the directorate, a few none.
    const t = rand();
    const region = REGIONS[pick(REGION_CUM, rand())] ?? 'Region Øst';
    let unit: string;
    if (t < 0.005) unit = '';
    else if (t < 0.05) unit = 'Direktoratet';
    else if (t < 0.08) unit = `Direktoratet/${region}`;
    else unit = `Direktoratet/${region}/${region.slice(7)} enhet ${String(pick(unitCum, rand()) + 1).padStart(3, '0')}`;

    const levelIdx = pick(female ? LEVEL_CUM_WOMEN : LEVEL_CUM, rand()); // 0 = most common (lowest) level
    const jobLevel = rand() < 0.01 ? '' : `Nivå ${String(levelIdx + 1).padStart(2, '0')}`;
    const jobGroup = rand() < 0.01 ? '' : `Gruppe ${String(pick(groupCum, rand()) + 1).padStart(3, '0')}`;

    // Monthly FTE pay in øre, scaled to the actual position percent (amounts at the actual position, DEF-PAY).
    const fteBase = (36_000 + levelIdx * 4_200) * (female ? 0.96 : 1) * Math.exp(0.12 * normal(rand));
    const scale = pph === null || pph === 0 ? 1 : pph / 10000;
    const basePay = Math.max(100, Math.round(fteBase * scale * 100));
    const fixed = rand() < 0.4 ? Math.round((500 + rand() * 3_500) * scale * 100) : 0;
    const irregular = rand() < 0.25 ? Math.round((200 + rand() * 5_800) * scale * 100) : 0;
    const bonus = rand() < (female ? 0.06 : 0.1) ? Math.round((1_000 + rand() * 19_000) * (1 + levelIdx / 4) * 100) : 0;
    const overtime = rand() < 0.15 ? Math.round((300 + rand() * 8_000) * 100) : 0;
    const benefits = rand() < 0.05 ? (rand() < 0.5 ? 35_000 : Math.round(rand() * 900_000)) : 0;

    // Parental leave weeks in the year (DEF-PL), weeks given directly, sometimes with a decimal.
    const l = rand();
    let leave = '';
    if (l < (female ? 0.045 : 0.035)) {
      const w = female ? 4 + rand() * 45 : 1 + rand() * 20;
      leave = rand() < 0.5 ? String(Math.round(w)) : (Math.round(w * 10) / 10).toFixed(1);
    }

    // Involuntary part-time (DEF-INV): asked of part-timers, 60 % answered; empty = not answered.
    let inv = '';
    if (pph !== null && pph < 10000) {
      if (rand() < 0.6) inv = rand() < (female ? 0.28 : 0.2) ? 'true' : 'false';
    } else if (rand() < 0.02) inv = 'false';

    buf.push(
      [
        `E${String(i).padStart(idWidth, '0')}`,
        gender,
        kind,
        temporary ? 'temporary' : 'permanent',
        pph === null ? '' : percentText(pph),
        dayToIso(start),
        end === null ? '' : dayToIso(end),
        unit,
        jobLevel,
        jobGroup,
        nok(basePay),
        nok(fixed),
        nok(irregular),
        nok(bonus),
        nok(overtime),
        nok(benefits),
        leave,
        inv,
      ].join(','),
    );
    if (buf.length === 10_000) {
      write(buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length > 0) write(buf.join('\n') + '\n');
}

/** Writes (or reuses) the cached CSV for a size and seed; returns its path. */
export function ensurePayroll(size: number, seed = DEFAULT_SEED): string {
  const file = dataFile(size, seed);
  if (existsSync(file)) return file;
  mkdirSync(DATA_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    generatePayroll(size, seed, (chunk) => {
      writeSync(fd, chunk);
    });
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return file;
}

if (/[\\/]generate\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  const { values, positionals } = parseArgs({ options: { seed: { type: 'string' } }, allowPositionals: true, strict: true });
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const sizes = positionals.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);
  for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
    const t0 = performance.now();
    const file = ensurePayroll(size, seed);
    console.log(`${file} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
}

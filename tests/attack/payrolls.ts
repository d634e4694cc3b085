/**
 * Seeded random small payrolls for the independent attacker of issue 14 (ANON-1…ANON-7), and the
 * publication policies to cycle through.
 *
 * A payroll is made from its seed alone (a small PRNG, never `Math.random`), so a failing seed is
 * replayed with `generatePayroll(seed)`. The payrolls are the "random small payrolls": 10–200
 * employees (log-uniform, so most are small), 2–6 job levels, 2–8 job groups, a unit tree of 2 or 3
 * levels with staff sitting in interior units as well as in leaves, records without a unit, level or
 * group, skewed sexes with other and unknown, temporary and part-time staff, involuntary part-time
 * answers (true, false, unanswered), parental leave (also of leavers, a flow over the financial year,
 * DEF-PL), pay components (base, fixed, irregular, bonus, overtime; some components zero for the
 * whole payroll), position percents including 0 and unknown, people with two employments
 * (DEF-POP), freelancers (outside the population), and now and then statistics options other than
 * the defaults (DEF-PAY components, percent and weeks decimals, the parental-leave population).
 */
import {
  EmployeeSchema,
  PublicationPolicySchema,
  type Employee,
  type EmployeeInput,
  type PublicationPolicyInput,
  type StatisticsOptions,
} from '../../src/index.js';

/** A small, fast, seeded PRNG (sfc32 seeded through splitmix32): the same seed, the same stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index chosen with the given (non-negative, not all zero) weights. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
}

/**
 * The publication policies the attack cycles through: every option of `PublicationPolicySchema`
 * (src/anonymisation/policy.ts) — each threshold lower and higher than its default, `ratiosOnly`,
 * `mergeSmallLevels` with both level orders, and `recoveryTolerancePercent` (0, the default 1, 5).
 * Payroll `seed` uses `POLICIES[seed % POLICIES.length]`.
 */
export const POLICIES: readonly PublicationPolicyInput[] = [
  {},
  { payMinPersons: 3 },
  { attributeMinCount: 5, attributeMinRest: 5 },
  { attributeMinCount: 2, attributeMinRest: 1 },
  { parentalLeaveMinPersons: 3 },
  { ratiosOnly: true },
  { mergeSmallLevels: true },
  { mergeSmallLevels: true, levelOrder: 'sorted-key' },
  { mergeSmallLevels: true, levelOrder: 'given-order', payMinPersons: 3, recoveryTolerancePercent: 0 },
  { recoveryTolerancePercent: 5, payMinPersons: 8, parentalLeaveMinPersons: 8 },
  {
    ratiosOnly: true,
    mergeSmallLevels: true,
    levelOrder: 'sorted-key',
    payMinPersons: 4,
    attributeMinCount: 4,
    attributeMinRest: 2,
    parentalLeaveMinPersons: 6,
  },
];

// Every option of the policy appears in POLICIES (a policy option added later must be added here).
const COVERED = new Set(POLICIES.flatMap((p) => Object.keys(p)));
for (const key of Object.keys(PublicationPolicySchema.shape)) {
  if (!COVERED.has(key)) throw new Error(`tests/attack/payrolls.ts: POLICIES does not vary the policy option ${key}`);
}

/** One generated payroll: its records, the statistics options and the publication policy to use. */
export interface Payroll {
  readonly seed: number;
  readonly year: number;
  readonly records: readonly Employee[];
  readonly statistics: StatisticsOptions;
  readonly policy: PublicationPolicyInput;
  /** A one-line description (sizes and choices) for failure messages. */
  readonly summary: string;
}

const YEAR = 2025;
const PART_TIME_PERCENTS = [10, 20, 33.33, 40, 50, 60, 62.5, 75, 80, 90, 99.5] as const;

function ore(rng: Rng, lo: number, hi: number): number {
  return rng.int(lo * 100, hi * 100);
}

function nok(amountOre: number): string {
  return (amountOre / 100).toFixed(2);
}

function isoDay(rng: Rng, year: number, fromMonth = 1, toMonth = 12): string {
  const month = rng.int(fromMonth, toMonth);
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The unit tree: 1–4 top units, 2 or 3 levels deep; returns every unit path (parents first). */
function unitTree(rng: Rng): { paths: string[]; leaves: string[] } {
  const depth = rng.chance(0.5) ? 2 : 3;
  const paths: string[] = [];
  const leaves: string[] = [];
  const tops = rng.int(1, 4);
  for (let t = 0; t < tops; t++) {
    const top = `U${t + 1}`;
    paths.push(top);
    const children = rng.int(t === 0 ? 1 : 0, 3);
    if (children === 0) leaves.push(top);
    for (let c = 0; c < children; c++) {
      const child = `${top}/${String.fromCharCode(65 + c)}`;
      paths.push(child);
      const grand = depth === 3 ? rng.int(c === 0 && t === 0 ? 1 : 0, 3) : 0;
      if (grand === 0) leaves.push(child);
      for (let g = 0; g < grand; g++) {
        const path = `${child}/${g + 1}`;
        paths.push(path);
        leaves.push(path);
      }
    }
  }
  return { paths, leaves };
}

/**
 * Generates the payroll of a seed (see the file's header for what it contains).
 *
 * @param seed - any integer; the same seed gives the same payroll
 * @returns the parsed records, the statistics options and the policy (`POLICIES[seed % length]`)
 */
export function generatePayroll(seed: number): Payroll {
  const rng = new Rng(seed);
  const n = Math.round(10 * Math.pow(20, rng.next())); // 10–200, log-uniform
  const levels = Array.from({ length: rng.int(2, 6) }, (_, i) => `L${i + 1}`);
  const groups = Array.from({ length: rng.int(2, 8) }, (_, i) => `G${String.fromCharCode(65 + i)}`);
  const tree = unitTree(rng);
  const interiorShare = rng.pick([0, 0.1, 0.25]);
  const interior = tree.paths.filter((p) => !tree.leaves.includes(p));

  // skewed sexes, other and unknown now and then
  const womenShare = 0.03 + 0.94 * rng.next();
  const otherShare = rng.pick([0, 0, 0.01, 0.03, 0.08]);
  const unknownShare = rng.pick([0, 0, 0.01, 0.04]);
  const temporaryRate = rng.pick([0, 0.02, 0.05, 0.1, 0.25]);
  const partTimeRate = rng.pick([0, 0.05, 0.15, 0.3, 0.5]);
  const womenPartTimeBias = rng.pick([1, 1.5, 2.5]);
  const answerRate = rng.pick([0, 0.3, 0.7, 1]);
  const involuntaryRate = rng.pick([0, 0.2, 0.5, 0.9]);
  const leaveRate = rng.pick([0, 0.03, 0.08, 0.15]);
  const nullLevelRate = rng.pick([0, 0, 0.03, 0.1]);
  const nullGroupRate = rng.pick([0, 0.03, 0.1]);
  const nullUnitRate = rng.pick([0, 0, 0.03, 0.1]);
  // pay components: some are zero for the whole payroll
  const fixedRate = rng.pick([0, 0.3, 0.8, 1]);
  const irregularRate = rng.pick([0, 0, 0.2, 0.5]);
  const bonusRate = rng.pick([0, 0, 0.1, 0.4]);
  const overtimeRate = rng.pick([0, 0.2]);
  const zeroPercentRate = rng.pick([0, 0.02, 0.05]);
  const missingPercentRate = rng.pick([0, 0, 0.02]);
  const levelWeights = levels.map(() => 0.2 + rng.next());
  const groupWeights = groups.map(() => 0.2 + rng.next());
  const leafWeights = tree.leaves.map(() => 0.2 + rng.next());

  const inputs: EmployeeInput[] = [];
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    const gender = u < otherShare ? 'other' : u < otherShare + unknownShare ? 'unknown' : rng.chance(womenShare) ? 'female' : 'male';
    const levelIndex = rng.weighted(levelWeights);
    const jobLevel = rng.chance(nullLevelRate) ? null : levels[levelIndex]!;
    const jobGroup = rng.chance(nullGroupRate) ? null : groups[rng.weighted(groupWeights)]!;
    const unit = rng.chance(nullUnitRate)
      ? null
      : interior.length > 0 && rng.chance(interiorShare)
        ? rng.pick(interior)
        : tree.leaves[rng.weighted(leafWeights)]!;
    const ptChance = Math.min(0.95, partTimeRate * (gender === 'female' ? womenPartTimeBias : 1));
    const x = rng.next();
    const positionPercent =
      x < zeroPercentRate
        ? 0
        : x < zeroPercentRate + missingPercentRate
          ? null
          : rng.chance(ptChance)
            ? rng.pick(PART_TIME_PERCENTS)
            : rng.chance(0.02)
              ? 110
              : 100;
    const partTime = positionPercent !== null && positionPercent < 100;
    const involuntaryPartTime = (partTime || rng.chance(0.1)) && rng.chance(answerRate) ? rng.chance(involuntaryRate) : null;
    // monthly amounts at the actual position percent (DEF-PAY), by level
    const fte = (positionPercent ?? 100) / 100;
    const baseFte = ore(rng, 32_000, 40_000) + levelIndex * ore(rng, 4_000, 9_000);
    const pay = {
      basePay: nok(rng.chance(0.01) ? 0 : Math.round(baseFte * fte)),
      fixedAllowances: nok(rng.chance(fixedRate) ? Math.round(ore(rng, 300, 6_000) * fte) : 0),
      irregularAllowances: nok(rng.chance(irregularRate) ? ore(rng, 50, 9_000) : 0),
      bonus: nok(rng.chance(bonusRate) ? ore(rng, 500, 25_000) : 0),
      overtime: nok(rng.chance(overtimeRate) ? ore(rng, 200, 7_000) : 0),
    };
    // leavers (not active on the reference date, still in the parental-leave flow) and starters
    const kind = rng.chance(0.02) ? 'freelance' : rng.chance(0.03) ? 'maritime' : 'ordinary';
    const leaver = rng.chance(0.05);
    const starter = !leaver && rng.chance(0.01);
    const startDate = starter
      ? `${YEAR + 1}-02-01`
      : rng.chance(0.1)
        ? isoDay(rng, YEAR, 1, 11)
        : `${rng.int(2005, YEAR - 1)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;
    const endDate = leaver ? isoDay(rng, YEAR, 7, 11) : null;
    const record: EmployeeInput = {
      employeeId: `E${seed}-${i}`,
      gender,
      employmentKind: kind,
      contract: rng.chance(temporaryRate) ? 'temporary' : 'permanent',
      positionPercent,
      startDate: leaver && startDate > endDate! ? `${YEAR}-01-01` : startDate,
      endDate,
      unit,
      jobLevel,
      jobGroup,
      pay,
      involuntaryPartTime,
    };
    if (rng.chance(leaveRate * (gender === 'female' ? 1.6 : 1))) {
      if (rng.chance(0.5)) record.parentalLeaveWeeks = Math.round(rng.int(5, 490)) / 10;
      else {
        const start = isoDay(rng, rng.chance(0.2) ? YEAR - 1 : YEAR, 1, 10);
        const end = isoDay(rng, YEAR, 11, 12);
        record.parentalLeavePeriods = [{ startDate: start, endDate: end >= start ? end : start, percent: rng.pick([100, 100, 80, 50]) }];
      }
    }
    inputs.push(record);
    // a second employment of the same person now and then (DEF-POP merges them)
    if (rng.chance(0.03)) {
      inputs.push({
        ...record,
        employeeId: `E${seed}-${i}b`,
        personId: `E${seed}-${i}`,
        gender: rng.chance(0.9) ? gender : 'male',
        positionPercent: rng.pick([10, 20, 0]),
        jobLevel: rng.chance(0.5) ? jobLevel : levels[rng.int(0, levels.length - 1)]!,
        pay: { basePay: nok(ore(rng, 1_000, 8_000)) },
        parentalLeavePeriods: [],
        parentalLeaveWeeks: null,
      });
    }
  }
  const records = inputs.map((r) => EmployeeSchema.parse(r));

  // statistics options: the defaults mostly, every non-default convention now and then
  const o = rng.next();
  const statistics: StatisticsOptions =
    o < 0.8
      ? { year: YEAR }
      : o < 0.84
        ? { year: YEAR, parentalLeavePopulation: 'reference-date' }
        : o < 0.88
          ? { year: YEAR, monthlyPayComponents: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus', 'overtime'] }
          : o < 0.92
            ? { year: YEAR, agreedPayComponents: ['basePay'], monthlyPayComponents: ['basePay', 'fixedAllowances', 'bonus'] }
            : o < 0.95
              ? { year: YEAR, percentDecimals: rng.pick([0, 2]) }
              : o < 0.98
                ? { year: YEAR, weeksDecimals: rng.pick([0, 2]) }
                : { year: YEAR, includeKinds: ['ordinary'], partTimeBelow: 80 };
  const policy = POLICIES[seed % POLICIES.length]!;
  const summary =
    `seed ${seed}: ${records.length} records, ${levels.length} levels, ${groups.length} groups, ${tree.paths.length} units; ` +
    `policy ${JSON.stringify(policy)}; statistics ${JSON.stringify(statistics)}`;
  return { seed, year: YEAR, records, statistics, policy, summary };
}

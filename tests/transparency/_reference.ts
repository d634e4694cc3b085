/**
 * An independent implementation of the pay-transparency definitions (ARP.md §8, TRN-1…TRN-5 as
 * issue 18 states them), plain and obviously correct: every person a record of exact BigInt
 * rationals, full sorts, loops over tie groups and bands. It shares no code with src/transparency
 * or the statistics engine: the library must agree with it on every figure.
 */
import type { Employee, PayComponent } from '../../src/models/employee.js';

/** An exact rational with a positive denominator, always reduced. */
export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d = 1n) {
    if (d === 0n) throw new RangeError('Q: zero denominator');
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    this.n = n / g;
    this.d = d / g;
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  abs(): Q {
    return new Q(this.n < 0n ? -this.n : this.n, this.d);
  }
  isZero(): boolean {
    return this.n === 0n;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

/** `q` rounded to `decimals`, ties away from zero, as text. */
export function round(q: Q, decimals: number): string {
  const neg = q.n < 0n;
  const abs = neg ? -q.n : q.n;
  const scale = 10n ** BigInt(decimals);
  const r = (abs * scale * 2n + q.d) / (q.d * 2n);
  const digits = r.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return neg && r !== 0n ? `-${text}` : text;
}

/** The definitions the reference follows (the library's resolved options). */
export interface RefOptions {
  readonly referenceDate: string;
  readonly includeKinds: readonly string[];
  readonly mergePersons: boolean;
  readonly payComponents: readonly PayComponent[];
  readonly variableComponents: readonly PayComponent[];
  readonly fullTimeHoursPerWeek: number;
  readonly monthsPerYear: number;
  readonly weeksPerYear: number;
  readonly quartileTies: 'spread' | 'sort-order';
  readonly categoryBy: 'jobGroup' | 'jobLevel';
  readonly jointAssessmentThresholdPercent: number;
  readonly remedyDeadline: string;
  readonly categoryAssessments: Readonly<Record<string, { justification: string | null; remedyDate: string | null }>>;
}

interface Person {
  readonly order: number;
  readonly sexes: Set<string>;
  pctMissing: boolean;
  pct: number; // hundredths
  hourUnits: number; // Σ full-time hours (hundredths) × percent (hundredths)
  readonly pay: Map<PayComponent, bigint>;
  readonly jobs: { pct: number; start: string; temporary: number; unit: string | null; level: string | null; group: string | null }[];
}

interface Eligible {
  readonly order: number;
  readonly woman: boolean;
  readonly category: string | null;
  readonly hourly: Q;
  readonly basic: Q;
  readonly variable: Q;
  readonly variableAmount: bigint;
  readonly annual: Q;
}

const trimmed = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());
const unitPath = (s: string | null): string | null => {
  if (s === null) return null;
  const parts = s
    .split('/')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return parts.length === 0 ? null : parts.join('/');
};
const cmpNullFirst = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

function mean(values: readonly Q[]): Q | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s.add(v), new Q(0n)).div(new Q(BigInt(values.length)));
}
function median(values: readonly Q[]): Q | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a.cmp(b));
  const k = Math.floor((s.length - 1) / 2);
  return s.length % 2 === 1 ? s[k]! : s[k]!.add(s[k + 1]!).div(new Q(2n));
}
const nok = (ore: Q | null): string | null => (ore === null ? null : round(ore.div(new Q(100n)), 2));
function gap(w: Q | null, m: Q | null): Q | null {
  if (w === null || m === null || m.isZero()) return null;
  return m.sub(w).div(m).mul(new Q(100n));
}
function figure(women: readonly Q[], men: readonly Q[]): unknown {
  const stat = (f: (v: readonly Q[]) => Q | null): unknown => {
    const w = f(women);
    const m = f(men);
    const g = gap(w, m);
    return { women: nok(w), men: nok(m), gapPercent: g === null ? null : round(g, 1) };
  };
  return { persons: { women: women.length, men: men.length }, mean: stat(mean), median: stat(median) };
}
const percent = (count: number, of: number): string | null => (of === 0 ? null : round(new Q(BigInt(count) * 100n, BigInt(of)), 1));

/** The figures of the reference, in the library's JSON shape (the parts it models). */
export function referenceTransparency(records: readonly Employee[], o: RefOptions): Record<string, unknown> {
  let notActive = 0;
  let kindExcluded = 0;
  let taken = 0;
  const persons = new Map<string, Person>();
  records.forEach((r, idx) => {
    if (!o.includeKinds.includes(r.employmentKind)) {
      kindExcluded++;
      return;
    }
    if (!(r.startDate <= o.referenceDate && (r.endDate === null || r.endDate >= o.referenceDate))) {
      notActive++;
      return;
    }
    taken++;
    const key = o.mergePersons ? (r.personId ?? r.employeeId) : `#${idx}`;
    let p = persons.get(key);
    if (p === undefined) {
      p = { order: persons.size, sexes: new Set(), pctMissing: false, pct: 0, hourUnits: 0, pay: new Map(), jobs: [] };
      persons.set(key, p);
    }
    p.sexes.add(r.gender);
    const pct = r.positionPercent === null ? -1 : Math.round(r.positionPercent * 100);
    if (pct < 0) p.pctMissing = true;
    else {
      p.pct += pct;
      p.hourUnits += Math.round((r.fullTimeHoursPerWeek ?? o.fullTimeHoursPerWeek) * 100) * pct;
    }
    for (const c of o.payComponents) p.pay.set(c, (p.pay.get(c) ?? 0n) + BigInt(r.pay[c]));
    p.jobs.push({
      pct,
      start: r.startDate,
      temporary: r.contract === 'temporary' ? 1 : 0,
      unit: unitPath(r.unit),
      level: trimmed(r.jobLevel),
      group: trimmed(r.jobGroup),
    });
  });

  let otherSex = 0;
  let noPct = 0;
  const people: Eligible[] = [];
  for (const p of persons.values()) {
    const sex = p.sexes.size === 1 ? [...p.sexes][0] : 'unknown';
    if (sex !== 'female' && sex !== 'male') {
      otherSex++;
      continue;
    }
    if (p.pctMissing || p.pct === 0) {
      noPct++;
      continue;
    }
    // the main employment: largest percent, then the earliest start, then temporary, then unit, level, group (empty first)
    const main = [...p.jobs].sort(
      (a, b) =>
        b.pct - a.pct ||
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        b.temporary - a.temporary ||
        cmpNullFirst(a.unit, b.unit) ||
        cmpNullFirst(a.level, b.level) ||
        cmpNullFirst(a.group, b.group),
    )[0]!;
    const sum = (cs: readonly PayComponent[]): bigint => cs.reduce((s, c) => s + (p.pay.get(c) ?? 0n), 0n);
    const monthly = sum(o.payComponents);
    const variable = sum(o.variableComponents);
    // annual hours = Σ hours × percent / 100 × weeks, with hours and percent both in hundredths
    const annualHours = new Q(BigInt(p.hourUnits) * BigInt(o.weeksPerYear), 1_000_000n);
    const hourly = (ore: bigint): Q => new Q(ore * BigInt(o.monthsPerYear)).div(annualHours);
    people.push({
      order: p.order,
      woman: sex === 'female',
      category: o.categoryBy === 'jobGroup' ? main.group : main.level,
      hourly: hourly(monthly),
      basic: hourly(monthly - variable),
      variable: hourly(variable),
      variableAmount: variable,
      annual: new Q(monthly * BigInt(o.monthsPerYear)),
    });
  }
  const W = people.filter((x) => x.woman);
  const M = people.filter((x) => !x.woman);
  const rec = (xs: readonly Eligible[]): Eligible[] => xs.filter((x) => x.variableAmount > 0n);

  // quartile bands
  const n = people.length;
  const sorted = [...people].sort((a, b) => a.hourly.cmp(b.hourly) || a.order - b.order);
  const bounds = [0, 1, 2, 3, 4].map((k) => Math.floor((k * n) / 4));
  const quartiles = [0, 1, 2, 3].map((k) => {
    const lo = bounds[k]!;
    const hi = bounds[k + 1]!;
    let women = new Q(0n);
    let womenPersons = 0;
    let menPersons = 0;
    if (o.quartileTies === 'sort-order') {
      const inBand = sorted.slice(lo, hi);
      womenPersons = inBand.filter((x) => x.woman).length;
      menPersons = inBand.length - womenPersons;
      women = new Q(BigInt(womenPersons));
    } else {
      for (let start = 0; start < n;) {
        let end = start;
        while (end < n && sorted[end]!.hourly.cmp(sorted[start]!.hourly) === 0) end++;
        const overlap = Math.max(0, Math.min(end, hi) - Math.max(start, lo));
        if (overlap > 0) {
          const w = sorted.slice(start, end).filter((x) => x.woman).length;
          women = women.add(new Q(BigInt(overlap * w), BigInt(end - start)));
          womenPersons += w;
          menPersons += end - start - w;
        }
        start = end;
      }
    }
    const size = hi - lo;
    const men = new Q(BigInt(size)).sub(women);
    const count = (q: Q): string => (q.d === 1n ? q.n.toString() : round(q, 2));
    const share = (q: Q): string | null => (size === 0 ? null : round(q.mul(new Q(100n)).div(new Q(BigInt(size))), 1));
    return {
      band: k,
      size,
      womenPercent: share(women),
      menPercent: share(men),
      women: { count: count(women), persons: womenPersons },
      men: { count: count(men), persons: menPersons },
    };
  });

  // categories (g) and the joint pay assessment (Art. 10)
  const keys = [...new Set(people.map((x) => x.category))];
  const categories = keys.map((key) => {
    const cw = W.filter((x) => x.category === key);
    const cm = M.filter((x) => x.category === key);
    const g = gap(mean(cw.map((x) => x.hourly)), mean(cm.map((x) => x.hourly)));
    const triggered = g !== null && g.abs().cmp(new Q(BigInt(Math.round(o.jointAssessmentThresholdPercent * 100)), 100n)) >= 0;
    const stated = key === null ? undefined : o.categoryAssessments[key];
    let reason: string;
    if (key === null) reason = 'not-a-category';
    else if (g === null) reason = 'gap-not-computable';
    else if (!triggered) reason = 'gap-below-threshold';
    else if ((stated?.justification ?? null) !== null) reason = 'justified';
    else if ((stated?.remedyDate ?? null) !== null) reason = stated!.remedyDate! <= o.remedyDeadline ? 'remedied-within-deadline' : 'remedy-after-deadline';
    else reason = 'gap-at-or-above-threshold';
    return {
      key,
      population: { women: cw.length, men: cm.length },
      hourly: figure(
        cw.map((x) => x.hourly),
        cm.map((x) => x.hourly),
      ),
      basic: figure(
        cw.map((x) => x.basic),
        cm.map((x) => x.basic),
      ),
      variable: figure(
        rec(cw).map((x) => x.variable),
        rec(cm).map((x) => x.variable),
      ),
      jointAssessment: {
        triggered,
        required: reason === 'gap-at-or-above-threshold' || reason === 'remedy-after-deadline',
        reason,
        meanGapPercent: g === null ? null : round(g, 1),
      },
    };
  });

  return {
    population: { women: W.length, men: M.length },
    records: records.length,
    excluded: {
      'not-active-on-reference-date': notActive,
      'employment-kind-excluded': kindExcluded,
      'merged-into-person': taken - persons.size,
      'no-position-percent': noPct,
      'sex-not-female-or-male': otherSex,
      'invalid-record': 0,
    },
    hourly: figure(
      W.map((x) => x.hourly),
      M.map((x) => x.hourly),
    ),
    annual: figure(
      W.map((x) => x.annual),
      M.map((x) => x.annual),
    ),
    variable: {
      ...(figure(
        rec(W).map((x) => x.variable),
        rec(M).map((x) => x.variable),
      ) as object),
      recipients: {
        women: { count: rec(W).length, percentOfSex: percent(rec(W).length, W.length) },
        men: { count: rec(M).length, percentOfSex: percent(rec(M).length, M.length) },
      },
    },
    quartiles,
    categories,
  };
}

/** Flattens a JSON-like value to `path → value`; arrays of keyed objects by `[key]` (`[∅]` for null). */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || typeof value !== 'object') {
    out.set(prefix, value);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((item: unknown, i) => {
      const keyed = typeof item === 'object' && item !== null && 'key' in item;
      flatten(item, `${prefix}[${keyed ? String((item as { key: unknown }).key ?? '∅') : i}]`, out);
    });
    return out;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  return out;
}

/** Every path of `reference` whose value in `actual` differs. */
export function differences(reference: unknown, actual: unknown): string[] {
  const a = flatten(actual);
  const out: string[] = [];
  for (const [path, v] of flatten(reference))
    if (a.get(path) !== v) out.push(`${path}: reference ${JSON.stringify(v)}, library ${JSON.stringify(a.get(path))}`);
  return out;
}

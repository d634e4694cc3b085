/**
 * Seeded payrolls of a large employer for the anonymisation's speed tests: `units` units in a
 * three-level tree (directorate → regions of up to 40 units → units), about `perUnit` employees
 * each (some on the regions and the directorate themselves), 12 levels, 30 groups, skewed sexes,
 * temporaries, part-time with answers, parental leave and pay with every component.
 */
import type { EmployeeInput } from '../../src/models/employee.js';

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The records of an employer with `units` units. */
export function bigEmployer(units: number, perUnit = 4, seed = 1): EmployeeInput[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const regions = Math.max(1, Math.ceil(units / 40));
  const paths: string[] = [];
  for (let u = 0; u < units; u++) paths.push(`Dir/R${u % regions}/U${u}`);
  for (let g = 0; g < regions; g++) paths.push(`Dir/R${g}`);
  paths.push('Dir');
  const out: EmployeeInput[] = [];
  const total = units * perUnit;
  for (let i = 0; i < total; i++) {
    const unit = i < units * perUnit * 0.97 ? (paths[Math.floor(i / perUnit) % units] as string) : pick(paths.slice(units));
    const x = r();
    const gender = x < 0.55 ? 'female' : x < 0.98 ? 'male' : pick(['other', 'unknown'] as const);
    const partTime = r() < 0.2;
    const level = Math.min(11, Math.floor(-Math.log(1 - r()) * 3));
    out.push({
      employeeId: `E${i}`,
      gender,
      contract: r() < 0.1 ? 'temporary' : 'permanent',
      positionPercent: partTime ? pick([50, 60, 80]) : 100,
      startDate: '2015-01-01',
      unit,
      jobLevel: `L${level}`,
      jobGroup: `G${Math.floor(r() * 30)}`,
      pay: {
        basePay: 40000 + Math.floor(r() * 30000),
        fixedAllowances: Math.floor(r() * 2000),
        irregularAllowances: r() < 0.3 ? Math.floor(r() * 3000) : 0,
        bonus: r() < 0.1 ? Math.floor(r() * 5000) : 0,
      },
      parentalLeaveWeeks: r() < 0.05 ? Math.floor(r() * 30) + 1 : null,
      involuntaryPartTime: partTime ? pick([true, false, null]) : null,
    });
  }
  return out;
}

/** One person of the shapes below: unit `u`'s woman (k = 0) or man (k = 1), each figure varied with the unit. */
function personOf(u: number, k: number, unit: string): EmployeeInput {
  return {
    employeeId: `E${u}-${k}`,
    gender: k === 0 ? 'female' : 'male',
    contract: u % 7 === 0 ? 'temporary' : 'permanent',
    positionPercent: u % 5 === 0 ? 50 : 100,
    startDate: '2015-01-01',
    unit,
    jobLevel: `L${u % 3}`,
    jobGroup: 'G1',
    pay: { basePay: 40000 + u, fixedAllowances: u % 2, irregularAllowances: 0, bonus: 0 },
  };
}

/** The records of an employer whose `units` units form one chain, each inside the last (U0/U1/…), a woman and a man in each. */
export function chainEmployer(units: number): EmployeeInput[] {
  const out: EmployeeInput[] = [];
  let path = 'U0';
  for (let u = 0; u < units; u++) {
    if (u > 0) path += `/U${u}`;
    out.push(personOf(u, 0, path), personOf(u, 1, path));
  }
  return out;
}

/** The records of an employer of `units` units side by side under one parent (Org/U0, Org/U1, …), a woman and a man in each. */
export function siblingEmployer(units: number): EmployeeInput[] {
  const out: EmployeeInput[] = [];
  for (let u = 0; u < units; u++) out.push(personOf(u, 0, `Org/U${u}`), personOf(u, 1, `Org/U${u}`));
  return out;
}

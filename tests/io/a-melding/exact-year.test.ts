/**
 * Issue 16, item 3 (DEF-ROUND): on the committed a-melding year (tests/fixtures/a-melding/2025, ten
 * employments whose averaged irregular allowances and bonuses are fractions of an øre), every pay
 * figure the library publishes — every measure (månedslønn, avtalt månedslønn, the four
 * components), for the employer, every level, group and unit, women and men, count, mean, median
 * and women's share — equals an exact computation.
 *
 * The reference is independent of the reader and the engine: it starts from what the files encode
 * (the generator's truth: the reference month's base and fixed pay, the year's sums of the averaged
 * components and the months they are averaged over, the HR file's sex, level, group and unit),
 * keeps every amount a BigInt fraction, and rounds each published value once, half-up. It also
 * shows the check can fail: rounding each average to whole øre first changes published figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHrCsv, readAMelding } from '../../../src/io/a-melding/index.js';
import { computeMapping } from '../../../src/statistics/index.js';
import type { Mapping, PayCell } from '../../../src/statistics/types.js';
import { fixtureYear, FIXTURE_YEAR } from './fixtures.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/a-melding/2025');
const REFERENCE_DATE = '2025-12-31';

/** A non-negative fraction n / d, reduced. */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const q = (n: bigint, d = 1n): Q => {
  const g = gcd(n < 0n ? -n : n, d) || 1n;
  return { n: n / g, d: d / g };
};
const plus = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
const cmp = (a: Q, b: Q): number => Number(a.n * b.d - b.n * a.d > 0n) - Number(a.n * b.d - b.n * a.d < 0n);
const halfUp = (x: Q, scale: bigint): bigint => (2n * x.n * scale + x.d) / (2n * x.d); // ⌊x·scale + ½⌋, x ≥ 0
const nok = (ore: Q): string => {
  const c = halfUp(ore, 1n);
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
};
const percent = (x: Q): string => {
  const t = halfUp(x, 10n); // one decimal
  return `${t / 10n}.${t % 10n}`;
};

type Component = 'basePay' | 'fixedAllowances' | 'irregularAllowances' | 'bonus';
interface Person {
  readonly sex: 'female' | 'male';
  readonly level: string;
  readonly group: string;
  readonly unit: string;
  readonly pct: number; // hundredths
  readonly pay: Readonly<Record<Component, Q>>;
}

/** The persons of the reference date, from what the files and the HR file encode; `round` rounds each average to whole øre first (the old way). */
function persons(round: boolean): Person[] {
  const hr = new Map(
    readFileSync(join(DIR, 'hr.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';'))
      .map(([, employeeNumber, sex, level, group, unit]) => [
        employeeNumber ?? '',
        { sex: sex === 'K' ? ('female' as const) : ('male' as const), level: level ?? '', group: group ?? '', unit: unit ?? '' },
      ]),
  );
  const average = (sum: number, months: number): Q => (round ? q(halfUp(q(BigInt(sum), BigInt(months)), 1n)) : q(BigInt(sum), BigInt(months)));
  return fixtureYear()
    .truth.filter(
      (t) => t.kind !== 'freelance' && (t.endDate === null || t.endDate >= REFERENCE_DATE) && t.startDate <= REFERENCE_DATE && (t.positionPercent ?? 0) > 0,
    )
    .map((t) => {
      const h = hr.get(t.arbeidsforholdId);
      if (h === undefined) throw new Error(`no HR row for ${t.arbeidsforholdId}`);
      return {
        ...h,
        pct: Math.round((t.positionPercent ?? 0) * 100),
        pay: {
          basePay: q(BigInt(t.pay.basePay)),
          fixedAllowances: q(BigInt(t.pay.fixedAllowances)),
          irregularAllowances: average(t.sums.irregularAllowances, t.activeMonths),
          bonus: average(t.sums.bonus, t.activeMonths),
        },
      };
    });
}

const MEASURES: Readonly<Record<string, readonly Component[]>> = {
  pay: ['basePay', 'fixedAllowances', 'irregularAllowances', 'bonus'],
  agreedPay: ['basePay', 'fixedAllowances'],
  'payComponents.basePay': ['basePay'],
  'payComponents.fixedAllowances': ['fixedAllowances'],
  'payComponents.irregularAllowances': ['irregularAllowances'],
  'payComponents.bonus': ['bonus'],
};

/** The exact figures of a cell: count, mean, median per sex, women's share, as published (rounded once). */
function cell(people: readonly Person[], components: readonly Component[]): Record<string, string | number | null> {
  const sexFigures = (sex: 'female' | 'male') => {
    // FTE = Σ amounts × 10 000 / percent (hundredths)
    const fte = people
      .filter((p) => p.sex === sex)
      .map((p) => {
        const amount = components.reduce((s, c) => plus(s, p.pay[c]), q(0n));
        return q(amount.n * 10_000n, amount.d * BigInt(p.pct));
      })
      .sort(cmp);
    if (fte.length === 0) return { count: 0, mean: null, median: null };
    const sum = fte.reduce(plus, q(0n));
    const mid = fte.length >> 1;
    const two = fte.length % 2 === 1 ? null : plus(fte[mid - 1]!, fte[mid]!);
    const median = two === null ? fte[mid]! : q(two.n, two.d * 2n);
    return { count: fte.length, mean: q(sum.n, sum.d * BigInt(fte.length)), median };
  };
  const w = sexFigures('female');
  const m = sexFigures('male');
  const share = (a: Q | null, b: Q | null): string | null => (a === null || b === null || b.n === 0n ? null : percent(q(a.n * b.d * 100n, a.d * b.n)));
  return {
    'women.count': w.count,
    'women.mean': w.mean === null ? null : nok(w.mean),
    'women.median': w.median === null ? null : nok(w.median),
    'men.count': m.count,
    'men.mean': m.mean === null ? null : nok(m.mean),
    'men.median': m.median === null ? null : nok(m.median),
    'womenShareOfMen.mean': share(w.mean, m.mean),
    'womenShareOfMen.median': share(w.median, m.median),
  };
}

/** Every pay figure, keyed `measure.cell.figure`. */
function payFigures(people: readonly Person[]): Map<string, string | number | null> {
  const out = new Map<string, string | number | null>();
  const put = (prefix: string, figures: Record<string, string | number | null>): void => {
    for (const [k, v] of Object.entries(figures)) out.set(`${prefix}.${k}`, v);
  };
  const keys = (f: (p: Person) => string): string[] => [...new Set(people.map(f))].sort();
  for (const [measure, components] of Object.entries(MEASURES)) {
    put(`${measure}.total`, cell(people, components));
    for (const level of keys((p) => p.level))
      put(
        `${measure}.byLevel[${level}]`,
        cell(
          people.filter((p) => p.level === level),
          components,
        ),
      );
    for (const group of keys((p) => p.group))
      put(
        `${measure}.byGroup[${group}]`,
        cell(
          people.filter((p) => p.group === group),
          components,
        ),
      );
  }
  // a unit includes its sub-units (DEF-GRP): Company, Company/East, Company/West
  const units = [...new Set(people.flatMap((p) => p.unit.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))))].sort();
  for (const unit of units) {
    const inUnit = people.filter((p) => p.unit === unit || p.unit.startsWith(`${unit}/`));
    put(`byUnit[${unit}].pay`, cell(inUnit, MEASURES['pay']!));
    put(`byUnit[${unit}].agreedPay`, cell(inUnit, MEASURES['agreedPay']!));
  }
  return out;
}

/** The library's value at a path of {@link payFigures}. */
function libraryValue(m: Mapping, path: string): unknown {
  const match = /^(byUnit\[([^\]]+)\]\.(pay|agreedPay)|([\w.]+?)\.(total|byLevel\[([^\]]+)\]|byGroup\[([^\]]+)\]))\.(.+)$/.exec(path);
  if (match === null) throw new Error(`path ${path}`);
  let c: PayCell | undefined;
  if (match[2] !== undefined) c = m.byUnit.find((u) => u.key === match[2])?.[match[3] as 'pay' | 'agreedPay'];
  else {
    const section = (match[4] ?? '').split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m) as Mapping['pay'];
    c =
      match[5] === 'total'
        ? section.total
        : match[6] !== undefined
          ? section.byLevel.find((x) => x.key === match[6])
          : section.byGroup.find((x) => x.key === match[7]);
  }
  return (match[8] ?? '').split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], c);
}

async function libraryMapping(): Promise<Mapping> {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, content: readFileSync(join(DIR, name)) }));
  const hr = parseHrCsv(readFileSync(join(DIR, 'hr.csv')), { file: 'hr.csv' });
  const read = await readAMelding(files, { year: FIXTURE_YEAR, hr: hr.records, hrFile: 'hr.csv' });
  expect(read.errors).toBe(0);
  return computeMapping(read.records, { year: FIXTURE_YEAR });
}

describe('the a-melding year: every pay figure equals an exact computation to the øre (DEF-ROUND)', () => {
  it('the fixture has averages that are not whole øre, and the reader keeps them exact (payDivisor)', async () => {
    const truth = fixtureYear().truth.filter((t) => t.kind === 'ordinary');
    expect(truth.filter((t) => t.sums.irregularAllowances % t.activeMonths !== 0 || t.sums.bonus % t.activeMonths !== 0).length).toBeGreaterThan(3);
    const files = readdirSync(DIR).filter((f) => f.endsWith('.xml'));
    const read = await readAMelding(
      files.map((name) => ({ name, content: readFileSync(join(DIR, name)) })),
      { year: FIXTURE_YEAR },
    );
    expect(read.records.filter((r) => r.payDivisor !== undefined).length).toBeGreaterThan(3);
  });

  it('every figure of every measure and cell, women and men, equals the exact reference', async () => {
    const m = await libraryMapping();
    const reference = payFigures(persons(false));
    expect(reference.size).toBeGreaterThan(300);
    const differ = [...reference]
      .filter(([path, value]) => libraryValue(m, path) !== value)
      .map(([path, value]) => `${path}: library ${String(libraryValue(m, path))}, exact ${String(value)}`);
    expect(differ).toEqual([]);
  });

  it('the check can fail: rounding each average to whole øre first changes published figures', () => {
    const exact = payFigures(persons(false));
    const rounded = payFigures(persons(true));
    const changed = [...exact].filter(([path, value]) => rounded.get(path) !== value).map(([path]) => path);
    expect(changed.length).toBeGreaterThan(0);
  });
});

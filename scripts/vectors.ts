/**
 * Writes the conformance vectors (vectors/, issue 20) from the compact definitions below: each
 * case's input files, its expected.json (the output of the library's own command line, run
 * in-process), and vectors/index.json; and the rules' JSON copies (vectors/rules/<id>.json).
 *
 *   npm run vectors:update        (after a deliberate change of output: review the diff)
 *
 * A case is { id, rules, description, files, cli, reviewed? }: `reviewed` marks the cases whose
 * expected output was checked by hand against the rules document (ARP.md).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/index.js';
import { runVectorCase, VectorIndexSchema, type VectorCase } from '../src/cli/vectors.js';
import { processIO } from '../src/cli/io.js';
import { RULES_VERSIONS, rulesInForce } from '../src/rules/versions/index.js';
import { completeCycleInput } from '../tests/fixtures/report/published.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'vectors');

interface Definition {
  readonly id: string;
  readonly rules: readonly string[];
  readonly description: string;
  readonly files?: Readonly<Record<string, string>>;
  readonly cli: readonly string[];
  readonly reviewed?: boolean;
  /** Input files that are the expected output of an earlier case: file name → case id. */
  readonly outputOf?: Readonly<Record<string, string>>;
}

const cases: Definition[] = [];
const add = (d: Definition): void => void cases.push(d);

// ---------------------------------------------------------------- duties (COV-*, STM-1)
const HEADCOUNTS: readonly [string, string][] = [
  ['0', 'no employees'],
  ['19', '19: below 20'],
  ['19.99', '19.99 on average: below 20 (compared unrounded)'],
  ['20', '20: the lower bound of 20–50, inclusive'],
  ['35', '35: inside 20–50'],
  ['50', '50: the upper bound of 20–50, inclusive (not "more than 50")'],
  ['50.01', '50.01 on average: more than 50 (compared unrounded)'],
  ['51', '51: more than 50'],
  ['250', '250: more than 50'],
];
const covOf = (n: number, demanded: boolean): string[] => (n > 50 ? ['COV-3', 'STM-1'] : n >= 20 ? (demanded ? ['COV-4', 'STM-1'] : ['COV-5']) : ['COV-5']);
for (const [n, what] of HEADCOUNTS) {
  add({
    id: `duties-private-${n.replace('.', '_')}`,
    rules: ['COV-1', 'COV-6', ...covOf(Number(n), false)],
    description: `Private employer, ${what}, no demand`,
    cli: ['duties', '--sector', 'private', '--headcount', n, '--year', '2025', '--format', 'json'],
    reviewed: true,
  });
}
for (const party of ['employer', 'representatives', 'majority']) {
  for (const n of ['19', '20', '35', '50', '51']) {
    add({
      id: `duties-private-${n}-demand-${party}`,
      rules: ['COV-1', ...covOf(Number(n), true)],
      description: `Private employer of ${n}, extended duty demanded by the ${party} (COV-4 counts only for 20–50)`,
      cli: ['duties', '--sector', 'private', '--headcount', n, '--year', '2025', '--demanded-by', party, '--format', 'json'],
      reviewed: true,
    });
  }
}
add({
  id: 'duties-demand-earlier-year',
  rules: ['COV-4', 'STM-1'],
  description: 'A demand made for 2023 still counts in 2025 (default scope: from that year onwards)',
  cli: ['duties', '--sector', 'private', '--headcount', '30', '--year', '2025', '--demanded-by', 'tillitsvalgte', '--demand-year', '2023'],
  reviewed: true,
});
add({
  id: 'duties-demand-later-year',
  rules: ['COV-4', 'COV-5'],
  description: 'A demand for 2026 does not count in 2025',
  cli: ['duties', '--sector', 'private', '--headcount', '30', '--year', '2025', '--demanded-by', 'tillitsvalgte', '--demand-year', '2026'],
  reviewed: true,
});
add({
  id: 'duties-public',
  rules: ['COV-1', 'COV-2', 'STM-1'],
  description: 'Public employer of unknown size: full duty',
  cli: ['duties', '--sector', 'public', '--year', '2025'],
  reviewed: true,
});
add({
  id: 'duties-public-5',
  rules: ['COV-2', 'STM-1'],
  description: 'Public employer of 5: full duty at any size',
  cli: ['duties', '--sector', 'offentlig', '--headcount', '5', '--year', '2025'],
  reviewed: true,
});
add({
  id: 'duties-public-authority',
  rules: ['COV-2', 'COV-8'],
  description: 'Public employer: the § 24 authority duty assessed too',
  cli: ['duties', '--sector', 'public', '--year', '2025', '--authority'],
});
add({
  id: 'duties-private-authority',
  rules: ['COV-3', 'COV-8'],
  description: 'Private employer: no § 24 authority duty',
  cli: ['duties', '--sector', 'private', '--headcount', '60', '--year', '2025', '--authority'],
});
for (const n of ['19', '20', '50', '51']) {
  add({
    id: `duties-private-${n}-demand-2024`,
    rules: ['COV-4', 'COV-6'],
    description: `Private employer of ${n} in 2025, demand by the majority of employees in 2024`,
    cli: ['duties', '--sector', 'private', '--headcount', n, '--year', '2025', '--demanded-by', 'flertall', '--demand-year', '2024'],
  });
}
for (const year of ['2020', '2021', '2030']) {
  add({
    id: `duties-year-${year}`,
    rules: ['COV-3'],
    description: `Private employer of 51 in ${year}: the rules version in force that year`,
    cli: ['duties', '--sector', 'private', '--headcount', '51', '--year', year],
  });
}
add({
  id: 'duties-year-2019-refused',
  rules: ['COV-1'],
  description: 'A year before the 2020 rules is refused (exit 2, no JSON: the output is empty)',
  cli: ['duties', '--sector', 'private', '--headcount', '51', '--year', '2019'],
});

// ---------------------------------------------------------------- plan (ACT-4, STM-2, STM-5, STM-6)
const PLANS: readonly [string, string, string | null, string, string[], boolean][] = [
  // id, year, last mapping, fiscal year end, rules, reviewed
  ['plan-2020-first-year', '2020', null, '12-31', ['ACT-4', 'STM-2', 'STM-5'], true],
  ['plan-2021-first-mapping', '2021', null, '12-31', ['ACT-4', 'STM-2', 'STM-5'], true],
  ['plan-2025-mapped-this-year', '2025', '2025', '12-31', ['ACT-4', 'STM-5'], true],
  ['plan-2025-reuse-2024', '2025', '2024', '12-31', ['STM-6', 'STM-2', 'STM-5'], true],
  ['plan-2025-last-2023', '2025', '2023', '12-31', ['ACT-4', 'STM-6'], true],
  ['plan-2025-never-mapped', '2025', null, '12-31', ['ACT-4'], true],
  ['plan-2020-reuse-2019', '2020', '2019', '12-31', ['STM-6'], false],
  ['plan-2022-reuse-2021', '2022', '2021', '12-31', ['STM-6', 'ACT-4'], true],
  ['plan-2021-reuse-2020', '2021', '2020', '12-31', ['STM-6', 'ACT-4'], true],
  ['plan-2026-last-2024', '2026', '2024', '12-31', ['ACT-4'], true],
  ['plan-2030-reuse-2029', '2030', '2029', '12-31', ['STM-6'], true],
];
for (const [id, year, last, fye, rules, reviewed] of PLANS) {
  add({
    id,
    rules,
    description: `Plan ${year}, last mapping ${last ?? 'none'}, year ending ${fye}`,
    cli: ['plan', '--year', year, ...(last !== null ? ['--last-mapping', last] : []), '--fiscal-year-end', fye],
    reviewed,
  });
}
const YEAR_ENDS: readonly [string, string][] = [
  ['06-30', 'mid-year (30 June): adopted by 31 December, filed by 31 January'],
  ['03-31', '31 March'],
  ['09-30', '30 September'],
  ['01-31', '31 January'],
  ['02-28', '28 February, a fixed day (in a leap year 29 February begins the next financial year)'],
  ['02-29', 'the end of February (a month end: 28 February in a common year)'],
  ['08-15', '15 August (not a month end)'],
  ['11-30', '30 November'],
];
for (const [fye, what] of YEAR_ENDS) {
  for (const year of ['2024', '2025']) {
    add({
      id: `plan-${year}-year-end-${fye}`,
      rules: ['STM-5', 'STM-6', 'ACT-4'],
      description: `Financial year ${year} ending ${what}, mapped the year before`,
      cli: ['plan', '--year', year, '--last-mapping', String(Number(year) - 1), '--fiscal-year-end', fye],
      reviewed: true,
    });
  }
}

// ---------------------------------------------------------------- the data (STAT-*, DEF-*)
const HEADER =
  'employeeId,gender,employmentKind,contract,positionPercent,startDate,endDate,unit,jobLevel,jobGroup,basePay,fixedAllowances,irregularAllowances,bonus,overtime,benefitsInKind,parentalLeaveWeeks,involuntaryPartTime';
interface Row {
  readonly id?: string;
  /** A person with several employments (DEF-POP): the rows share it, each has its own `id`. */
  readonly person?: string;
  readonly sex: string;
  readonly kind?: string;
  readonly contract?: string;
  readonly pct?: string;
  readonly start?: string;
  readonly end?: string;
  readonly unit?: string;
  readonly level?: string;
  readonly group?: string;
  readonly base: string;
  readonly fixed?: string;
  readonly irregular?: string;
  readonly bonus?: string;
  readonly overtime?: string;
  readonly benefits?: string;
  readonly leave?: string;
  readonly involuntary?: string;
}
function csv(rows: readonly Row[]): string {
  const persons = rows.some((r) => r.person !== undefined);
  const lines = rows.map((r, i) =>
    [
      ...(persons ? [r.person ?? `P${String(i + 1).padStart(3, '0')}`] : []),
      r.id ?? `E${String(i + 1).padStart(3, '0')}`,
      r.sex,
      r.kind ?? 'ordinary',
      r.contract ?? 'permanent',
      r.pct ?? '100',
      r.start ?? '2020-01-01',
      r.end ?? '',
      r.unit ?? '',
      r.level ?? '',
      r.group ?? '',
      r.base,
      r.fixed ?? '0',
      r.irregular ?? '0',
      r.bonus ?? '0',
      r.overtime ?? '0',
      r.benefits ?? '0',
      r.leave ?? '',
      r.involuntary ?? '',
    ].join(','),
  );
  return [persons ? `personId,${HEADER}` : HEADER, ...lines].join('\n') + '\n';
}
const many = (n: number, row: (i: number) => Row): Row[] => Array.from({ length: n }, (_, i) => row(i));
const W = (base: string, extra: Partial<Row> = {}): Row => ({ sex: 'female', base, ...extra });
const M = (base: string, extra: Partial<Row> = {}): Row => ({ sex: 'male', base, ...extra });

const mapping = (id: string, rules: string[], description: string, rows: readonly Row[], reviewed = false, extra: readonly string[] = []): void =>
  add({
    id,
    rules,
    description,
    files: { 'employees.csv': csv(rows) },
    cli: ['report', 'employees.csv', '--year', '2025', '--format', 'json', ...extra],
    reviewed,
  });

mapping(
  'stat-a1-three-women-two-men',
  ['STAT-A1', 'DEF-POP'],
  'Three women and two men on the reference date',
  [W('50000'), W('50000'), W('50000'), M('50000'), M('50000')],
  true,
);
mapping(
  'stat-a1-only-women',
  ['STAT-A1', 'STAT-B2', 'DEF-SEX'],
  'One sex absent: no men, so no share of men’s pay (zero denominator)',
  [W('50000'), W('52000'), W('54000')],
  true,
);
mapping('stat-a1-only-men', ['STAT-A1', 'STAT-B2', 'DEF-SEX'], 'One sex absent: no women', [M('50000'), M('52000')], true);
mapping(
  'def-sex-other-and-unknown',
  ['DEF-SEX', 'STAT-A1'],
  'Other and unknown sex count in the total, apart, and are left out of the comparisons',
  [W('50000'), M('60000'), { sex: 'other', base: '55000' }, { sex: 'unknown', base: '58000' }],
  true,
);
mapping('def-pop-freelancer-excluded', ['DEF-POP'], 'A freelancer is not in the population', [W('50000'), M('50000'), M('90000', { kind: 'freelance' })], true);
mapping('def-pop-maritime-included', ['DEF-POP'], 'A maritime employment counts', [W('50000'), M('50000', { kind: 'maritime' })], true);
mapping(
  'def-ref-ended-before',
  ['DEF-REF', 'DEF-POP'],
  'An employment that ended on 30 December is not active on the reference date',
  [W('50000'), M('50000', { end: '2025-12-30' })],
  true,
);
mapping(
  'def-ref-ends-on-reference-date',
  ['DEF-REF', 'DEF-POP'],
  'An employment ending on 31 December is active on the reference date',
  [W('50000'), M('50000', { end: '2025-12-31' })],
  true,
);
mapping(
  'def-ref-starts-after',
  ['DEF-REF', 'DEF-POP'],
  'An employment starting in 2026 is not active on 31 December 2025',
  [W('50000'), M('50000', { start: '2026-01-01' })],
  true,
);
mapping(
  'def-pop-one-person-two-employments',
  ['DEF-POP', 'DEF-PAY'],
  'One person with two employments counts once: position percents and pay summed',
  [W('25000', { person: 'P1', pct: '50', level: 'A' }), W('20000', { person: 'P1', pct: '40', level: 'B' }), M('50000', { person: 'P2' })],
  true,
);
mapping(
  'def-pt-boundaries',
  ['DEF-PT', 'STAT-A3', 'DEF-SHARE'],
  'Part-time is below 100: 99.99 and 50 are part-time, 100 is not',
  [W('50000', { pct: '99.99' }), W('50000', { pct: '100' }), M('50000', { pct: '50' }), M('50000')],
  true,
);
mapping(
  'def-tmp-temporary',
  ['DEF-TMP', 'STAT-A2', 'DEF-SHARE'],
  'Temporary by contract form: one of three women, none of two men',
  [W('50000', { contract: 'temporary' }), W('50000'), W('50000'), M('50000'), M('50000')],
  true,
);
mapping(
  'def-share-all-temporary',
  ['DEF-SHARE', 'STAT-A2'],
  'Every employee temporary: 100 % of each sex, women’s share of the category',
  [W('50000', { contract: 'temporary' }), M('50000', { contract: 'temporary' }), M('50000', { contract: 'temporary' })],
  true,
);
mapping(
  'def-share-none-temporary',
  ['DEF-SHARE', 'STAT-A2'],
  'No temporary employees: counts 0, women’s share of an empty category',
  [W('50000'), M('50000')],
  true,
);
mapping(
  'def-pl-weeks-given',
  ['DEF-PL', 'STAT-A4'],
  'Parental leave weeks given directly: mean over the persons with leave only',
  [W('50000', { leave: '12' }), W('50000', { leave: '20' }), W('50000'), M('50000', { leave: '15' }), M('50000')],
  true,
);
mapping('def-pl-fractional-weeks', ['DEF-PL', 'STAT-A4', 'DEF-ROUND'], 'Fractional leave weeks: 10.5 and 3.25', [
  W('50000', { leave: '10.5' }),
  M('50000', { leave: '3.25' }),
]);
mapping('def-pl-nobody', ['DEF-PL', 'STAT-A4'], 'Nobody on leave: no average (zero denominator)', [W('50000'), M('50000')], true);
mapping(
  'def-inv-coverage',
  ['DEF-INV', 'STAT-B4'],
  'Involuntary part-time: one yes, one no, one unknown; coverage two of three part-timers',
  [W('25000', { pct: '50', involuntary: 'true' }), W('25000', { pct: '50', involuntary: 'false' }), M('25000', { pct: '50' }), M('50000')],
  true,
);
mapping(
  'def-inv-no-part-timers',
  ['DEF-INV', 'STAT-B4'],
  'No part-timers: no involuntary part-time and no coverage (zero denominator)',
  [W('50000'), M('50000')],
  true,
);
mapping(
  'def-pay-components',
  ['DEF-PAY', 'STAT-B0', 'STAT-B2'],
  'Monthly pay = base + fixed + irregular + bonus; overtime and benefits in kind left out; agreed pay = base + fixed',
  [
    W('40000', { fixed: '2000', irregular: '1000', bonus: '500', overtime: '3000', benefits: '700' }),
    M('45000', { fixed: '1000', irregular: '0', bonus: '1500', overtime: '5000', benefits: '100' }),
  ],
  true,
);
mapping(
  'def-pay-fte-half',
  ['DEF-PAY', 'DEF-ROUND'],
  'FTE pay: 25 000 at 50 % is 50 000 per full-time equivalent',
  [W('25000', { pct: '50' }), M('50000')],
  true,
);
mapping(
  'def-round-thirds',
  ['DEF-ROUND', 'DEF-PAY', 'DEF-AVG'],
  'FTE pay 50 000 × 100 / 33.33 is not a whole øre: rounded once when published',
  [W('50000', { pct: '33.33' }), M('150000')],
  true,
);
mapping(
  'def-pay-zero-percent',
  ['DEF-PAY'],
  'Position percent 0: left out of pay figures with a warning, never divided by zero',
  [W('50000', { pct: '0' }), W('50000'), M('50000')],
  true,
);
mapping(
  'def-avg-median-even-half-ore',
  ['DEF-AVG', 'DEF-ROUND'],
  'Even count: the median is the mean of the two middle values, 50 000.005, rounded half-up to 50 000.01',
  [W('50000.00'), W('50000.01'), M('60000')],
  true,
);
mapping('def-avg-median-odd', ['DEF-AVG'], 'Odd count: the median is the middle value', [W('40000'), W('50000'), W('90000'), M('60000')], true);
mapping('def-avg-ties', ['DEF-AVG', 'STAT-B2'], 'Ties: women and men paid the same, share 100.0', [W('50000'), W('50000'), M('50000'), M('50000')], true);
mapping('def-avg-share-half-up', ['DEF-AVG', 'STAT-B2', 'DEF-ROUND'], 'Share 2 / 3: 66.666… % published as 66.7', [W('40000'), M('60000')], true);
mapping('def-avg-share-exact-half', ['DEF-AVG', 'DEF-ROUND'], 'Share 99.95 % exactly, rounded half-up to 100.0', [W('39980'), M('40000')], true);
mapping(
  'def-avg-mean-half-ore',
  ['DEF-AVG', 'DEF-ROUND'],
  'Mean of 50 000.00 and 50 000.01 is 50 000.005: money half-up to 50 000.01',
  [W('50000.00'), W('50000.01'), M('50000.00'), M('50000.02')],
  true,
);
mapping(
  'def-grp-levels',
  ['DEF-GRP', 'STAT-B1', 'STAT-B3', 'STAT-B0'],
  'Two job levels: pay and sex distribution per level',
  [
    W('70000', { level: 'Leder' }),
    M('72000', { level: 'Leder' }),
    W('50000', { level: 'Rådgiver' }),
    W('51000', { level: 'Rådgiver' }),
    M('52000', { level: 'Rådgiver' }),
  ],
  true,
);
mapping(
  'def-grp-groups',
  ['DEF-GRP', 'STAT-B1', 'STAT-B3'],
  'Job groups (work of equal value, the employer’s own)',
  [W('50000', { group: 'G1' }), M('51000', { group: 'G1' }), W('60000', { group: 'G2' }), M('64000', { group: 'G2' })],
  true,
);
mapping(
  'def-grp-units',
  ['DEF-GRP', 'COV-7'],
  'A unit path Dir/Øst, Dir/Vest: every figure per unit at every level, one legal entity',
  [W('50000', { unit: 'Dir/Øst' }), M('52000', { unit: 'Dir/Øst' }), W('51000', { unit: 'Dir/Vest' }), M('53000', { unit: 'Dir/Vest' })],
  true,
);
mapping(
  'def-grp-level-missing',
  ['DEF-GRP'],
  'A person without a level is counted in the total, not on a level',
  [W('50000', { level: 'A' }), M('52000', { level: 'A' }), M('52000')],
  true,
);
mapping('stat-b2-equal-pay', ['STAT-B2', 'STAT-B0'], 'Women’s share of men’s pay: 55 280 / 62 680 (SSB 2024 averages)', [W('55280'), M('62680')], true);
mapping(
  'stat-b1-single-woman',
  ['STAT-B1', 'STAT-B3'],
  'A level with one woman and four men',
  [W('50000', { level: 'L1' }), ...many(4, (i) => M(String(51000 + i * 1000), { level: 'L1' }))],
  true,
);
mapping('stat-a3-all-part-time', ['STAT-A3', 'DEF-PT', 'DEF-SHARE'], 'Everyone part-time', [W('40000', { pct: '80' }), M('30000', { pct: '60' })], true);
mapping(
  'def-pay-bonus-only-variable',
  ['DEF-PAY'],
  'Irregular allowances and bonus count in monthly pay, not in agreed pay',
  [W('40000', { irregular: '5000' }), M('40000', { bonus: '5000' })],
  true,
);
// 20 employees in one file, 10 women 10 men: the two middle values of each sex
mapping(
  'def-avg-twenty',
  ['DEF-AVG', 'STAT-A1', 'STAT-B2'],
  'Twenty employees, ten of each sex, pay in steps of 1 000.50',
  many(20, (i) => (i % 2 === 0 ? W : M)((40000 + i * 1000.5).toFixed(2))),
  true,
);

// boundaries of the published percent: half-up to one decimal, on the unrounded share (men 40 000)
for (const [women, what] of [
  ['35060', '87.65 exactly: up to 87.7'],
  ['35059.99', '87.649975: down to 87.6'],
  ['35060.01', '87.650025: up to 87.7'],
  ['39980', '99.95 exactly: up to 100.0'],
  ['39979.99', '99.949975: down to 99.9'],
  ['40020', '100.05 exactly: women above men, up to 100.1'],
  ['20', '0.05 exactly: up to 0.1'],
  ['19.99', '0.049975: down to 0.0'],
] as const) {
  mapping(
    `def-round-share-${women.replace('.', '_')}`,
    ['DEF-ROUND', 'DEF-AVG', 'STAT-B2'],
    `Women’s share of men’s pay ${what}`,
    [W(women), M('40000')],
    true,
  );
}
// FTE conversion at many position percents (DEF-PAY): 30 000 at p % is 30 000 × 100 / p per FTE
for (const pct of ['10', '20', '33.33', '37.5', '60', '66.67', '75', '80', '90', '99.99']) {
  mapping(
    `def-pay-fte-${pct.replace('.', '_')}`,
    ['DEF-PAY', 'DEF-ROUND', 'DEF-PT'],
    `30 000 at ${pct} %: FTE pay 30 000 × 100 / ${pct}, exact until published`,
    [W('30000', { pct }), M('30000')],
    true,
  );
}
// medians of 1 to 6 women paid 50 000.00, 50 000.01, …: even counts give half-øre medians
for (let n = 1; n <= 6; n++) {
  mapping(
    `def-avg-median-${n}-women`,
    ['DEF-AVG', 'DEF-ROUND'],
    `Median of ${n} women paid 50 000.00 + 0.01 × i${n % 2 === 0 ? ': a half øre, rounded half-up' : ''}`,
    [...many(n, (i) => W((50000 + i * 0.01).toFixed(2))), M('50000')],
    true,
  );
}

// validation: every problem of the data, counted, nothing dropped silently
add({
  id: 'validate-position-zero',
  rules: ['DEF-PAY', 'DEF-POP'],
  description: 'validate: a position percent of 0 is a warning (left out of pay), a freelancer is read',
  files: { 'employees.csv': csv([W('50000', { pct: '0' }), M('50000', { kind: 'freelance' })]) },
  cli: ['validate', 'employees.csv', '--format', 'json', '--year', '2025'],
});
add({
  id: 'validate-duplicate-id',
  rules: ['DEF-POP'],
  description: 'validate: a duplicate employee id is an error (exit 1)',
  files: { 'employees.csv': csv([W('50000', { id: 'E1' }), M('50000', { id: 'E1' })]) },
  cli: ['validate', 'employees.csv', '--format', 'json', '--year', '2025'],
});

const WITH_ETHNICITY = 'employeeId,gender,positionPercent,startDate,basePay,ethnicity\nE1,female,100,2020-01-01,50000,x\nE2,male,100,2020-01-01,50000,y\n';
for (const [command, what, extra] of [
  ['validate', 'never read as a statistical field (a warning, the column ignored)', ['--format', 'json', '--year', '2025']],
  ['report', 'ignored: the figures do not carry it', ['--year', '2025', '--format', 'json']],
] as const) {
  add({
    id: `${command}-special-category-refused`,
    rules: ['ANON-5'],
    description: `${command}: a column of ethnicity is ${what}`,
    files: { 'employees.csv': WITH_ETHNICITY },
    cli: [command, 'employees.csv', ...extra],
  });
}

// ---------------------------------------------------------------- publish (ANON-*)
/** A case of `<command> employees.csv --year <year> --publish [--policy policy.json]`. */
const publishedBy =
  (command: 'report' | 'transparency', year: string) =>
  (id: string, rules: string[], description: string, rows: readonly Row[], reviewed = false, policy?: object): void =>
    add({
      id,
      rules,
      description,
      files: { 'employees.csv': csv(rows), ...(policy !== undefined ? { 'policy.json': JSON.stringify(policy, null, 2) + '\n' } : {}) },
      cli: [command, 'employees.csv', '--year', year, '--publish', ...(policy !== undefined ? ['--policy', 'policy.json'] : [])],
      reviewed,
    });
const publishCase = publishedBy('report', '2025');
const team = (women: number, men: number, level: string, base = 50000): Row[] => [
  ...many(women, (i) => W(String(base + i * 500), { level })),
  ...many(men, (i) => M(String(base + 1000 + i * 500), { level })),
];
publishCase('anon-clean', ['ANON-1', 'ANON-2'], 'Five women and five men: nothing hidden', team(5, 5, 'A'), true);
publishCase(
  'anon-pay-four-women',
  ['ANON-2', 'ANON-4', 'ANON-6'],
  'Four women on the only level: their pay figures hidden (fewer than 5), median too',
  team(4, 6, 'A'),
  true,
);
publishCase(
  'anon-pay-secondary',
  ['ANON-2', 'ANON-3', 'ANON-6', 'ANON-7'],
  'Four women on one of two levels: the other level’s women hidden too, so the total does not give them away',
  [...team(4, 6, 'A'), ...team(6, 6, 'B', 60000)],
  true,
);
publishCase('anon-pay-secondary-three-levels', ['ANON-3', 'ANON-7'], 'A small level among three', [
  ...team(2, 5, 'A'),
  ...team(6, 6, 'B', 60000),
  ...team(7, 5, 'C', 70000),
]);
publishCase(
  'anon-attribute-one',
  ['ANON-2', 'ANON-6'],
  'One temporary woman of ten: the count is hidden (not 0 and below 3)',
  [...many(10, (i) => W('50000', { contract: i === 0 ? 'temporary' : 'permanent' })), ...many(10, () => M('50000'))],
  true,
);
publishCase(
  'anon-attribute-rest',
  ['ANON-2', 'ANON-6'],
  'Nine of ten women temporary: hidden too, the rest is 1 (a reason that reads the same either way)',
  [...many(10, (i) => W('50000', { contract: i === 0 ? 'permanent' : 'temporary' })), ...many(10, () => M('50000'))],
  true,
);
publishCase(
  'anon-attribute-three',
  ['ANON-2'],
  'Three temporary women of ten: published',
  [...many(10, (i) => W('50000', { contract: i < 3 ? 'temporary' : 'permanent' })), ...many(10, () => M('50000'))],
  true,
);
publishCase(
  'anon-leave-four',
  ['ANON-2', 'STAT-A4'],
  'Four women on parental leave: their average weeks hidden (fewer than 5)',
  [...many(8, (i) => W('50000', { leave: i < 4 ? String(10 + i) : '' })), ...many(8, (i) => M('50000', { leave: i < 5 ? String(5 + i) : '' }))],
  true,
);
publishCase('anon-ratios-only', ['ANON-4', 'STAT-B0'], 'Policy ratiosOnly: every NOK amount hidden by choice, the shares published', team(6, 6, 'A'), false, {
  ratiosOnly: true,
});
publishCase('anon-finnish-three', ['ANON-2'], 'Policy payMinPersons 3 (the Finnish Ombud): four women published', team(4, 6, 'A'), true, { payMinPersons: 3 });
publishCase(
  'anon-merge-small-level',
  ['ANON-2', 'ANON-3'],
  'Policy mergeSmallLevels: a small level merged with its neighbour',
  [...team(2, 3, 'A'), ...team(6, 6, 'B', 60000)],
  true,
  { mergeSmallLevels: true },
);
publishCase(
  'anon-units',
  ['ANON-3', 'DEF-GRP'],
  'A small unit in a hierarchy: hidden across units and the total',
  [...team(6, 6, 'A').map((r) => ({ ...r, unit: 'Dir/Øst' })), ...team(2, 6, 'A', 60000).map((r) => ({ ...r, unit: 'Dir/Vest' }))],
  true,
);
publishCase(
  'anon-involuntary',
  ['ANON-2', 'DEF-INV'],
  'Involuntary part-time: one woman of the part-timers',
  [...many(6, (i) => W('30000', { pct: '60', involuntary: i === 0 ? 'true' : 'false' })), ...many(6, () => M('50000'))],
  true,
);

// ---------------------------------------------------------------- audit (ANON-7)
const auditCase = (id: string, description: string, source: string, reviewed = false): void => {
  const table = readFileSync(join(ROOT, 'tests/fixtures/anonymisation', source), 'utf8');
  add({ id, rules: ['ANON-7', 'ANON-3'], description, files: { 'published.json': table }, cli: ['audit', 'published.json'], reviewed });
};
auditCase('audit-leaky-110', 'A leaky table of 110 persons (made before the audit existed): findings, exit 1', 'leaky-110.json');
auditCase('audit-leaky-123', 'A leaky table of 123 persons: findings, exit 1', 'leaky-123.json');
// every table publish makes passes the audit (ANON-7)
for (const source of [
  'anon-clean',
  'anon-pay-four-women',
  'anon-pay-secondary',
  'anon-pay-secondary-three-levels',
  'anon-attribute-rest',
  'anon-units',
  'anon-ratios-only',
  'anon-involuntary',
]) {
  add({
    id: `audit-${source}`,
    rules: ['ANON-7', 'ANON-3'],
    description: `The table published in case ${source} passes the audit`,
    outputOf: { 'published.json': source },
    cli: ['audit', 'published.json'],
  });
}
add({
  id: 'audit-stricter-policy',
  rules: ['ANON-7', 'ANON-2'],
  description: 'A table published with 5 audited with a stricter pay threshold (7): figures below it are found',
  outputOf: { 'published.json': 'anon-clean' },
  cli: ['audit', 'published.json', '--pay-min', '7'],
});

// ---------------------------------------------------------------- statements (STM-*)
const statementRows = [...team(6, 6, 'Leder', 70000), ...team(8, 7, 'Rådgiver', 50000)].map((r, i) => ({
  ...r,
  contract: i % 5 === 0 ? 'temporary' : 'permanent',
  pct: i % 4 === 0 ? '80' : '100',
  leave: i % 3 === 0 ? '10' : '',
  involuntary: i % 4 === 0 ? (i % 8 === 0 ? 'true' : 'false') : '',
}));
const statement = (id: string, rules: string[], description: string, employer: object, reviewed = false): void =>
  add({
    id,
    rules,
    description,
    files: {
      'employees.csv': csv(statementRows),
      'employer.json': JSON.stringify(employer, null, 2) + '\n',
      'cycle.json': JSON.stringify(completeCycleInput, null, 2) + '\n',
    },
    cli: ['report', 'employees.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'json'],
    reviewed,
  });
statement(
  'statement-public',
  ['STM-1', 'STM-2', 'STM-3', 'STM-4', 'STM-8', 'ANON-1', 'COV-2', 'COV-9'],
  'A public employer’s statement: part 1 from the published figures, part 2’s five elements (where it is published, STM-4, and its approval by the board, COV-9, are the employer’s: not computed)',
  { organisationNumber: '974760673', name: 'Testetaten', sector: 'public' },
);
statement(
  'statement-private-over-50',
  ['STM-1', 'STM-3', 'STM-7', 'COV-3'],
  'A private employer of 60: the statement, with the required figures only (the voluntary extras of STM-7 are not computed)',
  { organisationNumber: '974760673', name: 'Testfirma AS', sector: 'private', headcounts: [{ financialYear: 2025, averageHeadcount: 60 }] },
);
statement('statement-private-under-20', ['COV-5', 'STM-1'], 'A private employer of 15: a documentation record, no statement', {
  organisationNumber: '974760673',
  name: 'Lite AS',
  sector: 'private',
  headcounts: [{ financialYear: 2025, averageHeadcount: 15 }],
});
statement('statement-private-35-demanded', ['COV-4', 'STM-1'], 'A private employer of 35 whose representatives demanded it: the statement', {
  organisationNumber: '974760673',
  name: 'Mellom AS',
  sector: 'private',
  headcounts: [{ financialYear: 2025, averageHeadcount: 35 }],
  demands: [{ party: 'employee-representatives', financialYear: 2025 }],
});

add({
  id: 'statement-fiscal-year-mid-year',
  rules: ['DEF-REF', 'DEF-POP', 'STM-5', 'STAT-A1'],
  description:
    'A financial year ending 30 June 2025: the reference date is 30 June; a man who left on 29 June and a woman who starts on 1 July are not counted',
  files: {
    'employees.csv': csv([...statementRows, M('50000', { end: '2025-06-29' }), W('50000', { start: '2025-07-01' })]),
    'employer.json': JSON.stringify({ organisationNumber: '974760673', name: 'Skoleåret AS', sector: 'public', fiscalYearEnd: '06-30' }, null, 2) + '\n',
    'cycle.json': JSON.stringify(completeCycleInput, null, 2) + '\n',
  },
  cli: ['report', 'employees.csv', '--year', '2025', '--employer', 'employer.json', '--cycle', 'cycle.json', '--format', 'json'],
});

// ---------------------------------------------------------------- pay transparency (TRN-*), `likestilling transparency`
// Hourly pay at 100 % = 12 × monthly / (37.5 × 52) = 12 × monthly / 1950 (TRN-1); the gaps compare unrounded values (TRN-2).
const transparencyCase = (id: string, rules: string[], description: string, rows: readonly Row[], reviewed = false, extra: readonly string[] = []): void =>
  add({
    id,
    rules,
    description,
    files: { 'employees.csv': csv(rows) },
    cli: ['transparency', 'employees.csv', '--year', '2026', '--format', 'json', ...extra],
    reviewed,
  });
transparencyCase(
  'trn-basic-two-and-two',
  ['TRN-1', 'TRN-2', 'TRN-3'],
  'Two women at 45 000, two men at 50 000 a month: hourly 276.92 and 307.69, annual 540 000 and 600 000, gaps 10.0',
  [W('45000'), W('45000'), M('50000'), M('50000')],
  true,
);
transparencyCase(
  'trn-all-components',
  ['TRN-1', 'TRN-3'],
  'Pay is all six components: base, fixed, irregular, bonus, overtime and benefits in kind (the ARP pay concept leaves the last two out)',
  [W('40000', { fixed: '1000', irregular: '500', bonus: '1500', overtime: '2000', benefits: '1000' }), M('46000')],
  true,
);
transparencyCase(
  'trn-part-time-hours',
  ['TRN-1'],
  'Hours follow the position percent: 25 000 at 50 % is the same hourly pay as 50 000 at 100 % (gap 0.0), annual pay is not',
  [W('25000', { pct: '50' }), M('50000')],
  true,
);
transparencyCase(
  'trn-gap-half-away-negative',
  ['TRN-2'],
  'Women 40 900, men 40 000: gap −2.25 exactly, rounded half away from zero to −2.3',
  [W('40900'), M('40000')],
  true,
);
transparencyCase(
  'trn-gap-half-away-positive',
  ['TRN-2'],
  'Women 39 100, men 40 000: gap 2.25 exactly, rounded half away from zero to 2.3',
  [W('39100'), M('40000')],
  true,
);
transparencyCase(
  'trn-gap-just-below-half',
  ['TRN-2'],
  'Women 39 100.01, men 40 000: gap 2.249975, rounded to 2.2 (from the unrounded values)',
  [W('39100.01'), M('40000')],
  true,
);
transparencyCase(
  'trn-median-even',
  ['TRN-3'],
  'Median of an even count: the mean of the two middle hourly pays, rounded once',
  [W('40000'), W('40000.01'), W('50000'), W('60000'), M('50000'), M('52000'), M('54000')],
  true,
);
transparencyCase(
  'trn-variable-recipients',
  ['TRN-1', 'TRN-3'],
  'Variable pay (b, d, e): one of two women gets 1 000 in bonus, both men get some (2 000 bonus; 1 000 overtime); gap among recipients 33.3, shares 50.0 and 100.0',
  [W('40000', { bonus: '1000' }), W('40000'), M('40000', { bonus: '2000' }), M('40000', { overtime: '1000' })],
  true,
);
transparencyCase(
  'trn-variable-nobody',
  ['TRN-3'],
  'Nobody with variable pay: no variable gap (zero denominator), recipients 0 and 0.0 %',
  [W('40000'), W('42000'), M('41000'), M('43000')],
  true,
);
transparencyCase(
  'trn-variable-only-women',
  ['TRN-3'],
  'Only women receive variable pay: no variable gap (no men among the recipients), shares 50.0 and 0.0',
  [W('40000', { benefits: '500' }), W('40000'), M('40000'), M('41000')],
  true,
);
transparencyCase(
  'trn-one-sex-only-women',
  ['TRN-2', 'TRN-3', 'DEF-SEX'],
  'One sex absent (no men): no gaps (zero denominator), every woman in the bands',
  [W('40000'), W('42000'), W('44000')],
  true,
);
transparencyCase(
  'trn-one-sex-only-men',
  ['TRN-2', 'TRN-3', 'DEF-SEX'],
  'One sex absent (no women): no gaps, the bands 0.0 % women',
  [M('40000'), M('42000'), M('44000'), M('46000')],
  true,
);
transparencyCase(
  'trn-excluded',
  ['TRN-1', 'DEF-POP', 'DEF-SEX'],
  'Left out and counted: a position percent of 0, a person of other sex, a freelancer',
  [W('40000'), W('40000', { pct: '0' }), M('44000'), { sex: 'other', base: '45000' }, M('90000', { kind: 'freelance' })],
  true,
);
transparencyCase(
  'trn-two-employments-one-person',
  ['TRN-1', 'DEF-POP'],
  'One person with two employments (50 % and 50 %): one person at 100 %, pay summed',
  [W('20000', { person: 'P1', pct: '50' }), W('22000', { person: 'P1', pct: '50' }), M('44000', { person: 'P2' })],
  true,
);
transparencyCase(
  'trn-quartiles-eight',
  ['TRN-4', 'TRN-3'],
  'Eight persons, four women lowest: bands of two, 100/100/0/0 % women',
  [W('40000'), W('41000'), W('42000'), W('43000'), M('44000'), M('45000'), M('46000'), M('47000')],
  true,
);
transparencyCase(
  'trn-quartiles-five',
  ['TRN-4'],
  'Five persons: bands ⌊k·5/4⌋ give sizes 1, 1, 1, 2',
  [W('40000'), M('41000'), W('42000'), M('43000'), W('44000')],
  true,
);
transparencyCase(
  'trn-quartiles-three',
  ['TRN-4'],
  'Three persons: band 0 is empty (sizes 0, 1, 1, 1), its shares not computable',
  [W('40000'), M('41000'), W('42000')],
  true,
);
transparencyCase(
  'trn-quartiles-tie-across-boundary',
  ['TRN-4'],
  'Eight persons, a tie of three women and one man across bands 0–2: spread 3:1, band shares 37.5/75.0/87.5/0.0 % women',
  [M('30000'), W('40000'), W('40000'), W('40000'), M('40000'), W('50000'), M('60000'), M('61000')],
  true,
);
transparencyCase(
  'trn-quartiles-tie-two',
  ['TRN-4'],
  'Four persons, a woman and a man tied across the middle boundary: half a person of each sex in bands 1 and 2',
  [W('30000'), W('40000'), M('40000'), M('50000')],
  true,
);
transparencyCase(
  'trn-quartiles-everyone-tied',
  ['TRN-4'],
  'Everyone paid the same (three women, five men): every band 37.5 % women',
  [...many(3, () => W('40000')), ...many(5, () => M('40000'))],
  true,
);
const CATEGORY_ROWS = [
  W('47500', { group: 'G1' }),
  M('50000', { group: 'G1' }),
  W('47500.01', { group: 'G2' }),
  M('50000', { group: 'G2' }),
  W('52500', { group: 'G3' }),
  M('50000', { group: 'G3' }),
  W('50000', { group: 'G4' }),
  M('50000', { group: 'G4', bonus: '1000' }),
];
transparencyCase(
  'trn-categories-threshold-5',
  ['TRN-3', 'TRN-5', 'DEF-GRP'],
  'Categories (g) and the joint pay assessment at 5 %: G1 gap 5.0 exactly (triggered), G2 4.99998 (5.0 rounded, not triggered: compared unrounded), G3 −5.0 (triggered), G4 basic 0, variable only men',
  CATEGORY_ROWS,
  true,
);
transparencyCase(
  'trn-categories-no-group',
  ['TRN-3', 'TRN-5'],
  'Persons without a job group: one category without a key, its 9.1 gap triggers the test but no joint assessment (not a category)',
  [W('40000'), M('44000'), W('41000', { group: 'G1' }), M('41000', { group: 'G1' })],
  true,
);
for (const [workers, years] of [
  ['99', ['2026', '2027', '2030', '2031']],
  ['100', ['2026', '2027', '2030', '2031', '2034']],
  ['149', ['2027', '2031']],
  ['150', ['2026', '2027', '2028', '2030', '2031']],
  ['249', ['2027', '2030']],
  ['250', ['2026', '2027', '2028', '2030', '2031']],
] as const) {
  for (const year of years) {
    add({
      id: `trn-duty-${workers}-${year}`,
      rules: ['TRN-6'],
      description: `${workers} workers, reporting year ${year} (a report covers the year before)`,
      cli: ['transparency', '--workers', workers, '--year', year],
      reviewed: true,
    });
  }
}
add({ id: 'trn-duty-0-2027', rules: ['TRN-6'], description: 'No workers: no duty', cli: ['transparency', '--workers', '0', '--year', '2027'], reviewed: true });
const transparencyPublish = publishedBy('transparency', '2026');
const groupTeam = (women: number, men: number, group: string, base: number): Row[] => [
  ...many(women, (i) => W(String(base + i * 300), { group, bonus: i % 2 === 0 ? '500' : '0' })),
  ...many(men, (i) => M(String(base + 800 + i * 300), { group, bonus: i % 2 === 0 ? '700' : '0' })),
];
transparencyPublish(
  'trn-publish-clean',
  ['TRN-7', 'ANON-1', 'ANON-2'],
  'Published: ten women and ten men in one category, nothing hidden; (a)–(f) public, (g) for the authority',
  groupTeam(10, 10, 'G1', 40000),
);
transparencyPublish(
  'trn-publish-small-category',
  ['TRN-7', 'ANON-2', 'ANON-3'],
  'Published: a category with two women is hidden with its reason, and what would give it away',
  [...groupTeam(10, 10, 'G1', 40000), ...groupTeam(2, 6, 'G2', 50000)],
  true,
);
transparencyPublish(
  'trn-publish-few-recipients',
  ['TRN-7', 'ANON-2'],
  'Published: four women receive variable pay, fewer than five: their variable figures hidden',
  [...many(10, (i) => W(String(40000 + i * 100), { bonus: i < 4 ? '1000' : '0' })), ...many(10, (i) => M(String(40500 + i * 100), { bonus: '1000' }))],
);
transparencyPublish(
  'trn-publish-policy-three',
  ['TRN-7', 'ANON-2'],
  'Published with payMinPersons 3: the category of two women still hidden, one of four published',
  [...groupTeam(10, 10, 'G1', 40000), ...groupTeam(2, 6, 'G2', 50000), ...groupTeam(4, 4, 'G3', 60000)],
  false,
  { payMinPersons: 3 },
);

// ---------------------------------------------------------------- explaining the gap (EXP-*), `likestilling analyse`
const analyseCase = (
  id: string,
  rules: string[],
  description: string,
  rows: readonly Row[],
  reviewed = false,
  extra: readonly string[] = [],
  files: Readonly<Record<string, string>> = {},
): void =>
  add({
    id,
    rules,
    description,
    files: { 'employees.csv': csv(rows), ...files },
    cli: ['analyse', 'employees.csv', '--year', '2025', '--format', 'json', ...extra],
    reviewed,
  });
analyseCase(
  'exp-two-cells-composition',
  ['EXP-1'],
  'Two levels, women paid as men within each: the whole 5 000 (9.1 % of men’s 55 000) is composition, within cells 0',
  [W('40000', { level: 'A' }), M('40000', { level: 'A' }), W('60000', { level: 'B' }), ...many(3, () => M('60000', { level: 'B' }))],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-two-cells-within',
  ['EXP-1'],
  'Two levels: total 6 500 = composition 5 000 + within cells 1 500 (11.8 = 9.1 + 2.7 % of men’s mean)',
  [W('40000', { level: 'A' }), M('40000', { level: 'A' }), W('57000', { level: 'B' }), ...many(3, () => M('60000', { level: 'B' }))],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-men-weighting',
  ['EXP-1'],
  'The other weighting (men’s shares for the within part): the same total, other parts',
  [W('40000', { level: 'A' }), M('40000', { level: 'A' }), W('57000', { level: 'B' }), ...many(3, () => M('60000', { level: 'B' }))],
  true,
  ['--by', 'level', '--options', 'options.json'],
  { 'options.json': JSON.stringify({ weighting: 'men' }, null, 2) + '\n' },
);
analyseCase(
  'exp-one-sex-cell',
  ['EXP-1'],
  'A level of men only: men outside support 13 000 of the 17 000 (22.8 of 29.8 %), within cells 4 000',
  [W('40000', { level: 'A' }), M('44000', { level: 'A' }), M('70000', { level: 'C' })],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-women-outside-support',
  ['EXP-1'],
  'A level of women only: women outside support',
  [W('30000', { level: 'A' }), W('40000', { level: 'B' }), M('44000', { level: 'B' }), M('46000', { level: 'B' })],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-one-cell',
  ['EXP-1'],
  'Everyone in one cell: the whole gap is within cells',
  [W('40000', { level: 'A' }), W('42000', { level: 'A' }), M('45000', { level: 'A' }), M('47000', { level: 'A' })],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-all-women',
  ['EXP-1', 'DEF-SEX'],
  'All women: no men’s mean, nothing to split (zero denominator)',
  [W('40000', { level: 'A' }), W('42000', { level: 'B' })],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-third-of-an-ore',
  ['EXP-1', 'DEF-ROUND'],
  'Means that are not whole øre (three men): exact until each part is rounded half-up to øre',
  [
    W('50000', { level: 'A' }),
    ...many(2, () => M('50000', { level: 'A' })),
    M('50000.01', { level: 'A' }),
    W('60000.01', { level: 'B' }),
    M('60000', { level: 'B' }),
    M('60000.02', { level: 'B' }),
  ],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-fte-pay',
  ['EXP-1', 'DEF-PAY'],
  'FTE pay (DEF-PAY): a part-timer’s pay per full-time equivalent',
  [W('25000', { level: 'A', pct: '50' }), M('52000', { level: 'A' }), W('60000', { level: 'B' }), M('60000', { level: 'B' })],
  true,
  ['--by', 'level'],
);
analyseCase(
  'exp-two-breakdowns',
  ['EXP-1', 'DEF-GRP'],
  'Two breakdowns (level, group) and their combination: one key each',
  [
    W('40000', { level: 'A', group: 'G1' }),
    M('41000', { level: 'A', group: 'G2' }),
    W('50000', { level: 'B', group: 'G1' }),
    M('52000', { level: 'B', group: 'G2' }),
    M('53000', { level: 'B', group: 'G1' }),
  ],
  false,
  ['--by', 'level,group,level*group'],
);
analyseCase(
  'exp-units',
  ['EXP-1', 'DEF-GRP'],
  'Units at depth 1 and 2',
  [
    W('40000', { unit: 'Dir/Øst' }),
    M('42000', { unit: 'Dir/Øst' }),
    W('50000', { unit: 'Dir/Vest' }),
    M('50000', { unit: 'Dir/Vest' }),
    M('60000', { unit: 'Stab' }),
  ],
  false,
  ['--by', 'unit:1,unit:2'],
);
// the adjusted gap (EXP-2): women's pay a constant 80 % of men's within each level, with symmetric noise
const adjustedRows = (ratio: number): Row[] =>
  ['A', 'B', 'C'].flatMap((level, l) => {
    const men = 40000 + l * 10000;
    return [...many(4, (i) => M(String(men + (i - 1.5) * 200), { level })), ...many(4, (i) => W(String(Math.round(men * ratio + (i - 1.5) * 160)), { level }))];
  });
analyseCase(
  'exp-adjusted-level',
  ['EXP-2'],
  'Adjusted gap on level only: women paid about 80 % of men within each level; gap = (1 − e^b) × 100 ≈ 20',
  adjustedRows(0.8),
  true,
  ['--by', 'level', '--factor', 'level'],
);
analyseCase(
  'exp-adjusted-defaults',
  ['EXP-2'],
  'Adjusted gap on the default factors (level, group, seniority and its square, part-time): those without variation dropped as collinear',
  adjustedRows(0.95),
  false,
  ['--by', 'level'],
);
analyseCase(
  'exp-adjusted-hc1-kennedy',
  ['EXP-2'],
  'HC1 standard errors and Kennedy’s correction (Logib’s conventions): women 95 % of men’s pay, gap 4.9999 after the correction',
  adjustedRows(0.95),
  true,
  ['--by', 'level', '--factor', 'level', '--options', 'options.json'],
  { 'options.json': JSON.stringify({ standardErrors: 'HC1', conventions: 'logib' }, null, 2) + '\n' },
);
analyseCase(
  'exp-adjusted-per-group',
  ['EXP-2'],
  'The adjusted gap within each job group (Art. 10 style), flagged over the 5 % threshold',
  adjustedRows(0.9).map((r, i) => ({ ...r, group: i % 2 === 0 ? 'G1' : 'G2' })),
  false,
  ['--by', 'level'],
);
const analysePublish = (id: string, description: string, rows: readonly Row[], reviewed = false, extra: readonly string[] = []): void =>
  add({
    id,
    rules: ['EXP-3', 'ANON-2', 'ANON-3'],
    description,
    files: { 'employees.csv': csv(rows) },
    cli: ['analyse', 'employees.csv', '--year', '2025', '--by', 'level', '--publish', '--format', 'json', ...extra],
    reviewed,
  });
analysePublish(
  'exp-publish-clean',
  'Published: five or more of each sex on every level, nothing hidden, no employee listed',
  adjustedRows(0.9).flatMap((r) => [r, { ...r }]),
);
analysePublish(
  'exp-publish-small-cell',
  'Published: a level with two women, its contribution hidden with a reason (and what would give it away); no employee id anywhere',
  [
    ...adjustedRows(0.9).flatMap((r) => [r, { ...r }]),
    W('70000', { level: 'D' }),
    W('71000', { level: 'D' }),
    ...many(6, (i) => M(String(72000 + i * 100), { level: 'D' })),
  ],
  true,
);
analysePublish(
  'exp-publish-gap-over-threshold',
  'Published with an adjusted gap over the threshold: the employees that account for it are listed only internally, never here',
  adjustedRows(0.8).flatMap((r) => [r, { ...r }]),
  true,
);
add({
  id: 'exp-internal-list',
  rules: ['EXP-3', 'EXP-2'],
  description: 'Internal form (no --publish): the smallest set of employees accounting for an adjusted gap over the threshold, by employee id',
  files: { 'employees.csv': csv(adjustedRows(0.8)) },
  cli: ['analyse', 'employees.csv', '--year', '2025', '--by', 'level', '--factor', 'level', '--format', 'json'],
});

// ---------------------------------------------------------------- write
async function main(): Promise<void> {
  const ids = new Set<string>();
  for (const d of cases) {
    if (ids.has(d.id)) throw new Error(`duplicate case id ${d.id}`);
    ids.add(d.id);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const index: VectorCase[] = [];
  const io = processIO();
  for (const d of cases) {
    const folder = join(OUT, d.id);
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(d.files ?? {})) writeFileSync(join(folder, name), text);
    for (const [name, from] of Object.entries(d.outputOf ?? {})) writeFileSync(join(folder, name), readFileSync(join(OUT, from, 'expected.json')));
    const vector: VectorCase = {
      id: d.id,
      rules: [...d.rules],
      description: d.description,
      inputs: [...Object.keys(d.files ?? {}), ...Object.keys(d.outputOf ?? {})],
      cli: [...d.cli],
      exitCode: 0,
      ...(d.reviewed === true ? { reviewed: true } : {}),
    };
    const got = await runVectorCase(folder, vector, { runCli, io });
    writeFileSync(join(folder, 'expected.json'), JSON.stringify(got.output ?? null, null, 2) + '\n');
    index.push({ ...vector, exitCode: got.exitCode });
  }
  const rulesVersion = rulesInForce('9999-12-31').id;
  writeFileSync(join(OUT, 'index.json'), JSON.stringify(VectorIndexSchema.parse({ format: 1, rulesVersion, cases: index }), null, 2) + '\n');
  mkdirSync(join(OUT, 'rules'), { recursive: true });
  for (const v of RULES_VERSIONS) writeFileSync(join(OUT, 'rules', `${v.id}.json`), JSON.stringify(v, null, 2) + '\n');
  writeFileSync(join(OUT, 'README.md'), readFileSync(join(ROOT, 'scripts', 'vectors-readme.md'), 'utf8'));
  process.stdout.write(`${index.length} cases written to vectors/ (${index.filter((c) => c.reviewed === true).length} reviewed by hand)\n`);
}

await main();

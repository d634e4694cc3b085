/**
 * Generates the bundled example deterministically (seeded): a fictional public agency with three
 * organisational levels (directorate → regions → units) and a few thousand employees.
 *
 * Writes `examples/data/`: `employees-2025.csv` (canonical interchange CSV), `employer.json`,
 * `cycle-2025.json`, and `statement-2024.json` — last year's statement, built with the library
 * from a 2024 payroll generated the same way (not kept) and last year's cycle.
 *
 * Run: `npx tsx examples/generate.ts` (the committed files are its output; `npm run example`
 * only reads them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publish } from '../src/anonymisation/index.js';
import { CANONICAL_CSV_HEADER, parseEmployeesCsv } from '../src/io/csv/index.js';
import { EmployerSchema, EqualityCycleSchema, type EmployerInput, type EqualityCycleInput } from '../src/models/index.js';
import { buildStatement } from '../src/report/index.js';
import { computeMapping } from '../src/statistics/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'data');

/** mulberry32: a small seeded PRNG, so the data are the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: readonly (readonly [string, readonly string[]])[] = [
  ['Region Nord', ['Tromsø', 'Bodø', 'Alta']],
  ['Region Midt', ['Trondheim', 'Molde', 'Steinkjer', 'Røros']],
  ['Region Vest', ['Bergen', 'Stavanger', 'Førde', 'Haugesund']],
  ['Region Øst', ['Oslo', 'Hamar', 'Drammen', 'Fredrikstad', 'Lillehammer']],
];
const TOP = 'Direktoratet';

/** Job levels, their share of staff and monthly base pay range (NOK, full time). */
const LEVELS: readonly { name: string; weight: number; pay: readonly [number, number]; women: number }[] = [
  { name: 'Toppleder', weight: 0.006, pay: [105000, 125000], women: 0.45 },
  { name: 'Leder', weight: 0.05, pay: [78000, 92000], women: 0.48 },
  { name: 'Seniorrådgiver', weight: 0.24, pay: [62000, 72000], women: 0.55 },
  { name: 'Rådgiver', weight: 0.3, pay: [52000, 61000], women: 0.62 },
  { name: 'Saksbehandler', weight: 0.32, pay: [44000, 52000], women: 0.66 },
  { name: 'Konsulent', weight: 0.084, pay: [38000, 45000], women: 0.7 },
];

function ore(n: number): string {
  const v = Math.round(n * 100);
  return `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;
}

function pick<T>(r: () => number, items: readonly T[]): T {
  const x = items[Math.floor(r() * items.length)];
  if (x === undefined) throw new Error('empty');
  return x;
}

/** One payroll year as canonical CSV text. */
export function generatePayroll(year: number, seed: number, size: number): string {
  const r = rng(seed);
  const lines: string[] = [CANONICAL_CSV_HEADER.join(',')];
  const units: string[] = [];
  for (const [region, locals] of REGIONS) {
    units.push(`${TOP}/${region}`);
    for (const l of locals) units.push(`${TOP}/${region}/${l}`);
  }
  for (let i = 0; i < size; i++) {
    // level
    let x = r();
    let level = LEVELS[LEVELS.length - 1] ?? LEVELS[0];
    for (const l of LEVELS) {
      if (x < l.weight) {
        level = l;
        break;
      }
      x -= l.weight;
    }
    if (level === undefined) throw new Error('no level');
    const sexDraw = r();
    const gender = sexDraw < 0.0012 ? 'other' : sexDraw < 0.0025 ? 'unknown' : r() < level.women ? 'female' : 'male';
    const female = gender === 'female';
    // directorate staff (~18 %) or a region office (~12 %) or a local unit
    const place = r();
    const unit =
      level.name === 'Toppleder' || place < 0.18
        ? TOP
        : place < 0.3
          ? `${TOP}/${pick(r, REGIONS)[0]}`
          : pick(
              r,
              units.filter((u) => u.split('/').length === 3),
            );
    const partTime = r() < (female ? 0.17 : 0.06) && level.name !== 'Toppleder';
    const positionPercent = partTime ? pick(r, ['50', '60', '80', '80', '33.33', '90']) : '100';
    const temporary = r() < (level.name === 'Konsulent' || level.name === 'Saksbehandler' ? 0.12 : 0.03);
    const startYear = year - 1 - Math.floor(r() * 25);
    const startDate = `${startYear}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-01`;
    // ~4 % left during the year (not active on the reference date)
    const endDate = r() < 0.04 ? `${year}-${String(1 + Math.floor(r() * 11)).padStart(2, '0')}-15` : temporary ? `${year + 1}-06-30` : '';
    const freelance = r() < 0.005;
    const [lo, hi] = level.pay;
    // women's pay a little lower on average within levels: the structure the statement reports
    const fullTime = lo + (hi - lo) * r() * (female ? 0.93 : 1);
    const factor = Number(positionPercent) / 100;
    const base = fullTime * factor;
    const fixed = r() < 0.4 ? 1500 + r() * 3000 : 0;
    const irregular = r() < 0.15 ? r() * 2500 : 0;
    const bonus = level.name === 'Toppleder' || level.name === 'Leder' ? (r() < 0.3 ? r() * 4000 : 0) : 0;
    const overtime = r() < 0.1 ? r() * 3000 : 0;
    const leave = r() < (female ? 0.05 : 0.045) ? String(female ? 8 + Math.floor(r() * 30) : 4 + Math.floor(r() * 15)) : '';
    const involuntary = partTime ? (r() < 0.85 ? (r() < 0.28 ? 'true' : 'false') : '') : '';
    lines.push(
      [
        `DFE-${String(i + 1).padStart(5, '0')}`,
        gender,
        freelance ? 'freelance' : 'ordinary',
        temporary ? 'temporary' : 'permanent',
        positionPercent,
        startDate,
        endDate,
        unit,
        level.name,
        '',
        ore(base),
        ore(fixed),
        ore(irregular),
        ore(bonus),
        ore(overtime),
        '0.00',
        leave,
        involuntary,
      ].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

export const employerInput: EmployerInput = {
  organisationNumber: '912345602',
  name: 'Direktoratet for eksempelforvaltning (fiktiv)',
  sector: 'public',
  headcounts: [
    { financialYear: 2024, averageHeadcount: 3150, source: 'HR-systemet, 12 månedsslutt' },
    { financialYear: 2025, averageHeadcount: 3210, source: 'HR-systemet, 12 månedsslutt' },
  ],
};

const htv = [
  { role: 'hovedtillitsvalgt', organisation: 'Unio' },
  { role: 'hovedtillitsvalgt', organisation: 'Akademikerne' },
];
const regionRep = [{ role: 'regional tillitsvalgt', organisation: 'Fagforbundet' }];

function cycleFor(year: number): EqualityCycleInput {
  return {
    financialYear: year,
    findings: [
      {
        id: `F${year}-1`,
        date: `${year}-02-15`,
        kind: 'risk',
        description: 'Lønnskartleggingen viser at kvinners gjennomsnittslønn er lavere enn menns på flere stillingsnivåer, særlig blant seniorrådgivere.',
        grounds: ['sex'],
        areas: ['pay-and-working-conditions'],
        method: 'Lønnskartlegging per stillingsnivå sammen med de sentrale tillitsvalgte',
        representatives: htv,
      },
      {
        id: `F${year}-2`,
        date: `${year}-03-01`,
        kind: 'obstacle',
        description: 'Flere kvinner enn menn jobber deltid i regionene, og noen oppgir at deltiden er ufrivillig.',
        grounds: ['sex', 'care-responsibilities'],
        areas: ['work-and-family-life'],
        unit: 'Direktoratet/Region Øst',
        method: 'Spørreundersøkelse om ufrivillig deltid',
        representatives: regionRep,
      },
      {
        id: `F${year}-3`,
        date: `${year}-03-20`,
        kind: 'risk',
        description: 'Få søkere med innvandrerbakgrunn går videre til intervju.',
        grounds: ['ethnicity'],
        areas: ['recruitment'],
        method: 'Gjennomgang av rekrutteringsprosesser',
        representatives: htv,
      },
      {
        id: `F${year}-4`,
        date: `${year}-04-10`,
        kind: 'risk',
        description: 'Medarbeiderundersøkelsen viser at noen har opplevd uønsket seksuell oppmerksomhet.',
        grounds: ['sex', 'sexual-orientation'],
        areas: [],
        harassmentTopics: ['sexual-harassment', 'harassment'],
        method: 'Medarbeiderundersøkelse',
        representatives: htv,
      },
    ],
    causeAnalyses: [
      {
        id: `C${year}-1`,
        date: `${year}-04-15`,
        findingIds: [`F${year}-1`],
        causes: 'Menn er i større grad rekruttert fra sektorer med høyere lønnsnivå, og lønnstillegg ved rekruttering har vært ulikt fordelt.',
        representatives: htv,
      },
      {
        id: `C${year}-2`,
        date: `${year}-04-20`,
        findingIds: [`F${year}-2`],
        causes: 'Turnusordningene i regionene gir få hele stillinger.',
        representatives: regionRep,
      },
      {
        id: `C${year}-3`,
        date: `${year}-05-05`,
        findingIds: [`F${year}-3`, `F${year}-4`],
        causes: 'Krav om «godt norsk» i utlysninger uten saklig begrunnelse; lav kjennskap til varslingsrutinene.',
        representatives: htv,
      },
    ],
    measures: [
      {
        id: `M${year}-1`,
        date: `${year}-05-15`,
        findingIds: [`F${year}-1`],
        description: 'Egen pott i de lokale lønnsforhandlingene for å rette opp ubegrunnede lønnsforskjeller',
        goal: 'Kvinners andel av menns lønn minst 97 % på hvert stillingsnivå innen tre år',
        owner: 'HR-direktør',
        deadline: `${year + 2}-12-31`,
        status: 'in-progress',
        representatives: htv,
      },
      {
        id: `M${year}-2`,
        date: `${year}-06-01`,
        findingIds: [`F${year}-2`],
        description: 'Tilby økt stilling til deltidsansatte som ønsker det, før nye stillinger lyses ut',
        goal: 'Halvere ufrivillig deltid',
        owner: 'Regiondirektørene',
        deadline: `${year + 1}-06-30`,
        status: 'in-progress',
        representatives: regionRep,
      },
      {
        id: `M${year}-3`,
        date: `${year}-06-10`,
        findingIds: [`F${year}-3`],
        description: 'Nye maler for utlysning og strukturerte intervjuer',
        goal: 'Alle utlysninger bruker malen',
        owner: 'Rekrutteringsseksjonen',
        deadline: `${year}-10-01`,
        status: 'done',
        result: 'Malen er tatt i bruk i alle utlysninger fra oktober.',
        representatives: htv,
      },
      {
        id: `M${year}-4`,
        date: `${year}-06-20`,
        findingIds: [`F${year}-4`],
        description: 'Opplæring i varslingsrutiner og forebygging av trakassering for alle ledere',
        goal: 'Alle ledere gjennomført opplæring',
        owner: 'HMS-sjef',
        deadline: `${year}-12-01`,
        status: 'done',
        result: '92 % av lederne har gjennomført opplæringen.',
        representatives: htv,
      },
    ],
    evaluations: [
      {
        id: `E${year}-1`,
        date: `${year}-11-20`,
        measureIds: [`M${year}-3`],
        assessment: 'Andelen søkere med innvandrerbakgrunn som ble innkalt til intervju økte.',
        nextSteps: 'Følges opp i neste års kartlegging.',
        representatives: htv,
      },
      {
        id: `E${year}-2`,
        date: `${year}-12-05`,
        measureIds: [`M${year}-4`],
        assessment: 'Opplæringen er gjennomført; effekten måles i neste medarbeiderundersøkelse.',
        representatives: htv,
      },
    ],
    context: {
      policies: [
        { title: 'Personalpolitikk for Direktoratet for eksempelforvaltning', kind: 'policy', adopted: '2022-06-01', reference: 'intranett/personalpolitikk' },
        { title: 'Handlingsplan for likestilling og mangfold 2024–2027', kind: 'plan', adopted: '2024-01-15' },
        { title: 'Retningslinjer for rekruttering', kind: 'guideline', adopted: '2023-09-01' },
      ],
      organisation: {
        description:
          'Arbeidet skjer på tre nivåer: den lokale enheten, regionen og direktoratet. Direktoratet eier lønnskartleggingen og kartleggingen av ufrivillig deltid sammen med de sentrale tillitsvalgte; regionene følger opp funn og tiltak lokalt. ARP er en del av det systematiske HMS- og HR-arbeidet.',
        fora: [
          { name: 'Sentralt likestillingsutvalg', participants: ['HR-direktør', 'hovedtillitsvalgte', 'hovedverneombud'], frequency: 'kvartalsvis' },
          { name: 'Regionale arbeidsmiljøutvalg', participants: ['regiondirektør', 'regionale tillitsvalgte', 'verneombud'], frequency: 'annenhver måned' },
        ],
      },
      results: 'Tiltakene i rekrutteringen er gjennomført, og flere søkere med innvandrerbakgrunn kalles inn til intervju. Lønnstiltaket er påbegynt.',
      plansAhead:
        'Neste år prioriterer vi lønnsforskjellene blant seniorrådgivere og ufrivillig deltid i regionene, og vi gjennomfører en ny medarbeiderundersøkelse.',
    },
  };
}

/** The employer's level order, top first (as in examples/data/statement-options.json). */
const LEVEL_ORDER = ['Toppleder', 'Leder', 'Seniorrådgiver', 'Rådgiver', 'Saksbehandler', 'Konsulent'];

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const csv2025 = generatePayroll(2025, 20250101, 3400);
  const csv2024 = generatePayroll(2024, 20240101, 3330);
  writeFileSync(join(out, 'employees-2025.csv'), csv2025);
  writeFileSync(join(out, 'employer.json'), JSON.stringify(employerInput, null, 2) + '\n');
  writeFileSync(join(out, 'cycle-2025.json'), JSON.stringify(cycleFor(2025), null, 2) + '\n');

  const employer = EmployerSchema.parse(employerInput);
  const imported = parseEmployeesCsv(csv2024, { file: 'employees-2024.csv', year: 2024 });
  const mapping = computeMapping(imported.records, { year: 2024 });
  const statement2024 = buildStatement({
    employer,
    year: 2024,
    published: await publish(mapping),
    cycle: EqualityCycleSchema.parse(cycleFor(2024)),
    options: { levelOrder: LEVEL_ORDER },
  });
  writeFileSync(join(out, 'statement-2024.json'), JSON.stringify(statement2024, null, 2) + '\n');
  process.stdout.write(`wrote ${out}: ${csv2025.split('\n').length - 2} employments (2025)\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();

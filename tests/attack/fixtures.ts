/**
 * Writes the leaky fixtures of issue 14: published tables made by today's `publish` from seeded
 * payrolls, from which the independent attacker (attacker.ts) recovers hidden values. The new
 * `auditPublication` must flag them.
 *
 *     npx tsx tests/attack/fixtures.ts [seed …]     (default: the seeds of FIXTURE_SEEDS)
 *
 * For each seed it writes, under tests/fixtures/anonymisation/:
 * - `leaky-<seed>.json`: the published table exactly as `publish` returned it (the input of
 *   `auditPublication` / `likestilling audit`);
 * - `leaky-<seed>.expected.json`: how it was made (seed, policy, statistics options), the true
 *   value of every hidden value, and the values the attacker recovers (path, interval, true value);
 * and README.md describing them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMapping, publish } from '../../src/index.js';
import { attack, type Path } from './attacker.js';
import { generatePayroll } from './payrolls.js';
import { truthMapping, trueValueAt } from './truth.js';

/** The fixtures' seeds: small payrolls, three policies (default; counts need 5; merged levels). */
export const FIXTURE_SEEDS = [110, 123, 72] as const;

/** The folder of the fixtures. */
export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'anonymisation');

/** What `leaky-<seed>.expected.json` holds. */
export interface LeakyExpectation {
  readonly seed: number;
  readonly command: string;
  readonly summary: string;
  readonly policy: unknown;
  readonly statistics: unknown;
  /** Every hidden value (listed in `suppressed`) with its true value from the mapping. */
  readonly hidden: readonly { readonly path: Path; readonly rule: string | null; readonly truth: unknown }[];
  /** The values the attacker recovers, with its interval and the true value. */
  readonly recovered: readonly {
    readonly path: Path;
    readonly kind: string;
    readonly rule: string | null;
    readonly lo: number;
    readonly hi: number;
    readonly truth: unknown;
  }[];
}

async function write(seed: number): Promise<LeakyExpectation> {
  const payroll = generatePayroll(seed);
  const mapping = computeMapping(payroll.records, payroll.statistics);
  const table = await publish(mapping, payroll.policy);
  const truth = truthMapping(payroll, mapping, table);
  const result = await attack(table);
  const expectation: LeakyExpectation = {
    seed,
    command: 'npx tsx tests/attack/fixtures.ts',
    summary: payroll.summary,
    policy: payroll.policy,
    statistics: payroll.statistics,
    hidden: result.hidden.map((h) => ({ path: h.path, rule: h.rule, truth: trueValueAt(truth, table, h.path) ?? null })),
    recovered: result.hidden
      .filter((h) => h.recovered)
      .map((h) => ({ path: h.path, kind: h.kind, rule: h.rule, lo: h.lo, hi: h.hi, truth: trueValueAt(truth, table, h.path) ?? null })),
  };
  mkdirSync(FIXTURE_DIR, { recursive: true });
  writeFileSync(join(FIXTURE_DIR, `leaky-${seed}.json`), `${JSON.stringify(table, null, 1)}\n`);
  writeFileSync(join(FIXTURE_DIR, `leaky-${seed}.expected.json`), `${JSON.stringify(expectation, null, 1)}\n`);
  return expectation;
}

function readme(all: readonly LeakyExpectation[]): string {
  const lines = [
    '# Leaky published tables (issue 14)',
    '',
    "Published tables made by **today's** `publish` (before issue 14's rewrite) from seeded random payrolls,",
    'from which the independent integer-LP attacker of `tests/attack/attacker.ts` recovers hidden values.',
    'The new `auditPublication` must flag every one of them (not clean).',
    '',
    'Made with',
    '',
    '```sh',
    `npx tsx tests/attack/fixtures.ts ${all.map((e) => e.seed).join(' ')}`,
    '```',
    '',
    'which, for each seed, generates the payroll (`generatePayroll(seed)` of `tests/attack/payrolls.ts`),',
    "computes the mapping with the payroll's statistics options, publishes it with the policy",
    '`POLICIES[seed % POLICIES.length]`, and attacks the table. Per seed:',
    '',
    '- `leaky-<seed>.json`: the published table as `publish` returned it;',
    '- `leaky-<seed>.expected.json`: the seed, policy and options, the true value of every hidden value,',
    '  and every value the attacker recovers (its interval and the true value).',
    '',
    'Do not regenerate them after the new `publish` lands: they are the "before" that the audit must flag.',
    '`tests/attack/attack.test.ts` checks that the attacker still recovers these values, and only true ones.',
    '',
  ];
  for (const e of all) {
    const nonZeroPrimary = e.recovered.filter((r) => r.kind === 'count' && r.rule === 'primary' && r.truth !== 0);
    const byKind = new Map<string, number>();
    for (const r of e.recovered) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    lines.push(
      `## leaky-${e.seed}.json`,
      '',
      `- ${e.summary}`,
      `- hidden values: ${e.hidden.length}; recovered exactly: ${e.recovered.length} (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})`,
      `- recovered primary-hidden counts with a non-zero true value (${nonZeroPrimary.length}):`,
      '',
      ...nonZeroPrimary.map((r) => `  - \`${r.path.join('.')}\` = ${String(r.truth)}`),
      '',
      `The full list is in \`leaky-${e.seed}.expected.json\` (\`recovered\`).`,
      '',
    );
  }
  return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const seeds = process.argv.slice(2).map(Number);
  const all: LeakyExpectation[] = [];
  for (const seed of seeds.length > 0 ? seeds : FIXTURE_SEEDS) all.push(await write(seed));
  writeFileSync(join(FIXTURE_DIR, 'README.md'), readme(all));
  for (const e of all) console.log(`leaky-${e.seed}.json: ${e.hidden.length} hidden, ${e.recovered.length} recovered`);
}

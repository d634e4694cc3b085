/**
 * The statistics of issue 14 for N seeded payrolls, to compare today's `publish` with the new one:
 *
 *     npx tsx tests/attack/report.ts [N=1000] [first seed=1] [render every k-th statement=10]
 *
 * Hidden values; recovered exactly by the independent attacker (attacker.ts) — of them counts of an
 * empty population (trivial zeros), primary-hidden counts with a non-zero true value, amounts — and
 * narrowed to ±1 %; payrolls with a recovery; reasons stating a hidden number or the rest of its
 * cell, `count` fields doing the same, and statements found in the rendered statement (every k-th
 * payroll: HTML and Markdown in nb, nn and en; every 10k-th also the workbook). Every recovery is
 * checked against the true mapping (a wrong one is an attacker bug and is counted apart).
 */
import { computeMapping, publish } from '../../src/index.js';
import { attack, valueAt, type Path } from './attacker.js';
import { generatePayroll } from './payrolls.js';
import { scanJson, scanStatement, statementOf } from './statements.js';
import { contains, resolutionOf, trueValueAt, truthMapping } from './truth.js';

const N = Number(process.argv[2] ?? 1000);
const FIRST = Number(process.argv[3] ?? 1);
const EVERY = Number(process.argv[4] ?? 10);

const count = {
  payrolls: 0,
  hidden: 0,
  hiddenCounts: 0,
  hiddenAmounts: 0,
  recovered: 0,
  recoveredCounts: 0,
  recoveredEmptyPopulation: 0,
  recoveredNonZeroPrimaryCounts: 0,
  recoveredAmounts: 0,
  recoveredNonZeroAmounts: 0,
  recoveredPercents: 0,
  recoveredWeeks: 0,
  narrowedAmounts: 0,
  payrollsWithRecovery: 0,
  payrollsWithNonZeroPrimaryCount: 0,
  wrongRecoveries: 0,
  unsoundIntervals: 0,
  attackErrors: 0,
  unmodelled: 0,
  reasonsStatingValue: 0,
  reasonsStatingRest: 0,
  countFieldsStatingValue: 0,
  countFieldsStatingRest: 0,
  protectingCountFields: 0,
  amountsInJson: 0,
  statementsRendered: 0,
  renderedStatements: 0,
  payrollsWithStatement: 0,
  lp: 0,
  mip: 0,
  ms: { publish: 0, attack: 0, scan: 0 },
};
const examples: string[] = [];
const amountExamples: string[] = [];

function popOfSex(table: unknown, path: Path): number | null {
  const prefix = path[0] === 'byUnit' ? path.slice(0, 2) : [];
  const pop = valueAt(table, [...prefix, 'population']) as Record<string, number> | undefined;
  const sex = String(path[path.length - 2]);
  if (pop === undefined) return null;
  if (sex === 'women' || sex === 'men') return pop[sex] ?? null;
  if (sex === 'otherOrUnknown') return (pop['other'] ?? 0) + (pop['unknown'] ?? 0);
  return pop['total'] ?? null;
}

const started = performance.now();
for (let seed = FIRST; seed < FIRST + N; seed++) {
  const payroll = generatePayroll(seed);
  const mapping = computeMapping(payroll.records, payroll.statistics);
  let t = performance.now();
  const table: unknown = await publish(mapping, payroll.policy);
  count.ms.publish += performance.now() - t;
  const truth = truthMapping(payroll, mapping, table);
  const truthAt = (path: Path): unknown => trueValueAt(truth, table, path);
  count.payrolls++;
  t = performance.now();
  let any = false;
  let anyNonZeroPrimary = false;
  try {
    const result = await attack(table);
    count.unmodelled += result.unmodelled.length;
    count.lp += result.stats.lp;
    count.mip += result.stats.mip;
    for (const h of result.hidden) {
      const tv = truthAt(h.path);
      // listed with its hidden source but does not exist (a share of nobody): nothing to recover
      if (tv === null || tv === undefined) continue;
      count.hidden++;
      if (h.kind === 'count') count.hiddenCounts++;
      if (h.kind === 'amount') count.hiddenAmounts++;
      const ok = contains(h, tv, resolutionOf(h, table));
      if (h.exact && !ok) count.unsoundIntervals++;
      if (h.narrowed && h.kind === 'amount' && !h.recovered) count.narrowedAmounts++;
      if (!h.recovered) continue;
      if (!ok) {
        count.wrongRecoveries++;
        continue;
      }
      any = true;
      count.recovered++;
      if (h.kind === 'count') {
        count.recoveredCounts++;
        if (tv === 0 && popOfSex(table, h.path) === 0) count.recoveredEmptyPopulation++;
        if (h.rule === 'primary' && tv !== 0) {
          count.recoveredNonZeroPrimaryCounts++;
          anyNonZeroPrimary = true;
          if (examples.length < 8) examples.push(`seed ${seed}: ${h.path.join('.')} = ${String(tv)} (${h.method})`);
        }
      } else if (h.kind === 'amount') {
        count.recoveredAmounts++;
        if (Number(tv) !== 0) {
          count.recoveredNonZeroAmounts++;
          if (amountExamples.length < 5) amountExamples.push(`seed ${seed}: ${h.path.join('.')} = ${String(tv)} in [${h.lo.toFixed(4)}, ${h.hi.toFixed(4)}]`);
        }
      } else if (h.kind === 'percent') count.recoveredPercents++;
      else count.recoveredWeeks++;
    }
  } catch (error) {
    count.attackErrors++;
    console.error(`seed ${seed}: the attack threw: ${(error as Error).message}`);
  }
  count.ms.attack += performance.now() - t;
  if (any) count.payrollsWithRecovery++;
  if (anyNonZeroPrimary) count.payrollsWithNonZeroPrimaryCount++;

  // statements: a suppression entry counts once for its own value and once for the rest
  t = performance.now();
  const json = scanJson(table, truthAt);
  // an entry stating both the value and a rest (they can be equal) counts once, as the value
  const entries = (kind: string, stated: string): number => {
    const of = (st: string): Set<string> =>
      new Set(json.filter((s) => s.where.startsWith(kind) && s.stated === st).map((s) => `${s.where}|${JSON.stringify(s.path)}`));
    const values = of('value');
    return stated === 'value' ? values.size : [...of(stated)].filter((k) => !values.has(k)).length;
  };
  count.reasonsStatingValue += entries('json.reason(own)', 'value');
  count.reasonsStatingRest += entries('json.reason(own)', 'rest');
  count.countFieldsStatingValue += entries('json.count(own)', 'value');
  count.countFieldsStatingRest += entries('json.count(own)', 'rest');
  count.protectingCountFields += entries('json.count(protects)', 'value') + entries('json.count(protects)', 'rest');
  count.amountsInJson += json.filter((s) => s.stated === 'amount').length;
  let stated = json.length > 0;
  if ((seed - FIRST) % EVERY === 0) {
    const rendered = await scanStatement(table, truthAt, statementOf(table, { breakdown: seed % 2 === 0 ? 'level' : 'group' }), {
      workbook: (seed - FIRST) % (10 * EVERY) === 0,
    });
    count.statementsRendered++;
    count.renderedStatements += new Set(rendered.map((s) => `${s.where}|${JSON.stringify(s.path)}`)).size;
    stated ||= rendered.length > 0;
  }
  if (stated) count.payrollsWithStatement++;
  count.ms.scan += performance.now() - t;
  if (seed % 100 === 0) process.stderr.write(`… ${seed - FIRST + 1} payrolls\n`);
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const c = count;
console.log(`Issue 14 attack on ${c.payrolls} payrolls (seeds ${FIRST}–${FIRST + N - 1}), ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(
  `  publish ${(c.ms.publish / c.payrolls).toFixed(1)} ms, attack ${(c.ms.attack / c.payrolls).toFixed(1)} ms (${(c.lp / c.payrolls).toFixed(0)} LPs, ${(c.mip / c.payrolls).toFixed(2)} MIPs), scans ${(c.ms.scan / c.payrolls).toFixed(1)} ms per payroll`,
);
console.log(`hidden values:                          ${c.hidden} (${c.hiddenCounts} counts, ${c.hiddenAmounts} amounts)`);
console.log(`recovered exactly:                      ${c.recovered} (${pct(c.recovered, c.hidden)}) in ${c.payrollsWithRecovery} of ${c.payrolls} payrolls`);
console.log(`  counts:                               ${c.recoveredCounts} (of which ${c.recoveredEmptyPopulation} zeros of an empty population)`);
console.log(`  primary-hidden counts, true value ≠ 0: ${c.recoveredNonZeroPrimaryCounts} in ${c.payrollsWithNonZeroPrimaryCount} payrolls`);
console.log(`  amounts (means, medians):             ${c.recoveredAmounts} (${c.recoveredNonZeroAmounts} not 0.00)`);
console.log(`  percents / weeks:                     ${c.recoveredPercents} / ${c.recoveredWeeks}`);
console.log(`amounts narrowed to ±1 % (not pinned):  ${c.narrowedAmounts}`);
console.log(`reasons stating a hidden number:        ${c.reasonsStatingValue}`);
console.log(`reasons stating the rest of the cell:   ${c.reasonsStatingRest}`);
console.log(`count fields = hidden value / its rest: ${c.countFieldsStatingValue} / ${c.countFieldsStatingRest}`);
console.log(`secondary count fields = the protected hidden value or its rest: ${c.protectingCountFields}`);
console.log(`hidden amounts in the JSON's texts:     ${c.amountsInJson}`);
console.log(`statements rendered and scanned:        ${c.statementsRendered} (${c.renderedStatements} hidden values stated in them)`);
console.log(`payrolls with a hidden value stated:    ${c.payrollsWithStatement}`);
console.log(
  `attacker checks: ${c.wrongRecoveries} wrong recoveries, ${c.unsoundIntervals} intervals missing the truth, ${c.attackErrors} errors, ${c.unmodelled} unmodelled hidden values`,
);
if (examples.length > 0) console.log(`examples (primary-hidden counts):\n  ${examples.join('\n  ')}`);
if (amountExamples.length > 0) console.log(`examples (amounts):\n  ${amountExamples.join('\n  ')}`);

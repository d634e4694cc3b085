import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPublication, publish, type PublicationPolicyInput } from '../../src/anonymisation/index.js';
import type { Mapping } from '../../src/statistics/index.js';
import { attack } from '../attack/attacker.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string): { mapping: Mapping; policy: PublicationPolicyInput } =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { mapping: Mapping; policy: PublicationPolicyInput };

/** The paths of the hidden values the independent attacker recovers from a table. */
const recovered = async (table: unknown): Promise<string[]> => (await attack(table)).hidden.filter((h) => h.recovered).map((h) => h.path.join('.'));
/** The table `publish` wrote for a fixture's payroll before its fix. */
const publishedBefore = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, `${name}-published-before.json`), 'utf8')) as unknown;
/** A published table as a reader gets it (its JSON), in which neither the audit nor the attacker finds anything. */
async function expectClean(published: unknown, policy: PublicationPolicyInput): Promise<void> {
  const json = JSON.parse(JSON.stringify(published)) as unknown;
  expect((await auditPublication(json, policy)).findings).toEqual([]);
  expect(await recovered(json)).toEqual([]);
}

// payrolls the property tests found (tests/anonymisation/properties.test.ts), kept so they stay fixed
describe('publish and the audit on payrolls that once failed (ANON-2, ANON-7)', () => {
  // ratios only, a women's share of 111 044.4 %: HiGHS threw "run failed with HiGHS status -1" when it
  // warm-started a maximisation after other solves of its session, and the audit reported
  // pay.total.women.mean as possibly recoverable
  it('a solve HiGHS cannot warm-start is run once more from nothing, and the audit stays clean', async () => {
    const { mapping, policy } = fixture('warm-start.json');
    const report = await auditPublication(await publish(mapping, policy), policy);
    expect(report.findings).toEqual([]);
    expect(report.clean).toBe(true);
  });

  // ratios only, a wide unit tree (the attacker's payroll 1 503 045 spread over 53 units): with the
  // men's pay stated 0 by undefined shares, HiGHS's simplex threw "run failed with HiGHS status -1"
  // on the unbounded maximum of a unit's own staff's pay, from nothing too, and the audit reported 4
  // such figures as possibly recoverable; the interior point method finds the maximum unbounded
  it('a solve whose simplex throws twice goes to the interior point, and the audit stays clean', async () => {
    const { mapping, policy } = fixture('unbounded-simplex-throws.json');
    await expectClean(await publish(mapping, policy), policy);
  });

  // the employer's other/unknown involuntary part-timers (5 of 6: a rest of 1) were published because
  // the directorate's "all" (5 of its 5) and the unit-less cell's "none" gave them away; the
  // protection then hid the directorate's part-time count that the "all" stood on, and the audit
  // found a count published with 1 person behind its rest
  it('a figure published because others gave it away is hidden again when the protection hides what gave it away', async () => {
    const { mapping, policy } = fixture('given-away-then-hidden.json');
    const published = await publish(mapping, policy);
    expect(published.involuntaryPartTime.otherOrUnknown.count).toBeNull();
    expect(published.suppressed.find((s) => s.path.join('.') === 'involuntaryPartTime.otherOrUnknown.count')?.rule).toBe('primary');
    const report = await auditPublication(JSON.parse(JSON.stringify(published)) as unknown, policy);
    expect(report.findings).toEqual([]);
  });

  // the independent attacker, on payrolls not seen before (seed 900 226): level L2's women's mean of
  // irregular allowances was a published 0.00 and their share of men's pay hidden with the men's
  // mean (hidden to protect another figure); the other levels and the total kept that mean at
  // 8.33-8.38 NOK, so the share was below 100 x 0.005 / 8.33 = 0.06 %: known to be 0.0.
  // Today nothing hides that men's mean: the employer's bonus of 0.00 gives the small groups' bonus
  // of 0.00 away (ANON-2), which used to hang on the point the solver picked for the employer's sum,
  // so they were hidden and 27 figures with them (the employer's mean pay among them).
  it('a women share of men pay beside a women mean of 0.00 is published with its men’s mean, and the audit finds it when it is hidden', async () => {
    const { mapping, policy } = fixture('share-of-zero.json');
    const published = await publish(mapping, policy);
    const level = published.payComponents.irregularAllowances.byLevel[1];
    expect(level?.women.mean).toBe('0.00');
    expect(level?.men.mean).toBe(mapping.payComponents.irregularAllowances.byLevel[1]?.men.mean);
    expect(level?.womenShareOfMen.mean).toBe('0.0');
    expect(published.payComponents.bonus.byGroup[0]?.men.mean).toBe('0.00');
    expect(published.pay.total.women.mean).toBe(mapping.pay.total.women.mean);
    await expectClean(published, policy);
    // the table published before: the share hidden, and pinned
    const before = publishedBefore('share-of-zero');
    const report = await auditPublication(before, policy);
    expect(report.findings.map((f) => [f.path.join('.'), f.criterion])).toEqual([
      ['payComponents.irregularAllowances.byLevel.1.womenShareOfMen.mean', 'within-tolerance'],
    ]);
    // the attacker reads a percent as recovered only when every value of its interval rounds to one
    // published figure: 0 … 0.06 % reads "0.0" or "0.1" (the library's audit is stricter for a share of pay)
    expect(await recovered(before)).toEqual([]);
  });

  // Two coverages hidden with their counts, with percents without decimals, each less than one
  // published unit wide in the table published before:
  // - seed 930 612: the employer's involuntary part-timers hidden, 9 answers published, the
  //   part-timers known to be 46 to 48: 900 / 46 … 900 / 48 = 18.75-19.57 % (true 19.57, "20");
  // - seed 996 380: the employer's 23 women, 2 of them answering; the published figures left 21 to
  //   23 part-time women, 8.70-9.52 % (the percents were judged only over what the published figures
  //   of the moment allowed, and that coverage was taken for one no hiding could protect).
  // A percent is known when every value of its interval rounds to one published figure: these read
  // "19" or "20" and "9" or "10", as their counts read two or three values, so the tables published
  // before were not leaks after all (the audit and the attacker used to call any interval narrower
  // than one unit known). The tables published now are clean too.
  it.each(['coverage-whole-percents', 'coverage-hidden-further'])(
    'a coverage hidden with its count is not known to its published decimal (%s)',
    async (name) => {
      const { mapping, policy } = fixture(`${name}.json`);
      await expectClean(await publish(mapping, policy), policy);
      await expectClean(publishedBefore(name), policy);
    },
  );

  // a larger employer (seed 1 301 186 of the attacker's payrolls with 1 304 more women and men,
  // whole percents): unit U1 has 2 women, 1 of them part-time and involuntarily so, beside 122 men
  // who are. The women's share of the category, 0 or 1 woman of 122 to 123, is 0 % … 0.81 %: it
  // reads "0" or "1", which leaves a reader two figures, yet it was called known (narrower than one
  // unit); only hiding the employer's figures could widen it, the protection ran out of rounds and
  // `publish` threw
  it('a share of a few among many, with whole percents, is not taken for known: the table is published', async () => {
    const { mapping, policy } = fixture('share-of-category-large-base.json');
    const published = await publish(mapping, policy);
    expect(published.byUnit[0]?.involuntaryPartTime.womenShareOfCategory).toBeNull();
    await expectClean(published, policy);
  });

  // a larger employer (seed 1 301 185 of the attacker's payrolls with 1 892 more women and men,
  // whole percents, small levels merged): group GA has 554 women and 1 man, GF 1 man, and no man
  // has fixed allowances or a bonus. The table hid the two men's 0.00 by their threshold, but the
  // employer's women's share of men's pay was undefined and neither shown nor hidden: every man's
  // is exactly 0, and the attacker pinned both. The audit did not read the share's absence.
  it("a women's share of men's pay the table leaves undefined states the men's 0: the audit reads it, publish gives the 0.00 away", async () => {
    const { mapping, policy } = fixture('undefined-share-large-employer.json');
    const published = await publish(mapping, policy);
    for (const c of ['fixedAllowances', 'bonus'] as const) {
      expect(published.payComponents[c].total.womenShareOfMen.mean).toBeNull();
      expect(published.payComponents[c].byGroup.map((g) => [g.key, g.men.mean])).toContainEqual(['GA', '0.00']);
    }
    await expectClean(published, policy);
    const before = publishedBefore('undefined-share-large-employer');
    const pinned = ['fixedAllowances', 'bonus'].flatMap((c) => [0, 5].map((g) => `payComponents.${c}.byGroup.${g}.men.mean`));
    const report = await auditPublication(before, policy);
    const found = report.findings.filter((f) => f.kind === 'recoverable').map((f) => f.path.join('.'));
    expect(found).toEqual(expect.arrayContaining(pinned));
    const chain = report.findings.find((f) => f.path.join('.') === pinned[0])?.via?.map((r) => r.relation.en) ?? [];
    expect(chain).toContainEqual(expect.stringContaining("payComponents.fixedAllowances.total.womenShareOfMen.mean: no women's share of men's pay"));
    expect(await recovered(before)).toEqual(expect.arrayContaining(pinned));
  });

  // a larger employer (seed 1 303 275 of the attacker's payrolls with more women and men, whole
  // percents): unit U1 has 432 part-time women and 2 men, both part-time (hidden: all of a group
  // below the threshold), and one person of unknown sex. The women's share of the category is
  // 432 / 434 … 432 / 432, 99.5 … 100 %: "100" whatever the men are, and the men's percent of all
  // 658 is "0" whatever they are. No hiding can protect such a figure, so the protection left it
  // out, and `publish` hid it: the attacker read it back, and the audit found the table it had just
  // written unclean. A figure every possible table prints the same is given away: it is published.
  it('a percent or share the same whatever its hidden count is published, and the audit finds it when it is hidden', async () => {
    const { mapping, policy } = fixture('percent-fixed-by-bounds.json');
    const published = await publish(mapping, policy);
    const partTime = published.byUnit[0]?.partTime;
    expect(partTime?.men.count).toBeNull();
    expect([partTime?.womenShareOfCategory, partTime?.men.percentOfAll]).toEqual(['100', '0']);
    expect(published.suppressed.map((x) => x.path.join('.'))).not.toContain('byUnit.0.partTime.womenShareOfCategory');
    await expectClean(published, policy);
    const before = publishedBefore('percent-fixed-by-bounds');
    const found = (await auditPublication(before, policy)).findings.map((f) => [f.path.join('.'), f.kind, f.criterion]);
    for (const unit of [0, 1, 3])
      expect(found).toEqual(
        expect.arrayContaining([
          [`byUnit.${unit}.partTime.womenShareOfCategory`, 'recoverable', 'exact'],
          [`byUnit.${unit}.partTime.men.percentOfAll`, 'recoverable', 'exact'],
        ]),
      );
    expect(await recovered(before)).toEqual(expect.arrayContaining(['byUnit.0.partTime.womenShareOfCategory']));
  });

  // seed 993 066: group GE's 14 women have a median bonus of 0.00, its 2 men's bonus is hidden by
  // its threshold (3). With two men their median is their mean, which the other figures keep well
  // above 50 NOK, so the hidden women's share of men's median was 0.00 to its published decimal
  it("a women's share of men's median of 0 beside a women's median of 0.00 is published when it is known, and the audit finds it when it is hidden", async () => {
    const { mapping, policy } = fixture('median-share-of-zero.json');
    const published = await publish(mapping, policy);
    const group = published.payComponents.bonus.byGroup[4];
    expect(group?.women.median).toBe('0.00');
    expect(group?.men.median).toBeNull();
    expect(group?.womenShareOfMen.median).toBe('0.0');
    // it is 0 whatever the men earn: no figure of theirs below the threshold (ANON-4), none given back
    await expectClean(published, policy);
    const before = publishedBefore('median-share-of-zero');
    const report = await auditPublication(before, policy);
    expect(report.findings.map((f) => [f.path.join('.'), f.criterion])).toEqual([['payComponents.bonus.byGroup.4.womenShareOfMen.median', 'exact']]);
    expect(await recovered(before)).toEqual(['payComponents.bonus.byGroup.4.womenShareOfMen.median']);
  });

  // seed 960 441: unit U1's 3 women, all part-time, were hidden, and only a table that moves them
  // to 2 through its sub-units protects them. The programme's optimum was fractional, and the MIP
  // that looks for an integral one always reported 'failed' (see solver.test.ts): after 60 rounds
  // `publish` wrote the table with the count pinned at 3
  it('a count whose witness needs an integral solution is protected', async () => {
    const { mapping, policy } = fixture('first-integral-witness.json');
    const published = await publish(mapping, policy);
    await expectClean(published, policy);
    const before = publishedBefore('first-integral-witness');
    const report = await auditPublication(before, policy);
    expect(report.findings.map((f) => [f.path.join('.'), f.criterion])).toContainEqual(['byUnit.0.partTime.women.count', 'exact']);
    expect(await recovered(before)).toContain('byUnit.0.partTime.women.count');
  });
});

import { describe, it, expect } from 'vitest';
import { buildMapping, many, type P } from '../../tests/anonymisation/_builders.js';
import { auditPublication, publish, PublicationPolicySchema, PublishedMappingSchema, type AuditFinding, type PublishedMapping } from './index.js';
import { getPath, setPath } from './_lib/paths.js';
import type { JsonPath } from './types.js';
import { LikestillingInputError } from '../_lib/input.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishWithin } from './publish.js';
import { attack } from '../../tests/attack/attacker.js';
import type { Mapping } from '../statistics/types.js';
import type { PublicationPolicyInput } from './policy.js';

// Golden cases of publish (ANON-2 … ANON-7). Compared with the first publish (issue 14):
// - a suppression has no `count` any more (ANON-6: it stated the hidden value or its rest), its
//   reason reads the same on both sides of the attribute rule and exists in nynorsk too;
// - the secondary cells are chosen by a protection LP over every relation (sums, sexes, the unit
//   tree, pay components), not pattern by pattern, so a few choices changed — noted per case;
// - a pay component that is 0 for every person of a sex is published as 0.00 in every cell (the
//   employer's 0.00 gives it away; hiding it protected nobody and cost the employer's totals).

const NOK = 100; // øre per krone

function entry(p: PublishedMapping, path: JsonPath) {
  return p.suppressed.find((s) => JSON.stringify(s.path) === JSON.stringify(path));
}

function plant(p: PublishedMapping, from: unknown, path: JsonPath): unknown {
  const copy = JSON.parse(JSON.stringify(p)) as unknown;
  setPath(copy, path, getPath(from, path));
  return copy;
}

function finding(findings: readonly AuditFinding[], path: JsonPath): AuditFinding | undefined {
  return findings.find((f) => JSON.stringify(f.path) === JSON.stringify(path));
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

const json = (p: unknown): unknown => JSON.parse(JSON.stringify(p));

// Golden case 1 (ANON-2, ANON-3): a level with 4 women and 40 men next to a level with 20 + 20.
// The builder splits pay 80/20 into base pay and fixed allowances; irregular allowances and bonus are 0.
const fourWomen: P[] = [
  ...many(4, { sex: 'female', level: 'L1', pay: 40_000 * NOK }),
  ...many(40, { sex: 'male', level: 'L1', pay: 45_000 * NOK }),
  ...many(20, { sex: 'female', level: 'L2', pay: 50_000 * NOK }),
  ...many(20, { sex: 'male', level: 'L2', pay: 52_000 * NOK }),
];

describe('publish — a level with 4 women and 40 men (golden)', async () => {
  const mapping = deepFreeze(buildMapping(fourWomen));
  const p = await publish(mapping);

  it('hides the women’s pay figures of L1 and both ratios (primary, threshold 5)', () => {
    const l1 = p.pay.byLevel[0];
    expect(l1?.key).toBe('L1');
    expect(l1?.women).toEqual({ count: 4, mean: null, median: null });
    expect(l1?.womenShareOfMen).toEqual({ mean: null, median: null });
    expect(l1?.men.mean).toBe(mapping.pay.byLevel[0]?.men.mean); // 40 men: published
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])).toMatchObject({ rule: 'primary', threshold: 5 });
    expect(entry(p, ['pay', 'byLevel', 0, 'womenShareOfMen', 'mean'])).toMatchObject({ rule: 'primary', threshold: 5 });
    expect(mapping.pay.byLevel[0]?.women.mean).toBe('41500.00');
  });

  it('hides the women’s mean of L2 as well (secondary: total mean × 24 − 20 × L2 mean gives L1 back), not the employer total', () => {
    expect(p.pay.byLevel[1]?.women.mean).toBeNull();
    expect(p.pay.byLevel[1]?.womenShareOfMen.mean).toBeNull();
    expect(p.pay.byLevel[1]?.women.median).toBe(mapping.pay.byLevel[1]?.women.median); // 20 women: the median stays
    expect(entry(p, ['pay', 'byLevel', 1, 'women', 'mean'])).toMatchObject({
      rule: 'secondary',
      protects: ['pay', 'byLevel', 0, 'women', 'mean'],
      threshold: 5,
    });
    expect(p.pay.total.women.mean).toBe(mapping.pay.total.women.mean);
    expect(p.pay.total.womenShareOfMen.mean).toBe(mapping.pay.total.womenShareOfMen.mean);
  });

  it('applies the same protection to agreed pay and the non-zero components', () => {
    for (const section of [p.agreedPay, p.payComponents.basePay, p.payComponents.fixedAllowances]) {
      expect(section.byLevel[0]?.women.mean).toBeNull();
      expect(section.byLevel[1]?.women.mean).toBeNull();
      expect(section.total.women.mean).not.toBeNull();
    }
  });

  it('publishes a component that is 0 for every woman as 0.00 in every cell (the employer’s 0.00 gives it away)', () => {
    for (const section of [p.payComponents.irregularAllowances, p.payComponents.bonus]) {
      expect(section.total.women.mean).toBe('0.00');
      expect(section.byLevel.map((c) => c.women.mean)).toEqual(['0.00', '0.00']);
    }
  });

  it('explains every hidden value in bokmål, nynorsk and English, without any amount or count', () => {
    for (const s of p.suppressed) {
      for (const text of [s.reason.nb, s.reason.nn, s.reason.en]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/41500|41 500|50000|45000|\b4 (women|kvinner)/);
      }
      expect(s).not.toHaveProperty('count');
    }
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])?.reason.en).toContain('fewer than 5 women');
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])?.reason.nb).toContain('færre enn 5 kvinner');
    expect(entry(p, ['pay', 'byLevel', 1, 'women', 'mean'])?.reason.en).toContain('pay.byLevel["L1"].women.mean');
  });

  it('passes its own audit and its own schema; states the policy used', async () => {
    const a = await auditPublication(json(p));
    expect(a.findings).toEqual([]);
    expect(a.examined).toBeGreaterThan(0);
    expect(PublishedMappingSchema.safeParse(json(p)).success).toBe(true);
    expect(p.policy).toEqual(PublicationPolicySchema.parse({}));
    expect(p.merges).toEqual([]);
  });

  it('the audit of the unprotected mapping reports the published figure below the threshold', async () => {
    const a = await auditPublication(mapping);
    expect(a.clean).toBe(false);
    expect(a.findings).toContainEqual(
      expect.objectContaining({ kind: 'below-threshold', path: ['pay', 'byLevel', 0, 'women', 'mean'], count: 4, threshold: 5 }),
    );
  });

  it('putting the L2 mean back lets the audit recompute L1’s hidden mean, with the chain of relations', async () => {
    const a = await auditPublication(plant(p, mapping, ['pay', 'byLevel', 1, 'women', 'mean']));
    const f = finding(a.findings, ['pay', 'byLevel', 0, 'women', 'mean']);
    expect(f?.kind).toBe('recoverable');
    expect(['exact', 'within-tolerance']).toContain(f?.criterion);
    // the exact answer 41 500.00 lies in the reader's interval, narrowed by the rounding of the published means
    expect(Number(f?.interval?.lower)).toBeLessThanOrEqual(41_500);
    expect(Number(f?.interval?.upper)).toBeGreaterThanOrEqual(41_500);
    expect(Number(f?.interval?.upper) - Number(f?.interval?.lower)).toBeLessThan(0.5);
    const paths = (f?.via ?? []).flatMap((r) => r.paths.map((x) => JSON.stringify(x)));
    expect(paths).toEqual(expect.arrayContaining([JSON.stringify(['pay', 'byLevel', 1, 'women', 'mean']), JSON.stringify(['pay', 'total', 'women', 'mean'])]));
    expect(f?.via?.some((r) => r.relation.en.includes('add up'))).toBe(true);
  });

  it('is deterministic and does not mutate the mapping (frozen input)', async () => {
    expect(await publish(mapping)).toEqual(p);
  });
});

describe('publish — the ratio-times-mean leak (golden)', async () => {
  const mapping = buildMapping(fourWomen);
  const p = await publish(mapping);

  it('a published women’s share × the men’s mean gives the hidden women’s mean back to within the tolerance', async () => {
    const a = await auditPublication(plant(p, mapping, ['pay', 'byLevel', 0, 'womenShareOfMen', 'mean']));
    const f = finding(a.findings, ['pay', 'byLevel', 0, 'women', 'mean']);
    expect(f).toMatchObject({ kind: 'recoverable' });
    // men's mean 64 500.00 and a share rounded to 0.1 % (64.3): 41 473.50 ± 32.25
    expect(mapping.pay.byLevel[0]?.men.mean).toBe('64500.00');
    expect(Number(mapping.pay.byLevel[0]?.womenShareOfMen.mean)).toBe(64.3);
    expect(Number(f?.interval?.lower)).toBeLessThanOrEqual(41_500);
    expect(Number(f?.interval?.upper)).toBeGreaterThanOrEqual(41_500);
    expect((Number(f?.interval?.upper) - Number(f?.interval?.lower)) / 2 / 41_500).toBeLessThan(0.01);
    const paths = (f?.via ?? []).flatMap((r) => r.paths.map((x) => JSON.stringify(x)));
    expect(paths).toContain(JSON.stringify(['pay', 'byLevel', 0, 'womenShareOfMen', 'mean']));
  });

  it('and the median share gives the hidden median back', async () => {
    const a = await auditPublication(plant(p, mapping, ['pay', 'byLevel', 0, 'womenShareOfMen', 'median']));
    expect(a.findings.map((f) => f.path)).toContainEqual(['pay', 'byLevel', 0, 'women', 'median']);
  });
});

// A: 2 women, B: 2 women → A + B = total − C is the mean of 4 women (< 5): C must be hidden too.
const twoSmallLevels: P[] = [
  ...many(2, { sex: 'female', level: 'A', pay: 40_000 * NOK }),
  ...many(2, { sex: 'female', level: 'B', pay: 42_000 * NOK }),
  ...many(20, { sex: 'female', level: 'C', pay: 50_000 * NOK }),
  ...many(10, { sex: 'male', level: 'A', pay: 45_000 * NOK }),
  ...many(10, { sex: 'male', level: 'B', pay: 46_000 * NOK }),
  ...many(10, { sex: 'male', level: 'C', pay: 52_000 * NOK }),
];

describe('publish — two small levels whose sum is derivable (golden)', async () => {
  const mapping = buildMapping(twoSmallLevels);
  const p = await publish(mapping);

  it('hides A and B (primary) and C (secondary, protecting the combined figure of 4 women), keeps the total', async () => {
    expect(p.pay.byLevel.map((c) => c.women.mean)).toEqual([null, null, null]);
    expect(entry(p, ['pay', 'byLevel', 2, 'women', 'mean'])).toMatchObject({ rule: 'secondary', threshold: 5 });
    expect(p.pay.total.women.mean).not.toBeNull();
    expect((await auditPublication(json(p))).clean).toBe(true);
  });

  it('the audit reports the combined figure of A and B when C is published', async () => {
    const a = await auditPublication(plant(p, mapping, ['pay', 'byLevel', 2, 'women', 'mean']));
    const f = a.findings.find((x) => x.kind === 'combination-disclosed' && JSON.stringify(x.path) === JSON.stringify(['pay', 'byLevel', 0, 'women', 'mean']));
    expect(f).toMatchObject({ threshold: 5 });
    // (40 000 + 40 000 + 42 000 + 42 000 + … ) → the 4 women's mean 41 000 (the builder's pay steps by 1 000)
    expect(Number(f?.interval?.lower)).toBeLessThanOrEqual(Number(f?.interval?.upper));
    expect(f?.message.en).toContain('+');
  });

  it('with 3 + 4 women the combined group has 7 persons: C stays published', async () => {
    const bigger = await publish(
      buildMapping([
        ...many(3, { sex: 'female', level: 'A', pay: 40_000 * NOK }),
        ...many(4, { sex: 'female', level: 'B', pay: 42_000 * NOK }),
        ...many(20, { sex: 'female', level: 'C', pay: 50_000 * NOK }),
        ...many(10, { sex: 'male', level: 'C', pay: 52_000 * NOK }),
      ]),
    );
    expect(bigger.pay.byLevel.map((c) => c.women.mean === null)).toEqual([true, true, false]);
    expect((await auditPublication(bigger)).clean).toBe(true);
  });
});

describe('publish — a unit tree where a region has one small unit (golden)', async () => {
  // Dir ─ East ─ U1 (2 women), U2 (10 women); Dir ─ West (20 women). Nobody sits in East itself,
  // so East = U1 + U2 and U1 = East − U2: U2 (10 women) is hidden rather than East (12).
  const persons: P[] = [
    ...many(2, { sex: 'female', unit: 'Dir/East/U1', pay: 40_000 * NOK }),
    ...many(10, { sex: 'male', unit: 'Dir/East/U1', pay: 45_000 * NOK }),
    ...many(10, { sex: 'female', unit: 'Dir/East/U2', pay: 50_000 * NOK }),
    ...many(10, { sex: 'male', unit: 'Dir/East/U2', pay: 51_000 * NOK }),
    ...many(20, { sex: 'female', unit: 'Dir/West', pay: 52_000 * NOK }),
    ...many(20, { sex: 'male', unit: 'Dir/West', pay: 53_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);
  const idx = (key: string) => mapping.byUnit.findIndex((u) => u.key === key);

  it('hides U1 (primary), U2 (secondary), keeps the region, the directorate and the total', async () => {
    expect(p.byUnit.map((u) => [u.key, u.pay.women.mean === null])).toEqual([
      ['Dir', false],
      ['Dir/East', false],
      ['Dir/West', false],
      ['Dir/East/U1', true],
      ['Dir/East/U2', true],
    ]);
    expect(entry(p, ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'])).toMatchObject({ rule: 'primary', threshold: 5 });
    expect(entry(p, ['byUnit', idx('Dir/East/U2'), 'pay', 'women', 'mean'])).toMatchObject({
      rule: 'secondary',
      protects: ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'],
    });
    expect(p.byUnit[idx('Dir/East/U2')]?.agreedPay.women.mean).toBeNull();
    expect((await auditPublication(json(p))).clean).toBe(true);
  });

  it('putting U2 back: the audit recomputes U1 from the region (parent = own + children, own empty)', async () => {
    const a = await auditPublication(plant(p, mapping, ['byUnit', idx('Dir/East/U2'), 'pay', 'women', 'mean']));
    expect(finding(a.findings, ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'])).toMatchObject({ kind: 'recoverable' });
  });

  it('staff of the region outside its units are a group too: 2 own women are not disclosed by East − U', async () => {
    const withOwn = buildMapping([
      ...many(2, { sex: 'female', unit: 'Dir/East', pay: 40_000 * NOK }),
      ...many(10, { sex: 'female', unit: 'Dir/East/U2', pay: 50_000 * NOK }),
      ...many(20, { sex: 'female', unit: 'Dir/West', pay: 52_000 * NOK }),
    ]);
    const raw = await auditPublication(withOwn);
    expect(raw.findings).toContainEqual(expect.objectContaining({ kind: 'remainder-disclosed', path: ['byUnit', 1, '(own)', 'pay', 'women', 'mean'] }));
    const pub = await publish(withOwn);
    expect((await auditPublication(pub)).clean).toBe(true);
    expect(pub.suppressed.some((s) => s.rule === 'secondary' && s.protects?.includes('(own)'))).toBe(true);
  });
});

describe('publish — attribute counts (ANON-2: 0 or ≥ 3, and the rest too)', async () => {
  const persons: P[] = [
    ...many(2, { sex: 'female', unit: 'A', pay: 40_000 * NOK, temporary: true }),
    ...many(8, { sex: 'female', unit: 'A', pay: 40_000 * NOK }),
    ...many(9, { sex: 'male', unit: 'B', pay: 40_000 * NOK, temporary: true }),
    ...many(1, { sex: 'male', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'female', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'male', unit: 'A', pay: 40_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);
  const a = mapping.byUnit.findIndex((u) => u.key === 'A');
  const b = mapping.byUnit.findIndex((u) => u.key === 'B');

  it('hides 2 temporary women (count) with their percents and the women’s share of the category', () => {
    expect(p.byUnit[a]?.temporary.women).toEqual({ count: null, percentOfAll: null, percentOfSex: null });
    expect(p.byUnit[a]?.temporary.womenShareOfCategory).toBeNull();
    expect(entry(p, ['byUnit', a, 'temporary', 'women', 'count'])).toMatchObject({ rule: 'primary', threshold: 3 });
  });

  it('hides 9 temporary men of 10 (the rest is 1), with the very same reason as 2 of 10 (ANON-6)', () => {
    expect(p.byUnit[b]?.temporary.men.count).toBeNull();
    const few = entry(p, ['byUnit', a, 'temporary', 'women', 'count']);
    const most = entry(p, ['byUnit', b, 'temporary', 'men', 'count']);
    expect(most).toMatchObject({ rule: 'primary', threshold: 3 });
    expect(most?.reason).toEqual(few?.reason);
    expect(`${most?.reason.nb} ${most?.reason.en}`.replace(/ANON-\d/g, '')).not.toMatch(/\b[129]\b/);
  });

  it('protects them with a rectangle of cells (A’s men, B’s women), keeps the employer’s men, and passes the audit', async () => {
    // before issue 14's rewrite the employer's temporary men were hidden; a cheaper rectangle does it now
    expect(p.temporary.men.count).toBe(9);
    expect(entry(p, ['byUnit', a, 'temporary', 'men', 'count'])).toMatchObject({ rule: 'secondary' });
    expect(entry(p, ['byUnit', b, 'temporary', 'women', 'count'])).toMatchObject({ rule: 'secondary' });
    expect((await auditPublication(p)).clean).toBe(true);
  });

  it('the audit derives a hidden count from a published percent × the head count', async () => {
    const planted = plant(p, mapping, ['byUnit', a, 'temporary', 'women', 'percentOfSex']);
    const f = finding((await auditPublication(planted)).findings, ['byUnit', a, 'temporary', 'women', 'count']);
    expect(f).toMatchObject({ kind: 'recoverable', criterion: 'exact', interval: { lower: '2', upper: '2' } });
    expect(f?.via?.flatMap((r) => r.paths)).toContainEqual(['byUnit', a, 'temporary', 'women', 'percentOfSex']);
  });
});

describe('publish — policy options', async () => {
  const mapping = buildMapping(fourWomen);

  it('ratiosOnly publishes no NOK amount (STAT-B0) but the ratios of cells with enough persons', async () => {
    const p = await publish(mapping, { ratiosOnly: true });
    const cells = [p.pay.total, ...p.pay.byLevel, ...p.agreedPay.byLevel];
    for (const c of cells) expect([c.women.mean, c.women.median, c.men.mean, c.men.median]).toEqual([null, null, null, null]);
    expect(p.pay.byLevel[1]?.womenShareOfMen.mean).toBe(mapping.pay.byLevel[1]?.womenShareOfMen.mean);
    expect(p.pay.byLevel[0]?.womenShareOfMen.mean).toBeNull(); // 4 women
    expect(entry(p, ['pay', 'total', 'women', 'mean'])).toMatchObject({ rule: 'by-choice', threshold: null });
    expect((await auditPublication(p)).clean).toBe(true);
  });

  it('a lower threshold (the Finnish Ombud’s 3) publishes the 4 women', async () => {
    const p = await publish(mapping, { payMinPersons: 3 });
    expect(p.pay.byLevel[0]?.women.mean).toBe('41500.00');
    expect(p.policy.payMinPersons).toBe(3);
    expect((await auditPublication(p)).clean).toBe(true);
    // audited with the default policy, the same table has findings
    expect((await auditPublication(p, {})).clean).toBe(false);
  });

  it('mergeSmallLevels merges L1 into its neighbour and reports it (given order)', async () => {
    const m = buildMapping([
      ...many(20, { sex: 'female', level: 'L2', pay: 50_000 * NOK }),
      ...many(20, { sex: 'male', level: 'L2', pay: 52_000 * NOK }),
      ...many(4, { sex: 'female', level: 'L1', pay: 40_000 * NOK }),
      ...many(40, { sex: 'male', level: 'L1', pay: 45_000 * NOK }),
      ...many(10, { sex: 'female', level: 'L3', pay: 60_000 * NOK }),
      ...many(10, { sex: 'male', level: 'L3', pay: 61_000 * NOK }),
    ]);
    expect(m.pay.byLevel.map((c) => c.key)).toEqual(['L2', 'L1', 'L3']);
    const given = await publish(m, { mergeSmallLevels: true });
    expect(given.merges.map((x) => [x.from, x.key])).toEqual([[['L1', 'L3'], 'L1 + L3']]);
    expect(given.pay.byLevel.map((c) => c.key)).toEqual(['L2', 'L1 + L3']);
    const merged = given.pay.byLevel[1];
    // (4 × 41 500 + 10 × 64 500) / 14 = 57 928.571… → 57 928.57
    expect(merged?.women).toEqual({ count: 14, mean: '57928.57', median: null });
    expect(merged?.population.women).toBe(14);
    expect(given.merges[0]?.reason.en).toContain('merged');
    expect(given.merges[0]?.reason.nn).toContain('slått saman');
    expect((await auditPublication(given)).clean).toBe(true);
    const sorted = await publish(m, { mergeSmallLevels: true, levelOrder: 'sorted-key' });
    expect(sorted.merges.map((x) => x.key)).toEqual(['L1 + L2']);
    expect(sorted.pay.byLevel.map((c) => c.key)).toEqual(['L1 + L2', 'L3']);
  });

  it('refuses an invalid policy or mapping with the input error naming the path', async () => {
    await expect(publish(mapping, { payMinPersons: 0 })).rejects.toBeInstanceOf(LikestillingInputError);
    await expect(publish(mapping, { payMinPersons: 0 })).rejects.toMatchObject({ issues: [{ path: ['policy', 'payMinPersons'] }] });
    await expect(publish(mapping, { unknownOption: true } as never)).rejects.toBeInstanceOf(LikestillingInputError);
    await expect(publish({ population: 'x' } as never)).rejects.toMatchObject({ name: 'LikestillingInputError' });
    await expect(auditPublication(mapping, { recoveryTolerancePercent: -1 })).rejects.toMatchObject({
      issues: [{ path: ['policy', 'recoveryTolerancePercent'] }],
    });
  });
});

// Golden case (ANON-2, ANON-7; the attacker's larger employers, seed 1 301 185): a bonus that is 0
// for everyone (the builder's), and a level of 6 women and 2 men. The employer's women's share of
// men's bonus is undefined and neither shown nor hidden: the table states that every man's bonus is
// exactly 0, so the 2 men's bonus is no secret. Worked by hand: the men's bonus of L2 can only be 0.
const zeroBonusTwoMen: P[] = [
  ...many(20, { sex: 'female', level: 'L1', pay: 50_000 * NOK }),
  ...many(20, { sex: 'male', level: 'L1', pay: 52_000 * NOK }),
  ...many(6, { sex: 'female', level: 'L2', pay: 45_000 * NOK }),
  ...many(2, { sex: 'male', level: 'L2', pay: 47_000 * NOK }),
];

describe('publish — a share of men’s pay the table states undefined (golden)', async () => {
  const mapping = buildMapping(zeroBonusTwoMen);
  const bonusOfTwoMen: JsonPath = ['payComponents', 'bonus', 'byLevel', 1, 'men', 'mean'];

  it('publishes the 2 men’s bonus of 0.00 beside the employer’s (given away, ANON-2); their pay stays hidden', async () => {
    expect(mapping.payComponents.bonus.total.womenShareOfMen.mean).toBeNull();
    const p = await publish(mapping);
    expect(getPath(p, bonusOfTwoMen)).toBe('0.00');
    expect(entry(p, bonusOfTwoMen)).toBeUndefined();
    expect(entry(p, ['pay', 'byLevel', 1, 'men', 'mean'])).toMatchObject({ rule: 'primary' });
    expect((await auditPublication(json(p))).findings).toEqual([]);
  });

  it('with ratios only, leaves it out by choice, not by its threshold: the undefined share tells it (STAT-B0)', async () => {
    const p = await publish(mapping, { ratiosOnly: true });
    expect(entry(p, bonusOfTwoMen)).toMatchObject({ rule: 'by-choice', threshold: null });
    expect(entry(p, ['payComponents', 'bonus', 'byLevel', 1, 'womenShareOfMen', 'mean'])).toBeUndefined();
    expect(entry(p, ['pay', 'byLevel', 1, 'men', 'mean'])).toMatchObject({ rule: 'primary' });
    expect((await auditPublication(json(p))).findings).toEqual([]);
    // the independent attacker, reading every listed figure as one that exists, pins the men's
    // amounts at 0: only those left out by choice (the employer's and the 2 men's bonus)
    const pinned = (await attack(json(p), { listedExists: true })).hidden.filter((h) => h.recovered);
    expect(pinned.map((h) => h.path.join('.'))).toContain(bonusOfTwoMen.join('.'));
    expect(pinned.filter((h) => h.rule !== 'by-choice')).toEqual([]);
  });

  it('the audit finds the bonus hidden by its threshold, with the undefined share in the chain', async () => {
    // the table the old publish wrote: the 2 men's bonus hidden by its threshold, with its share
    const p = json(await publish(mapping, { ratiosOnly: true })) as PublishedMapping;
    const hideByThreshold = (path: JsonPath) => ({ path, rule: 'primary' as const, threshold: 5, reason: { nb: 'Skjult.', nn: 'Skjult.', en: 'Hidden.' } });
    const share: JsonPath = ['payComponents', 'bonus', 'byLevel', 1, 'womenShareOfMen', 'mean'];
    const old = {
      ...p,
      suppressed: [
        ...p.suppressed.filter((x) => JSON.stringify(x.path) !== JSON.stringify(bonusOfTwoMen)),
        hideByThreshold(bonusOfTwoMen),
        hideByThreshold(share),
      ],
    };
    const f = finding((await auditPublication(old)).findings, bonusOfTwoMen);
    expect(f).toMatchObject({ kind: 'recoverable', criterion: 'exact', interval: { lower: '0.00', upper: '0.00' } });
    const relations = (f?.via ?? []).map((r) => r.relation.en);
    expect(relations).toContainEqual(expect.stringContaining('payComponents.bonus.total.womenShareOfMen.mean: no women’s share'.replace('’', "'")));
    expect((f?.via ?? []).flatMap((r) => r.paths.map((x) => JSON.stringify(x)))).toContain(
      JSON.stringify(['payComponents', 'bonus', 'total', 'womenShareOfMen', 'mean']),
    );
  });
});

describe('auditPublication — input it cannot read is reported, never called clean', () => {
  it('an unreadable table is a clear error result, never a throw', async () => {
    for (const bad of ['not a table', null, 42, { population: { women: 'x' } }]) {
      const a = await auditPublication(bad);
      expect(a.readable).toBe(false);
      expect(a.clean).toBe(false);
      expect(a.findings[0]?.kind).toBe('unreadable');
      expect(a.issues.length).toBeGreaterThan(0);
    }
  });

  it('a cycle of parent units, an unknown parent, a negative mean, a mean beside a count of 0, figures that do not add up', async () => {
    const m = buildMapping([
      ...many(10, { sex: 'female', unit: 'Dir/East', pay: 40_000 * NOK }),
      ...many(10, { sex: 'male', unit: 'Dir/West', pay: 41_000 * NOK }),
    ]);
    const base = json(m) as {
      byUnit: { key: string | null; parent: string | null }[];
      pay: { total: { women: { count: number; mean: string | null } } };
      population: { total: number };
    };
    const dir = base.byUnit.findIndex((u) => u.key === 'Dir');
    const east = base.byUnit.findIndex((u) => u.key === 'Dir/East');
    const variants: [string, (t: typeof base) => void][] = [
      ['cycle', (t) => ((t.byUnit[dir] as { parent: string | null }).parent = 'Dir/East')],
      ['unknown parent', (t) => ((t.byUnit[east] as { parent: string | null }).parent = 'Nowhere')],
      ['negative mean', (t) => (t.pay.total.women.mean = '-1.00')],
      ['mean beside 0', (t) => setPath(t, ['pay', 'total', 'women', 'count'], 0)],
      ['inconsistent', (t) => setPath(t, ['temporary', 'total', 'count'], 7)],
    ];
    for (const [name, change] of variants) {
      const t = json(base) as typeof base;
      change(t);
      const a = await auditPublication(t);
      expect({ name, readable: a.readable, clean: a.clean }).toEqual({ name, readable: false, clean: false });
    }
  });

  it('a unit tree 2 000 levels deep is read without recursion', async () => {
    const ps: P[] = [];
    let path = 'U0';
    for (let i = 1; i < 2000; i++) path += `/U${i}`;
    ps.push(...many(6, { sex: 'female', unit: path, pay: 40_000 * NOK }), ...many(6, { sex: 'male', unit: path, pay: 41_000 * NOK }));
    const m = buildMapping(ps);
    expect(m.byUnit.length).toBe(2000);
    const a = await auditPublication(m);
    expect(a.readable).toBe(true);
  });

  it('2 000 sibling units with every unit’s pay hidden are audited in seconds, and clean (issue 14, item 5)', async () => {
    // one woman and one man a unit, every unit's pay hidden by its threshold: each unit's hidden sums
    // hang on the parent's published sum. The audit's tables used to take every sibling into every
    // programme (more than ten minutes); now a wide row gives each programme a few dozen of them
    const ps: P[] = [];
    for (let u = 0; u < 2000; u++)
      ps.push({ sex: 'female', unit: `Org/U${u}`, pay: (40_000 + u) * NOK }, { sex: 'male', unit: `Org/U${u}`, pay: (41_000 + u) * NOK });
    const table = json(buildMapping(ps)) as Record<string, unknown> & { byUnit: (Record<string, unknown> & { key: string | null })[] };
    const suppressed: unknown[] = [];
    const reason = { nb: 'Skjult.', nn: 'Skjult.', en: 'Hidden.' };
    table.byUnit.forEach((unit, i) => {
      if (unit.key === 'Org') return;
      for (const section of ['pay', 'agreedPay'])
        for (const path of [
          ['women', 'mean'],
          ['women', 'median'],
          ['men', 'mean'],
          ['men', 'median'],
          ['womenShareOfMen', 'mean'],
          ['womenShareOfMen', 'median'],
        ]) {
          const at: JsonPath = ['byUnit', i, section, ...path];
          if (getPath(table, at) === undefined) continue;
          setPath(table, at, null);
          suppressed.push({ path: at, rule: 'primary', threshold: 5, reason });
        }
    });
    expect(suppressed.length).toBeGreaterThan(2000 * 6);
    const a = await auditPublication({ ...table, suppressed, merges: [] });
    expect({ readable: a.readable, clean: a.clean, examined: a.examined >= 2000 * 4 }).toEqual({ readable: true, clean: true, examined: true });
  }, 120_000);

  it('accepts a minimal table of another tool (population and pay only)', async () => {
    const m = buildMapping(fourWomen);
    const a = await auditPublication({ population: m.population, pay: m.pay });
    expect(a.readable).toBe(true);
    expect(a.findings.some((f) => f.kind === 'below-threshold')).toBe(true);
  });
});

describe('publish — a directorate that holds every employee is the employer total in all but name (golden)', async () => {
  // Dir holds everyone: 2 temporary men sit in Dir itself, the rest in two regions. Dir's own
  // temporary men (2 < 3) must not follow from Dir − East − West; the cheap protection is a cell of
  // a region, never Dir's figures, which equal the employer's required STAT-A2 figures.
  const persons: P[] = [
    ...many(2, { sex: 'male', unit: 'Dir', pay: 60_000 * NOK, temporary: true }),
    ...many(3, { sex: 'female', unit: 'Dir', pay: 60_000 * NOK }),
    ...many(5, { sex: 'male', unit: 'Dir/East', pay: 50_000 * NOK, temporary: true }),
    ...many(15, { sex: 'male', unit: 'Dir/East', pay: 50_000 * NOK }),
    ...many(20, { sex: 'female', unit: 'Dir/East', pay: 50_000 * NOK }),
    ...many(6, { sex: 'male', unit: 'Dir/West', pay: 50_000 * NOK, temporary: true }),
    ...many(14, { sex: 'male', unit: 'Dir/West', pay: 50_000 * NOK }),
    ...many(20, { sex: 'female', unit: 'Dir/West', pay: 50_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);
  const dir = mapping.byUnit.findIndex((u) => u.key === 'Dir');

  it('keeps the employer’s and the directorate’s temporary counts by sex', () => {
    expect(p.temporary.men.count).toBe(13);
    expect(p.temporary.women.count).toBe(0);
    expect(p.byUnit[dir]?.temporary.men.count).toBe(13);
    expect(p.suppressed.some((s) => s.path[0] === 'temporary')).toBe(false);
  });

  it('protects the directorate’s own 2 temporary men through a region instead, and the audit is clean', async () => {
    expect(p.suppressed.some((s) => s.rule === 'secondary' && s.path[0] === 'byUnit' && s.path[1] !== dir && s.path.includes('temporary'))).toBe(true);
    expect((await auditPublication(json(p))).clean).toBe(true);
  });
});

describe('publish — one temporary employee of other sex in the whole employer (golden)', async () => {
  // The employer's other/unknown temporary count (1 < 3) is hidden; total − women − men would give
  // it back. The statement requires the counts of women and men (STAT-A2), not the total: the
  // total is hidden (and whatever recomputes it), the men's and women's counts stay.
  const persons: P[] = [
    ...many(1, { sex: 'other', unit: 'A', pay: 50_000 * NOK, temporary: true }),
    ...many(4, { sex: 'female', unit: 'A', pay: 50_000 * NOK, temporary: true }),
    ...many(16, { sex: 'female', unit: 'A', pay: 50_000 * NOK }),
    ...many(5, { sex: 'male', unit: 'A', pay: 50_000 * NOK, temporary: true }),
    ...many(15, { sex: 'male', unit: 'A', pay: 50_000 * NOK }),
    ...many(4, { sex: 'female', unit: 'B', pay: 50_000 * NOK, temporary: true }),
    ...many(16, { sex: 'female', unit: 'B', pay: 50_000 * NOK }),
    ...many(4, { sex: 'male', unit: 'B', pay: 50_000 * NOK, temporary: true }),
    ...many(16, { sex: 'male', unit: 'B', pay: 50_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);

  it('keeps the employer’s counts of temporary women and men, hides the total instead', async () => {
    expect(p.temporary.women.count).toBe(8);
    expect(p.temporary.men.count).toBe(9);
    expect(p.temporary.otherOrUnknown.count).toBeNull();
    expect(p.temporary.total.count).toBeNull();
    expect((await auditPublication(json(p))).clean).toBe(true);
  });
});

// ANON-7: `publish` writes a table only once an analysis of it found nothing. When its secondary
// suppression runs out of rounds (or of passes) first, it throws and writes nothing; with the real
// limits these payrolls publish clean tables.
describe('publish — out of rounds, no table', () => {
  it('throws, naming the figure it could not protect, when no round of protection is left', async () => {
    const mapping = buildMapping(twoSmallLevels);
    const error = await publishWithin(mapping, {}, {}, { rounds: 0, passes: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LikestillingInputError);
    const issues = (error as LikestillingInputError).issues;
    // A's and B's women (hidden by their threshold) together follow from the total and C's
    expect(issues.map((i) => i.path.join('.'))).toContain('mapping.pay.byLevel.0.women.mean');
    expect(issues).toHaveLength(4); // and the same women's means of agreed pay, base pay and fixed allowances
    for (const i of issues) {
      expect(i.code).toBe('invalid_value');
      expect(i.expectation).toEqual({ key: 'protectableFigure' });
    }
    // the message names paths and what is expected, never a figure of the table
    expect((error as Error).message).not.toMatch(/\d{3}/);
    const published = await publish(mapping);
    expect((await auditPublication(json(published))).findings).toEqual([]);
  });

  it('throws when the figures given away by others must be hidden again after the last pass', async () => {
    const { mapping, policy } = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../tests/anonymisation/fixtures/given-away-then-hidden.json'), 'utf8'),
    ) as {
      mapping: Mapping;
      policy: PublicationPolicyInput;
    };
    const error = await publishWithin(mapping, policy, {}, { rounds: 60, passes: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LikestillingInputError);
    expect((error as LikestillingInputError).issues.map((i) => i.path.join('.'))).toEqual(['mapping.involuntaryPartTime.otherOrUnknown.count']);
    const published = await publishWithin(mapping, policy, {}, { rounds: 60, passes: 2 });
    expect(published.involuntaryPartTime.otherOrUnknown.count).toBeNull();
  });
});

describe('publish — involuntary part-time and its answers (DEF-INV: involuntary ≤ answered ≤ part-timers; ANON-2, ANON-7)', async () => {
  // unit A: 2 women, one a part-timer who says she is involuntarily part-time; 10 men.
  // unit B: 10 women, one a part-timer who did not answer; 10 men. Everybody else full-time.
  const persons: P[] = [
    { sex: 'female', unit: 'A', pay: 40_000 * NOK, partTime: true, involuntary: true },
    { sex: 'female', unit: 'A', pay: 40_000 * NOK },
    ...many(10, { sex: 'male', unit: 'A', pay: 40_000 * NOK }),
    { sex: 'female', unit: 'B', pay: 40_000 * NOK, partTime: true, involuntary: null },
    ...many(9, { sex: 'female', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'male', unit: 'B', pay: 40_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);
  const a = mapping.byUnit.findIndex((u) => u.key === 'A');
  const b = mapping.byUnit.findIndex((u) => u.key === 'B');

  it('publishes the 0 involuntary of a unit where nobody answered: the published 0 answered gives it away', () => {
    // B's women: 0 involuntary with a rest of 1 part-timer fails ANON-2, but 0 ≤ involuntary ≤ answered = 0
    expect(p.byUnit[b]?.involuntaryPartTime.women).toMatchObject({ count: 0, answered: 0 });
    expect(entry(p, ['byUnit', b, 'involuntaryPartTime', 'women', 'count'])).toBeUndefined();
  });

  it('hides the answered count of a small group whose part-timers are hidden: "1 answered" would tell "not none"', () => {
    // A's 2 women: 1 part-timer fails ANON-2; a published answered count of 1 says at least one of the 2 works part-time
    expect(entry(p, ['byUnit', a, 'partTime', 'women', 'count'])).toMatchObject({ rule: 'primary' });
    expect(p.byUnit[a]?.involuntaryPartTime.women.answered).toBeNull();
    expect(entry(p, ['byUnit', a, 'involuntaryPartTime', 'women', 'answered'])).toMatchObject({
      rule: 'secondary',
      protects: ['byUnit', a, 'partTime', 'women', 'count'],
    });
  });

  it('passes the audit, and an attacker recovers nothing hidden', async () => {
    expect((await auditPublication(json(p))).findings).toEqual([]);
    expect((await attack(json(p))).hidden.filter((h) => h.recovered)).toEqual([]);
  });
});

describe('publish — the singleton pass never hides a figure that other published figures give away (ANON-3)', async () => {
  // unit A: 2 men, one a part-timer who answered; 10 women, none part-time. Unit B: 13 men (3 part-time, all answered), 10 women.
  const persons: P[] = [
    { sex: 'male', unit: 'A', pay: 40_000 * NOK, partTime: true, involuntary: true },
    { sex: 'male', unit: 'A', pay: 40_000 * NOK },
    ...many(10, { sex: 'female', unit: 'A', pay: 40_000 * NOK }),
    ...many(3, { sex: 'male', unit: 'B', pay: 40_000 * NOK, partTime: true, involuntary: false }),
    ...many(10, { sex: 'male', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'female', unit: 'B', pay: 40_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = await publish(mapping);
  const a = mapping.byUnit.findIndex((u) => u.key === 'A');

  it('keeps A’s women’s answered 0 (no woman there works part-time), hides A’s total answered instead, and the employer’s women’s figures stay', async () => {
    // A's men's answered count is hidden (a small group's part-timers); women + men = total then gives it
    // back unless one more is hidden: the women's 0 would protect nothing (their part-time count is a published 0)
    expect(entry(p, ['byUnit', a, 'involuntaryPartTime', 'men', 'answered'])).toMatchObject({ rule: 'secondary' });
    expect(p.byUnit[a]?.involuntaryPartTime.women.answered).toBe(0);
    expect(entry(p, ['byUnit', a, 'involuntaryPartTime', 'total', 'answered'])).toMatchObject({ rule: 'secondary' });
    // (picking the women's 0 first cost their part-time count in A and the employer's, with its percents: 78 figures hidden, not 45)
    expect(p.byUnit[a]?.partTime.women.count).toBe(0);
    expect(p.partTime.women.count).toBe(0);
    expect(p.partTime.womenShareOfCategory).not.toBeNull();
    expect((await auditPublication(json(p))).findings).toEqual([]);
  });
});

import { describe, it, expect } from 'vitest';
import { buildMapping, many, type P } from './_builders.js';
import { auditPublication, publish, PublicationPolicySchema, PublishedMappingSchema, type PublishedMapping } from '../../src/anonymisation/index.js';
import { getPath, setPath } from '../../src/anonymisation/_lib/paths.js';
import type { JsonPath } from '../../src/anonymisation/types.js';

const NOK = 100; // øre per krone

function entry(p: PublishedMapping, path: JsonPath) {
  return p.suppressed.find((s) => JSON.stringify(s.path) === JSON.stringify(path));
}

function plant(p: PublishedMapping, from: unknown, path: JsonPath): unknown {
  const copy = JSON.parse(JSON.stringify(p)) as unknown;
  setPath(copy, path, getPath(from, path));
  return copy;
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}

// Golden case 1 (ANON-2, ANON-3): a level with 4 women and 40 men next to a level with 20 + 20.
// Women of L1 earn 40 000, 41 000, 42 000, 43 000 NOK → mean 41 500.00 (hidden: 4 < 5).
const fourWomen: P[] = [
  ...many(4, { sex: 'female', level: 'L1', pay: 40_000 * NOK }),
  ...many(40, { sex: 'male', level: 'L1', pay: 45_000 * NOK }),
  ...many(20, { sex: 'female', level: 'L2', pay: 50_000 * NOK }),
  ...many(20, { sex: 'male', level: 'L2', pay: 52_000 * NOK }),
];

describe('publish — a level with 4 women and 40 men (golden)', () => {
  const mapping = deepFreeze(buildMapping(fourWomen));
  const p = publish(mapping);

  it('hides the women’s pay figures of L1 and both ratios (primary, count 4, threshold 5)', () => {
    const l1 = p.pay.byLevel[0];
    expect(l1?.key).toBe('L1');
    expect(l1?.women).toEqual({ count: 4, mean: null, median: null });
    expect(l1?.womenShareOfMen).toEqual({ mean: null, median: null });
    expect(l1?.men.mean).toBe(mapping.pay.byLevel[0]?.men.mean); // 40 men: published
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])).toMatchObject({ rule: 'primary', count: 4, threshold: 5 });
    expect(entry(p, ['pay', 'byLevel', 0, 'womenShareOfMen', 'mean'])).toMatchObject({ rule: 'primary', count: 4, threshold: 5 });
    expect(mapping.pay.byLevel[0]?.women.mean).toBe('41500.00');
  });

  it('hides the women’s mean of L2 as well (secondary: total mean × 24 − 20 × L2 mean gives L1 back), not the employer total', () => {
    expect(p.pay.byLevel[1]?.women.mean).toBeNull();
    expect(p.pay.byLevel[1]?.womenShareOfMen.mean).toBeNull();
    expect(p.pay.byLevel[1]?.women.median).toBe(mapping.pay.byLevel[1]?.women.median); // 20 women: the median stays
    expect(entry(p, ['pay', 'byLevel', 1, 'women', 'mean'])).toMatchObject({ rule: 'secondary', protects: ['pay', 'byLevel', 0, 'women', 'mean'], count: 4, threshold: 5 });
    expect(p.pay.total.women.mean).toBe(mapping.pay.total.women.mean);
    expect(p.pay.total.womenShareOfMen.mean).toBe(mapping.pay.total.womenShareOfMen.mean);
  });

  it('applies the same pattern to agreed pay and every pay component', () => {
    for (const section of [p.agreedPay, p.payComponents.basePay, p.payComponents.fixedAllowances]) {
      expect(section.byLevel[0]?.women.mean).toBeNull();
      expect(section.byLevel[1]?.women.mean).toBeNull();
      expect(section.total.women.mean).not.toBeNull();
    }
  });

  it('explains every hidden value in bokmål and English, without any amount', () => {
    for (const s of p.suppressed) {
      expect(s.reason.nb.length).toBeGreaterThan(20);
      expect(s.reason.en.length).toBeGreaterThan(20);
      expect(`${s.reason.nb} ${s.reason.en}`).not.toMatch(/41500|41 500|50000|45000/);
    }
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])?.reason.en).toContain('at least 5');
    expect(entry(p, ['pay', 'byLevel', 0, 'women', 'mean'])?.reason.nb).toContain('minst 5');
  });

  it('passes its own audit and its own schema; states the policy used', () => {
    expect(auditPublication(JSON.parse(JSON.stringify(p))).findings).toEqual([]);
    expect(PublishedMappingSchema.safeParse(JSON.parse(JSON.stringify(p))).success).toBe(true);
    expect(p.policy).toEqual(PublicationPolicySchema.parse({}));
    expect(p.merges).toEqual([]);
  });

  it('the audit of the unprotected mapping reports the published figure below the threshold', () => {
    const a = auditPublication(mapping);
    expect(a.clean).toBe(false);
    expect(a.findings).toContainEqual(expect.objectContaining({ kind: 'below-threshold', path: ['pay', 'byLevel', 0, 'women', 'mean'], count: 4, threshold: 5 }));
  });

  it('putting the L2 mean back lets the audit recompute L1’s hidden mean (total mean × n − Σ others)', () => {
    const a = auditPublication(plant(p, mapping, ['pay', 'byLevel', 1, 'women', 'mean']));
    const f = a.findings.find((x) => x.kind === 'recoverable' && JSON.stringify(x.path) === JSON.stringify(['pay', 'byLevel', 0, 'women', 'mean']));
    expect(f).toBeDefined();
    // exact answer 41 500.00; the bound comes from the rounding of the published means to øre
    expect(Math.abs(Number(f?.estimate) - 41_500)).toBeLessThanOrEqual(Number(f?.error) + 0.005);
    expect(Number(f?.error)).toBeLessThan(0.5);
    expect(f?.via).toEqual(expect.arrayContaining([['pay', 'byLevel', 1, 'women', 'mean'], ['pay', 'total', 'women', 'mean']]));
  });

  it('is deterministic and does not mutate the mapping (frozen input)', () => {
    expect(publish(mapping)).toEqual(p);
  });
});

describe('publish — the ratio-times-mean leak (golden)', () => {
  const mapping = buildMapping(fourWomen);
  const p = publish(mapping);

  it('a published women’s share × the men’s mean gives the hidden women’s mean back', () => {
    const planted = plant(p, mapping, ['pay', 'byLevel', 0, 'womenShareOfMen', 'mean']);
    const a = auditPublication(planted);
    const f = a.findings.find((x) => x.kind === 'recoverable' && JSON.stringify(x.path) === JSON.stringify(['pay', 'byLevel', 0, 'women', 'mean']));
    expect(f?.via).toEqual([
      ['pay', 'byLevel', 0, 'womenShareOfMen', 'mean'],
      ['pay', 'byLevel', 0, 'men', 'mean'],
    ]);
    // men's mean 64 500.00 (45 000 … 84 000 in steps of 1 000) and a share rounded to 0.1 % (64.3)
    expect(mapping.pay.byLevel[0]?.men.mean).toBe('64500.00');
    const share = Number(mapping.pay.byLevel[0]?.womenShareOfMen.mean);
    expect(share).toBe(64.3);
    expect(Number(f?.estimate)).toBeCloseTo((64.3 * 64_500) / 100, 2);
    expect(Math.abs(Number(f?.estimate) - 41_500)).toBeLessThanOrEqual(Number(f?.error));
    expect(Number(f?.error) / 41_500).toBeLessThan(0.01);
  });

  it('and the median share gives the hidden median back', () => {
    const a = auditPublication(plant(p, mapping, ['pay', 'byLevel', 0, 'womenShareOfMen', 'median']));
    expect(a.findings.map((f) => f.path)).toContainEqual(['pay', 'byLevel', 0, 'women', 'median']);
  });
});

describe('publish — two small levels whose sum is derivable (golden)', () => {
  // A: 2 women, B: 2 women → A + B = total − C is the mean of 4 women (< 5): C must be hidden too.
  const persons: P[] = [
    ...many(2, { sex: 'female', level: 'A', pay: 40_000 * NOK }),
    ...many(2, { sex: 'female', level: 'B', pay: 42_000 * NOK }),
    ...many(20, { sex: 'female', level: 'C', pay: 50_000 * NOK }),
    ...many(10, { sex: 'male', level: 'A', pay: 45_000 * NOK }),
    ...many(10, { sex: 'male', level: 'B', pay: 46_000 * NOK }),
    ...many(10, { sex: 'male', level: 'C', pay: 52_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = publish(mapping);

  it('hides A and B (primary) and C (secondary, protecting the union of 4 women), keeps the total', () => {
    expect(p.pay.byLevel.map((c) => c.women.mean)).toEqual([null, null, null]);
    expect(entry(p, ['pay', 'byLevel', 2, 'women', 'mean'])).toMatchObject({ rule: 'secondary', count: 4, threshold: 5 });
    expect(p.pay.total.women.mean).not.toBeNull();
    expect(auditPublication(JSON.parse(JSON.stringify(p))).clean).toBe(true);
  });

  it('the audit reports the combined figure of A and B when C is published', () => {
    const a = auditPublication(plant(p, mapping, ['pay', 'byLevel', 2, 'women', 'mean']));
    expect(a.findings).toContainEqual(expect.objectContaining({ kind: 'combination-disclosed', count: 4, threshold: 5, path: ['pay', 'byLevel', 0, 'women', 'mean'] }));
    // (40 000 + 41 000 + 42 000 + 43 000) / 4 = 41 500.00
    const f = a.findings.find((x) => x.kind === 'combination-disclosed');
    expect(Math.abs(Number(f?.estimate) - 41_500)).toBeLessThanOrEqual(Number(f?.error) + 0.005);
  });

  it('with 3 + 4 women the union has 7 persons: C stays published', () => {
    const bigger = publish(
      buildMapping([
        ...many(3, { sex: 'female', level: 'A', pay: 40_000 * NOK }),
        ...many(4, { sex: 'female', level: 'B', pay: 42_000 * NOK }),
        ...many(20, { sex: 'female', level: 'C', pay: 50_000 * NOK }),
        ...many(10, { sex: 'male', level: 'C', pay: 52_000 * NOK }),
      ]),
    );
    expect(bigger.pay.byLevel.map((c) => c.women.mean === null)).toEqual([true, true, false]);
    expect(auditPublication(bigger).clean).toBe(true);
  });
});

describe('publish — a unit tree where a region has one small unit (golden)', () => {
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
  const p = publish(mapping);
  const idx = (key: string) => mapping.byUnit.findIndex((u) => u.key === key);

  it('hides U1 (primary), U2 (secondary), keeps the region, the directorate and the total', () => {
    expect(p.byUnit.map((u) => [u.key, u.pay.women.mean === null])).toEqual([
      ['Dir', false],
      ['Dir/East', false],
      ['Dir/West', false],
      ['Dir/East/U1', true],
      ['Dir/East/U2', true],
    ]);
    expect(entry(p, ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'])).toMatchObject({ rule: 'primary', count: 2 });
    expect(entry(p, ['byUnit', idx('Dir/East/U2'), 'pay', 'women', 'mean'])).toMatchObject({ rule: 'secondary', protects: ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'] });
    expect(p.byUnit[idx('Dir/East/U2')]?.agreedPay.women.mean).toBeNull();
    expect(auditPublication(JSON.parse(JSON.stringify(p))).clean).toBe(true);
  });

  it('putting U2 back: the audit recomputes U1 from the region (parent = own + children, own empty)', () => {
    const a = auditPublication(plant(p, mapping, ['byUnit', idx('Dir/East/U2'), 'pay', 'women', 'mean']));
    expect(a.findings).toContainEqual(expect.objectContaining({ kind: 'recoverable', path: ['byUnit', idx('Dir/East/U1'), 'pay', 'women', 'mean'] }));
  });

  it('staff of the region outside its units are a group too: 2 own women are not disclosed by East − U', () => {
    const withOwn = buildMapping([
      ...many(2, { sex: 'female', unit: 'Dir/East', pay: 40_000 * NOK }),
      ...many(10, { sex: 'female', unit: 'Dir/East/U2', pay: 50_000 * NOK }),
      ...many(20, { sex: 'female', unit: 'Dir/West', pay: 52_000 * NOK }),
    ]);
    const raw = auditPublication(withOwn);
    expect(raw.findings).toContainEqual(expect.objectContaining({ kind: 'remainder-disclosed', path: ['byUnit', 1, '(own)', 'pay', 'women', 'mean'], count: 2 }));
    const pub = publish(withOwn);
    expect(auditPublication(pub).clean).toBe(true);
    expect(pub.suppressed.some((s) => s.rule === 'secondary' && s.protects?.includes('(own)'))).toBe(true);
  });
});

describe('publish — attribute counts (ANON-2: 0 or ≥ 3, and the rest too)', () => {
  const persons: P[] = [
    ...many(2, { sex: 'female', unit: 'A', pay: 40_000 * NOK, temporary: true }),
    ...many(8, { sex: 'female', unit: 'A', pay: 40_000 * NOK }),
    ...many(9, { sex: 'male', unit: 'B', pay: 40_000 * NOK, temporary: true }),
    ...many(1, { sex: 'male', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'female', unit: 'B', pay: 40_000 * NOK }),
    ...many(10, { sex: 'male', unit: 'A', pay: 40_000 * NOK }),
  ];
  const mapping = buildMapping(persons);
  const p = publish(mapping);
  const a = mapping.byUnit.findIndex((u) => u.key === 'A');
  const b = mapping.byUnit.findIndex((u) => u.key === 'B');

  it('hides 2 temporary women (count) with their percents and the women’s share of the category', () => {
    expect(p.byUnit[a]?.temporary.women).toEqual({ count: null, percentOfAll: null, percentOfSex: null });
    expect(p.byUnit[a]?.temporary.womenShareOfCategory).toBeNull();
    expect(entry(p, ['byUnit', a, 'temporary', 'women', 'count'])).toMatchObject({ rule: 'primary', count: 2, threshold: 3 });
  });

  it('hides 9 temporary men of 10 (the rest is 1)', () => {
    expect(p.byUnit[b]?.temporary.men.count).toBeNull();
    const e = entry(p, ['byUnit', b, 'temporary', 'men', 'count']);
    expect(e).toMatchObject({ rule: 'primary', count: 1, threshold: 3 });
    expect(e?.reason.en).toContain('without the attribute');
  });

  it('protects them against totals and the sexes of a cell, and passes the audit', () => {
    expect(p.temporary.women.count === null || p.byUnit[b]?.temporary.women.count === null).toBe(true);
    expect(auditPublication(p).clean).toBe(true);
  });

  it('the audit derives a hidden count from a published percent × the head count', () => {
    const planted = plant(p, mapping, ['byUnit', a, 'temporary', 'women', 'percentOfSex']);
    const f = auditPublication(planted).findings.find((x) => JSON.stringify(x.path) === JSON.stringify(['byUnit', a, 'temporary', 'women', 'count']));
    expect(f).toMatchObject({ kind: 'recoverable', estimate: '2', via: [['byUnit', a, 'temporary', 'women', 'percentOfSex']] });
  });
});

describe('publish — policy options', () => {
  const mapping = buildMapping(fourWomen);

  it('ratiosOnly publishes no NOK amount (STAT-B0) but the ratios of cells with enough persons', () => {
    const p = publish(mapping, { ratiosOnly: true });
    const cells = [p.pay.total, ...p.pay.byLevel, ...p.agreedPay.byLevel];
    for (const c of cells) expect([c.women.mean, c.women.median, c.men.mean, c.men.median]).toEqual([null, null, null, null]);
    expect(p.pay.byLevel[1]?.womenShareOfMen.mean).toBe(mapping.pay.byLevel[1]?.womenShareOfMen.mean);
    expect(p.pay.byLevel[0]?.womenShareOfMen.mean).toBeNull(); // 4 women
    expect(entry(p, ['pay', 'total', 'women', 'mean'])).toMatchObject({ rule: 'by-choice' });
    expect(auditPublication(p).clean).toBe(true);
  });

  it('a lower threshold (the Finnish Ombud’s 3) publishes the 4 women', () => {
    const p = publish(mapping, { payMinPersons: 3 });
    expect(p.pay.byLevel[0]?.women.mean).toBe('41500.00');
    expect(p.policy.payMinPersons).toBe(3);
    expect(auditPublication(p).clean).toBe(true);
    // audited with the default policy, the same table has findings
    expect(auditPublication(p, {}).clean).toBe(false);
  });

  it('mergeSmallLevels merges L1 into its neighbour and reports it (given order)', () => {
    const m = buildMapping([
      ...many(20, { sex: 'female', level: 'L2', pay: 50_000 * NOK }),
      ...many(20, { sex: 'male', level: 'L2', pay: 52_000 * NOK }),
      ...many(4, { sex: 'female', level: 'L1', pay: 40_000 * NOK }),
      ...many(40, { sex: 'male', level: 'L1', pay: 45_000 * NOK }),
      ...many(10, { sex: 'female', level: 'L3', pay: 60_000 * NOK }),
      ...many(10, { sex: 'male', level: 'L3', pay: 61_000 * NOK }),
    ]);
    expect(m.pay.byLevel.map((c) => c.key)).toEqual(['L2', 'L1', 'L3']);
    const given = publish(m, { mergeSmallLevels: true });
    expect(given.merges.map((x) => [x.from, x.key])).toEqual([[['L1', 'L3'], 'L1 + L3']]);
    expect(given.pay.byLevel.map((c) => c.key)).toEqual(['L2', 'L1 + L3']);
    const merged = given.pay.byLevel[1];
    // (4 × 41 500 + 10 × 64 500) / 14 = 57 928.571… → 57 928.57
    expect(merged?.women).toEqual({ count: 14, mean: '57928.57', median: null });
    expect(merged?.population.women).toBe(14);
    expect(given.merges[0]?.reason.en).toContain('merged');
    expect(auditPublication(given).clean).toBe(true);
    const sorted = publish(m, { mergeSmallLevels: true, levelOrder: 'sorted-key' });
    expect(sorted.merges.map((x) => x.key)).toEqual(['L1 + L2']);
    expect(sorted.pay.byLevel.map((c) => c.key)).toEqual(['L1 + L2', 'L3']);
  });

  it('refuses an invalid policy', () => {
    expect(() => publish(mapping, { payMinPersons: 0 })).toThrow();
    expect(() => publish(mapping, { unknownOption: true } as never)).toThrow();
  });
});

describe('auditPublication — input', () => {
  it('an unreadable table is a clear error result, never a throw', () => {
    for (const bad of ['not a table', null, 42, { population: { women: 'x' } }]) {
      const a = auditPublication(bad);
      expect(a.readable).toBe(false);
      expect(a.clean).toBe(false);
      expect(a.findings[0]?.kind).toBe('unreadable');
      expect(a.issues.length).toBeGreaterThan(0);
    }
  });

  it('accepts a minimal table of another tool (population and pay only)', () => {
    const m = buildMapping(fourWomen);
    const a = auditPublication({ population: m.population, pay: m.pay });
    expect(a.readable).toBe(true);
    expect(a.findings.some((f) => f.kind === 'below-threshold')).toBe(true);
  });
});

describe('publish — a directorate that holds every employee is the employer total in all but name (golden)', () => {
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
  const p = publish(mapping);
  const dir = mapping.byUnit.findIndex((u) => u.key === 'Dir');

  it('keeps the employer’s and the directorate’s temporary counts by sex', () => {
    expect(p.temporary.men.count).toBe(13);
    expect(p.temporary.women.count).toBe(0);
    expect(p.byUnit[dir]?.temporary.men.count).toBe(13);
    expect(p.suppressed.some((s) => s.path[0] === 'temporary')).toBe(false);
  });

  it('protects the directorate’s own 2 temporary men through a region instead, and the audit is clean', () => {
    expect(p.suppressed.some((s) => s.rule === 'secondary' && s.path[0] === 'byUnit' && s.path[1] !== dir && s.path.includes('temporary'))).toBe(true);
    expect(auditPublication(JSON.parse(JSON.stringify(p))).clean).toBe(true);
  });
});

describe('publish — one temporary employee of other sex in the whole employer (golden)', () => {
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
  const p = publish(mapping);

  it('keeps the employer’s counts of temporary women and men, hides the total instead', () => {
    expect(p.temporary.women.count).toBe(8);
    expect(p.temporary.men.count).toBe(9);
    expect(p.temporary.otherOrUnknown.count).toBeNull();
    expect(p.temporary.total.count).toBeNull();
    expect(auditPublication(JSON.parse(JSON.stringify(p))).clean).toBe(true);
  });
});

/**
 * Publication of the pay-transparency indicators (TRN-7 under ANON-2, ANON-3, ANON-4, ANON-6):
 * a golden case worked by hand, and a property: no hidden value can be recomputed by subtraction
 * from what is published (an independent attack, `_attack.ts`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LikestillingInputError } from '../_lib/input.js';
import { EmployeeSchema, type Employee } from '../models/employee.js';
import { computePayTransparency, publishPayTransparency, PublishedPayTransparencySchema } from './index.js';
import { transparencyOptions, transparencyPayroll } from '../../tests/transparency/_arbitraries.js';
import { hiddenPaths, recomputable, withNulls } from '../../tests/transparency/_attack.js';
import { fullTimePerson } from '../../tests/transparency/_people.js';

/**
 * Case P (22 persons, every hourly pay distinct). Group A: women 100, 110, 120, 130, 140, 150 and
 * men 125, 135, 145, 155, 165, 175; group B: women 105, 115 and men 180 … 215 by 5. A bonus for
 * A's first three women and men, B's first woman and first four men: recipients women 4 of 8,
 * men 7 of 14. Bands of 22 sorted: sizes 5, 6, 5, 6 — band 0 the five lowest women (100 … 120),
 * band 1 three women (130, 140, 150) and three men (125, 135, 145), band 2 five men, band 3 six men.
 */
const caseP: Employee[] = [
  ...[100, 110, 120, 130, 140, 150].map((h, i) => fullTimePerson(`AW${i}`, 'female', 'A', h, i < 3 ? 1000 : 0)),
  ...[125, 135, 145, 155, 165, 175].map((h, i) => fullTimePerson(`AM${i}`, 'male', 'A', h, i < 3 ? 1000 : 0)),
  ...[105, 115].map((h, i) => fullTimePerson(`BW${i}`, 'female', 'B', h, i < 1 ? 1000 : 0)),
  ...[180, 185, 190, 195, 200, 205, 210, 215].map((h, i) => fullTimePerson(`BM${i}`, 'male', 'B', h, i < 4 ? 1000 : 0)),
].map((r) => EmployeeSchema.parse(r));

describe('publishPayTransparency: case P by hand (payMinPersons 5, attributes 3/3)', () => {
  const result = computePayTransparency(caseP, { year: 2026 });
  const published = publishPayTransparency(result);
  const codeOf = (path: string): string | undefined => published.hidden.find((h) => h.path === path)?.code;

  it('has the shape of the schema, the policy stated, (g) apart from the public part', () => {
    expect(PublishedPayTransparencySchema.parse(published)).toEqual(published);
    expect(published.policy).toEqual({ payMinPersons: 5, attributeMinCount: 3, attributeMinRest: 3, ratiosOnly: false });
    expect(published.population).toEqual({ women: 8, men: 14 });
    expect(published.public).not.toHaveProperty('categories');
    expect(published.hidden.every((h) => h.audience === (h.path.startsWith('public.') ? 'public' : 'authority-and-representatives'))).toBe(true);
  });

  it('(a), (c) and annual pay: 8 women and 14 men, all shown', () => {
    expect(published.public.hourly).toEqual(result.hourly);
    expect(published.public.annual).toEqual(result.annual);
  });

  it('(b), (d): 4 women receive variable pay (< 5): their figures and the gaps hidden (ANON-2); men’s 7 shown', () => {
    expect(published.public.variable.mean).toEqual({ women: null, men: result.variable.mean.men, gapPercent: null });
    expect(published.public.variable.median).toEqual({ women: null, men: result.variable.median.men, gapPercent: null });
    expect(codeOf('public.variable.mean.women')).toBe('pay-below-threshold');
    expect(codeOf('public.variable.mean.gapPercent')).toBe('pay-below-threshold');
  });

  it('(e): 4 of 8 women and 7 of 14 men receive it (each side 0 or ≥ 3): shown', () => {
    expect(published.public.variable.recipients).toEqual({ women: { count: 4, percentOfSex: '50.0' }, men: { count: 7, percentOfSex: '50.0' } });
  });

  it('(f): band 1 (3 women, 3 men) hidden; band 0 hidden too, the smallest other band, else 8 − 5 − 0 − 0 would give band 1', () => {
    expect(result.quartiles.map((b) => [b.size, b.women.count, b.men.count])).toEqual([
      [5, '5', '0'],
      [6, '3', '3'],
      [5, '0', '5'],
      [6, '0', '6'],
    ]);
    expect(codeOf('public.quartiles[1].women.count')).toBe('band-below-threshold');
    expect(codeOf('public.quartiles[0].women.count')).toBe('complementary');
    expect(published.public.quartiles[0]).toEqual({
      band: 0,
      size: 5,
      womenPercent: null,
      menPercent: null,
      women: { count: null, persons: null },
      men: { count: null, persons: null },
    });
    expect(published.public.quartiles[2]).toEqual(result.quartiles[2]);
    expect(published.public.quartiles[3]).toEqual(result.quartiles[3]);
  });

  it('(g): B’s 2 women hidden (count and pay), and A’s count of women with them (the counts add up to 8)', () => {
    const [a, b] = published.authorityAndRepresentatives.categories;
    expect(b?.population).toEqual({ women: null, men: 8 });
    expect(codeOf('authorityAndRepresentatives.categories[1].population.women')).toBe('pay-below-threshold');
    expect(b?.hourly.mean).toEqual({ women: null, men: result.categories[1]?.hourly.mean.men, gapPercent: null });
    expect(b?.jointAssessment.meanGapPercent).toBeNull();
    expect(b?.jointAssessment.reason).toBe(result.categories[1]?.jointAssessment.reason);
    expect(a?.population).toEqual({ women: null, men: 6 });
    expect(codeOf('authorityAndRepresentatives.categories[0].population.women')).toBe('complementary');
    // A's women's pay rests on 6: shown
    expect(a?.hourly.mean).toEqual(result.categories[0]?.hourly.mean);
  });

  it('(g): recipients 3 + 1 = 4 women: B’s 1 hidden, so A’s 3 too', () => {
    const [a, b] = published.authorityAndRepresentatives.categories;
    expect(b?.variable.persons.women).toBeNull();
    expect(a?.variable.persons.women).toBeNull();
    expect(codeOf('authorityAndRepresentatives.categories[0].variable.persons.women')).toBe('complementary');
    expect(a?.variable.persons.men).toBe(3);
    expect(b?.variable.persons.men).toBe(4);
  });

  it('(g): A’s 3 men with variable pay hidden (< 5); hourly = basic + variable would give it, so A’s basic mean of men goes, then B’s (the basic means add up to the whole’s)', () => {
    const [a, b] = published.authorityAndRepresentatives.categories;
    expect(a?.variable.mean.men).toBeNull();
    expect(codeOf('authorityAndRepresentatives.categories[0].variable.mean.men')).toBe('pay-below-threshold');
    expect(a?.basic.mean.men).toBeNull();
    expect(codeOf('authorityAndRepresentatives.categories[0].basic.mean.men')).toBe('complementary');
    expect(a?.hourly.mean.men).toBe(result.categories[0]?.hourly.mean.men); // the joint assessment's figure is kept
    expect(a?.basic.mean.gapPercent).toBeNull();
    expect(b?.basic.mean.men).toBeNull();
  });

  it('every reason is in nb, nn and en, names the rule and the threshold, never a hidden value', () => {
    expect(published.hidden.length).toBeGreaterThan(0);
    for (const h of published.hidden) {
      for (const text of [h.text.nb, h.text.nn, h.text.en]) {
        expect(text).toContain(h.rule);
        if (h.threshold !== null && h.code !== 'complementary') expect(text).toContain(String(h.threshold));
        expect(text.replace(/ANON-\d/g, '')).not.toMatch(/\b(2|4|8|14)\b/); // no count of the case
      }
    }
  });

  it('no hidden value can be recomputed by subtraction (the attack finds none; without the complements it finds some)', () => {
    expect(recomputable(result, published)).toEqual([]);
    // the attack can fail: show band 0 again and band 1 follows from the population
    const leaky = structuredClone(published);
    leaky.public.quartiles[0] = structuredClone(result.quartiles[0]!);
    expect(recomputable(result, leaky)).toContain('public.quartiles[1].women.count');
  });
});

describe('publishPayTransparency: policy and input', () => {
  const result = computePayTransparency(caseP, { year: 2026 });

  it('payMinPersons 1 and attributes 1/1: nothing hidden, the figures as computed', () => {
    const published = publishPayTransparency(result, { payMinPersons: 1, attributeMinCount: 1, attributeMinRest: 1 });
    expect(published.hidden).toEqual([]);
    expect(published.public.quartiles).toEqual(result.quartiles);
    expect(published.authorityAndRepresentatives.categories).toEqual(result.categories);
  });

  it('ratiosOnly: every NOK amount hidden (ANON-4), the gaps kept where their groups are big enough', () => {
    const published = publishPayTransparency(result, { ratiosOnly: true });
    expect(published.public.hourly.mean).toEqual({ women: null, men: null, gapPercent: result.hourly.mean.gapPercent });
    expect(published.hidden.find((h) => h.path === 'public.hourly.mean.women')).toMatchObject({ rule: 'ANON-4', code: 'ratios-only', threshold: null });
  });

  it('a bad result or policy is a LikestillingInputError with the path', () => {
    expect(() => publishPayTransparency({ ...result, quartiles: [] })).toThrow(LikestillingInputError);
    try {
      publishPayTransparency(result, { payMinPersons: 0 });
      expect.unreachable();
    } catch (error) {
      expect((error as LikestillingInputError).issues[0]?.path).toEqual(['policy', 'payMinPersons']);
    }
  });
});

describe('publishPayTransparency: properties', () => {
  it('no hidden value can be recomputed by subtraction from what is published, for any payroll and policy', () => {
    fc.assert(
      fc.property(
        transparencyPayroll(70, 40),
        transparencyOptions,
        fc.record({
          payMinPersons: fc.integer({ min: 1, max: 6 }),
          attributeMinCount: fc.integer({ min: 1, max: 4 }),
          attributeMinRest: fc.integer({ min: 1, max: 4 }),
          ratiosOnly: fc.boolean(),
        }),
        (records, options, policy) => {
          const result = computePayTransparency(records, options);
          const published = publishPayTransparency(result, policy);
          expect(recomputable(result, published)).toEqual([]);
          // what is shown is the computed value; what is hidden is listed with a reason
          const hidden = new Set(published.hidden.map((h) => h.path));
          expect(hiddenPaths(result, published).every((p) => hidden.has(p))).toBe(true);
          expect({ public: published.public, authorityAndRepresentatives: published.authorityAndRepresentatives }).toEqual(withNulls(result, [...hidden]));
        },
      ),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { PublicationPolicySchema } from '../policy.js';
import type { JsonPath } from '../types.js';
import { primaryText, primaryTexts } from './text.js';

describe('primaryTexts', () => {
  const policy = PublicationPolicySchema.parse({ attributeMinCount: 4, payMinPersons: 6 });
  const reasonOf = primaryTexts(policy);
  const women: JsonPath = ['temporary', 'women', 'count'];
  const men: JsonPath = ['byUnit', 3, 'partTime', 'men', 'count'];
  const paths: JsonPath[] = [women, men, ['pay', 'byLevel', 0, 'otherOrUnknown', 'mean'], ['parentalLeave', 'women', 'averageWeeks']];

  it('gives each figure the sentence primaryText makes for it, for every kind', () => {
    for (const path of paths) for (const kind of ['count', 'pay', 'weeks'] as const) expect(reasonOf(path, kind)).toEqual(primaryText(path, kind, policy));
    // (the test can fail: the sentences differ by kind and, for pay, by sex)
    expect(primaryText(women, 'pay', policy)).not.toEqual(primaryText(men, 'pay', policy));
    expect(primaryText(women, 'count', policy)).not.toEqual(primaryText(women, 'pay', policy));
  });

  it('gives every figure an object of its own', () => {
    expect(reasonOf(women, 'count')).not.toBe(reasonOf(women, 'count'));
  });
});

import { describe, expect, it } from 'vitest';
import { PublicationPolicySchema } from '../policy.js';
import { primaryText, primaryTexts } from './text.js';

describe('primaryTexts', () => {
  const policy = PublicationPolicySchema.parse({ attributeMinCount: 4, payMinPersons: 6 });
  const reasonOf = primaryTexts(policy);
  const paths = [
    ['temporary', 'women', 'count'],
    ['byUnit', 3, 'partTime', 'men', 'count'],
    ['pay', 'byLevel', 0, 'otherOrUnknown', 'mean'],
    ['parentalLeave', 'women', 'averageWeeks'],
  ] as const;

  it('gives each figure the sentence primaryText makes for it, for every kind', () => {
    for (const path of paths)
      for (const kind of ['count', 'pay', 'weeks'] as const) expect(reasonOf(path, kind)).toEqual(primaryText(path, kind, policy));
    // (the test can fail: the sentences differ by kind and, for pay, by sex)
    expect(primaryText(paths[0], 'pay', policy)).not.toEqual(primaryText(paths[1], 'pay', policy));
    expect(primaryText(paths[0], 'count', policy)).not.toEqual(primaryText(paths[0], 'pay', policy));
  });

  it('gives every figure an object of its own', () => {
    expect(reasonOf(paths[0], 'count')).not.toBe(reasonOf(paths[0], 'count'));
  });
});

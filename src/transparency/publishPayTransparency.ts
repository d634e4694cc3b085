import { PublicationPolicySchema, type PublicationPolicyInput } from '../anonymisation/policy.js';
import { parseInput } from '../_lib/input.js';
import { localised } from '../locales/index.js';
import { complement, member, setNull, type Member, type Relation } from './_lib/suppression.js';
import type { PublishedPayTransparency, TransparencyHiddenValue } from './publishedSchema.js';
import { PayTransparencySchema, type PayGapFigure, type PayTransparency, type TransparencyAudience } from './types.js';

const SEXES = ['women', 'men'] as const;
type Sex = (typeof SEXES)[number];
const STATS = ['mean', 'median'] as const;

/** The members of one pay-gap figure at `prefix`: per statistic, women, men and the gap (the relation `[women, men, gap]`). */
interface FigureMembers {
  readonly stat: Record<(typeof STATS)[number], Record<Sex | 'gap', Member>>;
}

/**
 * Publishes the pay-transparency indicators under the publication policy (TRN-7; ANON-2, ANON-3,
 * ANON-4, ANON-6): (a)–(f) in `public`, (g) and the joint pay assessment in
 * `authorityAndRepresentatives` (Art. 9(7), Art. 10; not for publication), every hidden value
 * `null` in its place and listed in `hidden` with its path and reason (nb, nn, en), never its value.
 *
 * - **Primary** (ANON-2, ANON-4): a mean or median of a sex resting on fewer than `payMinPersons`
 *   persons (hourly and annual over the population, variable pay over its recipients, a category's
 *   figures over its persons), and a category's count of a sex below it; a quartile band with fewer
 *   than `payMinPersons` women or men (both shares of the band); a count of recipients of variable
 *   pay (and its share) where those who receive it are fewer than `attributeMinCount` or those who
 *   do not fewer than `attributeMinRest` (0 is published), and then that sex's variable pay too
 *   (its absence would tell that nobody receives it); a gap with a side below the threshold;
 *   every NOK amount when `ratiosOnly` (the gaps stay).
 * - **Complementary** (ANON-3): hidden further until no hidden value can be recomputed by
 *   subtraction from what is published: a gap with one side hidden (the gap and the other side give it);
 *   the bands' counts against the population; the categories' counts, recipients and
 *   persons × means against the totals; a category's hourly pay against its basic and variable pay
 *   (persons × hourly mean = persons × basic mean + recipients × variable mean), and the
 *   categories' basic pay against the hourly and variable pay of the whole. A gap is hidden first,
 *   then a category's figure, a public one last, and among those the one resting on the fewest persons.
 * - The population's counts of women and men are always published (the indicators' base); a
 *   value they pin whatever else is hidden (e.g. the count of the only category) is shown.
 * - A value hidden is hidden whether or not it exists (a mean of nobody), so that its absence
 *   tells nothing.
 *
 * Medians enter no sum; a published value narrows a hidden one within its rounding only. The
 * publication audit (ANON-7, `auditPublication`) reads ARP's mapping, not this form.
 *
 * @param result - from `computePayTransparency` (or its JSON, checked with `PayTransparencySchema`)
 * @param policy - the publication policy (`PublicationPolicySchema`: `payMinPersons`, `attributeMinCount`, `attributeMinRest`, `ratiosOnly` are used)
 * @returns the published indicators (shape: {@link PublishedPayTransparencySchema})
 * @throws {LikestillingInputError} when the result or the policy is invalid (with the path)
 * @see ARP.md §8 TRN-7, §6 ANON-2, ANON-3, ANON-4, ANON-6
 * @example
 * ```ts
 * const published = publishPayTransparency(computePayTransparency(records, { year: 2026 }), { payMinPersons: 5 });
 * published.public.hourly.mean.gapPercent;            // e.g. '11.8'
 * published.hidden.map((h) => [h.path, h.code]);      // e.g. [['authorityAndRepresentatives.categories[2].hourly.mean.women', 'pay-below-threshold'], …]
 * ```
 */
export function publishPayTransparency(result: PayTransparency, policy: PublicationPolicyInput = {}): PublishedPayTransparency {
  const r = parseInput('publishPayTransparency', PayTransparencySchema, result, ['result']);
  const p = parseInput('publishPayTransparency', PublicationPolicySchema, policy, ['policy']);
  const k = p.payMinPersons;
  const small = (n: number): boolean => n > 0 && n < k;
  const relations: Relation[] = [];
  const members: Member[] = [];
  const add = (paths: readonly string[], persons: number, priority: number, hidden: Member['hidden'] = null): Member => {
    const m = member(paths, persons, priority);
    m.hidden = hidden;
    members.push(m);
    return m;
  };
  /** A pay-gap figure's members: money hidden below the threshold (or all of it when ratios only), each gap tied to its sides. */
  const figure = (
    prefix: string,
    f: PayGapFigure,
    priority: number,
    gapAlso: readonly string[] = [],
    recipients?: Readonly<Record<Sex, Member>>,
  ): FigureMembers => {
    const stat = {} as FigureMembers['stat'];
    for (const s of STATS) {
      const side = (sex: Sex): Member => {
        const n = f.persons[sex];
        // with its recipients' count hidden, variable pay is hidden too: else its absence would tell that nobody receives it
        const countHidden = recipients !== undefined && recipients[sex].hidden !== null;
        return add(
          [`${prefix}.${s}.${sex}`],
          n,
          priority,
          small(n) ? 'pay-below-threshold' : countHidden ? 'recipients-below-threshold' : p.ratiosOnly ? 'ratios-only' : null,
        );
      };
      const women = side('women');
      const men = side('men');
      // a gap is a pay figure of both sexes: hidden with a small side (ANON-2), kept when only the amounts are left out (ANON-4)
      const gapSmall =
        small(f.persons.women) || small(f.persons.men) || women.hidden === 'recipients-below-threshold' || men.hidden === 'recipients-below-threshold';
      const gap = add(
        [`${prefix}.${s}.gapPercent`, ...(s === 'mean' ? gapAlso : [])],
        f.persons.women + f.persons.men,
        0,
        gapSmall ? 'pay-below-threshold' : null,
      );
      relations.push([[women], [men], [gap]]);
      stat[s] = { women, men, gap };
    }
    return { stat };
  };

  // public: (a), (c) and annual beside them; (b), (d), (e)
  const hourly = figure('public.hourly', r.hourly, 2);
  figure('public.annual', r.annual, 2);
  const recipients = {} as Record<Sex, Member>;
  for (const sex of SEXES) {
    const count = r.variable.recipients[sex].count;
    const rest = r.population[sex] - count;
    const hide = (count > 0 && count < p.attributeMinCount) || (rest > 0 && rest < p.attributeMinRest);
    recipients[sex] = add(
      [`public.variable.recipients.${sex}.count`, `public.variable.recipients.${sex}.percentOfSex`, `public.variable.persons.${sex}`],
      count,
      2,
      hide ? 'recipients-below-threshold' : null,
    );
  }
  const variable = figure('public.variable', r.variable, 2, [], recipients);
  // (f): a band's two sexes go together (the size is published); the bands add up to the population
  const bands = r.quartiles.map((b, i) => {
    const hide = small(b.women.persons) || small(b.men.persons);
    const at = `public.quartiles[${i}]`;
    return add(
      [`${at}.womenPercent`, `${at}.menPercent`, `${at}.women.count`, `${at}.women.persons`, `${at}.men.count`, `${at}.men.persons`],
      b.size,
      2,
      hide ? 'band-below-threshold' : null,
    );
  });
  relations.push(bands.map((b) => [b]));

  // (g), for the authority and the representatives
  const categories = r.categories.map((c, i) => {
    const at = `authorityAndRepresentatives.categories[${i}]`;
    const count = {} as Record<Sex, Member>;
    const recip = {} as Record<Sex, Member>;
    for (const sex of SEXES) {
      const n = c.population[sex];
      count[sex] = add([`${at}.population.${sex}`, `${at}.hourly.persons.${sex}`, `${at}.basic.persons.${sex}`], n, 1, small(n) ? 'pay-below-threshold' : null);
      const got = c.variable.persons[sex];
      const rest = n - got;
      const hide = small(n) || (got > 0 && got < p.attributeMinCount) || (rest > 0 && rest < p.attributeMinRest);
      recip[sex] = add([`${at}.variable.persons.${sex}`], got, 1, hide ? 'recipients-below-threshold' : null);
    }
    return {
      count,
      recip,
      hourly: figure(`${at}.hourly`, c.hourly, 1.5, [`${at}.jointAssessment.meanGapPercent`]),
      basic: figure(`${at}.basic`, c.basic, 1),
      variable: figure(`${at}.variable`, c.variable, 1, [], recip),
    };
  });
  for (const sex of SEXES) {
    // counts and recipients add up to the population's and the public recipients
    relations.push(categories.map((c) => [c.count[sex]]));
    relations.push([[recipients[sex]], ...categories.map((c) => [c.recip[sex]])]);
    // persons × mean add up to the whole's
    relations.push([[hourly.stat.mean[sex]], ...categories.map((c) => [c.count[sex], c.hourly.stat.mean[sex]])]);
    relations.push([[recipients[sex], variable.stat.mean[sex]], ...categories.map((c) => [c.recip[sex], c.variable.stat.mean[sex]])]);
    // hourly = basic + variable, per category and over the categories' basic pay
    for (const c of categories)
      relations.push([
        [c.count[sex], c.hourly.stat.mean[sex]],
        [c.count[sex], c.basic.stat.mean[sex]],
        [c.recip[sex], c.variable.stat.mean[sex]],
      ]);
    relations.push([[hourly.stat.mean[sex]], [recipients[sex], variable.stat.mean[sex]], ...categories.map((c) => [c.count[sex], c.basic.stat.mean[sex]])]);
  }
  complement(relations);

  const published: PublishedPayTransparency = {
    kind: 'likestilling.published-pay-transparency',
    schemaVersion: r.schemaVersion,
    year: r.year,
    referenceDate: r.referenceDate,
    policy: { payMinPersons: k, attributeMinCount: p.attributeMinCount, attributeMinRest: p.attributeMinRest, ratiosOnly: p.ratiosOnly },
    population: { ...r.population },
    public: structuredClone({ hourly: r.hourly, annual: r.annual, variable: r.variable, quartiles: r.quartiles }),
    authorityAndRepresentatives: structuredClone({ categories: r.categories, jointAssessment: r.jointAssessment }),
    hidden: [],
    options: structuredClone(r.options),
  };
  for (const m of members) {
    if (m.hidden === null) continue;
    const code = m.hidden;
    const rule = code === 'complementary' ? 'ANON-3' : code === 'ratios-only' ? 'ANON-4' : 'ANON-2';
    const threshold = code === 'recipients-below-threshold' ? p.attributeMinCount : code === 'ratios-only' ? null : k;
    const text = localised((c) => c.transparency.hidden({ code, payMin: k, attributeMin: p.attributeMinCount, restMin: p.attributeMinRest }));
    for (const path of m.paths) {
      setNull(published, path);
      const audience: TransparencyAudience = path.startsWith('public.') ? 'public' : 'authority-and-representatives';
      published.hidden.push({ path, audience, rule, code, threshold, text } satisfies TransparencyHiddenValue);
    }
  }
  return published;
}

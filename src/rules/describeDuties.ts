import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { catalogue, LANGUAGES, type Language } from '../locales/index.js';
import { DUTIES, type DutyAssessment } from './assessDuties.js';

/** What {@link describeDuties} reads of an assessment (other fields are not looked at). */
const Args = z.object({
  assessment: z.object({
    year: z.int(),
    subject: z.object({ nb: z.string(), nn: z.string().optional(), en: z.string() }),
    basis: z.array(z.object({ duty: z.enum(DUTIES), applies: z.boolean(), rule: z.string() })),
    authorityDuty: z.object({ applies: z.boolean(), determinedBy: z.enum(['stated', 'assumed-from-sector']) }).nullable(),
  }),
  lang: z.enum(LANGUAGES).optional(),
});

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One sentence a person can read, saying which duties the assessment found and on which basis.
 *
 * @param assessment - the result of `assessDuties`
 * @param lang - `en` (default), `nb` or `nn`
 * @returns the sentence
 * @throws {@link LikestillingInputError} when `assessment` is not an assessment (the fields read are
 *   checked: `assessment.basis[2].duty` …) or `lang` is not `en`, `nb` or `nn`
 * @example
 * ```ts
 * describeDuties(assessDuties({ sector: 'public' }, 2025));
 * // 'In financial year 2025, a public employer (of any size) has the general activity duty, the
 * //  four-step method, … (LDL §§ 26, 26 a; COV-1, COV-2).'
 * ```
 */
export function describeDuties(assessment: DutyAssessment, lang?: Language): string {
  return describe(parseInput('describeDuties', Args, { assessment, lang }));
}

function describe({ assessment, lang = 'en' }: z.output<typeof Args>): string {
  const texts = catalogue(lang).duties;
  const has = assessment.basis.filter((b) => b.applies).map((b) => texts.names[b.duty]);
  const hasNot = assessment.basis.filter((b) => !b.applies && b.duty !== 'documentation-duty').map((b) => texts.names[b.duty]);
  const rules = [...new Set(assessment.basis.map((b) => b.rule))].join(', ');
  // an assessment of an earlier version has no nynorsk subject: the subject is made again from the catalogue
  const subject = lang === 'nn' ? (assessment.subject.nn ?? assessment.subject.nb) : assessment.subject[lang];
  const authority =
    assessment.authorityDuty === null
      ? null
      : { applies: assessment.authorityDuty.applies, assumed: assessment.authorityDuty.determinedBy === 'assumed-from-sector' };
  return texts.sentence({ year: assessment.year, who: lowerFirst(subject), has, hasNot, rules, authority });
}

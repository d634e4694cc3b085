import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { LANGUAGES, type Language } from '../_lib/messages.js';
import { DUTIES, type Duty, type DutyAssessment } from './assessDuties.js';

/** What {@link describeDuties} reads of an assessment (other fields are not looked at). */
const Args = z.object({
  assessment: z.object({
    year: z.int(),
    subject: z.object({ nb: z.string(), en: z.string() }),
    basis: z.array(z.object({ duty: z.enum(DUTIES), applies: z.boolean(), rule: z.string() })),
    authorityDuty: z.object({ applies: z.boolean(), determinedBy: z.enum(['stated', 'assumed-from-sector']) }).nullable(),
  }),
  lang: z.enum(LANGUAGES).optional(),
});

const DUTY_NAMES: Readonly<Record<Language, Readonly<Record<Duty, string>>>> = {
  en: {
    'general-duty': 'the general activity duty',
    'four-step-method': 'the four-step method',
    'biennial-mapping': 'the biennial mappings of pay and involuntary part-time',
    statement: 'the annual equality statement',
    'documentation-duty': 'the documentation duty',
  },
  nb: {
    'general-duty': 'den generelle aktivitetsplikten',
    'four-step-method': 'den lovbestemte metoden i fire trinn',
    'biennial-mapping': 'kartleggingen av lønn og ufrivillig deltid annethvert år',
    statement: 'den årlige redegjørelsen',
    'documentation-duty': 'dokumentasjonsplikten',
  },
};

function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One sentence a person can read, saying which duties the assessment found and on which basis.
 *
 * @param assessment - the result of `assessDuties`
 * @param lang - `en` (default) or `nb`
 * @returns the sentence
 * @throws {@link LikestillingInputError} when `assessment` is not an assessment (the fields read are
 *   checked: `assessment.basis[2].duty` …) or `lang` is not `en` or `nb`
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
  const names = DUTY_NAMES[lang];
  const has = assessment.basis.filter((b) => b.applies).map((b) => names[b.duty]);
  const hasNot = assessment.basis.filter((b) => !b.applies && b.duty !== 'documentation-duty').map((b) => names[b.duty]);
  const rules = [...new Set(assessment.basis.map((b) => b.rule))].join(', ');
  const who = lowerFirst(assessment.subject[lang]);
  const authority =
    assessment.authorityDuty === null
      ? ''
      : lang === 'en'
        ? ` It ${assessment.authorityDuty.applies ? 'also has' : 'does not have'} the public-authority duty (LDL § 24; COV-8${assessment.authorityDuty.determinedBy === 'assumed-from-sector' ? ', assumed from the sector' : ''}).`
        : ` Den ${assessment.authorityDuty.applies ? 'har også' : 'har ikke'} aktivitets- og redegjørelsesplikten som myndighet (LDL § 24; COV-8${assessment.authorityDuty.determinedBy === 'assumed-from-sector' ? ', antatt ut fra sektor' : ''}).`;
  if (lang === 'nb') {
    const not = hasNot.length > 0 ? `, men ikke ${list(hasNot, 'eller')}` : '';
    return `I regnskapsåret ${assessment.year} har ${who} ${list(has, 'og')}${not} (LDL §§ 26, 26 a; ${rules}).${authority}`;
  }
  const not = hasNot.length > 0 ? `, but not ${list(hasNot, 'or')}` : '';
  return `In financial year ${assessment.year}, ${who} has ${list(has, 'and')}${not} (LDL §§ 26, 26 a; ${rules}).${authority}`;
}

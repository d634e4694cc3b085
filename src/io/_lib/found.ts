/**
 * What a reader may quote of a cell it could not read (ARP.md §7; {@link describeFound}): only the
 * words of the library's own vocabularies — every spelling any reader accepts for sex, employment
 * kind, contract form and yes/no, and the a-melding's codes — since a cell equal to one of them is a
 * value of a field, not a national id, a D-number, a name or an amount. Pure digits are never
 * quoted (`1`/`0` mean yes/no, but so could an amount be `1`). Everything else is described by its
 * shape. @internal
 */
import { describeFound, type FoundShape } from '../../_lib/diagnostics.js';
import { isValidOrganisationNumber } from '../../models/identifiers.js';
import { BOOLEAN_VALUES, KIND_VALUES, SEX_VALUES } from '../csv/_lib/values.js';

const WORDS: readonly string[] = [
  ...SEX_VALUES.keys(),
  ...KIND_VALUES.keys(),
  ...BOOLEAN_VALUES.keys(),
  // contract forms (parseContractCell) and the a-melding's formForAnsettelse
  'permanent',
  'temporary',
  'fast',
  'fast ansatt',
  'fastansatt',
  'midlertidig',
  'mellombels',
  'fast tilsett',
  'vikar',
  'engasjement',
  // the a-melding's typeArbeidsforhold
  'ordinaertarbeidsforhold',
  'maritimtarbeidsforhold',
  'frilanseroppdragstakerhonorarpersonermm',
  'forenkletoppgjoersordning',
  'pensjonogandretyperytelserutenansettelsesforhold',
  // the HR file's sex and involuntary part-time
  'kvinne',
  'mann',
  'woman',
  'man',
  'annet',
  'ukjent',
];

/** Lower-cased vocabulary words, digits left out. */
const VOCABULARY: ReadonlySet<string> = new Set(WORDS.map((w) => w.toLowerCase()).filter((w) => !/^\d+$/.test(w)));

/** True when `text` is a word of the readers' vocabularies (case-insensitive). @internal */
export function isVocabularyWord(text: string): boolean {
  return text.length <= 60 && VOCABULARY.has(text.toLowerCase());
}

/** `found` or `foundShape` for a cell of any column. @internal */
export function foundIn(value: string): { readonly found: string } | { readonly foundShape: FoundShape } {
  return describeFound(value, isVocabularyWord);
}

/** `found` or `foundShape` for the cell of an organisation-number field: a valid organisation number is quoted. @internal */
export function foundOrganisationNumber(value: string): { readonly found: string } | { readonly foundShape: FoundShape } {
  return describeFound(value, (t) => isValidOrganisationNumber(t) || isVocabularyWord(t));
}

/** `found` or `foundShape` for a month field (`kalendermaaned`): a real month `YYYY-MM` is quoted. @internal */
export function foundMonth(value: string): { readonly found: string } | { readonly foundShape: FoundShape } {
  return describeFound(value, (t) => /^\d{4}-(0[1-9]|1[0-2])$/.test(t) || isVocabularyWord(t));
}

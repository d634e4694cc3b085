/**
 * The texts of `likestilling/analysis`, one catalogue per language (bokmål, nynorsk, English),
 * kept apart from the logic; `{name}` placeholders. A later issue unifies the library's catalogues.
 * @internal
 */
import type { Dimension } from './cells.js';

/** The languages of the analysis' texts. @internal */
export type AnalysisLanguage = 'nb' | 'nn' | 'en';

/** Words for a dimension of a breakdown. @internal */
interface DimensionWords {
  /** As a noun in a list ("job level"). */
  readonly noun: string;
  /** Plural ("job levels"). */
  readonly plural: string;
  /** "the same job level". */
  readonly same: string;
}

/** The texts of one language. @internal */
export interface AnalysisCatalogue {
  readonly dimensions: Readonly<Record<Dimension['dimension'], DimensionWords>>;
  /** A combination of dimensions: `{nouns}` joined by `and`. */
  readonly combination: { readonly plural: string; readonly same: string };
  readonly and: string;
  /** The assessment: the parts of the gap. */
  readonly split: string;
  /** … with the part outside the support. */
  readonly splitWithOutside: string;
  /** The same when women's mean pay is above men's. */
  readonly splitWomenAbove: string;
  readonly splitWomenAboveWithOutside: string;
  readonly equal: string;
  readonly noCommonSupport: string;
  readonly oneSexOnly: string;
  readonly partsHidden: string;
  readonly allHidden: string;
}

const nb: AnalysisCatalogue = {
  dimensions: {
    level: { noun: 'stillingsnivå', plural: 'stillingsnivåer', same: 'samme stillingsnivå' },
    group: { noun: 'stillingsgruppe', plural: 'stillingsgrupper', same: 'samme stillingsgruppe' },
    unit: { noun: 'enhet', plural: 'enheter', same: 'samme enhet' },
  },
  combination: { plural: 'kombinasjoner av {nouns}', same: 'samme kombinasjon av {nouns}' },
  and: 'og',
  split:
    'Av de {total} prosentpoengene mellom kvinners og menns gjennomsnittslønn kommer {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønnsforskjeller innenfor {same}.',
  splitWithOutside:
    'Av de {total} prosentpoengene mellom kvinners og menns gjennomsnittslønn kommer {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønnsforskjeller innenfor {same}, og {outside} av {plural} der bare kvinner eller bare menn arbeider.',
  splitWomenAbove:
    'Kvinners gjennomsnittslønn ligger {total} prosentpoeng over menns. Av dette kommer {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønnsforskjeller innenfor {same}.',
  splitWomenAboveWithOutside:
    'Kvinners gjennomsnittslønn ligger {total} prosentpoeng over menns. Av dette kommer {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønnsforskjeller innenfor {same}, og {outside} av {plural} der bare kvinner eller bare menn arbeider.',
  equal: 'Kvinner og menn har samme gjennomsnittslønn.',
  noCommonSupport:
    'Forskjellen på {total} prosentpoeng mellom kvinners og menns gjennomsnittslønn kan ikke deles opp etter {noun}: ingen {noun} har både kvinner og menn.',
  oneSexOnly: 'Det er ingen lønnsforskjell mellom kvinner og menn å forklare: lønnstallene omfatter bare ett kjønn.',
  partsHidden:
    'Forskjellen mellom kvinners og menns gjennomsnittslønn er {total} prosentpoeng. Hvordan den fordeler seg på {plural}, publiseres ikke fordi noen grupper er for små.',
  allHidden: 'Lønnsforskjellen mellom kvinner og menn publiseres ikke fordi gruppene er for små.',
};

const nn: AnalysisCatalogue = {
  dimensions: {
    level: { noun: 'stillingsnivå', plural: 'stillingsnivå', same: 'same stillingsnivå' },
    group: { noun: 'stillingsgruppe', plural: 'stillingsgrupper', same: 'same stillingsgruppe' },
    unit: { noun: 'eining', plural: 'einingar', same: 'same eining' },
  },
  combination: { plural: 'kombinasjonar av {nouns}', same: 'same kombinasjon av {nouns}' },
  and: 'og',
  split:
    'Av dei {total} prosentpoenga mellom gjennomsnittsløna til kvinner og menn kjem {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønsskilnader innanfor {same}.',
  splitWithOutside:
    'Av dei {total} prosentpoenga mellom gjennomsnittsløna til kvinner og menn kjem {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønsskilnader innanfor {same}, og {outside} av {plural} der berre kvinner eller berre menn arbeider.',
  splitWomenAbove:
    'Gjennomsnittsløna til kvinner ligg {total} prosentpoeng over løna til menn. Av dette kjem {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønsskilnader innanfor {same}.',
  splitWomenAboveWithOutside:
    'Gjennomsnittsløna til kvinner ligg {total} prosentpoeng over løna til menn. Av dette kjem {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønsskilnader innanfor {same}, og {outside} av {plural} der berre kvinner eller berre menn arbeider.',
  equal: 'Kvinner og menn har same gjennomsnittsløn.',
  noCommonSupport:
    'Skilnaden på {total} prosentpoeng mellom gjennomsnittsløna til kvinner og menn kan ikkje delast opp etter {noun}: ingen {noun} har både kvinner og menn.',
  oneSexOnly: 'Det er ingen lønsskilnad mellom kvinner og menn å forklare: lønstala gjeld berre eitt kjønn.',
  partsHidden:
    'Skilnaden mellom gjennomsnittsløna til kvinner og menn er {total} prosentpoeng. Korleis han fordeler seg på {plural}, blir ikkje publisert fordi nokre grupper er for små.',
  allHidden: 'Lønsskilnaden mellom kvinner og menn blir ikkje publisert fordi gruppene er for små.',
};

const en: AnalysisCatalogue = {
  dimensions: {
    level: { noun: 'job level', plural: 'job levels', same: 'the same job level' },
    group: { noun: 'job group', plural: 'job groups', same: 'the same job group' },
    unit: { noun: 'unit', plural: 'units', same: 'the same unit' },
  },
  combination: { plural: 'combinations of {nouns}', same: 'the same combination of {nouns}' },
  and: 'and',
  split:
    "Of the {total} percentage points between women's and men's mean pay, {composition} come from women and men working at different {plural}, and {within} from pay differences within {same}.",
  splitWithOutside:
    "Of the {total} percentage points between women's and men's mean pay, {composition} come from women and men working at different {plural}, {within} from pay differences within {same}, and {outside} from {plural} where only women or only men work.",
  splitWomenAbove:
    "Women's mean pay is {total} percentage points above men's. Of these, {composition} come from women and men working at different {plural}, and {within} from pay differences within {same}.",
  splitWomenAboveWithOutside:
    "Women's mean pay is {total} percentage points above men's. Of these, {composition} come from women and men working at different {plural}, {within} from pay differences within {same}, and {outside} from {plural} where only women or only men work.",
  equal: "Women's and men's mean pay are the same.",
  noCommonSupport: "The difference of {total} percentage points between women's and men's mean pay cannot be split by {noun}: no {noun} has both women and men.",
  oneSexOnly: 'There is no pay difference between women and men to explain: the pay figures cover one sex only.',
  partsHidden: "The difference between women's and men's mean pay is {total} percentage points. How it splits across {plural} is not published, as some groups are too small.",
  allHidden: 'The pay difference between women and men is not published, as the groups are too small.',
};

/** The catalogues. @internal */
export const ANALYSIS_CATALOGUES: Readonly<Record<AnalysisLanguage, AnalysisCatalogue>> = { nb, nn, en };

/** Fills `{name}` placeholders. @internal */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

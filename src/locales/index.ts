/**
 * The message catalogues, one per language (`en.ts`, `nb.ts`, `nn.ts`, shaped by `types.ts`), and
 * the choice of language. Every text a person reads comes from here.
 * @internal
 */
import { en } from './en.js';
import { nb } from './nb.js';
import { nn } from './nn.js';
import { LANGUAGES, type Catalogue, type ExpectationKey, type ExpectationParams, type Language } from './types.js';
import type { LocalizedText } from '../models/text.js';

export { LANGUAGES, type Catalogue, type ExpectationKey, type ExpectationParams, type Language } from './types.js';

/** The catalogues by language. @internal */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { nb, nn, en };

/** The catalogue of a language. @internal */
export function catalogue(lang: Language): Catalogue {
  return CATALOGUES[lang];
}

/** True for `nb`, `nn` and `en`. @internal */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** A text in every language, made by `make` from each catalogue. @internal */
export function localised(make: (c: Catalogue) => string): LocalizedText {
  return { nb: make(nb), nn: make(nn), en: make(en) };
}

/**
 * The language of a locale name (`nb_NO.UTF-8`, `no`, `nn_NO`, `en_GB`, `C`): `nb` for `nb…` and
 * `no…`, `nn` for `nn…`, else `undefined`.
 * @internal
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (locale === undefined) return undefined;
  const l = locale.trim().toLowerCase();
  if (/^(nb|no)([_.@-]|$)/.test(l)) return 'nb';
  if (/^nn([_.@-]|$)/.test(l)) return 'nn';
  return undefined;
}

/**
 * The language of messages from the environment, as POSIX chooses a locale for messages: the
 * first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides (`nb`/`no` → bokmål,
 * `nn` → nynorsk, anything else → English); none set → English.
 * @internal
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>> | undefined): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env?.[name];
    if (value !== undefined && value.trim() !== '') return languageOfLocale(value) ?? 'en';
  }
  return 'en';
}

/**
 * What a valid value is, as data: an expectation key with its parameters. A diagnostic carries it
 * (`expectation`) besides the English text (`expected`), so that `formatDiagnostic` says it in the
 * reader's language.
 */
export type Expectation = { readonly [K in ExpectationKey]: { readonly key: K; readonly params?: ExpectationParams[K] } }[ExpectationKey];

/** The parameters of a key, optional when it takes none. */
type ParamsArg<K extends ExpectationKey> = keyof ExpectationParams[K] extends never ? [params?: ExpectationParams[K]] : [params: ExpectationParams[K]];

/**
 * An expectation for a diagnostic: `{ expected, expectation }` (the English text and the key), to
 * spread into it. @internal
 */
export function expecting<K extends ExpectationKey>(key: K, ...args: ParamsArg<K>): { readonly expected: string; readonly expectation: Expectation } {
  const params = (args[0] ?? {}) as ExpectationParams[K];
  const expectation = (args[0] === undefined ? { key } : { key, params }) as Expectation;
  return { expected: expectationText(expectation, 'en'), expectation };
}

let byEnglish: Map<string, Expectation> | null = null;

/**
 * The expectation (a key without parameters) whose English text is `text`: how a schema's own
 * message (`{ message: 'expected MM-DD' }` on a regex, where zod keeps no parameters) is said in
 * the other languages. @internal
 */
export function expectationOfEnglishText(text: string): Expectation | undefined {
  if (byEnglish === null) {
    byEnglish = new Map();
    for (const [key, make] of Object.entries(en.expectations) as [ExpectationKey, (p: unknown) => string][]) {
      if (make.length === 0) byEnglish.set(make({}), { key } as Expectation);
    }
  }
  return byEnglish.get(text);
}

/** The text of an expectation in a language. @internal */
export function expectationText(e: Expectation, lang: Language): string {
  const make = CATALOGUES[lang].expectations[e.key] as (p: unknown) => string;
  return make(e.params ?? {});
}

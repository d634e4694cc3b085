/**
 * The command line's language: `--lang` (`nb`, `nn`, `en`, and the words people write for them),
 * else the environment, else English; a statement defaults to bokmål. @internal
 */
import type { Language } from '../../locales/index.js';
import { choiceOption } from '../io.js';

/** The words `--lang` takes, with the language each means. */
export const LANGUAGE_WORDS: Readonly<Record<string, Language>> = {
  nb: 'nb',
  nn: 'nn',
  en: 'en',
  no: 'nb',
  nob: 'nb',
  nno: 'nn',
  eng: 'en',
  bokmål: 'nb',
  bokmal: 'nb',
  norsk: 'nb',
  nynorsk: 'nn',
  engelsk: 'en',
  english: 'en',
};

/**
 * The language `--lang` names among `args` (`--lang nn`, `--lang=nn`), or `undefined` when it is not
 * given or not a language (the command then refuses it, in the environment's language).
 */
export function languageOption(args: readonly string[]): Language | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') break;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) {
      const key = value.trim().toLowerCase();
      return Object.hasOwn(LANGUAGE_WORDS, key) ? LANGUAGE_WORDS[key] : undefined;
    }
  }
  return undefined;
}

/** `--lang`'s value checked: the language, `undefined` when not given, or a usage error. */
export function checkedLanguage(value: string | undefined): Language | undefined {
  return choiceOption('lang', value, LANGUAGE_WORDS);
}

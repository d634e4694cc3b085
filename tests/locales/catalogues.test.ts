/**
 * Issue 16, item 1: one catalogue per language, every code with a text in every language, no
 * English fragment in a Norwegian text. Every text of every catalogue is made — each function
 * with every sample of its parameters (`_samples.ts`) — and looked at.
 */
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/_lib/diagnostics.js';
import { CATALOGUES, LANGUAGES, languageFromEnvironment, languageOfLocale, type Catalogue } from '../../src/locales/index.js';
import { englishFragments } from './_english.js';
import { DIAGNOSTIC_SAMPLES, EXPECTATION_SAMPLES, OTHER_SAMPLES } from './_samples.js';

/** Every text of a catalogue, with the path it was made from. */
function texts(c: Catalogue): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') out.push({ path, text: node });
    else if (typeof node === 'function') {
      const group = path.split('.')[0];
      const key = path.slice(path.indexOf('.') + 1);
      const samples =
        group === 'diagnostics'
          ? (DIAGNOSTIC_SAMPLES as Record<string, readonly unknown[]>)[key]?.map((p) => [p])
          : group === 'expectations'
            ? (EXPECTATION_SAMPLES as Record<string, readonly unknown[]>)[key]?.map((p) => [p])
            : OTHER_SAMPLES[path];
      if (samples === undefined && (node as (...a: unknown[]) => unknown).length > 0)
        throw new Error(`no sample parameters for ${path} (tests/locales/_samples.ts)`);
      for (const args of samples ?? [[]]) {
        const made = (node as (...a: unknown[]) => unknown)(...args);
        if (typeof made !== 'string') throw new Error(`${path} did not make a text`);
        out.push({ path, text: made });
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node)) walk(v, path === '' ? k : `${path}.${k}`);
    }
  };
  walk(c, '');
  return out.filter((t) => t.path !== 'language');
}

/** The shape of a catalogue: every path to a text or a function. */
function shape(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null) return [path];
  return Object.entries(node).flatMap(([k, v]) => shape(v, path === '' ? k : `${path}.${k}`));
}

describe('the message catalogues (nb, nn, en)', () => {
  it('have the same codes in every language, and a diagnostic message for every diagnostic code', () => {
    const en = shape(CATALOGUES.en).sort();
    for (const lang of LANGUAGES) {
      expect(shape(CATALOGUES[lang]).sort(), lang).toEqual(en);
      expect(Object.keys(CATALOGUES[lang].diagnostics).sort(), lang).toEqual([...DIAGNOSTIC_CODES].sort());
      expect(CATALOGUES[lang].language).toBe(lang);
    }
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: every text is made, whole (no placeholder, no undefined)`, () => {
      const all = texts(CATALOGUES[lang]);
      expect(all.length).toBeGreaterThan(250);
      for (const { path, text } of all) {
        expect(text.trim(), path).not.toBe('');
        expect(text, path).not.toMatch(/undefined|\[object|NaN(?!»)|\$\{/);
      }
    });
  }

  for (const lang of ['nb', 'nn'] as const) {
    it(`${lang}: no text carries an English fragment`, () => {
      const found = texts(CATALOGUES[lang]).flatMap(({ path, text }) => englishFragments(text).map((w) => `${path}: "${w}" in «${text}»`));
      expect(found).toEqual([]);
    });
  }

  it('the English-fragment check can fail', () => {
    expect(englishFragments('forventet a number (1234.50 or 1 234,50)')).toEqual(['number', 'or']);
    expect(englishFragments('0 error(s), 1 warning(s)')).toEqual(['error', 'warning']);
    expect(englishFragments('felt «positionPercent»: ikke et tall; forventet et tall (1234.50 eller 1 234,50)')).toEqual([]);
    expect(englishFragments('--sector must be one of public, private')).toEqual(
      ['must', 'be', 'one', 'of', 'public', 'private'].filter((w) => englishFragments(w).length > 0),
    );
  });
});

describe('the language of messages', () => {
  it('comes from LC_ALL, else LC_MESSAGES, else LANG: nb/no → bokmål, nn → nynorsk, else English', () => {
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(languageFromEnvironment({ LANG: 'no_NO' })).toBe('nb');
    expect(languageFromEnvironment({ LANG: 'nn_NO.UTF-8' })).toBe('nn');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8', LC_MESSAGES: 'nn_NO' })).toBe('nn');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'nb_NO.UTF-8', LC_ALL: '' })).toBe('nb');
    expect(languageFromEnvironment({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageOfLocale('nob')).toBeUndefined();
  });
});

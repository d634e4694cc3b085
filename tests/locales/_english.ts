/**
 * Finds English words in a Norwegian text: the test of "no English fragment in Norwegian output".
 * What is quoted («…», "…", `…`), a command (`likestilling report`), a template's placeholder
 * (`{year}`), a command-line option (`--year`), a tag (`<melding>`), a code in
 * camelCase or capitals (`positionPercent`, `STAT-A1`, `JSON`) and words with digits or dots (file
 * names, versions) are not prose and are skipped; the rest is split into words, and a word that is
 * English and not also Norwegian (`to`, `at`, `by`, `men`, `median` are both) is a fragment.
 */
const ENGLISH = new Set(
  `the of and or is are be been being must should would could can cannot not with without from into onto this that these those which
  when where what who whom whose how why has have had having will shall an it its you your we our they their there here on in as than then more most
  less least only also but if else each every any some one two three first next new old other others own number numbers value values
  date dates text texts field fields record records row rows file files column columns lines missing invalid required unknown error errors
  warning warnings read left out give given got usage options option default help employee employees employer employers women woman share
  hidden published figure figures pay salary level levels group groups unit units year years month months week weeks mean count percent
  statement statements duty duties mapping table tables chart charts notes source change changes previous yes true false sex gender male female
  temporary contract ordinary maritime freelance overtime benefits report reports please see about after before because between both during
  cent found expected allowed used uses use using show shows written write writes rule rules step steps measure measures finding findings
  command commands language languages run runs running none nothing something everything exit code codes input output inputs outputs given
  whole digit digits character characters item items key keys path paths nested deep deeper too many much few fewer such was were
  done notes appendix footnote footnotes sheet sheets overview workbook hours hour minutes seconds remaining bytes`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** The English words of a (Norwegian) text; empty when there is none. */
export function englishFragments(text: string): string[] {
  const prose = text
    .replace(/\{\w+\}/g, ' ') // a placeholder of a template ({year})
    .replace(/likestilling\s+[a-z-]+/g, ' ') // a command: `likestilling report`
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"\n]*"\s*:\s*(true|false|null)\b/g, ' ') // a JSON property of a template ("transparency": true) is code
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/(^|\s)--?[\w-]+(=\S*)?/g, ' ')
    .replace(/\S*[\d./\\:@_]\S*/g, ' ');
  return prose
    .split(/[^A-Za-zÆØÅæøåÉéÜüÖöÄä'-]+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter((w) => w !== '' && !/[A-ZÆØÅ].*[A-ZÆØÅ]|[a-zæøå][A-ZÆØÅ]/.test(w))
    .filter((w) => ENGLISH.has(w.toLowerCase()));
}

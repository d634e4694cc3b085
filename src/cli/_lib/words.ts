/**
 * The words the command line's options take, English and Norwegian (bokmål and nynorsk), each with
 * the value it means. Case does not matter. @internal
 */
import type { Sector } from '../../models/employer.js';

/** `--sector`: public or private, in the words people use (a municipality, the state …). */
export const SECTOR_WORDS: Readonly<Record<string, Sector>> = {
  public: 'public',
  offentlig: 'public',
  offentleg: 'public',
  kommune: 'public',
  kommunal: 'public',
  fylkeskommune: 'public',
  fylkeskommunal: 'public',
  stat: 'public',
  statlig: 'public',
  statleg: 'public',
  private: 'private',
  privat: 'private',
};

/** `--format` of the commands that print JSON or text. */
export const FORMATS_JSON_TEXT = { json: 'json', text: 'text', tekst: 'text' } as const satisfies Readonly<Record<string, 'json' | 'text'>>;

/** `--format` of `validate`: text first. */
export const FORMATS_TEXT_JSON = FORMATS_JSON_TEXT;

/** `--format` of `report`. */
export const REPORT_FORMATS = { json: 'json', html: 'html', md: 'md', markdown: 'md', xlsx: 'xlsx', excel: 'xlsx' } as const satisfies Readonly<
  Record<string, 'json' | 'html' | 'md' | 'xlsx'>
>;

/** `--breakdown` of `report`: job levels or job groups (DEF-GRP). */
export const BREAKDOWN_WORDS = {
  level: 'level',
  levels: 'level',
  nivå: 'level',
  niva: 'level',
  stillingsnivå: 'level',
  group: 'group',
  groups: 'group',
  gruppe: 'group',
  stillingsgruppe: 'group',
} as const satisfies Readonly<Record<string, 'level' | 'group'>>;

/** `--last-mapping none` of `plan`. */
export const NONE_WORDS: ReadonlySet<string> = new Set(['none', 'ingen', 'inga']);

/**
 * Issue 17: every definition of the rules document (each DEF-* ID of ARP.md, copied to
 * docs/rules.md) is one named, documented definition under src/rules/definitions/, found first when
 * the ID is searched: its module's TSDoc opens with "<ID> — <what it is>" and cites the rules
 * document with `@see ARP.md`; no other source file opens a definition of that ID; and in
 * src/rules/ (in path order) the first line that names the ID is in its definition.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../docs/_snippets.js';

const RULES = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
const IDS = [...new Set([...RULES.matchAll(/\*\*(DEF-[A-Z]+)\*\*/g)].map((m) => m[1]!))].sort();
const DEFINITIONS = join('src', 'rules', 'definitions');

/** The .ts files under `dir` (relative to the root), in path order (as `git grep` lists them). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const SOURCES = filesUnder('src').map((path) => ({ path, lines: readFileSync(join(ROOT, path), 'utf8').split('\n') }));
/** The line that opens a definition of `id` in a TSDoc comment: ` * DEF-X — …`. */
const opens = (id: string) => new RegExp(`^\\s*(?:/\\*\\*|\\*)\\s+${id} — \\S`);

describe('the rules as definitions (DEF-*, src/rules/definitions/)', () => {
  it('reads the twelve DEF-* IDs of the rules document', () => {
    expect(IDS).toEqual(['DEF-AVG', 'DEF-GRP', 'DEF-INV', 'DEF-PAY', 'DEF-PL', 'DEF-POP', 'DEF-PT', 'DEF-REF', 'DEF-ROUND', 'DEF-SEX', 'DEF-SHARE', 'DEF-TMP']);
  });

  it.each(IDS)('%s: one definition under src/rules/definitions/, with its TSDoc and @see ARP.md', (id) => {
    const defining = SOURCES.filter((f) => f.lines.some((l) => opens(id).test(l)));
    expect(defining.map((f) => relative(ROOT, join(ROOT, f.path)))).toHaveLength(1);
    const [file] = defining;
    expect(file!.path.startsWith(DEFINITIONS)).toBe(true);
    // the module comment that opens the definition cites the rules document and the ID
    const text = file!.lines.join('\n');
    const docStart = text.lastIndexOf('/**', text.search(opens(id).source.replace('^', '')) + 1);
    const doc = text.slice(docStart, text.indexOf('*/', docStart));
    expect(doc).toMatch(new RegExp(`@see ARP\\.md .*${id}`));
  });

  it.each(IDS)('%s: the first line of src/rules/ naming it is in its definition', (id) => {
    const first = SOURCES.filter((f) => f.path.startsWith(join('src', 'rules'))).find((f) => f.lines.some((l) => l.includes(id)));
    expect(first).toBeDefined();
    expect(first!.lines.some((l) => opens(id).test(l))).toBe(true);
  });

  it('a definition module imports nothing but other definitions and the shared exact arithmetic and formatting (rules stay leaves)', () => {
    for (const f of SOURCES.filter((s) => s.path.startsWith(DEFINITIONS))) {
      for (const line of f.lines.filter((l) => /^(?:import|export) .* from '/.test(l))) {
        expect(line, f.path).toMatch(/from '(?:\.\/[a-zA-Z]+\.js|\.\.\/\.\.\/_lib\/(?:money|exact)\.js)'/);
      }
    }
  });
});

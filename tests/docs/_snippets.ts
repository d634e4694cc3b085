/**
 * The TypeScript examples of the documentation, as the snippet test runs them: every ```ts block
 * of README.md and of the guides under docs/ (not the generated docs/rules.md nor the API site),
 * and of the module guides (the `@packageDocumentation` comment of each entry point).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The entry points whose module comment is a guide with an example. */
export const MODULE_GUIDES = ['src/index.ts', 'src/io/csv/index.ts', 'src/io/a-melding/index.ts', 'src/io/xlsx/index.ts', 'src/node/index.ts'];

/** One block: where it is (file and 1-based line of its first code line) and its code. */
export interface Snippet {
  /** A file name for it: `readme-46`, `src-io-csv-index-12`. */
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The guides under docs/: markdown files, not the API site, not the generated rules page. */
function docsGuides(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) return path === 'docs/api' ? [] : walk(path);
      return e.name.endsWith('.md') && path !== 'docs/rules.md' ? [path] : [];
    });
  return walk('docs').sort();
}

/** The ```ts blocks of a markdown text, with the line of each block's first code line (offset by `firstLine - 1`). */
export function tsBlocks(markdown: string, firstLine = 1): { line: number; code: string }[] {
  const lines = markdown.split('\n');
  const out: { line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(ts|typescript)\s*$/.exec(lines[i]!);
    if (open === null) continue;
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) code.push(lines[j]!.slice(open[1]!.length));
    out.push({ line: firstLine + i + 1, code: code.join('\n') });
    i = j;
  }
  return out;
}

/** The module comment of an entry point (its first `/** … *\/`) as markdown, and its first line. */
function moduleComment(source: string): { text: string; firstLine: number } {
  const start = source.indexOf('/**');
  const end = source.indexOf('*/', start);
  const before = source.slice(0, start).split('\n').length;
  const text = source
    .slice(start + 3, end)
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n');
  return { text, firstLine: before };
}

const idOf = (file: string, line: number): string =>
  `${file
    .replace(/\.(md|ts)$/, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase()}-${line}`;

/** Every snippet of the documentation, in file order. */
export function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const file of ['README.md', ...docsGuides()]) {
    for (const b of tsBlocks(readFileSync(join(ROOT, file), 'utf8'))) out.push({ id: idOf(file, b.line), file, line: b.line, code: b.code });
  }
  for (const file of MODULE_GUIDES) {
    const { text, firstLine } = moduleComment(readFileSync(join(ROOT, file), 'utf8'));
    for (const b of tsBlocks(text, firstLine)) out.push({ id: idOf(file, b.line), file, line: b.line, code: b.code });
  }
  return out;
}

/** `README.md:48` for a line of a snippet file. */
export function sourceLine(s: Snippet, snippetLine: number): string {
  return `${relative(ROOT, join(ROOT, s.file))}:${s.line + snippetLine - 1}`;
}

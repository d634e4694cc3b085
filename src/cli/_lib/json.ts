/**
 * The command line's JSON inputs (config, employer, cycle, assessment, statement options,
 * statement, policy, published table, column mapping, import profile, pay codes): read, parsed and
 * looked at once, before any schema sees them. Comments (`//` and `/* … *\/`, as in the templates
 * `likestilling init` writes) are allowed; a `__proto__` key and nesting deeper than
 * `INPUT_LIMITS.jsonDepth` are refused with their path; a syntax error is placed by line and
 * column, without quoting the text (which may hold names). Every problem is said in the user's
 * language. @internal
 */
import type { z } from 'zod';
import { INPUT_LIMITS } from '../../_lib/diagnostics.js';
import { inputIssue, inputIssuesOf, type InputIssue } from '../../_lib/input.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { jsonErrorOffset, plainDataIssues } from '../../io/internal.js';
import { expecting, type Language } from '../../locales/index.js';
import { CliUsageError, type CliIO } from '../io.js';

/** Line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * `text` with its comments (`// …` to the end of the line, `/* … *\/`) replaced by spaces, outside
 * strings, so that offsets (and so lines and columns) stay where they were. Linear.
 */
export function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // \ escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 47 && (text.charCodeAt(i + 1) === 47 || text.charCodeAt(i + 1) === 42)) {
      const block = text.charCodeAt(i + 1) === 42;
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      const stop = end === -1 ? text.length : block ? end + 2 : end;
      out += text.slice(from, i) + text.slice(i, stop).replace(/[^\n]/g, ' ');
      from = stop;
      i = stop - 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Why a file could not be read, as a word of the catalogue. */
function readReason(error: unknown): 'missing' | 'denied' | 'folder' | 'other' {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' ? 'missing' : code === 'EACCES' || code === 'EPERM' ? 'denied' : code === 'EISDIR' ? 'folder' : 'other';
}

/** The usage error of a file that cannot be read (missing, no permission, a folder …). */
export function cannotRead(file: string, error: unknown): CliUsageError {
  return new CliUsageError('cannotRead', { file, reason: readReason(error) });
}

/** True when `error` is a file that cannot be read (not a bug). */
export function isReadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Reads a JSON file (`label`: the option or config field that names it, `--employer`): its
 * value, or a usage error (exit code 2) that says what is wrong and where, never quoting the file's
 * text.
 */
export async function readJsonFile(io: CliIO, path: string, label: string, lang: Language): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  const raw = new TextDecoder('utf-8').decode(bytes);
  const text = withoutComments(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // the parser's message quotes the text around the error (names, perhaps): only the place is told
    const at = jsonErrorOffset(text);
    throw new CliUsageError('notJson', at >= text.length ? { label, file: path } : { label, file: path, ...lineAndColumn(text, at) });
  }
  problems(plainDataIssues(json, [], INPUT_LIMITS.jsonDepth), label, path, lang);
  return json;
}

/** Throws the usage error listing `issues` (at most 20), or nothing when there is none. */
export function problems(issues: readonly InputIssue[], label: string, file: string, lang: Language): void {
  if (issues.length === 0) return;
  throw new CliUsageError('invalidJson', { label, file, problems: issues.slice(0, 20).map((i) => formatDiagnostic(i, lang)) });
}

/** Checks a JSON value against a schema: its parsed value, or a usage error naming every bad path (at most 20). */
export function checkJson<S extends z.ZodType>(schema: S, value: unknown, label: string, file: string, lang: Language): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const again = schema.safeParse(value, { reportInput: true });
  problems(again.success ? [inputIssue([], 'invalid_value', expecting('validValue'))] : inputIssuesOf(again.error), label, file, lang);
  throw new Error('unreachable');
}

/** {@link readJsonFile} then {@link checkJson}. */
export async function readJsonInput<S extends z.ZodType>(io: CliIO, path: string, label: string, schema: S, lang: Language): Promise<z.output<S>> {
  return checkJson(schema, await readJsonFile(io, path, label, lang), label, path, lang);
}

/**
 * A published table's unit tree deeper than `INPUT_LIMITS.unitDepth` (by its `parent` links, which
 * JSON's own nesting does not show): the first unit too deep, or none. The audit walks the tree
 * recursively; a table of 20 000 nested units made it overflow the stack. Linear: each unit's depth
 * is found once.
 */
export function unitTreeIssues(table: unknown): InputIssue[] {
  const byUnit = typeof table === 'object' && table !== null ? (table as { readonly byUnit?: unknown }).byUnit : undefined;
  if (!Array.isArray(byUnit)) return [];
  const parentOf = new Map<string, string | null>();
  for (const u of byUnit as unknown[]) {
    if (typeof u !== 'object' || u === null) continue;
    const { key, parent } = u as { readonly key?: unknown; readonly parent?: unknown };
    if (typeof key === 'string' && !parentOf.has(key)) parentOf.set(key, typeof parent === 'string' ? parent : null);
  }
  const depth = new Map<string, number>();
  for (const [i, u] of (byUnit as unknown[]).entries()) {
    const key = typeof u === 'object' && u !== null ? (u as { readonly key?: unknown }).key : undefined;
    if (typeof key !== 'string') continue;
    // up to a unit of known depth, the top, or a unit seen on this walk (a cycle: not in the tree)
    const chain: string[] = [];
    const onChain = new Set<string>();
    let at: string | null | undefined = key;
    while (at !== null && at !== undefined && !depth.has(at) && !onChain.has(at) && parentOf.has(at)) {
      chain.push(at);
      onChain.add(at);
      at = parentOf.get(at);
    }
    let d = at !== null && at !== undefined ? (depth.get(at) ?? 0) : 0;
    for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k] as string, ++d);
    if ((depth.get(key) ?? 0) > INPUT_LIMITS.unitDepth) {
      return [inputIssue(['byUnit', i, 'parent'], 'too_deep', expecting('unitTreeDepth', { limit: INPUT_LIMITS.unitDepth }))];
    }
  }
  return [];
}

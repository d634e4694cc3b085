/**
 * The command line's JSON inputs (employer, cycle, statement, policy, published table, column
 * mapping, pay codes): read, parsed and looked at once, before any schema sees them. A `__proto__`
 * key (an own key after `JSON.parse`, which a schema would drop or turn into a prototype) and
 * nesting deeper than `INPUT_LIMITS.jsonDepth` (schemas and `JSON.stringify` recurse) are refused
 * with their path; a syntax error is placed by line and column, without quoting the text (which may
 * hold names). @internal
 */
import type { z } from 'zod';
import { INPUT_LIMITS } from '../../_lib/diagnostics.js';
import { pathText } from '../../io/_lib/invalidInput.js';
import { inputIssue, type InputIssue } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';
import { jsonErrorOffset, plainDataIssues } from '../../io/_lib/plainData.js';
import { CliUsageError, type CliIO } from '../io.js';

/** Line and column of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * Reads a JSON file (`label`: the option that names it, `--employer`, or what it is, `table`): its
 * value, or a usage error (exit code 2) that says what is wrong and where, never quoting the file's
 * text.
 */
export async function readJsonFile(io: CliIO, path: string, label: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new CliUsageError(`${label}: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // the parser's message quotes the text around the error (names, perhaps): only the place is told
    void error;
    const at = jsonErrorOffset(text);
    throw new CliUsageError(`${label}: ${path} is not JSON (${at >= text.length ? 'it ends too early' : `error at ${lineAndColumn(text, at)}`})`);
  }
  const issues = plainDataIssues(json, [], INPUT_LIMITS.jsonDepth);
  if (issues.length > 0) {
    throw new CliUsageError(`${label}: ${path} is not valid:\n${issues.map((i) => `  ${path}: ${pathText(i.path, '(root)')}: expected ${i.expected}`).join('\n')}`);
  }
  return json;
}

/** Checks a JSON value against a schema, or a usage error naming every bad path (at most 20). */
export function checkJson<S extends z.ZodType>(schema: S, value: unknown, label: string, path: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 20).map((i) => `  ${path}: ${i.path.length > 0 ? pathText(i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), '(root)') + ': ' : ''}${i.message}`);
  throw new CliUsageError(`${label}: ${path} is not valid:\n${lines.join('\n')}`);
}

/** {@link readJsonFile} then {@link checkJson}. */
export async function readJsonInput<S extends z.ZodType>(io: CliIO, path: string, label: string, schema: S): Promise<z.output<S>> {
  return checkJson(schema, await readJsonFile(io, path, label), label, path);
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

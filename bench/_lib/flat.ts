/**
 * Figure-by-figure comparison: every mapping (the library's, the naive one, DuckDB's) is flattened
 * to `path → value` (`pay.byLevel[Nivå 01].women.median → "48210.50"`), keyed cells by their key,
 * so two results agree when every path of the reference has the same value in the other.
 */

/** A flattened mapping. */
export type Flat = Map<string, string | number | boolean | null>;

function isKeyed(value: unknown): value is { key: string | null } {
  return typeof value === 'object' && value !== null && 'key' in value;
}

/** Flattens a JSON-like value into `out`; arrays of keyed cells use `[key]` (`[∅]` for a null key). */
export function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value === null || typeof value !== 'object') {
    out.set(prefix, value === undefined ? null : (value as string | number | boolean | null));
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const seg = isKeyed(item) ? `[${item.key ?? '∅'}]` : `[${i}]`;
      flatten(item, `${prefix}${seg}`, out);
    });
    return out;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  return out;
}

/** One disagreement. */
export interface Disagreement {
  readonly path: string;
  readonly reference: unknown;
  readonly actual: unknown;
}

/** Every path of `reference` whose value in `actual` differs (a missing path is `undefined`). */
export function compareFlat(reference: Flat, actual: Flat): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [path, ref] of reference) {
    const act = actual.has(path) ? actual.get(path) : undefined;
    if (act !== ref) out.push({ path, reference: ref, actual: act });
  }
  return out;
}

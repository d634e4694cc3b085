/**
 * Primary and complementary suppression of the pay-transparency result (TRN-7, ANON-2, ANON-3):
 * members (published values, each one or more paths), the additive relations between them, and
 * the loop that hides more members until no relation has exactly one hidden term.
 * @internal
 */
import type { TransparencyHiddenCode } from '../publishedSchema.js';

/** A published value (one or more paths hidden together) and how it is hidden. @internal */
export interface Member {
  readonly paths: readonly string[];
  /** Persons behind it: the complementary choice takes the fewest. */
  readonly persons: number;
  /** 0 a gap, 1 a category's figure, 1.5 a category's hourly pay (the joint assessment's), 2 a public figure: the complementary choice takes the lowest first. */
  readonly priority: number;
  hidden: TransparencyHiddenCode | null;
}

/**
 * A relation: its terms add up (or, for a gap, one follows from the others); a term is known when
 * every member in it is shown. A term may be fixed (always published, e.g. the population total):
 * it is simply left out. @internal
 */
export type Relation = readonly (readonly Member[])[];

/** A member. @internal */
export function member(paths: readonly string[], persons: number, priority: number): Member {
  return { paths, persons, priority, hidden: null };
}

const termHidden = (term: readonly Member[]): boolean => term.some((m) => m.hidden !== null);

/**
 * Hides more members (`complementary`) until no relation has exactly one hidden term: from a
 * relation with one, the shown term with the lowest priority and then the fewest persons loses its
 * last member (the figure; the count before it stays when it can). A term resting on no persons
 * is a known 0 (its figures are absent, not hidden) and is never chosen. When a relation has no
 * term left to hide, its one hidden value (a single one, not a count with its mean) is pinned by
 * what is always published (the population): hiding it protects nothing, so it is shown again and
 * never chosen after. @internal
 */
export function complement(relations: readonly Relation[]): void {
  const pinned = new Set<Member>();
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      const hidden = relation.filter(termHidden);
      if (hidden.length !== 1) continue;
      const shown = relation.filter((t) => !termHidden(t) && t.length > 0 && (t[t.length - 1] as Member).persons > 0 && !pinned.has(t[t.length - 1] as Member));
      if (shown.length === 0) {
        const only = hidden[0] as readonly Member[];
        // a single value is pinned and shown; a product of a count and a mean pins neither
        if (only.length === 1 && !pinned.has(only[0] as Member)) {
          (only[0] as Member).hidden = null;
          pinned.add(only[0] as Member);
          changed = true;
        }
        continue;
      }
      const key = (t: readonly Member[]): [number, number] => {
        const m = t[t.length - 1] as Member;
        return [m.priority, m.persons];
      };
      shown.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
      (shown[0]![shown[0]!.length - 1] as Member).hidden = 'complementary';
      changed = true;
    }
  }
}

/** Sets the value at a path (`a.b[2].c`) to null. @internal */
export function setNull(root: unknown, path: string): void {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- split gives undefined for the capture group where it did not match
  const parts = path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  let node = root as Record<string, unknown>;
  for (const p of parts.slice(0, -1)) node = node[p] as Record<string, unknown>;
  node[parts[parts.length - 1] as string] = null;
}

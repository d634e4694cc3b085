/**
 * The sentences of suppressions and audit findings, in bokmål, nynorsk and English (ANON-6), from
 * the catalogues (`src/locales`, `anonymisation`).
 * A reason names the rule, the threshold and the figures it protects — never a count or an amount
 * that is hidden, nor one that with the published figures gives a hidden one back: the two cases of
 * the attribute rule (few with the attribute, few without it) read the same.
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
import { localised } from '../../locales/index.js';
import type { NarrowingKind, SuppressionSex } from '../../locales/types.js';
import type { JsonPath } from '../types.js';

/** A sentence in every language. @internal */
export interface Text {
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

type KeyedTable = { readonly [k: string]: unknown };

/**
 * A readable name of a path: `pay.byLevel["L3"].women.mean`, `byUnit["Dir/East"].temporary.women.count`.
 * @internal
 */
export function describePath(table: unknown, path: JsonPath): string {
  let node: unknown = table;
  let out = '';
  for (const seg of path) {
    const arrayParent = Array.isArray(node);
    const next: unknown = node !== null && typeof node === 'object' ? (node as KeyedTable)[String(seg)] : undefined;
    if (typeof seg === 'number' && arrayParent) {
      const key = next !== null && typeof next === 'object' ? (next as KeyedTable)['key'] : undefined;
      out += key === undefined ? `[${seg}]` : `[${JSON.stringify(key)}]`;
    } else {
      out += out === '' ? String(seg) : `.${String(seg)}`;
    }
    node = next;
  }
  return out;
}

function sexOf(path: JsonPath): SuppressionSex {
  if (path.includes('women')) return 'women';
  if (path.includes('men')) return 'men';
  return 'any';
}

/** Which primary rule hid a value. @internal */
export type PrimaryKind = 'pay' | 'count' | 'weeks';

/** The reason of a value hidden by a threshold (ANON-2, ANON-4): the same whichever side of the threshold the value is on. @internal */
export function primaryText(path: JsonPath, kind: PrimaryKind, policy: PublicationPolicy): Text {
  const p = {
    kind,
    sex: sexOf(path),
    payMin: policy.payMinPersons,
    leaveMin: policy.parentalLeaveMinPersons,
    attributeMin: policy.attributeMinCount,
    restMin: policy.attributeMinRest,
  };
  return localised((c) => c.anonymisation.primary(p));
}

/**
 * {@link primaryText} for one policy, each sentence made once per kind and sex and copied for each
 * figure (a publication gives a reason for every hidden figure: 100 000 of them at 4 000 units,
 * where making each sentence anew took a tenth of a second).
 * @example
 * ```ts
 * const reasonOf = primaryTexts(PublicationPolicySchema.parse({}));
 * reasonOf(['temporary', 'women', 'count'], 'count').en; // as primaryText(…).en
 * ```
 * @internal
 */
export function primaryTexts(policy: PublicationPolicy): (path: JsonPath, kind: PrimaryKind) => Text {
  const made = new Map<string, Text>();
  return (path, kind) => {
    const key = `${kind}|${sexOf(path)}`;
    let text = made.get(key);
    if (text === undefined) {
      text = primaryText(path, kind, policy);
      made.set(key, text);
    }
    return { nb: text.nb, nn: text.nn, en: text.en };
  };
}

/** The reason of a value hidden to protect others (ANON-3), naming them. @internal */
export function secondaryText(protects: readonly string[]): Text {
  return localised((c) => c.anonymisation.secondary({ protects }));
}

/** The reason of an amount left out by choice (ratios only). @internal */
export function byChoiceText(): Text {
  return localised((c) => c.anonymisation.byChoice);
}

/** The reason of a level merge. @internal */
export function mergeText(from: readonly string[], threshold: number): Text {
  const levels = from.map((k) => JSON.stringify(k));
  return localised((c) => c.anonymisation.merge({ levels, threshold }));
}

/** Kinds of finding a sentence exists for. @internal */
export type FindingTextKind = 'below-threshold' | 'recoverable' | 'remainder-disclosed' | 'combination-disclosed' | 'unreadable' | 'inconsistent';

/** How a value was narrowed, for a finding's sentence. @internal */
export type Narrowing = NarrowingKind;

/** The sentence of an audit finding. @internal */
export function findingText(
  kind: FindingTextKind,
  where: string,
  detail: { readonly count?: number | null; readonly threshold?: number | null; readonly how?: Narrowing; readonly problems?: number },
): Text {
  const p = {
    kind,
    where,
    how: detail.how ?? 'exact',
    count: detail.count ?? null,
    threshold: detail.threshold ?? null,
    problems: detail.problems ?? 0,
  } as const;
  return localised((c) => c.anonymisation.finding(p));
}

/** The sentence of a relation in an audit's chain. @internal */
export function relationText(kind: string, where: string): Text {
  return localised((c) => c.anonymisation.relation({ kind, where }));
}

/**
 * The bokmål and English sentences of suppressions and audit findings. Never an amount, a name or
 * an id: only counts of persons (which the table publishes anyway), thresholds and cell names.
 * @internal
 */
import type { JsonPath } from '../types.js';
import type { Failure } from './rules.js';

/** A sentence in both languages. @internal */
export interface Text {
  readonly nb: string;
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

const SEX = { women: { nb: 'kvinner', en: 'women' }, men: { nb: 'menn', en: 'men' } } as const;

function sexOf(path: JsonPath): { nb: string; en: string } {
  if (path.includes('women')) return SEX.women;
  if (path.includes('men')) return SEX.men;
  return { nb: 'personer', en: 'persons' };
}

/** Sentence for a primary suppression. @internal */
export function primaryText(path: JsonPath, f: Failure, kind: 'pay' | 'weeks' | 'count' | 'derived'): Text {
  const s = sexOf(path);
  if (kind === 'pay') {
    return {
      nb: `Skjult: ${f.count} ${s.nb} i gruppen; lønnstall for et kjønn publiseres bare når minst ${f.threshold} bidrar (ANON-2, ANON-4).`,
      en: `Hidden: ${f.count} ${s.en} in the cell; a pay figure of a sex is published only when at least ${f.threshold} contribute (ANON-2, ANON-4).`,
    };
  }
  if (kind === 'weeks') {
    return {
      nb: `Skjult: ${f.count} ${s.nb} med foreldrepermisjon; gjennomsnittet krever minst ${f.threshold} personer (ANON-2).`,
      en: `Hidden: ${f.count} ${s.en} with parental leave; the average needs at least ${f.threshold} persons (ANON-2).`,
    };
  }
  if (kind === 'derived') {
    return {
      nb: 'Skjult sammen med tallet det er regnet ut fra (ANON-2).',
      en: 'Hidden together with the figure it is computed from (ANON-2).',
    };
  }
  return f.which === 'rest'
    ? {
        nb: `Skjult: bare ${f.count} ${s.nb} i gruppen er uten kjennetegnet; antallet publiseres bare når resten er 0 eller minst ${f.threshold} (ANON-2).`,
        en: `Hidden: only ${f.count} ${s.en} in the cell are without the attribute; a count is published only when the rest is 0 or at least ${f.threshold} (ANON-2).`,
      }
    : {
        nb: `Skjult: ${f.count} ${s.nb} med kjennetegnet; antallet publiseres bare når det er 0 eller minst ${f.threshold} (ANON-2).`,
        en: `Hidden: ${f.count} ${s.en} with the attribute; a count is published only when it is 0 or at least ${f.threshold} (ANON-2).`,
      };
}

/** Sentence for a secondary suppression. @internal */
export function secondaryText(protects: string): Text {
  return {
    nb: `Skjult for at det skjulte tallet ${protects} ikke skal kunne regnes ut fra summer og de andre cellene (ANON-3).`,
    en: `Hidden so that the hidden value ${protects} cannot be recomputed from totals and the other cells (ANON-3).`,
  };
}

/** Sentence for a suppression by choice (ratios only). @internal */
export function byChoiceText(): Text {
  return {
    nb: 'Ikke publisert: bare forholdstall publiseres, ikke kronebeløp (STAT-B0, ANON-4).',
    en: 'Not published: the policy publishes ratios only, no NOK amounts (STAT-B0, ANON-4).',
  };
}

/** Sentence for a level merge. @internal */
export function mergeText(from: readonly string[], threshold: number): Text {
  const list = from.map((k) => JSON.stringify(k)).join(', ');
  return {
    nb: `Stillingsnivåene ${list} er slått sammen fordi et kjønn hadde færre enn ${threshold} personer (ANON-2); medianen for de sammenslåtte nivåene oppgis ikke.`,
    en: `The job levels ${list} are merged because a sex had fewer than ${threshold} persons (ANON-2); the median of the merged levels is not given.`,
  };
}

/** Sentence for an audit finding. `precision` is "exactly" or a relative bound in percent. @internal */
export function findingText(
  kind: 'below-threshold' | 'recoverable' | 'remainder-disclosed' | 'bounded' | 'combination-disclosed',
  where: string,
  detail: { count: number | null; threshold: number | null; precisionPercent?: string | null },
): Text {
  const p = detail.precisionPercent;
  const precision =
    p === undefined || p === null ? { nb: '', en: '' } : p === '0' ? { nb: ' nøyaktig', en: ' exactly' } : { nb: ` med en feilmargin på ${p.replace('.', ',')} %`, en: ` to within ${p} %` };
  if (kind === 'below-threshold') {
    return {
      nb: `${where} er publisert med ${detail.count ?? '?'} personer bak, under terskelen ${detail.threshold ?? '?'} (ANON-2).`,
      en: `${where} is published with ${detail.count ?? '?'} persons behind it, below the threshold ${detail.threshold ?? '?'} (ANON-2).`,
    };
  }
  if (kind === 'remainder-disclosed') {
    return {
      nb: `${where} (enhetens egne ansatte utenfor underenhetene: ${detail.count ?? '?'}, terskel ${detail.threshold ?? '?'}) kan regnes ut som differanse${precision.nb} (ANON-3).`,
      en: `${where} (the unit's own staff outside its sub-units: ${detail.count ?? '?'}, threshold ${detail.threshold ?? '?'}) can be recomputed as a difference${precision.en} (ANON-3).`,
    };
  }
  if (kind === 'combination-disclosed') {
    return {
      nb: `Det samlede tallet for de skjulte cellene ${where} (${detail.count ?? '?'} personer, terskel ${detail.threshold ?? '?'}) kan regnes ut${precision.nb} (ANON-3).`,
      en: `The combined figure of the hidden cells ${where} (${detail.count ?? '?'} persons, threshold ${detail.threshold ?? '?'}) can be recomputed${precision.en} (ANON-3).`,
    };
  }
  if (kind === 'bounded') {
    return {
      nb: `Det skjulte tallet ${where} kan avgrenses${precision.nb}, men ikke innenfor toleransen (ANON-3).`,
      en: `The hidden value ${where} can be narrowed${precision.en}, but not within the tolerance (ANON-3).`,
    };
  }
  return {
    nb: `Det skjulte tallet ${where} kan regnes ut fra de publiserte tallene${precision.nb} (ANON-3).`,
    en: `The hidden value ${where} can be recomputed from the published figures${precision.en} (ANON-3).`,
  };
}

/**
 * The sentences of suppressions and audit findings, in bokmål, nynorsk and English (ANON-6).
 * A reason names the rule, the threshold and the figures it protects — never a count or an amount
 * that is hidden, nor one that with the published figures gives a hidden one back: the two cases of
 * the attribute rule (few with the attribute, few without it) read the same.
 * @internal
 */
import type { PublicationPolicy } from '../policy.js';
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

const SEX = {
  women: { nb: 'kvinner', nn: 'kvinner', en: 'women' },
  men: { nb: 'menn', nn: 'menn', en: 'men' },
  any: { nb: 'personer', nn: 'personar', en: 'persons' },
} as const;

function sexOf(path: JsonPath): Text {
  if (path.includes('women')) return SEX.women;
  if (path.includes('men')) return SEX.men;
  return SEX.any;
}

/** Which primary rule hid a value. @internal */
export type PrimaryKind = 'pay' | 'count' | 'weeks';

/** The reason of a value hidden by a threshold (ANON-2, ANON-4): the same whichever side of the threshold the value is on. @internal */
export function primaryText(path: JsonPath, kind: PrimaryKind, policy: PublicationPolicy): Text {
  if (kind === 'pay') {
    const s = sexOf(path);
    const t = policy.payMinPersons;
    return {
      nb: `Skjult fordi færre enn ${t} ${s.nb} i gruppen har lønnstall; lønn for et kjønn publiseres bare når minst ${t} bidrar (ANON-2, ANON-4).`,
      nn: `Skjult fordi færre enn ${t} ${s.nn} i gruppa har lønnstal; løn for eit kjønn blir berre publisert når minst ${t} bidreg (ANON-2, ANON-4).`,
      en: `Hidden because fewer than ${t} ${s.en} in the group have a pay figure; pay of a sex is published only when at least ${t} contribute (ANON-2, ANON-4).`,
    };
  }
  if (kind === 'weeks') {
    const t = policy.parentalLeaveMinPersons;
    return {
      nb: `Skjult: et gjennomsnitt av uker med foreldrepermisjon publiseres bare når minst ${t} personer har hatt permisjon (ANON-2).`,
      nn: `Skjult: eit gjennomsnitt av veker med foreldrepermisjon blir berre publisert når minst ${t} personar har hatt permisjon (ANON-2).`,
      en: `Hidden: an average of parental-leave weeks is published only when at least ${t} persons had leave (ANON-2).`,
    };
  }
  const a = policy.attributeMinCount;
  const r = policy.attributeMinRest;
  if (a === r) {
    return {
      nb: `Skjult: et antall publiseres bare når både de som har kjennetegnet og de som ikke har det, er 0 eller minst ${a} (ANON-2).`,
      nn: `Skjult: eit tal blir berre publisert når både dei som har kjenneteiknet og dei som ikkje har det, er 0 eller minst ${a} (ANON-2).`,
      en: `Hidden: a count is published only when both those with the attribute and those without it number 0 or at least ${a} (ANON-2).`,
    };
  }
  return {
    nb: `Skjult: et antall publiseres bare når de som har kjennetegnet er 0 eller minst ${a}, og de som ikke har det er 0 eller minst ${r} (ANON-2).`,
    nn: `Skjult: eit tal blir berre publisert når dei som har kjenneteiknet er 0 eller minst ${a}, og dei som ikkje har det er 0 eller minst ${r} (ANON-2).`,
    en: `Hidden: a count is published only when those with the attribute number 0 or at least ${a}, and those without it 0 or at least ${r} (ANON-2).`,
  };
}

/** The reason of a value hidden to protect others (ANON-3), naming them. @internal */
export function secondaryText(protects: readonly string[]): Text {
  const list = protects.length === 0 ? '' : protects.join(', ');
  return {
    nb: `Skjult for at det skjulte tallet ${list} ikke skal kunne regnes ut eller snevres inn fra summer og andre publiserte tall (ANON-3).`,
    nn: `Skjult for at det skjulte talet ${list} ikkje skal kunne reknast ut eller snevrast inn frå summar og andre publiserte tal (ANON-3).`,
    en: `Hidden so that the hidden value ${list} cannot be recomputed or narrowed from totals and other published figures (ANON-3).`,
  };
}

/** The reason of an amount left out by choice (ratios only). @internal */
export function byChoiceText(): Text {
  return {
    nb: 'Ikke publisert: bare forholdstall publiseres, ikke kronebeløp (STAT-B0, ANON-4).',
    nn: 'Ikkje publisert: berre forholdstal blir publiserte, ikkje kronebeløp (STAT-B0, ANON-4).',
    en: 'Not published: the policy publishes ratios only, no NOK amounts (STAT-B0, ANON-4).',
  };
}

/** The reason of a level merge. @internal */
export function mergeText(from: readonly string[], threshold: number): Text {
  const list = from.map((k) => JSON.stringify(k)).join(', ');
  return {
    nb: `Stillingsnivåene ${list} er slått sammen fordi et kjønn hadde færre enn ${threshold} personer (ANON-2); medianen for de sammenslåtte nivåene oppgis ikke.`,
    nn: `Stillingsnivåa ${list} er slått saman fordi eit kjønn hadde færre enn ${threshold} personar (ANON-2); medianen for dei samanslåtte nivåa blir ikkje oppgitt.`,
    en: `The job levels ${list} are merged because a sex had fewer than ${threshold} persons (ANON-2); the median of the merged levels is not given.`,
  };
}

/** Kinds of finding a sentence exists for. @internal */
export type FindingTextKind = 'below-threshold' | 'recoverable' | 'remainder-disclosed' | 'combination-disclosed' | 'unreadable' | 'inconsistent';

/** How a value was narrowed, for a finding's sentence. @internal */
export type Narrowing = 'exact' | 'within-tolerance' | 'all-or-none' | 'undetermined';

const HOW: Readonly<Record<Narrowing, Text>> = {
  exact: { nb: 'nøyaktig', nn: 'nøyaktig', en: 'exactly' },
  'within-tolerance': { nb: 'innenfor toleransen', nn: 'innanfor toleransen', en: 'to within the tolerance' },
  'all-or-none': { nb: 'så nær at en leser kan skille «alle» fra «ingen» i en gruppe under terskelen', nn: 'så nær at ein lesar kan skilje «alle» frå «ingen» i ei gruppe under terskelen', en: 'closely enough to tell “all” from “none” in a group below the threshold' },
  undetermined: { nb: 'muligens (løseren kunne ikke vise det motsatte)', nn: 'kanskje (løysaren kunne ikkje vise det motsette)', en: 'possibly (the solver could not show otherwise)' },
};

/** The sentence of an audit finding. @internal */
export function findingText(kind: FindingTextKind, where: string, detail: { readonly count?: number | null; readonly threshold?: number | null; readonly how?: Narrowing; readonly problems?: number }): Text {
  const how = HOW[detail.how ?? 'exact'];
  const count = detail.count ?? '?';
  const threshold = detail.threshold ?? '?';
  switch (kind) {
    case 'below-threshold':
      return {
        nb: `${where} er publisert med ${count} personer bak, under terskelen ${threshold} (ANON-2).`,
        nn: `${where} er publisert med ${count} personar bak, under terskelen ${threshold} (ANON-2).`,
        en: `${where} is published with ${count} persons behind it, below the threshold ${threshold} (ANON-2).`,
      };
    case 'remainder-disclosed':
      return {
        nb: `Tallet for enhetens egne ansatte utenfor underenhetene, ${where}, en liten gruppe, kan regnes ut ${how.nb} (ANON-3, ANON-7).`,
        nn: `Talet for eininga sine eigne tilsette utanfor undereiningane, ${where}, ei lita gruppe, kan reknast ut ${how.nn} (ANON-3, ANON-7).`,
        en: `The figure of the unit's own staff outside its sub-units, ${where}, a small group, can be recomputed ${how.en} (ANON-3, ANON-7).`,
      };
    case 'combination-disclosed':
      return {
        nb: `Det samlede tallet for de skjulte cellene ${where} (færre enn ${threshold} personer) kan regnes ut ${how.nb} (ANON-3, ANON-7).`,
        nn: `Det samla talet for dei skjulte cellene ${where} (færre enn ${threshold} personar) kan reknast ut ${how.nn} (ANON-3, ANON-7).`,
        en: `The combined figure of the hidden cells ${where} (fewer than ${threshold} persons) can be recomputed ${how.en} (ANON-3, ANON-7).`,
      };
    case 'unreadable':
      return {
        nb: `Tabellen kan ikke leses som en publisert kartlegging (${detail.problems ?? 0} feil).`,
        nn: `Tabellen kan ikkje lesast som ei publisert kartlegging (${detail.problems ?? 0} feil).`,
        en: `The table cannot be read as a published mapping (${detail.problems ?? 0} problems).`,
      };
    case 'inconsistent':
      return {
        nb: 'De publiserte tallene motsier hverandre (summer, andeler eller grenser går ikke opp); tabellen kan ikke revideres.',
        nn: 'Dei publiserte tala motseier kvarandre (summar, delar eller grenser går ikkje opp); tabellen kan ikkje reviderast.',
        en: 'The published figures contradict each other (sums, shares or bounds do not add up); the table cannot be audited.',
      };
    default:
      return {
        nb: `Det skjulte tallet ${where} kan regnes ut ${how.nb} fra de publiserte tallene (ANON-7).`,
        nn: `Det skjulte talet ${where} kan reknast ut ${how.nn} frå dei publiserte tala (ANON-7).`,
        en: `The hidden value ${where} can be recomputed ${how.en} from the published figures (ANON-7).`,
      };
  }
}

/** The sentence of a relation in an audit's chain. @internal */
export function relationText(kind: string, where: string): Text {
  switch (kind) {
    case 'sexes':
      return { nb: `${where}: kvinner + menn + annet/ukjent = totalt`, nn: `${where}: kvinner + menn + anna/ukjent = totalt`, en: `${where}: women + men + other/unknown = total` };
    case 'unit-tree':
      return { nb: `${where} = underenhetene + egne ansatte`, nn: `${where} = undereiningane + eigne tilsette`, en: `${where} = its sub-units + its own staff` };
    case 'breakdown':
      return { nb: `${where}: cellene summerer til totalen`, nn: `${where}: cellene summerer seg til totalen`, en: `${where}: the cells add up to the total` };
    case 'components':
      return { nb: `${where}: lønn = summen av komponentene`, nn: `${where}: løn = summen av komponentane`, en: `${where}: pay = the sum of its components` };
    case 'order':
      return { nb: `${where}: ufrivillig deltid ≤ svar ≤ deltidsansatte`, nn: `${where}: ufrivillig deltid ≤ svar ≤ deltidstilsette`, en: `${where}: involuntary part-time ≤ answered ≤ part-timers` };
    case 'weeks-per-person':
      return { nb: `${where}: høyst 53 uker per person`, nn: `${where}: høgst 53 veker per person`, en: `${where}: at most 53 weeks per person` };
    case 'percent':
      return { nb: `${where}: prosent av en publisert base`, nn: `${where}: prosent av ein publisert base`, en: `${where}: a percent of a published base` };
    case 'share':
      return { nb: `${where}: kvinners andel`, nn: `${where}: kvinnedelen`, en: `${where}: women's share` };
    case 'coverage':
      return { nb: `${where}: svarprosent`, nn: `${where}: svarprosent`, en: `${where}: coverage of the answers` };
    case 'ratio':
      return { nb: `${where}: kvinners lønn i prosent av menns`, nn: `${where}: kvinneløn i prosent av menn si løn`, en: `${where}: women's pay as a percent of men's` };
    case 'average':
      return { nb: `${where}: gjennomsnitt × personer`, nn: `${where}: gjennomsnitt × personar`, en: `${where}: average × persons` };
    default:
      return { nb: `${where}: publisert tall`, nn: `${where}: publisert tal`, en: `${where}: a published figure` };
  }
}

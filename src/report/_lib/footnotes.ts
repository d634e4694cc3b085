/**
 * The footnotes of hidden values (ANON-6, issue 16): every hidden value of a statement has one,
 * in words — too few persons behind it (the threshold), or another hidden figure could be worked out
 * from it by subtraction (which figure, and from what), or amounts not published by choice — made
 * from each suppression's `rule`, `threshold` and `protects` in every language, one note per
 * distinct text, numbered in order of first use. @internal
 */
import { CATALOGUES, type Language } from '../../locales/index.js';
import type { FigureSex, FigureSubject, FigureWhere, ReportTexts } from '../../locales/types.js';
import type { Footnote, PublishedFigures, SuppressionLike } from '../types.js';

type Path = readonly (string | number)[];

const SEX_KEYS: Readonly<Record<string, FigureSex>> = {
  women: 'women',
  men: 'men',
  other: 'other',
  unknown: 'unknown',
  otherOrUnknown: 'otherOrUnknown',
  total: 'all',
};
const ATTRIBUTES: Readonly<Record<string, { readonly count: FigureSubject; readonly share: FigureSubject }>> = {
  temporary: { count: 'temporary', share: 'temporaryShare' },
  partTime: { count: 'partTime', share: 'partTimeShare' },
  involuntaryPartTime: { count: 'involuntary', share: 'involuntaryShare' },
};
const PAY_SECTIONS: ReadonlySet<string> = new Set(['pay', 'agreedPay', 'payComponents']);

/** A figure of the published table, in the words a footnote names it with. */
interface FigureWords {
  readonly subject: FigureSubject;
  readonly sex: FigureSex;
  readonly where: FigureWhere;
}

/** The key of a level, group or unit cell at `path[at]` (an index), or null when the path has none there. */
function cellKey(published: PublishedFigures | undefined, section: 'byLevel' | 'byGroup' | 'byUnit', index: unknown): string | null {
  if (typeof index !== 'number' || published === undefined) return null;
  const cells = section === 'byUnit' ? (published as { readonly byUnit?: readonly { readonly key: string | null }[] }).byUnit : published.pay[section];
  const key = cells?.[index]?.key;
  return key === undefined ? null : key;
}

/**
 * What a path of the published figures is, in words (`['pay', 'byLevel', 2, 'women', 'mean']` →
 * women's mean pay on level «Rådgiver»).
 */
function describe(path: Path, published: PublishedFigures | undefined, names: Pick<ReportTexts, 'noLevel' | 'noGroup' | 'noUnit'>): FigureWords {
  let where: FigureWhere = { kind: 'total' };
  let rest = [...path];
  if (rest[0] === 'byUnit') {
    where = { kind: 'unit', name: cellKey(published, 'byUnit', rest[1]) ?? names.noUnit };
    rest = rest.slice(2);
  }
  const head = rest[0];
  if (typeof head === 'string' && PAY_SECTIONS.has(head)) {
    rest = head === 'payComponents' ? rest.slice(2) : rest.slice(1);
    if (rest[0] === 'byLevel' || rest[0] === 'byGroup') {
      where = {
        kind: rest[0] === 'byLevel' ? 'level' : 'group',
        name: cellKey(published, rest[0], rest[1]) ?? (rest[0] === 'byLevel' ? names.noLevel : names.noGroup),
      };
      rest = rest.slice(2);
    } else if (rest[0] === 'total') rest = rest.slice(1);
    if (rest[0] === 'population') return { subject: 'headcount', sex: SEX_KEYS[String(rest[1])] ?? 'all', where };
    if (rest[0] === 'womenShareOfMen') return { subject: rest[1] === 'median' ? 'shareMedian' : 'shareMean', sex: 'women', where };
    const sex = SEX_KEYS[String(rest[0])] ?? 'all';
    return { subject: rest[1] === 'median' ? 'payMedian' : rest[1] === 'count' ? 'payCount' : 'payMean', sex, where };
  }
  if (head === 'population') return { subject: 'headcount', sex: SEX_KEYS[String(rest[1])] ?? 'all', where };
  if (head === 'parentalLeave') return { subject: rest[2] === 'averageWeeks' ? 'leaveWeeks' : 'leavePersons', sex: SEX_KEYS[String(rest[1])] ?? 'all', where };
  const attribute = typeof head === 'string' ? ATTRIBUTES[head] : undefined;
  if (attribute !== undefined) {
    const sex = rest[1] === 'womenShareOfCategory' ? 'women' : (SEX_KEYS[String(rest[1])] ?? 'all');
    const field = rest[2];
    const subject: FigureSubject =
      field === 'partTimers'
        ? 'partTimers'
        : field === 'answered'
          ? 'answered'
          : field === 'coverage'
            ? 'coverage'
            : field === 'percentOfAll' || field === 'percentOfSex' || rest[1] === 'womenShareOfCategory'
              ? attribute.share
              : attribute.count;
    return { subject, sex, where };
  }
  return { subject: 'figure', sex: 'all', where };
}

/** How a hidden value could be worked out from the one hidden to protect it: along the sexes, the levels or groups, the units, or otherwise. */
function relationOf(hidden: Path, protects: Path): 'sexes' | 'breakdown' | 'units' | 'other' {
  if (hidden.length === protects.length) {
    const differ = hidden.flatMap((seg, i) => (seg === protects[i] ? [] : [i]));
    if (differ.length === 1) {
      const i = differ[0] as number;
      if (String(hidden[i]) in SEX_KEYS && String(protects[i]) in SEX_KEYS) return 'sexes';
      const before = hidden[i - 1];
      if (before === 'byLevel' || before === 'byGroup') return 'breakdown';
      if (before === 'byUnit') return 'units';
    }
  }
  // a cell against the employer's total (`total` against `byLevel, 2`)
  if (
    hidden.includes('total') !== protects.includes('total') &&
    (hidden.includes('byLevel') || hidden.includes('byGroup') || protects.includes('byLevel') || protects.includes('byGroup'))
  )
    return 'breakdown';
  if (hidden[0] === 'byUnit' || protects[0] === 'byUnit') return 'units';
  return 'other';
}

/** The footnote of one suppression: its text in every language and the rules behind it. */
function noteOf(
  s: SuppressionLike,
  published: PublishedFigures | undefined,
): { readonly text: Readonly<Record<Language, string>>; readonly rules: readonly string[] } {
  const make = (f: (r: ReportTexts) => string): Readonly<Record<Language, string>> => ({
    nb: f(CATALOGUES.nb.report),
    nn: f(CATALOGUES.nn.report),
    en: f(CATALOGUES.en.report),
  });
  const last = s.path[s.path.length - 1];
  const threshold = s.threshold ?? null;
  if (s.rule === 'primary' && threshold !== null) {
    if (last === 'mean' || last === 'median') {
      const sex = SEX_KEYS[String(s.path[s.path.length - 2])] ?? 'all';
      return { text: make((r) => r.footnote.primaryPay({ sex, threshold })), rules: ['ANON-2', 'ANON-4'] };
    }
    if (last === 'averageWeeks') return { text: make((r) => r.footnote.primaryWeeks({ threshold })), rules: ['ANON-2'] };
    return { text: make((r) => r.footnote.primaryCount({ threshold })), rules: ['ANON-2'] };
  }
  if (s.rule === 'secondary' && s.protects !== undefined) {
    const protects = s.protects;
    const words = (r: ReportTexts): string => r.footnote.figure(describe(protects, published, r));
    return { text: make((r) => r.footnote.secondary({ figure: words(r), relation: relationOf(s.path, protects) })), rules: ['ANON-3'] };
  }
  if (s.rule === 'by-choice') return { text: make((r) => r.footnote.byChoice), rules: ['STAT-B0', 'ANON-4'] };
  // a table of another tool, or a rule this version does not know: its own reason
  return { text: { nb: s.reason.nb, nn: s.reason.nn ?? s.reason.nb, en: s.reason.en }, rules: s.rule === 'secondary' ? ['ANON-3'] : ['ANON-2'] };
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Collects footnotes: one per distinct text, numbered in order of first use. @internal */
export class FootnoteRegistry {
  readonly #byKey = new Map<
    string,
    { id: number; rule: string; rules: readonly string[]; threshold: number | null; text: Readonly<Record<Language, string>>; paths: Path[] }
  >();
  readonly #suppressed: readonly SuppressionLike[];
  readonly #published: PublishedFigures | undefined;

  constructor(suppressed: readonly SuppressionLike[], published?: PublishedFigures) {
    this.#suppressed = suppressed;
    this.#published = published;
  }

  /** Suppressions covering a path (equal, or a prefix of it). */
  find(path: Path): SuppressionLike[] {
    if (path.length === 0) return [];
    return this.#suppressed.filter((s) => s.path.length <= path.length && s.path.every((p, i) => p === path[i]));
  }

  /** The footnote of a suppression (made in words from its rule, threshold and protected value); returns its id. */
  addSuppression(s: SuppressionLike): number {
    const note = noteOf(s, this.#published);
    return this.#add(s.rule, note.rules, s.threshold ?? null, note.text, s.path);
  }

  /** A footnote of last year's statement, as it stands (reused figures, STM-6); returns its id. */
  addFootnote(f: Footnote, path: Path): number {
    return this.#add(f.rule, f.rules ?? [], f.threshold ?? null, { nb: f.text.nb, nn: f.text.nn ?? f.text.nb, en: f.text.en }, path);
  }

  #add(rule: string, rules: readonly string[], threshold: number | null, text: Readonly<Record<Language, string>>, path: Path): number {
    const key = `${rule}\u0000${text.nb}\u0000${text.nn}\u0000${text.en}`;
    let note = this.#byKey.get(key);
    if (note === undefined) {
      note = { id: this.#byKey.size + 1, rule, rules, threshold, text, paths: [] };
      this.#byKey.set(key, note);
    }
    if (path.length > 0 && !note.paths.some((p) => samePath(p, path))) note.paths.push([...path]);
    return note.id;
  }

  list(): Footnote[] {
    return [...this.#byKey.values()].map((n) => ({
      id: n.id,
      rule: n.rule,
      rules: [...n.rules],
      threshold: n.threshold,
      text: { nb: n.text.nb, nn: n.text.nn, en: n.text.en },
      paths: n.paths.map((p) => [...p]),
    }));
  }
}

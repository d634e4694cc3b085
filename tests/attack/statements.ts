/**
 * A scan of everything published for a hidden value stated in it (issue 14, ANON-6): the published
 * JSON (`suppressed[]` with `reason`, `count` and every other field), the statement built from it
 * (`buildStatement`: the report's cells and footnotes), its HTML and Markdown in bokmål, nynorsk and
 * English, and its workbook (`renderWorkbook`, read back with exceljs: every sheet, hidden or not,
 * every cell and every note).
 *
 * ## What counts as stating a hidden value
 *
 * A reader learns a hidden count h when a number next to it says h, or says the rest of its cell
 * (B − h for a published base B: the sex's head count of the cell, for involuntary part-time also a
 * published part-timer or answered count), which with B gives h. A hidden amount (a mean or median
 * in NOK) is learnt wherever its figure appears.
 *
 * ## Designed to raise no false alarm from unrelated numbers
 *
 * - **Scope.** A count is looked for only in the text attached to that hidden value: its own
 *   suppression entry (the reason in every language, every string field, the `count` field), the
 *   entries that `protects` it (a secondary entry's reason and `count` name the value it protects),
 *   its footnote in the report, in each HTML (`<li id="fn-N">`) and Markdown (`[^N]:`) rendering
 *   and in the workbook (the hidden cell's note and the notes sheet's row N), and its own table cell
 *   in the HTML (`data-table`/`data-row`/`data-column`) — never the whole document, where small
 *   numbers are everywhere. A footnote shared by several hidden values is checked against each.
 * - **Tokens.** Only stand-alone numbers count: digits inside an identifier are not numbers (a rule
 *   id `ANON-2`, a unit key `"U1/A/3"`, a level `L4`, a path `byUnit[3]`, a law reference `§ 26`),
 *   and footnote markers are removed first (`<sup>…</sup>` links, `[^N]`, a note's leading `N.`).
 * - **Rule constants.** A number equal to a count threshold of the table's `policy` where the
 *   rule's wording puts a threshold ("at least 3", "minst 3", "færre enn 5", "the threshold 3"),
 *   and a 0 before "or" ("0 or at least 3") say nothing about the cell and are not taken as
 *   statements; a percent ("1 %", the recovery tolerance) is not a count. A `count`
 *   field, which has no wording, is excused when it equals 0 or a threshold. The price, stated
 *   plainly: such a count field is not found when it states a hidden 0 or a hidden count equal to
 *   a threshold; for today's primary suppressions that loses little, as the count or rest that
 *   triggers one lies strictly between 0 and its threshold (policies with a threshold of 1 aside).
 * - The cell's head count is not excused: "1 women with the attribute" in a cell of 1 woman tells
 *   that she has it, and "only 2 … without the attribute" in a cell of 2 tells that none has it. A
 *   reason should not print a head count next to a hidden count either.
 * - **Charts.** A chart's text alternative (`<desc>`) lists its values; a number in it that none of
 *   the report's tables publishes and that equals a hidden count, percent or weeks figure is taken
 *   as that value (a number that some table publishes cannot be told apart and is left out). The
 *   scale's sentence after the values ("The scale runs from 95 % to 125 %") is left out: its round
 *   ends follow from the published values (a chart's axis is not a figure); so is the caption before
 *   them, the same words in every statement ("… against a line at 100 %:").
 * - **Amounts** are looked for in the whole of every document, in every locale's format
 *   (`45986.36`, `45 986,36`, `45,986.36`, a workbook number), since a 2-decimal amount of 100 NOK or
 *   more does not occur by chance; an amount that the table publishes somewhere else (e.g. a hidden
 *   monthly mean equal to a published base-pay mean) is left to the attacker of attacker.ts. Hidden
 *   percents and weeks are looked for only in their attached text (whole documents are full of
 *   one-decimal numbers).
 */
import ExcelJS from 'exceljs';
import {
  buildStatement,
  EmployerSchema,
  EqualityCycleSchema,
  renderHtml,
  renderMarkdown,
  type PublishedFigures,
  type Report,
  type ReportLanguage,
} from '../../src/index.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { valueAt, type Path } from './attacker.js';

/** One hidden value found stated in something published. */
export interface Statement {
  readonly path: Path;
  /** Where: `json.reason`, `json.count`, `report.footnote`, `html:nb`, `markdown:en`, `workbook:nn`, … */
  readonly where: string;
  /** `value`: the hidden number itself; `rest`: its cell's rest; `amount`: a hidden NOK amount. */
  readonly stated: 'value' | 'rest' | 'amount';
  /** The number as it appears. */
  readonly number: string;
  /** The text it appears in (shortened). */
  readonly excerpt: string;
}

/** The true value of a published path (the caller's true mapping; see truth.ts). */
export type TruthAt = (path: Path) => unknown;

const LANGUAGES: readonly ReportLanguage[] = ['nb', 'nn', 'en'];
const COUNT_FIELDS = new Set(['count', 'persons', 'partTimers', 'answered']);
const MONEY_FIELDS = new Set(['mean', 'median']);

type Kind = 'count' | 'amount' | 'other';
function kindOf(path: Path): Kind {
  const last = String(path[path.length - 1]);
  if (COUNT_FIELDS.has(last)) return 'count';
  if (MONEY_FIELDS.has(last) && !path.includes('womenShareOfMen')) return 'amount';
  return 'other';
}

const key = (path: Path): string => JSON.stringify(path);

/** Stand-alone numbers of a text with their positions (identifiers and footnote markers are not numbers). */
export function numbersAt(text: string): { token: string; at: number }[] {
  const out: { token: string; at: number }[] = [];
  // a number not glued to a letter, digit, identifier punctuation or a law reference
  const re = /(?<![\p{L}\p{N}_\-/"'[\].§])(?<!§\s)\d+(?:[.,]\d+)?(?![\p{L}\p{N}_\-/"'\]])(?![.,]\d)/gu;
  for (const m of text.matchAll(re)) out.push({ token: m[0], at: m.index ?? 0 });
  return out;
}

/** Stand-alone numbers of a text. */
export function numbersIn(text: string): string[] {
  return numbersAt(text).map((n) => n.token);
}

/** Words before a threshold in the catalogues' three languages ("at least 3", "minst 3", "færre enn 5"). */
const THRESHOLD_BEFORE =
  /(?:at least|at most|fewer than|less than|more than|over|under|threshold(?: of)?|limit(?: of)?|minst|høyst|høgst|færre enn|færre enn|mindre enn|flere enn|fleire enn|terskel(?:en)?(?: på)?|grensa?(?: på)?)\s*$/i;

/** A hidden value, its truth and the numbers that would state it. */
interface Hidden {
  readonly path: Path;
  readonly kind: Kind;
  readonly truth: unknown;
  /** For counts: the value and each rest (B − value) by a published base B. */
  readonly value?: number;
  readonly rests: readonly number[];
}

function cellPrefix(path: Path): Path {
  return path[0] === 'byUnit' ? path.slice(0, 2) : [];
}

function hiddenValues(published: unknown, truthAt: TruthAt): Hidden[] {
  const out: Hidden[] = [];
  for (const e of (valueAt(published, ['suppressed']) as { path: Path }[] | undefined) ?? []) {
    const path = e.path;
    const kind = kindOf(path);
    const truth = truthAt(path);
    const prefix = cellPrefix(path);
    const pop = (valueAt(published, [...prefix, 'population']) ?? {}) as Record<string, number>;
    if (kind !== 'count' || typeof truth !== 'number') {
      out.push({ path, kind, truth, rests: [] });
      continue;
    }
    const sex = String(path[path.length - 2]);
    const bases: number[] = [];
    const base =
      sex === 'women' ? pop['women'] : sex === 'men' ? pop['men'] : sex === 'otherOrUnknown' ? (pop['other'] ?? 0) + (pop['unknown'] ?? 0) : pop['total'];
    if (typeof base === 'number') bases.push(base);
    if (path.includes('involuntaryPartTime')) {
      // the rest among the part-timers or the answers, published or hidden (a hidden rest is a hidden number too)
      const attributeAt = path.indexOf('involuntaryPartTime');
      const partTime = [...path.slice(0, attributeAt), 'partTime', ...path.slice(attributeAt + 1, -1), 'count'];
      for (const p of [[...path.slice(0, -1), 'partTimers'], [...path.slice(0, -1), 'answered'], partTime]) {
        const b = valueAt(published, p) ?? truthAt(p);
        if (typeof b === 'number' && key(p) !== key(path)) bases.push(b);
      }
    }
    out.push({ path, kind, truth, value: truth, rests: bases.map((b) => b - truth).filter((r) => r >= 0) });
  }
  return out;
}

/** The rule's constants: the policy's count thresholds and 0. */
function ruleConstants(published: unknown): Set<number> {
  const policy = (valueAt(published, ['policy']) ?? {}) as Record<string, unknown>;
  const out = new Set<number>([0]);
  for (const k of ['payMinPersons', 'attributeMinCount', 'attributeMinRest', 'parentalLeaveMinPersons']) {
    if (typeof policy[k] === 'number') out.add(policy[k]);
  }
  return out;
}

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 160 ? `${t.slice(0, 157)}…` : t;
}

/**
 * Checks one attached text against one hidden count. A percent ("1 %") is not a count; a rule
 * constant is excused where the rule's wording puts it: after "at least" and its like, or a 0
 * before "or" ("0 or at least 3").
 */
function checkCountText(h: Hidden, text: string, where: string, constants: ReadonlySet<number>, out: Statement[]): void {
  if (h.kind !== 'count' || h.value === undefined) return;
  const plain = text.replace(/\d+(?:[.,]\d+)?\s?(?:%|prosent|per cent|percent)/g, (m) => ' '.repeat(m.length));
  for (const { token, at } of numbersAt(plain)) {
    if (token.includes('.') || token.includes(',')) continue;
    const n = Number(token);
    if (
      constants.has(n) &&
      (THRESHOLD_BEFORE.test(plain.slice(Math.max(0, at - 40), at)) || (n === 0 && /^\s*(?:or|eller)\b/.test(plain.slice(at + token.length))))
    )
      continue;
    if (n === h.value) out.push({ path: h.path, where, stated: 'value', number: token, excerpt: excerpt(text) });
    else if (h.rests.includes(n)) out.push({ path: h.path, where, stated: 'rest', number: token, excerpt: excerpt(text) });
  }
}

/**
 * Checks one attached text against a hidden percent or weeks figure (its exact published form). A
 * rule constant where the rule's wording puts it is excused as in {@link checkCountText} (a percent
 * published without decimals can be "0" or "3").
 */
function checkOtherText(h: Hidden, text: string, where: string, constants: ReadonlySet<number>, out: Statement[]): void {
  if (h.kind !== 'other' || typeof h.truth !== 'string') return;
  const [int, frac = ''] = h.truth.split('.');
  const forms = new Set([h.truth, `${int},${frac}`]);
  for (const { token, at } of numbersAt(text)) {
    if (!forms.has(token)) continue;
    const n = Number(token);
    if (
      constants.has(n) &&
      (THRESHOLD_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || (n === 0 && /^\s*(?:or|eller)\b/.test(text.slice(at + token.length))))
    )
      continue;
    out.push({ path: h.path, where, stated: 'value', number: token, excerpt: excerpt(text) });
  }
}

function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) for (const y of x) strings(y, out);
  else if (typeof x === 'object' && x !== null) for (const [k, y] of Object.entries(x)) if (k !== 'path' && k !== 'protects') strings(y, out);
  return out;
}

/** Every money amount the table publishes (as cents), so a coincidence with a hidden one is not a statement. */
function publishedAmounts(published: unknown): Set<number> {
  const out = new Set<number>();
  const walk = (x: unknown, k: string): void => {
    if (typeof x === 'string' && MONEY_FIELDS.has(k) && /^\d+\.\d\d$/.test(x)) out.add(Math.round(Number(x) * 100));
    else if (Array.isArray(x)) x.forEach((y) => walk(y, k));
    else if (typeof x === 'object' && x !== null) for (const [kk, y] of Object.entries(x)) if (kk !== 'suppressed') walk(y, kk);
  };
  walk(published, '');
  return out;
}

/**
 * The published JSON: each suppression entry's strings and `count` for its own hidden value and
 * for the value it protects, and every hidden amount anywhere in the JSON (outside its own `null`).
 */
export function scanJson(published: unknown, truthAt: TruthAt): Statement[] {
  const out: Statement[] = [];
  const hidden = hiddenValues(published, truthAt);
  const byPath = new Map(hidden.map((h) => [key(h.path), h]));
  const constants = ruleConstants(published);
  for (const e of (valueAt(published, ['suppressed']) as Record<string, unknown>[] | undefined) ?? []) {
    // `protects`: a path, or (should it become one) a list of paths
    const protectsRaw = e['protects'];
    const protects: Path[] = Array.isArray(protectsRaw) ? (protectsRaw.every((p) => Array.isArray(p)) ? (protectsRaw as Path[]) : [protectsRaw as Path]) : [];
    const targets = [byPath.get(key(e['path'] as Path)), ...protects.map((p) => byPath.get(key(p)))].filter((h): h is Hidden => h !== undefined);
    for (const h of targets) {
      const own = key(h.path) === key(e['path'] as Path) ? 'own' : 'protects';
      for (const text of strings(e)) {
        checkCountText(h, text, `json.reason(${own})`, constants, out);
        checkOtherText(h, text, `json.reason(${own})`, constants, out);
      }
      const c = e['count'];
      if (typeof c === 'number' && h.kind === 'count' && h.value !== undefined && !constants.has(c)) {
        if (c === h.value) out.push({ path: h.path, where: `json.count(${own})`, stated: 'value', number: String(c), excerpt: `count: ${c}` });
        else if (h.rests.includes(c)) out.push({ path: h.path, where: `json.count(${own})`, stated: 'rest', number: String(c), excerpt: `count: ${c}` });
      }
    }
  }
  // hidden amounts in the JSON's texts (its figures are the published values themselves)
  const text = strings([valueAt(published, ['suppressed']), valueAt(published, ['merges'])]).join('\n');
  out.push(...scanAmounts(hidden, text, 'json', publishedAmounts(published), 'en'));
  return out;
}

/** A number in a document, read in its language's format, as cents (null when not money-like). */
function centsOf(token: string, lang: ReportLanguage): number | null {
  const m = lang === 'en' ? /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d\d))$/.exec(token) : /^(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)(?:,(\d\d))$/.exec(token);
  if (m === null) {
    // the plain machine form (JSON, a data attribute) in any language
    const plain = /^(\d+)\.(\d\d)$/.exec(token);
    return plain === null ? null : Number(plain[1]) * 100 + Number(plain[2]);
  }
  return Number(m[1]!.replace(/[^\d]/g, '')) * 100 + Number(m[2]);
}

/** Every hidden amount of 100 NOK or more that appears (in any format) in a document. */
function scanAmounts(hidden: readonly Hidden[], text: string, where: string, publishedCents: ReadonlySet<number>, lang: ReportLanguage): Statement[] {
  const wanted = new Map<number, Hidden[]>();
  for (const h of hidden) {
    if (h.kind !== 'amount' || typeof h.truth !== 'string' || !/^\d+\.\d\d$/.test(h.truth)) continue;
    const cents = Math.round(Number(h.truth) * 100);
    if (cents < 10_000 || publishedCents.has(cents)) continue;
    wanted.set(cents, [...(wanted.get(cents) ?? []), h]);
  }
  if (wanted.size === 0) return [];
  const out: Statement[] = [];
  const re = /\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)?/g;
  for (const m of text.matchAll(re)) {
    for (const l of new Set<ReportLanguage>([lang, 'en'])) {
      const cents = centsOf(m[0], l);
      const hs = cents === null ? undefined : wanted.get(cents);
      if (hs === undefined) continue;
      const at = m.index ?? 0;
      for (const h of hs) out.push({ path: h.path, where, stated: 'amount', number: m[0], excerpt: excerpt(text.slice(Math.max(0, at - 60), at + 60)) });
      break;
    }
  }
  return out;
}

/** The statement of a published table: a public employer (so the statement duty applies), an empty cycle. */
export function statementOf(published: unknown, options: { breakdown?: 'level' | 'group' } = {}): Report {
  const year = valueAt(published, ['year']) as number;
  const employer = EmployerSchema.parse({
    organisationNumber: '912345602',
    name: 'Angrepstest AS',
    sector: 'public',
    headcounts: [{ financialYear: year, averageHeadcount: 100, source: 'tests/attack' }],
  });
  const cycle = EqualityCycleSchema.parse({ financialYear: year });
  return buildStatement({
    employer,
    year,
    published: published as PublishedFigures,
    cycle,
    options: { includeNok: true, breakdown: options.breakdown ?? 'level' },
  });
}

function unescapeHtml(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Options of {@link scanStatement}. */
export interface ScanStatementOptions {
  /** Also render and read back the workbook (the slowest part: about 0.2 s a language). */
  readonly workbook?: boolean;
  /** Languages to render (default nb, nn, en). */
  readonly languages?: readonly ReportLanguage[];
}

/**
 * The statement built from the table and its renderings: each hidden value's footnotes and cell,
 * and every hidden amount anywhere.
 */
export async function scanStatement(published: unknown, truthAt: TruthAt, report: Report, options: ScanStatementOptions = {}): Promise<Statement[]> {
  const out: Statement[] = [];
  const hidden = hiddenValues(published, truthAt);
  const byPath = new Map(hidden.map((h) => [key(h.path), h]));
  const constants = ruleConstants(published);
  const cents = publishedAmounts(published);
  const footnotes = report.part1?.footnotes ?? [];
  const attached = new Map<number, Hidden[]>(); // footnote id → its hidden values
  for (const f of footnotes)
    attached.set(
      f.id,
      f.paths.map((p) => byPath.get(key(p))).filter((h): h is Hidden => h !== undefined),
    );
  const check = (hs: readonly Hidden[], text: string, where: string): void => {
    for (const h of hs) {
      checkCountText(h, text, where, constants, out);
      checkOtherText(h, text, where, constants, out);
    }
  };
  // the report: footnote texts, and hidden cells must carry no value
  for (const f of footnotes) for (const text of Object.values(f.text)) if (typeof text === 'string') check(attached.get(f.id) ?? [], text, 'report.footnote');
  // every figure the report's tables publish, and the hidden values a chart number could be
  const publishedFigures = new Set<string>();
  for (const t of report.part1?.tables ?? []) for (const r of t.rows) for (const c of r.cells) if (c.value !== null) publishedFigures.add(c.value);
  const chartCandidates = new Map<string, Hidden[]>();
  for (const h of hidden) {
    const figure = h.kind === 'count' && typeof h.truth === 'number' ? String(h.truth) : h.kind === 'other' && typeof h.truth === 'string' ? h.truth : null;
    if (figure !== null) chartCandidates.set(figure, [...(chartCandidates.get(figure) ?? []), h]);
  }
  const hiddenCells: { table: string; row: string; column: string; h: Hidden[] }[] = [];
  for (const t of report.part1?.tables ?? []) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        const h = byPath.get(key(c.source));
        if (h === undefined) continue;
        hiddenCells.push({ table: t.id, row: r.id, column: c.column, h: [h] });
        if (c.value !== null) check([h], c.value, 'report.cell');
      }
    }
  }
  for (const lang of options.languages ?? LANGUAGES) {
    // HTML: footnote items, hidden cells (footnote links removed), every amount
    const html = renderHtml(report, { lang });
    for (const [id, hs] of attached) {
      const m = new RegExp(`<li id="fn-${id}"[^>]*>([\\s\\S]*?)</li>`).exec(html);
      if (m !== null) check(hs, unescapeHtml(m[1]!), `html:${lang}`);
    }
    for (const c of hiddenCells) {
      const re = new RegExp(
        `<td[^>]*data-table="${escapeAttr(c.table)}" data-row="${escapeAttr(c.row)}" data-column="${escapeAttr(c.column)}" data-part="value"[^>]*>([\\s\\S]*?)</td>`,
      );
      const m = re.exec(html);
      if (m !== null) check(c.h, unescapeHtml(m[1]!.replace(/<sup>[\s\S]*?<\/sup>/g, '')), `html:${lang}(cell)`);
    }
    // charts: their text alternative gives every value; a number in it that no table publishes and
    // that is a hidden value's figure is that value
    for (const m of html.matchAll(/<desc[^>]*>([\s\S]*?)<\/desc>/g)) {
      // (the axis's ends, said after the values, are round ticks around the published values, and the
      // caption before the values is the chart's fixed wording, "against a line at 100 %": left out)
      const desc = unescapeHtml(m[1]!)
        .replace(/\s(The scale runs|Skalaen går)\b[\s\S]*$/, '')
        .replace(/^[^:]*:\s/, '');
      for (const { token } of numbersAt(desc)) {
        const canonical = token.replace(',', '.');
        if (publishedFigures.has(canonical)) continue;
        for (const h of chartCandidates.get(canonical) ?? [])
          out.push({ path: h.path, where: `html:${lang}(chart)`, stated: 'value', number: token, excerpt: excerpt(desc) });
      }
    }
    out.push(...scanAmounts(hidden, unescapeHtml(html), `html:${lang}`, cents, lang));
    out.push(...scanAmounts(hidden, html, `html:${lang}(markup)`, cents, lang));
    // Markdown: footnote lines, every amount
    const md = renderMarkdown(report, { lang });
    for (const [id, hs] of attached) {
      const m = new RegExp(`^\\[\\^${id}\\]:(.*)$`, 'm').exec(md);
      if (m !== null) check(hs, m[1]!, `markdown:${lang}`);
    }
    out.push(...scanAmounts(hidden, md.replace(/\[\^\d+\]/g, ''), `markdown:${lang}`, cents, lang));
    if (options.workbook === true) out.push(...(await scanWorkbook(report, lang, hidden, attached, cents, check)));
  }
  return out;
}

async function scanWorkbook(
  report: Report,
  lang: ReportLanguage,
  hidden: readonly Hidden[],
  attached: ReadonlyMap<number, readonly Hidden[]>,
  cents: ReadonlySet<number>,
  check: (hs: readonly Hidden[], text: string, where: string) => void,
): Promise<Statement[]> {
  const bytes = await renderWorkbook(report, { lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const texts: string[] = [];
  const out: Statement[] = [];
  const where = `workbook:${lang}`;
  wb.eachSheet((ws) => {
    const state = ws.state === 'visible' ? '' : `(${ws.state} sheet)`;
    ws.eachRow({ includeEmpty: false }, (row) => {
      const first = row.getCell(1).value;
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (typeof v === 'number') {
          const c = Math.round(v * 100);
          if (Math.abs(v * 100 - c) < 1e-6) texts.push((c / 100).toFixed(2));
        } else if (v !== null && v !== undefined) texts.push(typeof v === 'string' ? v : JSON.stringify(v));
        // the notes sheet: the row of footnote N is attached to N's hidden values
        if (typeof first === 'number' && Number(cell.col) > 1 && typeof v === 'string')
          check(attached.get(first) ?? [], v, `${where}${state}(notes row ${first})`);
        const note = cell.note;
        const noteText = typeof note === 'string' ? note : note === undefined ? '' : (note.texts ?? []).map((t) => t.text).join('');
        if (noteText !== '') {
          texts.push(noteText);
          for (const line of noteText.split('\n')) {
            const m = /^(\d+)\.\s*(.*)$/s.exec(line.trim());
            if (m !== null) check(attached.get(Number(m[1])) ?? [], m[2]!, `${where}${state}(note)`);
          }
        }
      });
    });
  });
  out.push(...scanAmounts(hidden, texts.join('\n'), where, cents, lang));
  return out;
}

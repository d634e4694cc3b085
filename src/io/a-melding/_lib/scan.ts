/**
 * Streaming scanner of one a-melding file (saxes, ARP.md §7). It never builds the XML tree: it
 * keeps the element stack and, for one `inntektsmottaker` at a time, the few fields the importer
 * reads, and hands each finished person to a callback. Unknown elements are skipped; an element of
 * another namespace where the reader expects one of the a-melding (`oppgave`, `arbeidsforhold`,
 * `stillingsprosent` …) stops the file, as does nesting deeper than `INPUT_LIMITS.elementDepth`
 * (saxes looks a prefix up through every open element: deep nesting would cost quadratic time) or
 * a read element's text longer than `INPUT_LIMITS.elementText`. Entities other than XML's five are
 * not defined (a DTD's are not expanded, external ones never fetched). @internal
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { INPUT_LIMITS } from '../../../_lib/diagnostics.js';
import { A_MELDING_NAMESPACES } from '../options.js';
import {
  EMPLOYMENT_FIELDS,
  LEAVE_FIELDS,
  type EmploymentField,
  type LeaveField,
  type ScanHandlers,
  type ScanOutcome,
  type ScannedEmployment,
  type ScannedIncome,
  type ScannedLeave,
  type ScannedPerson,
} from './scanned.js';

export type { ScanHandlers, ScanOutcome } from './scanned.js';

const EMPLOYMENT_FIELD_SET: ReadonlySet<string> = new Set<string>(EMPLOYMENT_FIELDS);
const LEAVE_FIELD_SET: ReadonlySet<string> = new Set<string>(LEAVE_FIELDS);

/** Whether an element's text is read: the header fields and the person fields of ARP.md §7. */
function wanted(depth: number, parent: string, local: string, inPerson: boolean): boolean {
  switch (depth) {
    case 2:
      return parent === 'Leveranse' && local === 'kalendermaaned';
    case 3:
      return parent === 'opplysningspliktig' && local === 'norskIdentifikator';
    case 4:
      return parent === 'virksomhet' && local === 'norskIdentifikator';
    case 5:
      return inPerson && local === 'norskIdentifikator';
    case 6:
      if (!inPerson) return false;
      if (parent === 'arbeidsforhold') return EMPLOYMENT_FIELD_SET.has(local);
      if (parent === 'inntekt') return local === 'beloep' || local === 'fordel' || local === 'arbeidsforholdId';
      return parent === 'identifiserendeInformasjon' && (local === 'foedselsdato' || local === 'navn');
    case 7:
      if (!inPerson) return false;
      if (parent === 'permisjon') return LEAVE_FIELD_SET.has(local);
      return parent === 'loennsinntekt' && local === 'beskrivelse';
    default:
      return false;
  }
}

const REPEATED = new Set(['virksomhet', 'inntektsmottaker', 'arbeidsforhold', 'inntekt', 'permisjon']);
/** Elements that lead to what the reader reads (`wanted` reads the leaves). */
const STRUCTURE: readonly (readonly [number, string, string])[] = [
  [1, 'melding', 'Leveranse'],
  [2, 'Leveranse', 'oppgave'],
  [2, 'Leveranse', 'opplysningspliktig'],
  [3, 'oppgave', 'virksomhet'],
  [4, 'virksomhet', 'inntektsmottaker'],
  [5, 'inntektsmottaker', 'arbeidsforhold'],
  [5, 'inntektsmottaker', 'inntekt'],
  [5, 'inntektsmottaker', 'identifiserendeInformasjon'],
  [6, 'arbeidsforhold', 'permisjon'],
  [6, 'inntekt', 'loennsinntekt'],
];

/** Whether an element of this name at this place is one the reader reads, or leads to one. */
function read(depth: number, parent: string, local: string, inPerson: boolean): boolean {
  if (wanted(depth, parent, local, inPerson)) return true;
  for (const [d, p, l] of STRUCTURE) if (d === depth && p === parent && l === local) return true;
  return false;
}

const MAX_TEXT = INPUT_LIMITS.elementText;
const STRING_CHUNK = 1 << 16;

const NAMESPACES: ReadonlySet<string> = new Set(A_MELDING_NAMESPACES);

class Stop extends Error {}

/**
 * A copy of a string that does not keep the parser's chunk alive: V8 keeps the parent of a
 * sliced string of 13+ characters, and values kept for the whole import (ids, dates, paths)
 * would otherwise pin every 64 KiB chunk they came from.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A failure of the byte source itself (an I/O error), not of the XML. */
class SourceError extends Error {}

async function* guarded<T>(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  try {
    for await (const item of source) yield item;
  } catch (error) {
    throw new SourceError(error instanceof Error ? error.message : 'the file could not be read');
  }
}

/**
 * Text chunks of a file's content: strings are sliced, bytes decoded as UTF-8 (or Latin-1 /
 * Windows-1252 when the XML declaration says so), streams decoded chunk by chunk. @internal
 */
async function* textChunks(content: string | Uint8Array | AsyncIterable<Uint8Array>, onRead: (units: number) => void): AsyncGenerator<string> {
  if (typeof content === 'string') {
    for (let i = 0; i < content.length; i += STRING_CHUNK) {
      const piece = content.slice(i, i + STRING_CHUNK);
      onRead(piece.length);
      yield piece;
    }
    return;
  }
  const source: AsyncIterable<Uint8Array> | Iterable<Uint8Array> = content instanceof Uint8Array ? [content] : content;
  let decoder: TextDecoder | null = null;
  let head: Uint8Array[] = [];
  let headLength = 0;
  for await (const chunk of guarded(source)) {
    onRead(chunk.length);
    if (decoder === null) {
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < 256) continue;
      decoder = new TextDecoder(sniffEncoding(concat(head, headLength)));
      for (const h of head) {
        const t = decoder.decode(h, { stream: true });
        if (t.length > 0) yield t;
      }
      head = [];
      continue;
    }
    const t = decoder.decode(chunk, { stream: true });
    if (t.length > 0) yield t;
  }
  if (decoder === null) {
    const all = concat(head, headLength);
    decoder = new TextDecoder(sniffEncoding(all));
    const t = decoder.decode(all, { stream: true });
    if (t.length > 0) yield t;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function sniffEncoding(head: Uint8Array): string {
  let text = '';
  for (let i = 0; i < Math.min(head.length, 256); i++) text += String.fromCharCode(head[i] ?? 0);
  const m = /^(?:\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text);
  const enc = m?.[1]?.toLowerCase();
  if (enc === 'iso-8859-1' || enc === 'latin1' || enc === 'windows-1252' || enc === 'iso-8859-15') return 'windows-1252';
  return 'utf-8';
}

/**
 * Reads one a-melding file as a stream of events, calling `onHeader` once and `onPerson` for
 * every `inntektsmottaker`. Never throws for bad input: the outcome says what went wrong.
 * @internal
 */
export async function scanAMelding(content: string | Uint8Array | AsyncIterable<Uint8Array>, handlers: ScanHandlers): Promise<ScanOutcome> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const names: string[] = [];
  const segments: string[] = [];
  // Sibling counts per open element, only for repeated element names (allocated on demand).
  const counts: (Map<string, number> | null)[] = [null];
  let text = '';
  /** Whether the open element's text is read (only the leaves the importer uses). */
  let capture = false;
  /** Set when a read element's text goes past `MAX_TEXT`. */
  let tooLong = false;
  let rootNs: string | null = null;
  let rootSeen = false as boolean; // set in the parser's callbacks (`as`: not narrowed to false here)
  let month: string | null = null;
  let legalEntity: string | null = null;
  let headerDone = false;
  let subunit: string | null = null;
  let subunitIndex = 0;
  let person: ScannedPerson | null = null;
  let employment: ScannedEmployment | null = null;
  let leave: ScannedLeave | null = null;
  let income: ScannedIncome | null = null;
  let persons = 0;
  let early = null as ScanOutcome | null; // set in the parser's callbacks (`as`: not narrowed to null here)
  // Element names, interned so that paths kept in diagnostics hold no parser chunk (bounded).
  const internedNames = new Map<string, string>();
  const intern = (name: string): string => {
    const known = internedNames.get(name);
    if (known !== undefined) return known;
    const copy = detach(name);
    if (internedNames.size < 1000) internedNames.set(copy, copy);
    return copy;
  };

  const header = (): void => {
    if (headerDone) return;
    headerDone = true;
    if (!handlers.onHeader({ namespace: rootNs ?? '', month, legalEntity })) {
      early = { kind: 'stopped' };
      throw new Stop();
    }
  };

  parser.on('opentag', (tag: SaxesTagNS) => {
    const depth = names.length;
    if (depth === 0) {
      rootSeen = true;
      if (tag.local !== 'melding') {
        early = { kind: 'not_a_melding', reason: `root element <${tag.local.slice(0, 40)}>`, root: tag.local.slice(0, 40) };
        throw new Stop();
      }
      if (!NAMESPACES.has(tag.uri)) {
        early = { kind: 'wrong_namespace', found: tag.uri.slice(0, 100) };
        throw new Stop();
      }
      rootNs = tag.uri;
    }
    if (depth >= INPUT_LIMITS.elementDepth) {
      early = { kind: 'too_deep', path: [...segments.slice(0, 8), '…'] };
      throw new Stop();
    }
    if (tag.uri !== rootNs && depth > 0 && read(depth, names[depth - 1] ?? '', tag.local, person !== null)) {
      early = { kind: 'foreign_element', path: [...segments, tag.local.slice(0, 60)], found: tag.uri.slice(0, 100) };
      throw new Stop();
    }
    const local = intern(tag.uri === rootNs ? tag.local : `{${tag.uri}}${tag.local}`);
    let n = 1;
    if (REPEATED.has(local)) {
      let siblings = counts[depth] ?? null;
      if (siblings === null) {
        siblings = new Map<string, number>();
        counts[depth] = siblings;
      }
      n = (siblings.get(local) ?? 0) + 1;
      siblings.set(local, n);
      segments.push(`${local}[${n}]`);
    } else segments.push(local);
    names.push(local);
    counts.push(null);
    text = '';
    capture = wanted(depth, names[depth - 1] ?? '', local, person !== null);
    const line = parser.line;
    if (depth === 2 && local === 'oppgave' && names[1] === 'Leveranse') header();
    if (depth === 3 && local === 'virksomhet' && names[2] === 'oppgave') {
      subunit = null;
      subunitIndex = n;
    } else if (depth === 4 && local === 'inntektsmottaker' && names[3] === 'virksomhet') {
      person = { line, path: [...segments], subunit, subunitIndex, nationalId: null, altId: null, employments: [], incomes: [] };
    } else if (person !== null && depth === 5 && local === 'arbeidsforhold') {
      employment = { line, path: [...segments], fields: {}, leaves: [] };
      person.employments.push(employment);
    } else if (person !== null && depth === 5 && local === 'inntekt') {
      income = { line, path: [...segments], beloep: null, fordel: null, arbeidsforholdId: null, beskrivelse: null };
      person.incomes.push(income);
    } else if (employment !== null && depth === 6 && local === 'permisjon') {
      leave = { line, path: [...segments], fields: {} };
      employment.leaves.push(leave);
    }
  });

  const onText = (t: string): void => {
    if (!capture) return;
    if (text.length + t.length > MAX_TEXT) tooLong = true;
    else text = text === '' ? t : text + t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', () => {
    const depth = names.length - 1;
    const local = names[depth] ?? '';
    if (tooLong) {
      early = { kind: 'too_long', path: [...segments] };
      throw new Stop();
    }
    const value = !capture || text === '' ? '' : detach(text.trim());
    text = '';
    capture = false;
    if (depth === 2 && names[1] === 'Leveranse' && local === 'kalendermaaned') month = value;
    else if (depth === 3 && names[2] === 'opplysningspliktig' && local === 'norskIdentifikator') legalEntity = value;
    else if (depth === 4 && names[3] === 'virksomhet' && names[2] === 'oppgave' && local === 'norskIdentifikator') subunit = value;
    else if (person !== null) {
      if (depth === 4 && local === 'inntektsmottaker') {
        persons += 1;
        handlers.onPerson(person);
        person = null;
      } else if (depth === 5 && local === 'norskIdentifikator') person.nationalId = value;
      else if (depth === 6 && names[5] === 'identifiserendeInformasjon' && (local === 'foedselsdato' || local === 'navn')) {
        person.altId = `${person.altId ?? ''}${local}=${value};`;
      } else if (depth === 5 && local === 'arbeidsforhold') employment = null;
      else if (depth === 5 && local === 'inntekt') income = null;
      else if (employment !== null && depth === 6) {
        if (local === 'permisjon') leave = null;
        else if (EMPLOYMENT_FIELD_SET.has(local)) employment.fields[local as EmploymentField] = value;
      } else if (leave !== null && depth === 7 && LEAVE_FIELD_SET.has(local)) {
        leave.fields[local as LeaveField] = value;
      } else if (income !== null && depth === 6) {
        if (local === 'beloep') income.beloep = value;
        else if (local === 'fordel') income.fordel = value;
        else if (local === 'arbeidsforholdId') income.arbeidsforholdId = value;
      } else if (income !== null && depth === 7 && names[6] === 'loennsinntekt' && local === 'beskrivelse') income.beskrivelse = value;
    }
    names.pop();
    segments.pop();
    counts.pop();
  });

  try {
    let read = 0;
    const onRead = (units: number): void => {
      read += units;
      handlers.onProgress?.(read);
    };
    for await (const chunk of textChunks(content, onRead)) {
      parser.write(chunk);
    }
    parser.close();
  } catch (error) {
    if (early !== null) return early;
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    if (error instanceof SourceError) return { kind: 'unreadable', reason, problem: 'read-error', persons };
    if (!rootSeen) return { kind: 'not_a_melding', reason };
    return { kind: 'unreadable', reason, problem: 'xml-syntax', persons };
  }
  if (!rootSeen) return { kind: 'not_a_melding', reason: 'no root element' };
  try {
    header();
  } catch {
    return early ?? { kind: 'stopped' };
  }
  return { kind: 'ok', persons };
}

/**
 * Part 2 of the statement (STM-3 (1)–(5)) and the documentation record (COV-5, ACT-6) from the
 * year's four-step cycle. Representatives are shown by role and organisation, never by name.
 * @internal
 */
import type { Diagnostic } from '../../_lib/diagnostics.js';
import type { EqualityCycle, Representative } from '../../models/cycle.js';
import { AREAS, GROUNDS, HARASSMENT_TOPICS, STEP_LETTERS } from '../../models/cycle.js';
import type { DocumentationEntry, Part2Element, Part2ElementId, Part2Item } from '../types.js';
import { textIn, type EmployerText } from '../../models/text.js';
import { expecting } from '../../locales/index.js';

/**
 * A representative as printed: role and organisation, never the name; per language when the
 * employer gave either per language. @internal
 */
export function representativeLabel(r: Representative): EmployerText {
  const label = (lang: 'nb' | 'nn' | 'en'): string =>
    r.organisation !== undefined ? `${textIn(r.role, lang)} (${textIn(r.organisation, lang)})` : textIn(r.role, lang);
  if (typeof r.role === 'string' && (r.organisation === undefined || typeof r.organisation === 'string')) return label('nb');
  return { nb: label('nb'), nn: label('nn'), en: label('en') };
}

/** A forum's participants in one text, per language when any was given per language. */
function participantsText(list: readonly EmployerText[]): EmployerText {
  const joined = (lang: 'nb' | 'nn' | 'en'): string => list.map((p) => textIn(p, lang)).join(', ');
  return list.every((p) => typeof p === 'string') ? joined('nb') : { nb: joined('nb'), nn: joined('nn'), en: joined('en') };
}

function reps(list: readonly Representative[]): EmployerText[] {
  return list.map(representativeLabel);
}

function base(type: string): Part2Item {
  return { type, ref: null, title: null, text: null, date: null, step: null, grounds: [], areas: [], representatives: [], details: [] };
}

/** The five part-2 elements from the cycle. @internal */
export function buildPart2(cycle: EqualityCycle): Part2Element[] {
  const ctx = cycle.context;
  const policy: Part2Element = {
    id: 'policy',
    paragraphs: [],
    items: ctx.policies.map((p) => ({
      ...base('document'),
      title: p.title,
      date: p.adopted ?? null,
      details: [
        ...(p.kind !== undefined ? [{ label: 'documentKind', value: p.kind }] : []),
        ...(p.reference !== undefined ? [{ label: 'reference', value: p.reference }] : []),
      ],
    })),
  };
  const organisation: Part2Element = {
    id: 'organisation',
    paragraphs: ctx.organisation.description !== undefined ? [ctx.organisation.description] : [],
    items: ctx.organisation.fora.map((f) => ({
      ...base('forum'),
      title: f.name,
      details: [
        { label: 'participants', value: participantsText(f.participants) },
        { label: 'frequency', value: f.frequency },
        ...(f.unit !== undefined ? [{ label: 'unit', value: f.unit }] : []),
      ],
    })),
  };
  // Step a across all grounds and areas (STM-3 (3), ACT-1, ACT-2): which the findings name, and
  // which they do not (no finding is not an error: no measure is needed where no risk was found).
  const namedGrounds = new Set(cycle.findings.flatMap((f) => f.grounds));
  const namedAreas = new Set(cycle.findings.flatMap((f) => [...f.areas, ...f.harassmentTopics]));
  const coverage: Part2Item = {
    ...base('coverage'),
    step: STEP_LETTERS.investigate,
    grounds: GROUNDS.filter((g) => namedGrounds.has(g)),
    areas: [...AREAS, ...HARASSMENT_TOPICS].filter((a) => namedAreas.has(a)),
    details: [
      { label: 'groundsWithoutFinding', value: GROUNDS.filter((g) => !namedGrounds.has(g)).join(', ') },
      { label: 'areasWithoutFinding', value: [...AREAS, ...HARASSMENT_TOPICS].filter((a) => !namedAreas.has(a)).join(', ') },
    ].filter((d) => d.value !== ''),
  };
  const process: Part2Element = {
    id: 'process',
    paragraphs: [],
    items: [
      ...(cycle.findings.length > 0 ? [coverage] : []),
      ...cycle.findings.map((f) => ({
        ...base('finding'),
        ref: f.id,
        text: f.description,
        date: f.date,
        step: STEP_LETTERS.investigate,
        grounds: [...f.grounds],
        areas: [...f.areas, ...f.harassmentTopics, ...f.otherAreas],
        representatives: reps(f.representatives),
        details: [
          { label: 'kind', value: f.kind },
          ...(f.method !== undefined ? [{ label: 'method', value: f.method }] : []),
          ...(f.unit !== undefined ? [{ label: 'unit', value: f.unit }] : []),
        ],
      })),
      ...cycle.causeAnalyses.map((c) => ({
        ...base('cause-analysis'),
        ref: c.id,
        text: c.causes,
        date: c.date,
        step: STEP_LETTERS['analyse-causes'],
        representatives: reps(c.representatives),
        details: [{ label: 'finding', value: c.findingIds.join(', ') }],
      })),
      ...cycle.measures.map((m) => ({
        ...base('measure'),
        ref: m.id,
        title: m.description,
        date: m.date,
        step: STEP_LETTERS['implement-measures'],
        representatives: reps(m.representatives),
        details: [
          { label: 'goal', value: m.goal },
          { label: 'owner', value: m.owner },
          { label: 'deadline', value: m.deadline },
          { label: 'status', value: m.status },
          ...(m.findingIds.length > 0 ? [{ label: 'finding', value: m.findingIds.join(', ') }] : []),
        ],
      })),
    ],
  };
  const results: Part2Element = {
    id: 'results',
    paragraphs: ctx.results !== undefined ? [ctx.results] : [],
    items: [
      ...cycle.evaluations.map((e) => ({
        ...base('evaluation'),
        ref: e.id,
        text: e.assessment,
        date: e.date,
        step: STEP_LETTERS.evaluate,
        representatives: reps(e.representatives),
        details: [{ label: 'measure', value: e.measureIds.join(', ') }, ...(e.nextSteps !== undefined ? [{ label: 'nextSteps', value: e.nextSteps }] : [])],
      })),
      ...cycle.measures
        .filter((m) => m.result !== null)
        .map((m) => ({
          ...base('measure'),
          ref: m.id,
          title: m.description,
          text: m.result,
          details: [{ label: 'status', value: m.status }],
        })),
    ],
  };
  const plans: Part2Element = {
    id: 'plans',
    paragraphs: ctx.plansAhead !== undefined ? [ctx.plansAhead] : [],
    items: cycle.measures
      .filter((m) => m.status !== 'done')
      .map((m) => ({
        ...base('plan'),
        ref: m.id,
        title: m.description,
        details: [
          { label: 'goal', value: m.goal },
          { label: 'deadline', value: m.deadline },
          { label: 'status', value: m.status },
        ],
      })),
  };
  return [policy, organisation, process, results, plans];
}

/**
 * The STM-3 elements missing from part 2, as diagnostics. (1) no policy document; (2) neither a
 * description nor a forum; (3) no finding (step a) or, with findings, no cause analysis (step b);
 * (4) no evaluation, no result summary and no measure result; (5) no plans and no open measure.
 * @internal
 */
export function missingElements(cycle: EqualityCycle): Diagnostic[] {
  const out: Diagnostic[] = [];
  const miss = (
    element: Part2ElementId,
    path: (string | number)[],
    expected: 'policy' | 'organisation' | 'findings' | 'causes' | 'results' | 'plans',
    step?: string,
  ): void => {
    out.push({
      code: 'missing_statement_element',
      severity: 'error',
      path: ['cycle', ...path],
      ...expecting('statementElement', { element: expected }),
      params: step === undefined ? { element } : { element, step },
    });
  };
  const ctx = cycle.context;
  if (ctx.policies.length === 0) miss('policy', ['context', 'policies'], 'policy');
  if (ctx.organisation.description === undefined && ctx.organisation.fora.length === 0) {
    miss('organisation', ['context', 'organisation'], 'organisation');
  }
  if (cycle.findings.length === 0) miss('process', ['findings'], 'findings', 'a');
  else if (cycle.causeAnalyses.length === 0) miss('process', ['causeAnalyses'], 'causes', 'b');
  if (cycle.evaluations.length === 0 && ctx.results === undefined && !cycle.measures.some((m) => m.result !== null)) {
    miss('results', ['evaluations'], 'results', 'd');
  }
  if (ctx.plansAhead === undefined && !cycle.measures.some((m) => m.status !== 'done')) {
    miss('plans', ['context', 'plansAhead'], 'plans');
  }
  return out;
}

/** The documentation record (COV-5): what was done, when, with whom — every step record by date. @internal */
export function buildDocumentation(cycle: EqualityCycle): DocumentationEntry[] {
  const entries: DocumentationEntry[] = [
    ...cycle.findings.map((f) => ({
      step: STEP_LETTERS.investigate,
      type: 'finding',
      ref: f.id,
      date: f.date,
      what: f.description,
      representatives: reps(f.representatives),
    })),
    ...cycle.causeAnalyses.map((c) => ({
      step: STEP_LETTERS['analyse-causes'],
      type: 'cause-analysis',
      ref: c.id,
      date: c.date,
      what: c.causes,
      representatives: reps(c.representatives),
    })),
    ...cycle.measures.map((m) => ({
      step: STEP_LETTERS['implement-measures'],
      type: 'measure',
      ref: m.id,
      date: m.date,
      what: m.description,
      representatives: reps(m.representatives),
    })),
    ...cycle.evaluations.map((e) => ({
      step: STEP_LETTERS.evaluate,
      type: 'evaluation',
      ref: e.id,
      date: e.date,
      what: e.assessment,
      representatives: reps(e.representatives),
    })),
  ];
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : (a.e.date ?? '') < (b.e.date ?? '') ? -1 : 1))
    .map(({ e }) => e);
}

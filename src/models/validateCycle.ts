import type { Diagnostic } from '../_lib/diagnostics.js';
import { parseInput } from '../_lib/input.js';
import { expecting } from '../locales/index.js';
import { EqualityCycleSchema, type EqualityCycle, type EqualityCycleInput, type Representative } from './cycle.js';
import { AUTHORITY_ONLY_GROUNDS, STEP_LETTERS, type Step } from './cycleTerms.js';

type Collection = 'findings' | 'causeAnalyses' | 'measures' | 'evaluations';
const COLLECTION_STEP: Readonly<Record<Collection, Step>> = {
  findings: 'investigate',
  causeAnalyses: 'analyse-causes',
  measures: 'implement-measures',
  evaluations: 'evaluate',
};

/**
 * Checks a parsed cycle for what the schema cannot see, and returns every problem as a
 * diagnostic with its path (e.g. `['measures', 2, 'findingIds', 0]`):
 *
 * - `missing_representatives` (warning): a step record without employee representatives (ACT-5);
 *   `params.step` is the step letter a–d.
 * - `measure_without_finding` (warning): a measure linked to no finding (ACT-6).
 * - `unknown_reference` (error): an id that names no finding / measure in the cycle
 *   (`params.kind` = `finding` | `measure`).
 * - `invalid_value` (error): a duplicate id within a collection.
 * - `invalid_value` (warning): the ground `age` in a cycle that does not include the § 24
 *   authority duty (ACT-1, COV-8).
 *
 * @param cycle - a cycle, parsed with {@link EqualityCycleSchema} or not (it is parsed here)
 * @returns the diagnostics, empty when the cycle is consistent
 * @throws {@link LikestillingInputError} when `cycle` does not match {@link EqualityCycleSchema}
 *   (paths such as `findings[0].grounds`)
 * @example
 * ```ts
 * const issues = validateCycle(json);
 * const errors = issues.filter((d) => d.severity === 'error');
 * ```
 */
export function validateCycle(cycle: EqualityCycleInput): Diagnostic[] {
  return cycleDiagnostics(parseInput('validateCycle', EqualityCycleSchema, cycle));
}

/** {@link validateCycle} of a parsed cycle. */
function cycleDiagnostics(cycle: EqualityCycle): Diagnostic[] {
  const out: Diagnostic[] = [];
  const collections: Collection[] = ['findings', 'causeAnalyses', 'measures', 'evaluations'];
  const idSets: Record<Collection, Set<string>> = { findings: new Set(), causeAnalyses: new Set(), measures: new Set(), evaluations: new Set() };

  for (const name of collections) {
    const records: readonly { readonly id: string; readonly representatives: readonly Representative[] }[] = cycle[name];
    records.forEach((r, i) => {
      if (idSets[name].has(r.id)) {
        out.push({ code: 'invalid_value', severity: 'error', path: [name, i, 'id'], ...expecting('uniqueId', { list: name }), found: r.id });
      }
      idSets[name].add(r.id);
      if (r.representatives.length === 0) {
        out.push({
          code: 'missing_representatives',
          severity: 'warning',
          path: [name, i, 'representatives'],
          ...expecting('representative'),
          params: { step: STEP_LETTERS[COLLECTION_STEP[name]] },
        });
      }
    });
  }

  const checkRefs = (name: Collection, field: 'findingIds' | 'measureIds', ids: readonly string[], i: number): void => {
    const kind = field === 'findingIds' ? 'finding' : 'measure';
    const known = field === 'findingIds' ? idSets.findings : idSets.measures;
    ids.forEach((id, j) => {
      if (!known.has(id)) {
        out.push({
          code: 'unknown_reference',
          severity: 'error',
          path: [name, i, field, j],
          ...expecting('referenceId', { kind }),
          found: id,
          params: { kind },
        });
      }
    });
  };

  cycle.causeAnalyses.forEach((c, i) => checkRefs('causeAnalyses', 'findingIds', c.findingIds, i));
  cycle.measures.forEach((m, i) => {
    if (m.findingIds.length === 0) {
      out.push({ code: 'measure_without_finding', severity: 'warning', path: ['measures', i, 'findingIds'], ...expecting('findingOfMeasure') });
    }
    checkRefs('measures', 'findingIds', m.findingIds, i);
  });
  cycle.evaluations.forEach((e, i) => checkRefs('evaluations', 'measureIds', e.measureIds, i));

  if (!cycle.includesAuthorityDuty) {
    cycle.findings.forEach((f, i) => {
      f.grounds.forEach((g, j) => {
        if ((AUTHORITY_ONLY_GROUNDS as readonly string[]).includes(g)) {
          out.push({
            code: 'invalid_value',
            severity: 'warning',
            path: ['findings', i, 'grounds', j],
            ...expecting('employerGround'),
            found: g,
          });
        }
      });
    });
  }
  return out;
}

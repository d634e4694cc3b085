/**
 * EXP-3 with ANON-3 and ANON-6 on random payrolls: nothing `publishGapAnalysis` hides can be
 * recomputed from what it publishes. The published analysis implies linear relations — per
 * breakdown, the four parts add up to the total, and each part is the sum of its cells'
 * contributions; the total is the same in every breakdown — so a hidden value is recomputable
 * exactly when its unit vector lies in the row space of those relations restricted to the hidden
 * values (the published ones moved to the right-hand side). The test builds that system and
 * checks the rank for every hidden value, as an attacker would solve it. Every hidden value also
 * carries its reason (rule, code, threshold) and nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseGap } from './analyseGap.js';
import { publishGapAnalysis } from './publishGapAnalysis.js';
import type { PublishedGapAnalysis, PublishedGapPart } from './publishedSchema.js';
import type { Employee } from '../models/employee.js';
import { records } from '../../tests/analysis/_helpers.js';

const PARTS = ['composition', 'withinCells', 'menOutsideSupport', 'womenOutsideSupport'] as const;
const BREAKDOWNS = ['level', 'group', 'unit', 'level*group'] as const;

const personArb = fc.record({
  female: fc.boolean(),
  // skewed: small and one-sex cells are common
  level: fc.constantFrom('L1', 'L1', 'L1', 'L2', 'L2', 'L3', 'L4', null),
  group: fc.constantFrom('G1', 'G1', 'G2', 'G3'),
  unit: fc.constantFrom('D/A', 'D/A', 'D/B', 'D/C'),
  pay: fc.integer({ min: 20_000, max: 120_000 }),
});

interface Person {
  readonly female: boolean;
  readonly level: string | null;
  readonly group: string;
  readonly unit: string;
  readonly pay: number;
}

function toRecords(people: readonly Person[]): Employee[] {
  return records(
    people.map((p) => ({ sex: p.female ? 'female' : 'male', pay: `${p.pay}.00`, level: p.level, group: p.group, unit: p.unit, start: '2015-01-01' })),
  );
}

const isHidden = (v: PublishedGapPart | null): boolean => v !== null && 'hidden' in v;

/** The relations over hidden values: each a list of variable indices (coefficient ±1 each; the published members are constants). */
function hiddenSystem(p: PublishedGapAnalysis): { variables: string[]; rows: Map<string, number>[] } {
  const variables: string[] = [];
  const index = (name: string): number => {
    const i = variables.indexOf(name);
    if (i >= 0) return i;
    variables.push(name);
    return variables.length - 1;
  };
  const rows: Map<string, number>[] = [];
  const relation = (whole: [string, PublishedGapPart | null], members: [string, PublishedGapPart | null][]): void => {
    const row = new Map<string, number>();
    if (isHidden(whole[1])) row.set(whole[0], 1);
    for (const [name, v] of members) if (isHidden(v)) row.set(name, (row.get(name) ?? 0) - 1);
    if (row.size > 0) rows.push(row);
  };
  const totals: [string, PublishedGapPart | null][] = [];
  for (const [b, d] of Object.entries(p.decomposition)) {
    totals.push([`${b}.total`, d.total]);
    // a part that is null beside a total (no common support: the outside parts cannot be told apart) is unknown, not 0
    const unknown: PublishedGapPart = { hidden: { rule: 'ANON-3', code: 'complementary', threshold: 1 } };
    relation(
      [`${b}.total`, d.total],
      PARTS.map((x) => [`${b}.${x}${d[x] === null && d.total !== null ? '.unknown' : ''}`, d[x] === null && d.total !== null ? unknown : d[x]]),
    );
    for (const x of PARTS) {
      if (d[x] === null) continue;
      relation(
        [`${b}.${x}`, d[x]],
        d.cells.flatMap((c, i) => (c[x] === null ? [] : [[`${b}.cell${i}.${x}`, c[x]] as [string, PublishedGapPart | null]])),
      );
    }
  }
  // the total is the same in every breakdown
  for (let i = 1; i < totals.length; i++) relation(totals[0]!, [totals[i]!]);
  for (const r of rows) for (const k of r.keys()) index(k);
  return { variables, rows };
}

/** Rank of a dense matrix (Gaussian elimination with partial pivoting; entries are small integers). */
function rank(m: number[][]): number {
  const a = m.map((r) => [...r]);
  let r = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && r < a.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < a.length; i++) if (Math.abs(a[i]![c]!) > Math.abs(a[pivot]![c]!)) pivot = i;
    if (Math.abs(a[pivot]![c]!) < 1e-9) continue;
    [a[r], a[pivot]] = [a[pivot]!, a[r]!];
    for (let i = 0; i < a.length; i++) {
      if (i === r) continue;
      const f = a[i]![c]! / a[r]![c]!;
      if (f !== 0) a[i] = a[i]!.map((v, j) => v - f * a[r]![j]!);
    }
    r++;
  }
  return r;
}

/** The hidden values an attacker can solve for exactly. */
function recomputable(p: PublishedGapAnalysis): string[] {
  const { variables, rows } = hiddenSystem(p);
  if (rows.length === 0) return [];
  const matrix = rows.map((row) => variables.map((v) => row.get(v) ?? 0));
  const base = rank(matrix);
  // a part no cell contributes to (no one outside the support) is 0 by construction, told by the cells' published support: no pay in it
  const structuralZero = (v: string): boolean => {
    const [b, part] = v.split('.') as [string, (typeof PARTS)[number] | 'total'];
    return (
      part !== 'total' && (PARTS as readonly string[]).includes(part) && p.decomposition[b]!.cells.every((c) => c[part as (typeof PARTS)[number]] === null)
    );
  };
  return variables.filter((v, i) => !v.endsWith('.unknown') && !structuralZero(v) && rank([...matrix, variables.map((__, j) => (i === j ? 1 : 0))]) === base);
}

describe('EXP-3, ANON-3: nothing hidden is recomputable from the published analysis', () => {
  it('a hidden value alone in a sum is found (the check can fail)', () => {
    const people = [
      ...Array.from({ length: 12 }, (_, i) => ({ female: i % 2 === 0, level: 'L1', group: 'G1', unit: 'D/A', pay: 40_000 + i * 100 })),
      { female: true, level: 'L2', group: 'G1', unit: 'D/A', pay: 30_000 },
    ];
    const published = publishGapAnalysis(analyseGap(toRecords(people), { statistics: { year: 2025 } }), { payMinPersons: 5 });
    const d = published.decomposition['level']!;
    expect(isHidden(d.womenOutsideSupport)).toBe(true);
    expect(recomputable(published)).toEqual([]);
    // undo the complementary suppression: the women outside the support are the total minus the rest
    const leaky = {
      ...published,
      decomposition: {
        level: {
          ...d,
          composition: { nok: '1.00', percentOfMen: '0.0' },
          withinCells: { nok: '1.00', percentOfMen: '0.0' },
          menOutsideSupport: { nok: '0.00', percentOfMen: '0.0' },
        },
      },
    };
    expect(recomputable(leaky as PublishedGapAnalysis)).toContain('level.womenOutsideSupport');
  });

  it('on random payrolls, breakdowns and thresholds', () => {
    let hidden = 0;
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 4, maxLength: 80 }),
        fc.subarray([...BREAKDOWNS], { minLength: 1 }),
        fc.integer({ min: 2, max: 8 }),
        (people, breakdowns, k) => {
          const published = publishGapAnalysis(analyseGap(toRecords(people), { statistics: { year: 2025 }, breakdowns, accountingSet: 'none' }), {
            payMinPersons: k,
          });
          const found = hiddenSystem(published).variables.length;
          hidden += found;
          expect(recomputable(published)).toEqual([]);
          // every hidden value: its reason, and nothing else (ANON-6)
          const json = JSON.stringify(published);
          for (const m of json.matchAll(/"hidden":(\{[^}]*\})/g)) {
            const reason = JSON.parse(m[1]!) as Record<string, unknown>;
            expect(Object.keys(reason).sort()).toEqual(['code', 'rule', 'threshold']);
            expect(reason['threshold']).toBe(k);
            expect([
              ['ANON-2', 'pay-below-threshold'],
              ['ANON-3', 'complementary'],
            ]).toContainEqual([reason['rule'], reason['code']]);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(hidden).toBeGreaterThan(100); // the payrolls do hide things
  });
});

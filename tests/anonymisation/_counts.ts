/**
 * A hidden count of the attacker's tests (ANON-7) and the percents hidden with it, built by hand:
 * the unit tests of `judge` (witnesses.test.ts) and of the protection's goals (goals.test.ts).
 */
import type { TableVar } from '../../src/anonymisation/_lib/tableModel.js';
import type { CountDerived, Target } from '../../src/anonymisation/_lib/witnesses.js';

/** The employer's part-time count, variable 0, anywhere in 0 … `upper`. */
export const countVar = (upper: number): TableVar =>
  ({
    id: 0,
    kind: 'count',
    family: 'partTime',
    slot: 'total',
    path: ['partTime', 'total', 'count'],
    cell: [],
    own: false,
    integer: true,
    lower: 0,
    upper,
    countRule: 'attribute',
  }) as unknown as TableVar;

/** The count as a hidden value, with the percents hidden with it. */
export const countTarget = (v: TableVar, derived?: readonly CountDerived[]): Target => ({
  key: 'partTime/total/count',
  kind: 'value',
  main: v,
  vars: [0],
  coefs: [1],
  persons: v.upper,
  ...(derived === undefined ? {} : { derived }),
});

/** 100 × count / base, published to `unit`. */
export const percentOfBase = (base: number, unit: number): CountDerived => ({ path: ['partTime', 'total', 'percentOfAll'], p: 100, q: 0, s: 0, r: base, unit });
/** 100 × answered / count (the count: part-timers). */
export const coverageOf = (answered: number, unit: number): CountDerived => ({
  path: ['involuntaryPartTime', 'total', 'coverage'],
  p: 0,
  q: 100 * answered,
  s: 1,
  r: 0,
  unit,
});
/** 100 × count / (count + men) (the count: women). */
export const womenShareBeside = (men: number, unit: number): CountDerived => ({ path: ['partTime', 'womenShareOfCategory'], p: 100, q: 0, s: 1, r: men, unit });

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LikestillingInputError } from '../../src/_lib/input.js';
import { formatRatio, formatRatioOfIntegers } from '../../src/_lib/money.js';
import { EmployeeSchema } from '../../src/models/employee.js';
import { weeksToUnits } from '../../src/statistics/_lib/leave.js';
import { naturalCompare } from '../../src/statistics/_lib/naturalCompare.js';
import { COMPONENT_COUNT, PersonTable, WIDEN_COUNT, WIDEN_IDS, WIDEN_LEAVE, WIDEN_PAY } from '../../src/statistics/_lib/personTable.js';
import { KeyIndex } from '../../src/statistics/_lib/keyIndex.js';
import { fiscalYearBounds, isActiveOnDate, parentalLeaveWeeks, resolveStatisticsOptions, womenShareOfMenPay } from '../../src/statistics/index.js';

describe('formatRatio (DEF-ROUND)', () => {
  it('rounds half-up, away from zero, exactly', () => {
    expect(formatRatio(1n, 8n, 2)).toBe('0.13'); // 0.125
    expect(formatRatio(-1n, 8n, 2)).toBe('-0.13');
    expect(formatRatio(1n, 3n, 1)).toBe('0.3');
    expect(formatRatio(2n, 3n, 0)).toBe('1');
    expect(formatRatio(-1n, 1000n, 1)).toBe('0.0'); // no negative zero
    expect(formatRatio(5n, -2n, 0)).toBe('-3');
    expect(formatRatio(1n, 0n, 1)).toBeNull();
  });

  it('agrees with a string-level half-up on random ratios with terminating decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        // n / 1000 has three decimals: round it to k decimals by hand on its text
        const neg = n < 0n;
        const abs = neg ? -n : n;
        const scaled = abs * 10n ** BigInt(k); // value × 10^k × 1000
        const r = (scaled + 500n) / 1000n;
        const whole = (r / 10n ** BigInt(k)).toString();
        const frac = k > 0 ? '.' + (r % 10n ** BigInt(k)).toString().padStart(k, '0') : '';
        expect(formatRatio(n, 1000n, k)).toBe(`${neg && r !== 0n ? '-' : ''}${whole}${frac}`);
      }),
    );
  });
});

describe('formatRatioOfIntegers (DEF-ROUND)', () => {
  it('gives the text of formatRatio, on small integers (the double path) and near and past the safe bound (the BigInt path)', () => {
    const integer = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.constantFrom(0, 1, -1, 2 ** 40, 2 ** 47 + 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(integer, integer, fc.integer({ min: 0, max: 6 }), (n, d, k) => {
        expect(formatRatioOfIntegers(n, d, k)).toBe(formatRatio(BigInt(n), BigInt(d), k));
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds ties away from zero, and has no negative zero', () => {
    expect(formatRatioOfIntegers(1, 8, 2)).toBe('0.13');
    expect(formatRatioOfIntegers(-1, 8, 2)).toBe('-0.13');
    expect(formatRatioOfIntegers(-1, 1000, 1)).toBe('0.0');
    expect(formatRatioOfIntegers(5, -2, 0)).toBe('-3');
    expect(formatRatioOfIntegers(882, 10, 0)).toBe('88');
    expect(formatRatioOfIntegers(8825, 100, 1)).toBe('88.3');
    expect(formatRatioOfIntegers(1, 0, 1)).toBeNull();
  });
});

describe('womenShareOfMenPay (STAT-B1, DEF-AVG)', () => {
  it('SSB 2024: 55 280 / 62 680 = 88.2 %', () => {
    expect(womenShareOfMenPay('55280.00', '62680.00')).toBe('88.2');
    expect(womenShareOfMenPay(55280, 62680, 3)).toBe('88.194');
    expect(womenShareOfMenPay('1', '0')).toBeNull();
    expect(() => womenShareOfMenPay('1,5', '2')).toThrow(LikestillingInputError);
  });
});

describe('parentalLeaveWeeks and isActiveOnDate', () => {
  const r = EmployeeSchema.parse({
    employeeId: 'a',
    gender: 'male',
    startDate: '2020-01-01',
    parentalLeavePeriods: [
      { startDate: '2024-12-01', endDate: '2025-02-11' },
      { startDate: '2025-12-25', endDate: '2026-01-10', percent: 50 },
    ],
  });
  it('clips periods to the financial year and weights the percent', () => {
    expect(parentalLeaveWeeks(r, 2025)).toBe('6.5'); // 42 days + 7 days × 50 % = 45.5 days
    expect(parentalLeaveWeeks(r, 2025, { decimals: 3 })).toBe('6.500');
    expect(parentalLeaveWeeks(r, 2024)).toBe('4.4'); // 1–31 Dec 2024: 31 days
    // 2024-07-01 … 2025-06-30: 1 Dec – 11 Feb = 73 days = 10.43 weeks; the December 2025 period is outside
    expect(parentalLeaveWeeks(r, 2025, { fiscalYearEnd: '06-30' })).toBe('10.4');
  });
  it('is active on the reference date when start ≤ date ≤ end', () => {
    expect(isActiveOnDate({ startDate: '2025-12-31', endDate: '2025-12-31' }, '2025-12-31')).toBe(true);
    expect(isActiveOnDate({ startDate: '2026-01-01', endDate: null }, '2025-12-31')).toBe(false);
  });
});

describe('options and fiscal years', () => {
  it('fiscal year bounds, including 29 February', () => {
    expect(fiscalYearBounds(2025)).toEqual({ start: '2025-01-01', last: '2025-12-31' });
    expect(fiscalYearBounds(2025, '06-30')).toEqual({ start: '2024-07-01', last: '2025-06-30' });
    expect(fiscalYearBounds(2025, '02-29')).toEqual({ start: '2024-03-01', last: '2025-02-28' });
    expect(fiscalYearBounds(2024, '02-29')).toEqual({ start: '2023-03-01', last: '2024-02-29' });
  });
  it('resolves defaults in canonical order', () => {
    const o = resolveStatisticsOptions({ year: 2024, includeKinds: ['maritime', 'ordinary', 'maritime'] });
    expect(o.includeKinds).toEqual(['ordinary', 'maritime']);
    expect(o.referenceDate).toBe('2024-12-31');
  });
});

describe('internal helpers', () => {
  it('natural order of keys', () => {
    expect(['L10', 'L2', 'L1', 'A', 'L02'].sort(naturalCompare)).toEqual(['A', 'L1', 'L02', 'L2', 'L10']);
  });
  it('weeks given directly are exact to 6 decimals', () => {
    expect(weeksToUnits(1)).toBe(7_000_000);
    expect(weeksToUnits(0.1)).toBe(700_000);
    expect(weeksToUnits(1.0000005)).toBe(7_000_007); // half-up at the 6th decimal
    expect(weeksToUnits(0)).toBe(0);
  });
  it('weeksToUnits: the fast path gives what the decimal text gives (DEF-PL, half-up at the 6th decimal)', () => {
    const byText = (w: number): number => {
      const [whole = '0', frac = ''] = String(w).split('.');
      let micro = Number((frac + '000000').slice(0, 6));
      if (frac.length > 6 && Number(frac[6]) >= 5) micro += 1;
      return (Number(whole) * 1_000_000 + micro) * 7;
    };
    const decimalText = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 9 }));
    fc.assert(
      fc.property(decimalText, ([whole, frac, digits]) => {
        const w = Number(`${whole}.${String(frac).padStart(9, '0').slice(0, digits)}`);
        fc.pre(w > 0 && !String(w).includes('e'));
        expect(weeksToUnits(w)).toBe(byText(w));
      }),
      { numRuns: 2000 },
    );
    for (const w of [26.4, 0.000001, 12.9999999, 12.0000001, 3.1234565, 52.142857142857146]) expect(weeksToUnits(w)).toBe(byText(w));
  });
  it('PersonTable keeps every column when it grows (columns are views into one buffer), narrow or wide', () => {
    for (const wide of [false, true]) {
      const t = new PersonTable(1, undefined, { pay: wide, leave: wide, ids: wide, count: wide });
      const rows = 100; // > the minimum capacity 16: grows three times
      const big = wide ? 2 ** 52 : 2 ** 31 - 1000; // the largest kind of value each width holds
      const bigId = wide ? 2 ** 31 - 1000 : 32_000;
      for (let r = 0; r < rows; r++) {
        const i = t.push();
        t.key[i] = `E${r}`;
        for (let c = 0; c < COMPONENT_COUNT; c++) t.pay[c]![i] = big + r * 10 + c;
        t.leave[i] = big - r;
        t.activeCount[i] = wide ? 70_000 + r : r;
        t.pctSum[i] = 5 - r;
        t.mainPct[i] = r * 100 - 1;
        t.mainStart[i] = 20250101 + r;
        t.level[i] = r - 1;
        t.group[i] = bigId + r;
        t.unit[i] = r - 3;
        t.sexMask[i] = r % 16;
        t.pctMissing[i] = r % 2;
        t.inv[i] = r % 3;
        t.mainTemporary[i] = r % 5 === 0 ? 1 : 0;
      }
      expect(t.size).toBe(rows);
      expect(t.widths).toEqual({ pay: wide, leave: wide, ids: wide, count: wide });
      for (let r = 0; r < rows; r++) {
        expect(t.key[r]).toBe(`E${r}`);
        for (let c = 0; c < COMPONENT_COUNT; c++) expect(t.pay[c]![r]).toBe(big + r * 10 + c);
        expect([t.leave[r], t.activeCount[r], t.pctSum[r], t.mainPct[r], t.mainStart[r]]).toEqual([
          big - r,
          wide ? 70_000 + r : r,
          5 - r,
          r * 100 - 1,
          20250101 + r,
        ]);
        expect([t.level[r], t.group[r], t.unit[r]]).toEqual([r - 1, bigId + r, r - 3]);
        expect([t.sexMask[r], t.pctMissing[r], t.inv[r], t.mainTemporary[r]]).toEqual([r % 16, r % 2, r % 3, r % 5 === 0 ? 1 : 0]);
      }
    }
  });
  it('PersonTable.widen keeps every row and widens only the columns named', () => {
    const t = new PersonTable(40, [true, false, true, true, true, true]);
    expect(t.pay[1]).toBeNull(); // a component no measure uses is not stored
    for (let r = 0; r < 40; r++) {
      const i = t.push();
      t.pay[0]![i] = 0 - r;
      t.leave[i] = r * 7;
      t.level[i] = r;
      t.activeCount[i] = r;
    }
    t.widen(WIDEN_IDS);
    expect(t.widths).toEqual({ pay: false, leave: false, ids: true, count: false });
    t.widen(WIDEN_PAY | WIDEN_LEAVE | WIDEN_COUNT);
    expect(t.widths).toEqual({ pay: true, leave: true, ids: true, count: true });
    expect([t.pay[0], t.leave, t.level, t.activeCount].map((c) => c!.constructor.name)).toEqual(['Float64Array', 'Float64Array', 'Int32Array', 'Int32Array']);
    expect(t.pay[1]).toBeNull();
    for (let r = 0; r < 40; r++) expect([t.pay[0]![r], t.leave[r], t.level[r], t.activeCount[r]]).toEqual([0 - r, r * 7, r, r]);
    t.pay[0]![0] = 2 ** 40;
    t.level[1] = 1 << 20;
    expect([t.pay[0]![0], t.level[1]]).toEqual([2 ** 40, 1 << 20]);
  });
  it('PersonTable.reserve makes room once (at least doubling) and keeps every row', () => {
    const t = new PersonTable(1);
    for (let r = 0; r < 10; r++) t.pay[0]![t.push()] = r;
    const before = t.pay[0];
    t.reserve(12); // fits in the 16 of the minimum capacity: no new columns
    expect(t.pay[0]).toBe(before);
    t.reserve(40);
    expect(t.capacity).toBe(40);
    t.reserve(41);
    expect(t.capacity).toBe(80); // at least doubling
    const columns = t.pay[0];
    for (let r = 10; r < 80; r++) columns![t.push()] = r; // pushes within the reserved rows keep the columns
    expect(t.pay[0]).toBe(columns);
    expect([...t.pay[0]!.subarray(0, 80)]).toEqual(Array.from({ length: 80 }, (_, r) => r));
  });
  it('KeyIndex finds what was set, across rehashing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 300 }), (keys) => {
        const idx = new KeyIndex(keys, 1);
        keys.forEach((k, i) => idx.set(k, i));
        keys.forEach((k, i) => expect(idx.get(k)).toBe(i));
        expect(idx.get('\u0000not-there')).toBe(keys.indexOf('\u0000not-there'));
      }),
    );
  });
  it('KeyIndex in ordered mode (keys increasing by length, then code units) finds the same rows as a Map, also when the order breaks', () => {
    // DEF-POP: a get-or-add loop like accumulateMapping's, over ids that are sorted, then maybe
    // out of order or repeated; the rows must be those of a plain Map whatever the order.
    const sortedIds = fc.uniqueArray(fc.nat({ max: 5000 }), { maxLength: 200 }).map((ns) => ns.sort((a, b) => a - b).map((x) => `E${x}`));
    fc.assert(
      fc.property(
        sortedIds,
        fc.array(
          fc.nat({ max: 5000 }).map((x) => `E${x}`),
          { maxLength: 30 },
        ),
        fc.nat(),
        (sorted, tail, at) => {
          const ids = [...sorted];
          ids.splice(at % (ids.length + 1), 0, ...tail);
          const keys: (string | null)[] = [];
          const idx = new KeyIndex(keys, ids.length);
          const ref = new Map<string, number>();
          for (const id of ids) {
            const row = idx.get(id);
            expect(row).toBe(ref.get(id) ?? -1);
            if (row < 0) {
              const r = keys.length;
              keys.push(id);
              idx.set(id, r);
              ref.set(id, r);
            }
          }
          for (const [id, r] of ref) expect(idx.get(id)).toBe(r);
          // a clone over a copy of the keys goes on independently
          const copy = [...keys];
          const c = idx.clone(copy);
          copy.push('zz'); // shorter than most ids: breaks the clone's order, never the original's
          c.set('zz', copy.length - 1);
          expect(c.get('zz')).toBe(copy.length - 1);
          expect(idx.get('zz')).toBe(-1);
          for (const [id, r] of ref) expect(c.get(id)).toBe(r);
        },
      ),
    );
  });
});

describe('payPath', () => {
  it('reads the whole column: largest |øre|, zero heuristic, and a path whose bounds hold for every person (fl(10 000·|a| / p) ≤ fl(10 000·maxAbs / minPct))', async () => {
    const { payPath } = await import('../../src/statistics/_lib/payPath.js');
    const { floatOrderIsExact, SAFE } = await import('../../src/statistics/_lib/exact.js');
    const percent = fc.oneof(fc.constantFrom(10_000, 5_000, 3_333, 20_000, 1, 7), fc.integer({ min: 1, max: 20_000 }));
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: -5_000_000, max: 12_000_000 }), fc.constantFrom(3e11, 9e11, 2 ** 52, -(2 ** 50)));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, percent), { minLength: 1, maxLength: 60 }), fc.integer({ min: 0, max: 60 }), (rows, eligibleRows) => {
        const amounts = Float64Array.from(rows, ([a]) => a);
        const n = rows.length;
        const count = Math.min(n, eligibleRows);
        const eligible = rows.slice(0, count);
        const minPct = Math.min(...eligible.map(([, p]) => p), 20_000);
        const maxPct = Math.max(...eligible.map(([, p]) => p), 1);
        const maxAbs = Math.max(...rows.map(([a]) => Math.abs(a)));
        const manyZeros = rows.every(([a]) => a >= 0) && rows.filter(([a]) => a === 0).length * 4 >= n;
        const maxF = (maxAbs * 10_000) / minPct;
        const path = !(Number.isSafeInteger(maxAbs) && maxAbs * Math.max(count, 1) < SAFE)
          ? 'big'
          : floatOrderIsExact(maxAbs, maxPct, maxF)
            ? 'code'
            : maxAbs * maxPct < SAFE
              ? 'cross'
              : 'big';
        const got = payPath(amounts, n, count, minPct, maxPct);
        expect(got).toEqual({ path, maxAbs, manyZeros });
        // the bound is sound: the per-person largest full-time value is at most the one checked
        for (const [a, p] of eligible) expect((Math.abs(a) * 10_000) / p).toBeLessThanOrEqual(maxF);
        if (got.path === 'code') {
          const personMaxF = Math.max(0, ...eligible.map(([a, p]) => (Math.abs(a) * 10_000) / p));
          expect(floatOrderIsExact(maxAbs, maxPct, personMaxF)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('counts zeros and negatives over every row of the column', async () => {
    const { payPath } = await import('../../src/statistics/_lib/payPath.js');
    expect(payPath(Int32Array.of(0, 0, 5, 7), 4, 2, 10_000, 10_000).manyZeros).toBe(true);
    expect(payPath(Int32Array.of(0, -1, 5, 7), 4, 2, 10_000, 10_000)).toEqual({ path: 'code', maxAbs: 7, manyZeros: false });
    expect(payPath(Int32Array.of(1, 2, 3, 0, 9), 4, 4, 10_000, 10_000)).toEqual({ path: 'code', maxAbs: 3, manyZeros: true }); // row 4 is past n
  });
});

describe('selection (DEF-AVG median)', () => {
  it('select puts the k-th smallest fraction at k, also on sorted, reversed and tied input', async () => {
    const { select, sortRange } = await import('../../src/statistics/_lib/exact.js');
    const shapes = [
      (n: number) => Array.from({ length: n }, (_, i) => i),
      (n: number) => Array.from({ length: n }, (_, i) => n - i),
      (n: number) => Array.from({ length: n }, () => 7),
      (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i : n - i)),
    ];
    for (const shape of shapes) {
      for (const n of [1, 2, 3, 10, 101, 1000]) {
        const values = shape(n);
        for (const k of [0, n >> 1, n - 1]) {
          const A = Float64Array.from(values.map((v) => v * 3));
          const P = Float64Array.from(values.map(() => 3));
          select(A, P, 0, n - 1, k);
          const sorted = [...values].sort((a, b) => a - b);
          expect(A[k]! / P[k]!).toBe(sorted[k]);
        }
      }
    }
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 20000 })), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (pairs, kk) => {
          const k = kk % pairs.length;
          const A = Float64Array.from(pairs.map((x) => x[0]));
          const P = Float64Array.from(pairs.map((x) => x[1]));
          select(A, P, 0, pairs.length - 1, k);
          const A2 = Float64Array.from(pairs.map((x) => x[0]));
          const P2 = Float64Array.from(pairs.map((x) => x[1]));
          sortRange(A2, P2, 0, pairs.length - 1);
          expect(A[k]! * P2[k]!).toBe(A2[k]! * P[k]!); // same fraction
          for (let i = 0; i < k; i++) expect(A[i]! * P[k]! <= A[k]! * P[i]!).toBe(true);
          for (let i = k + 1; i < pairs.length; i++) expect(A[i]! * P[k]! >= A[k]! * P[i]!).toBe(true);
        },
      ),
    );
  });
});

describe('selection on coded doubles (DEF-AVG median, DEF-ROUND exactness)', () => {
  const ratio = (r: { num: bigint; den: bigint }): string => formatRatio(r.num, r.den, 6)!;
  const bigMedian = (pairs: readonly (readonly [number, number])[]): { num: bigint; den: bigint } => {
    const sorted = [...pairs].sort(([a, p], [b, q]) => {
      const l = BigInt(a) * BigInt(q);
      const r = BigInt(b) * BigInt(p);
      return l < r ? -1 : l > r ? 1 : 0;
    });
    const k = (sorted.length - 1) >> 1;
    const [a, p] = sorted[k]!;
    if (sorted.length % 2 === 1) return { num: BigInt(a) * 10_000n, den: BigInt(p) };
    const [b, q] = sorted[k + 1]!;
    return { num: (BigInt(a) * BigInt(q) + BigInt(b) * BigInt(p)) * 10_000n, den: 2n * BigInt(p) * BigInt(q) };
  };

  it('medianOfCodes equals the BigInt median, with equal values held at different percents', async () => {
    const { exactFte, floatOrderIsExact, medianOfCodes } = await import('../../src/statistics/_lib/exact.js');
    // percents in hundredths, including ones where different (øre, percent) pairs give one value
    const percents = [10_000, 5_000, 3_333, 6_667, 2_000, 12_000, 8_000, 7_500];
    const pair = fc.oneof(
      fc.tuple(fc.integer({ min: -2_000_000, max: 9_000_000 }), fc.constantFrom(...percents)),
      fc.tuple(fc.integer({ min: 0, max: 50_000 }), fc.constant(1)), // a 0.01 % position
    );
    // ties across percents: a at 100 % and a/2 at 50 % are the same full-time value
    const tied = fc.integer({ min: 0, max: 4_000_000 }).chain((a) =>
      fc.constantFrom<[number, number][]>([
        [2 * a, 10_000],
        [a, 5_000],
        [2 * a, 10_000],
      ]),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            pair.map((p) => [p]),
            tied,
          ),
          { minLength: 1, maxLength: 60 },
        ),
        (groups) => {
          const pairs = groups.flat() as [number, number][];
          const maxAbs = Math.max(...pairs.map(([a]) => Math.abs(a)));
          const F = Float64Array.from(pairs, ([a, p]) => (a * 10_000) / p);
          const maxF = Math.max(...F.map(Math.abs));
          expect(floatOrderIsExact(maxAbs, 12_000, maxF)).toBe(true);
          const present = [...new Set(pairs.map(([, p]) => p))];
          expect(ratio(medianOfCodes(F, 0, F.length, present, maxAbs))).toBe(ratio(bigMedian(pairs)));
          // every coded value maps back to its exact fraction
          for (const [a, p] of pairs) expect(ratio(exactFte((a * 10_000) / p, present, maxAbs))).toBe(ratio({ num: BigInt(a) * 10_000n, den: BigInt(p) }));
        },
      ),
    );
  });

  it('zeroMedian is medianOfCodes when the middle values are 0 (no negatives), and null otherwise', async () => {
    const { medianOfCodes, zeroMedian } = await import('../../src/statistics/_lib/exact.js');
    const percents = [10_000, 5_000, 3_333, 12_000];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9_000_000 })), fc.constantFrom(...percents)), { minLength: 1, maxLength: 40 }),
        (pairs) => {
          const maxAbs = Math.max(...pairs.map(([a]) => a));
          const F = Float64Array.from(pairs, ([a, p]) => (a * 10_000) / p);
          const zeros = pairs.filter(([a]) => a === 0).length;
          const sorted = [...F].sort((x, y) => x - y);
          const k = (F.length - 1) >> 1;
          const middleIsZero = sorted[k] === 0 && (F.length % 2 === 1 || sorted[k + 1] === 0);
          const got = zeroMedian(F.length, zeros, percents, maxAbs);
          expect(got !== null).toBe(middleIsZero);
          if (got !== null) expect(got).toEqual(medianOfCodes(F, 0, F.length, percents, maxAbs));
        },
      ),
    );
  });

  it('floatOrderIsExact refuses bounds where two different fractions could round to one double', async () => {
    const { floatOrderIsExact } = await import('../../src/statistics/_lib/exact.js');
    expect(floatOrderIsExact(10_000_000, 20_000, 1e9)).toBe(true); // 100 000 NOK at 1 %, positions up to 200 %
    expect(floatOrderIsExact(1e12, 10_000, 1e12)).toBe(false); // 10 000 · a is no longer exact
    expect(floatOrderIsExact(1e9, 20_000, 1e12)).toBe(false); // values too close for their size
  });

  it('selectFloat puts the k-th smallest double at k on sorted, reversed, tied and random input', async () => {
    const { selectFloat } = await import('../../src/statistics/_lib/exact.js');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.constantFrom('as-is', 'sorted', 'reversed'),
        (values, kk, shape) => {
          const v = shape === 'as-is' ? values : [...values].sort((a, b) => (shape === 'sorted' ? a - b : b - a));
          const k = kk % v.length;
          const F = Float64Array.from(v);
          selectFloat(F, 0, F.length - 1, k);
          const sorted = [...v].sort((a, b) => a - b);
          expect(F[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(F[i]! <= F[k]!).toBe(true);
          for (let i = k + 1; i < F.length; i++) expect(F[i]! >= F[k]!).toBe(true);
        },
      ),
    );
  });

  it('selectFloat on long ranges (sampled pivots) selects inside [lo … hi] only, on random, sorted, tied and blockwise-ordered input', async () => {
    const { selectFloat } = await import('../../src/statistics/_lib/exact.js');
    const shape = fc.constantFrom('as-is', 'sorted', 'reversed', 'blocks', 'organ-pipe');
    fc.assert(
      fc.property(
        fc.integer({ min: 601, max: 6000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(3, 40, 100_000),
        shape,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (n, seed, spread, form, a, b, kk) => {
          let x = seed;
          const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % spread;
          let v = Array.from({ length: n }, () => next() - (spread >> 1));
          if (form === 'sorted') v.sort((p, q) => p - q);
          if (form === 'reversed') v.sort((p, q) => q - p);
          if (form === 'blocks') {
            // each block already split around its own median, as cells are before their union
            const size = 1 + (a % 500);
            const out: number[] = [];
            for (let i = 0; i < n; i += size) out.push(...v.slice(i, i + size).sort((p, q) => p - q));
            v = out;
          }
          if (form === 'organ-pipe') v = [...v].sort((p, q) => p - q).map((_, i, s) => s[i % 2 === 0 ? i >> 1 : n - 1 - (i >> 1)]!);
          const lo = a % 50;
          const hi = n - 1 - (b % 50);
          const k = lo + (kk % (hi - lo + 1));
          const F = Float64Array.from(v);
          selectFloat(F, lo, hi, k);
          // outside the range: untouched; inside: the same values, the k-th smallest at k
          const untouched = v.every((y, i) => (i >= lo && i <= hi) || F[i] === y);
          const inside = v.slice(lo, hi + 1).sort((p, q) => p - q);
          const same = F.subarray(lo, hi + 1)
            .sort()
            .every((y, i) => y === inside[i]);
          const G = Float64Array.from(v);
          selectFloat(G, lo, hi, k);
          const split = G.every((y, i) => i < lo || i > hi || (i < k ? y <= G[k]! : y >= G[k]!));
          expect({ untouched, same, kth: G[k], split }).toEqual({ untouched: true, same: true, kth: inside[k - lo], split: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});

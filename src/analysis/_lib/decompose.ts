/**
 * The exact decomposition (EXP-1) over the pay-eligible persons and the cells of a breakdown.
 * A person's FTE pay is øre × 10 000 / position percent (hundredths, DEF-PAY); each cell's sum per
 * sex is one exact rational, summed per distinct percent (one division per percent, DEF-ROUND).
 *
 * With support S = the cells holding both sexes, in-support counts M_in, W_in and means m̄_in, w̄_in:
 *
 * - composition = Σ_{c∈S} (m_c / M_in − w_c / W_in) × m̄_c  (women's weighting; men's: × w̄_c)
 * - within cells = Σ_{c∈S} w_c / W_in × (m̄_c − w̄_c)        (men's weighting: m_c / M_in × …)
 * - men outside = Σ_{c∉S} m_c / M × (m̄_c − m̄_in) = (m̄_out − m̄_in) × M_out / M
 * - women outside = Σ_{c∉S} w_c / W × (w̄_in − w̄_c) = (w̄_in − w̄_out) × W_out / W
 *
 * Their sum is m̄ − w̄, exactly: composition + within = m̄_in − w̄_in, and m̄ = m̄_in + men outside,
 * w̄ = w̄_in − women outside. Each figure is rounded once, at output.
 * @internal
 */
import { formatRatio } from '../../_lib/money.js';
import { meanOfPercentSums } from '../../statistics/internal.js';
import type { Weighting } from '../AnalysisOptionsSchema.js';
import type { DecompositionCell, GapDecomposition, GapPart } from '../schema.js';
import { cellsOf, parseBreakdown, type Dimension } from './cells.js';
import type { Persons } from './persons.js';
import { add, div, formatOreAsNok, formatPercentOf, integer, mul, ratio, scale, sub, sum, ZERO, type Rational } from './rational.js';

/** Per cell and sex: persons and the exact Σ of their FTE pay (øre). @internal */
export interface CellSums {
  readonly keys: readonly (readonly (string | null)[])[];
  /** count[2c] women, count[2c + 1] men. */
  readonly count: Int32Array;
  /** Σ FTE øre, [2c] women, [2c + 1] men. */
  readonly total: readonly Rational[];
}

/** The exact FTE sums per cell and sex of a breakdown. @internal */
export function cellSums(persons: Persons, dims: readonly Dimension[]): CellSums {
  const { cellOf, keys } = cellsOf(persons, dims);
  const C = keys.length;
  const count = new Int32Array(2 * C);
  // the distinct percents (hundredths), each person's index into them
  const percentIndex = new Map<number, number>();
  const percents: number[] = [];
  const pi = new Int32Array(persons.count);
  let absSum = 0;
  for (let k = 0; k < persons.count; k++) {
    const p = persons.pct[k]!;
    let i = percentIndex.get(p);
    if (i === undefined) {
      i = percents.length;
      percents.push(p);
      percentIndex.set(p, i);
    }
    pi[k] = i;
    absSum += Math.abs(persons.ore[k]!);
  }
  const P = percents.length;
  const total: Rational[] = Array.from({ length: 2 * C }, () => ZERO);
  if (Number.isSafeInteger(absSum) && 2 * C * P <= 1 << 22) {
    // Σ øre per (cell, sex, percent) in doubles: exact while Σ|øre| < 2^53 (DEF-ROUND); then per
    // (cell, sex) one exact rational step per distinct percent (the engine's meanOfPercentSums)
    const sums = new Float64Array(2 * C * P);
    for (let k = 0; k < persons.count; k++) {
      const slot = 2 * cellOf[k]! + (persons.female[k] === 1 ? 0 : 1);
      count[slot]!++;
      sums[slot * P + pi[k]!]! += persons.ore[k]!;
    }
    for (let slot = 0; slot < 2 * C; slot++) {
      if (count[slot] === 0) continue;
      const r = meanOfPercentSums(percents, P, (j) => sums[slot * P + j]!, 1);
      total[slot] = ratio(r.num, r.den);
    }
    return { keys, count, total };
  }
  // large amounts or very many cells: BigInt sums per (cell, sex, percent)
  const bigSums = new Map<number, bigint>();
  for (let k = 0; k < persons.count; k++) {
    const slot = 2 * cellOf[k]! + (persons.female[k] === 1 ? 0 : 1);
    count[slot]!++;
    const key = slot * P + pi[k]!;
    bigSums.set(key, (bigSums.get(key) ?? 0n) + BigInt(persons.ore[k]!));
  }
  for (const [key, s] of bigSums) {
    const slot = Math.floor(key / P);
    // Σ øre at percent p (hundredths) × 10 000 / p: that percent's FTE øre
    total[slot] = add(total[slot]!, ratio(s * 10_000n, BigInt(percents[key - slot * P]!)));
  }
  return { keys, count, total };
}

/** A part as NOK and percent of men's mean. */
function part(value: Rational, menMean: Rational | null, decimals: number): GapPart {
  return { nok: formatOreAsNok(value), percentOfMen: menMean === null ? null : formatPercentOf(value, menMean, decimals) };
}

/**
 * 100 − the women's share of men's pay as the mapping rounds it (STAT-B2, DEF-AVG): the total's
 * percent presented so that it always reads as 100 − the published share. @internal
 */
export function gapPercentFromShare(share: string, decimals: number): string {
  const digits = BigInt(share.replace('.', '').replace('-', ''));
  const signed = share.startsWith('-') ? -digits : digits;
  const scaleUnit = 10n ** BigInt(decimals);
  const gap = 100n * scaleUnit - signed;
  return formatRatio(gap, scaleUnit, decimals)!;
}

/**
 * The parts' percents rounded so that they add up to the total's presented percent: each part
 * rounded down to the unit, then the units left over given to the parts with the largest
 * remainders (ties: in the parts' order). Exact values in, decimal strings out. @internal
 */
export function apportion(parts: readonly Rational[], total: string, decimals: number): string[] {
  const unit = 10n ** BigInt(decimals);
  const target = BigInt(total.replace('.', '').replace('-', '')) * (total.startsWith('-') ? -1n : 1n);
  const floors = parts.map((x) => {
    const n = x.num * unit;
    const q = n / x.den;
    return n < 0n && q * x.den !== n ? q - 1n : q; // floor
  });
  const remainders = parts.map((x, i) => sub(scale(x, unit, 1n), integer(floors[i]!)));
  let left = target - floors.reduce((a, b) => a + b, 0n);
  const order = parts
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a]!;
      const rb = remainders[b]!;
      const d = ra.num * rb.den - rb.num * ra.den;
      return d > 0n ? -1 : d < 0n ? 1 : a - b;
    });
  const result = [...floors];
  // left is between 0 and the number of parts (the total is within half a unit of the parts' sum)
  for (let j = 0; left > 0n && j < order.length; j++, left--) result[order[j]!]! += 1n;
  for (let j = order.length - 1; left < 0n && j >= 0; j--, left++) result[order[j]!]! -= 1n;
  return result.map((r) => formatRatio(r, unit, decimals)!);
}

/** The exact figures of a decomposition, before rounding (for tests and for the text). @internal */
export interface ExactDecomposition {
  readonly status: GapDecomposition['status'];
  readonly keys: readonly (readonly (string | null)[])[];
  /** Per cell: women, men. */
  readonly count: Int32Array;
  readonly womenMean: Rational | null;
  readonly menMean: Rational | null;
  readonly womenInSupport: number;
  readonly menInSupport: number;
  /** m̄ − w̄ (null unless both sexes). */
  readonly total: Rational | null;
  /** The four parts (null: not defined for the status). */
  readonly composition: Rational | null;
  readonly withinCells: Rational | null;
  readonly menOutsideSupport: Rational | null;
  readonly womenOutsideSupport: Rational | null;
  /** Per cell: its mean per sex and its contribution to each part (null: none). */
  readonly cells: readonly {
    readonly womenMean: Rational | null;
    readonly menMean: Rational | null;
    readonly composition: Rational | null;
    readonly withinCells: Rational | null;
    readonly menOutsideSupport: Rational | null;
    readonly womenOutsideSupport: Rational | null;
  }[];
}

/** The exact decomposition of one breakdown (EXP-1). @internal */
export function decomposeExact(persons: Persons, dims: readonly Dimension[], weighting: Weighting): ExactDecomposition {
  const s = cellSums(persons, dims);
  const C = s.keys.length;
  let W = 0;
  let M = 0;
  let Win = 0;
  let Min = 0;
  const SW: Rational[] = [];
  const SM: Rational[] = [];
  const SWin: Rational[] = [];
  const SMin: Rational[] = [];
  for (let c = 0; c < C; c++) {
    const w = s.count[2 * c]!;
    const m = s.count[2 * c + 1]!;
    W += w;
    M += m;
    SW.push(s.total[2 * c]!);
    SM.push(s.total[2 * c + 1]!);
    if (w > 0 && m > 0) {
      Win += w;
      Min += m;
      SWin.push(s.total[2 * c]!);
      SMin.push(s.total[2 * c + 1]!);
    }
  }
  const wMean = W > 0 ? scale(sum(SW), 1, W) : null;
  const mMean = M > 0 ? scale(sum(SM), 1, M) : null;
  const wInMean = Win > 0 ? scale(sum(SWin), 1, Win) : null;
  const mInMean = Min > 0 ? scale(sum(SMin), 1, Min) : null;
  const status: GapDecomposition['status'] =
    W === 0 && M === 0 ? 'no-persons' : M === 0 ? 'women-only' : W === 0 ? 'men-only' : Win === 0 ? 'no-common-support' : 'decomposed';
  const meanOf = (c: number, sex: 0 | 1): Rational | null => {
    const n = s.count[2 * c + sex]!;
    return n === 0 ? null : scale(s.total[2 * c + sex]!, 1, n);
  };
  const comp: Rational[] = [];
  const within: Rational[] = [];
  const menOut: Rational[] = [];
  const womenOut: Rational[] = [];
  const cells: ExactDecomposition['cells'][number][] = [];
  for (let c = 0; c < C; c++) {
    const w = s.count[2 * c]!;
    const m = s.count[2 * c + 1]!;
    const wm = meanOf(c, 0);
    const mm = meanOf(c, 1);
    let cComp: Rational | null = null;
    let cWithin: Rational | null = null;
    let cMenOut: Rational | null = null;
    let cWomenOut: Rational | null = null;
    if (status === 'decomposed' && w > 0 && m > 0) {
      // (m_c / M_in − w_c / W_in)
      const shareDiff = ratio(BigInt(m) * BigInt(Win) - BigInt(w) * BigInt(Min), BigInt(Min) * BigInt(Win));
      const gapInCell = sub(mm!, wm!);
      cComp = mul(shareDiff, weighting === 'women' ? mm! : wm!);
      cWithin = weighting === 'women' ? scale(gapInCell, w, Win) : scale(gapInCell, m, Min);
      comp.push(cComp);
      within.push(cWithin);
    } else if (status === 'decomposed') {
      if (m > 0) {
        cMenOut = scale(sub(mm!, mInMean!), m, M);
        menOut.push(cMenOut);
      }
      if (w > 0) {
        cWomenOut = scale(sub(wInMean!, wm!), w, W);
        womenOut.push(cWomenOut);
      }
    }
    cells.push({ womenMean: wm, menMean: mm, composition: cComp, withinCells: cWithin, menOutsideSupport: cMenOut, womenOutsideSupport: cWomenOut });
  }
  const both = mMean !== null && wMean !== null;
  const decomposed = status === 'decomposed';
  return {
    status,
    keys: s.keys,
    count: s.count,
    womenMean: wMean,
    menMean: mMean,
    womenInSupport: Win,
    menInSupport: Min,
    total: both ? sub(mMean, wMean) : null,
    composition: decomposed ? sum(comp) : both ? ZERO : null,
    withinCells: decomposed ? sum(within) : both ? ZERO : null,
    menOutsideSupport: decomposed ? sum(menOut) : null,
    womenOutsideSupport: decomposed ? sum(womenOut) : null,
    cells,
  };
}

/** The decomposition of one breakdown (EXP-1), rounded for output. @internal */
export function decompose(persons: Persons, dims: readonly Dimension[], name: string, weighting: Weighting, decimals: number): GapDecomposition {
  const x = decomposeExact(persons, dims, weighting);
  const mMean = x.menMean;
  const share = x.womenMean !== null && mMean !== null ? formatPercentOf(x.womenMean, mMean, decimals) : null;
  const nok = (r: Rational | null): string | null => (r === null ? null : formatOreAsNok(r));
  const p = (r: Rational | null): GapPart | null => (r === null ? null : part(r, mMean, decimals));
  const cells: DecompositionCell[] = x.cells.map((c, i) => ({
    key: x.keys[i]!,
    inSupport: x.count[2 * i]! > 0 && x.count[2 * i + 1]! > 0,
    women: { count: x.count[2 * i]!, mean: nok(c.womenMean) },
    men: { count: x.count[2 * i + 1]!, mean: nok(c.menMean) },
    composition: p(c.composition),
    withinCells: p(c.withinCells),
    menOutsideSupport: p(c.menOutsideSupport),
    womenOutsideSupport: p(c.womenOutsideSupport),
  }));
  const total: GapPart | null =
    x.total === null ? null : { nok: formatOreAsNok(x.total), percentOfMen: share === null ? null : gapPercentFromShare(share, decimals) };
  let presented: GapDecomposition['presentedPercents'] = null;
  if (x.status === 'decomposed' && total?.percentOfMen != null && mMean !== null) {
    const [a, b, c, d] = apportion(
      [x.composition!, x.withinCells!, x.menOutsideSupport!, x.womenOutsideSupport!].map((v) => div(scale(v, 100, 1), mMean)),
      total.percentOfMen,
      decimals,
    );
    presented = { composition: a!, withinCells: b!, menOutsideSupport: c!, womenOutsideSupport: d! };
  }
  let Wc = 0;
  let Mc = 0;
  for (let i = 0; i < x.keys.length; i++) {
    Wc += x.count[2 * i]!;
    Mc += x.count[2 * i + 1]!;
  }
  return {
    breakdown: name,
    weighting,
    status: x.status,
    women: { count: Wc, inSupport: x.womenInSupport, mean: nok(x.womenMean) },
    men: { count: Mc, inSupport: x.menInSupport, mean: nok(mMean) },
    womenShareOfMen: share,
    total,
    composition: p(x.composition),
    withinCells: p(x.withinCells),
    menOutsideSupport: p(x.menOutsideSupport),
    womenOutsideSupport: p(x.womenOutsideSupport),
    presentedPercents: presented,
    cells,
  };
}

/** The decompositions of every breakdown over read persons. @internal */
export function decompositionsOf(
  persons: Persons,
  breakdowns: readonly string[],
  weighting: 'women' | 'men',
  decimals: number,
): Readonly<Record<string, GapDecomposition>> {
  const out: Record<string, GapDecomposition> = {};
  for (const name of breakdowns) out[name] = decompose(persons, parseBreakdown(name)!, name, weighting, decimals);
  return out;
}

/**
 * The one arithmetic module of the library (dinero.js' "calculator" idea).
 *
 * Money values travel through the core as integer øre (`number`, always a safe integer) and,
 * where a division is needed, as exact decimals of this module's own `Decimal` clone, so the
 * global `decimal.js` configuration of a host application can never change our results.
 * No float ever touches a money value: amounts are parsed from their decimal text, never via
 * `parseFloat`. DEF-AVG, DEF-ROUND.
 *
 * @internal
 */
import { isOreInRange } from '../rules/definitions/ranges.js';
import DecimalBase from 'decimal.js';

/** Private Decimal constructor: 60 significant digits, half-up. @internal */
export const Dec = DecimalBase.clone({ precision: 60, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
/** An exact decimal of the library's private clone. @internal */
export type Dec = InstanceType<typeof Dec>;

const MONEY_TEXT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a NOK amount written with a dot decimal and at most two decimals ("55280.5", "-12",
 * "0.05") into integer øre, exactly. Returns `undefined` when the text is not such an amount.
 * @internal
 */
export function parseNokToOre(text: string): number | undefined {
  const m = MONEY_TEXT.exec(text.trim());
  if (m === null) return undefined;
  const kroner = m[2] ?? '0';
  const ore = ((m[3] ?? '') + '00').slice(0, 2);
  const value = Number(kroner) * 100 + Number(ore);
  if (!isOreInRange(value)) return undefined;
  return m[1] === '-' ? -value : value;
}

/**
 * Converts a NOK amount given as a JS number into integer øre. The number is read through its
 * shortest decimal representation (`String(n)`), so `55280.5` is 5 528 050 øre exactly; a number
 * with more than two decimals (e.g. `0.1 + 0.2`) is refused (`undefined`).
 * @internal
 */
export function numberNokToOre(n: number): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  const text = String(n);
  if (/e/i.test(text)) return Number.isInteger(n) && Number.isSafeInteger(n * 100) ? n * 100 : undefined;
  return parseNokToOre(text);
}

/** Formats an exact decimal amount of NOK as a string rounded half-up to whole øre ("55280.00"). @internal */
export function formatNok(value: Dec): string {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2);
}

/** Formats integer øre as a NOK decimal string ("55280.00"). @internal */
export function formatOre(ore: number | bigint): string {
  const big = typeof ore === 'bigint' ? ore : BigInt(ore);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const kroner = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${kroner.toString()}.${rest}`;
}

/**
 * Formats an exact ratio (a percentage already multiplied by 100) half-up to `decimals` places.
 * `null` in, `null` out: a share with a zero or missing denominator is never NaN. DEF-AVG.
 * @internal
 */
export function formatPercent(value: Dec | null, decimals = 1): string | null {
  if (value === null) return null;
  return value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP).toFixed(decimals);
}

/**
 * `numerator / denominator × 100` as an exact decimal, or `null` when the denominator is zero.
 * @internal
 */
export function percentOf(numerator: Dec | number | bigint, denominator: Dec | number | bigint): Dec | null {
  const d = new Dec(denominator.toString());
  if (d.isZero()) return null;
  return new Dec(numerator.toString()).times(100).dividedBy(d);
}

/**
 * Formats the exact ratio `numerator / denominator` (integers, any size) rounded half-up (away
 * from zero on a tie, as `Dec.ROUND_HALF_UP`) to `decimals` places, with pure integer arithmetic:
 * exact for every rational, however long its repeating decimal. `null` when the denominator is 0.
 * DEF-ROUND.
 * @internal
 */
export function formatRatio(numerator: bigint, denominator: bigint, decimals: number): string | null {
  if (denominator === 0n) return null;
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const scale = 10n ** BigInt(decimals);
  const rounded = (2n * abs * scale + d) / (2n * d);
  const whole = (rounded / scale).toString();
  const frac = decimals > 0 ? '.' + (rounded % scale).toString().padStart(decimals, '0') : '';
  return `${neg && rounded !== 0n ? '-' : ''}${whole}${frac}`;
}

/**
 * {@link formatRatio} of two integers given as numbers: the same text, without a BigInt while
 * `2·|numerator|·10^decimals + |denominator|` is a safe integer (then every step below is an exact
 * integer operation on doubles: a remainder is exact, and the difference it leaves divides
 * exactly); otherwise through {@link formatRatio}. For counts and other figures that are small
 * integers, of which a mapping formats thousands. DEF-ROUND.
 * @internal
 */
export function formatRatioOfIntegers(numerator: number, denominator: number, decimals: number): string | null {
  if (denominator === 0) return null;
  const scale = 10 ** decimals;
  const n = denominator < 0 ? -numerator : numerator;
  const d = denominator < 0 ? -denominator : denominator;
  const abs = n < 0 ? -n : n;
  const top = 2 * abs * scale + d;
  if (!(Number.isSafeInteger(top) && Number.isSafeInteger(2 * d) && decimals <= 15)) return formatRatio(BigInt(numerator), BigInt(denominator), decimals);
  const rounded = (top - (top % (2 * d))) / (2 * d); // ⌊(2·|n|·scale + d) / 2d⌋: half-up
  const fraction = rounded % scale;
  const whole = ((rounded - fraction) / scale).toString();
  const frac = decimals > 0 ? '.' + fraction.toString().padStart(decimals, '0') : '';
  return `${n < 0 && rounded !== 0 ? '-' : ''}${whole}${frac}`;
}

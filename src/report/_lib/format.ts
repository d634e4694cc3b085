/**
 * Presentation of report values per language. Values in a report are already rounded decimal
 * strings (DEF-ROUND); this only changes the decimal mark and groups digits, never rounds again.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { ReportLanguage as Language } from '../types.js';
import type { ValueKind } from '../types.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Formats a decimal string for a language: `"55280.00"` → `55 280,00` (nb) / `55,280.00` (en).
 * @internal
 */
export function formatNumber(value: string, lang: Language): string {
  const neg = value.startsWith('-');
  const abs = neg ? value.slice(1) : value;
  const [int = '0', frac] = abs.split('.');
  const sep = lang === 'en' ? ',' : NBSP;
  const mark = lang === 'en' ? '.' : ',';
  const body = group(int, sep) + (frac !== undefined ? mark + frac : '');
  return (neg ? MINUS : '') + body;
}

/**
 * A cell value as shown in a table (no unit; the header names it). `null` → `–`.
 * @internal
 */
export function formatCellValue(value: string | null, _kind: ValueKind, lang: Language): string {
  if (value === null) return '–';
  return formatNumber(value, lang);
}

/**
 * A change as shown: `+1,2` / `−3` / `0`. `null` → `–`.
 * @internal
 */
export function formatChange(value: string | null | undefined, lang: Language): string {
  if (value === null || value === undefined) return '–';
  const d = new Dec(value);
  if (d.isZero()) return formatNumber(value.replace('-', ''), lang);
  return (d.isPositive() ? '+' : '') + formatNumber(value, lang);
}

/**
 * A percentage in running text: `88,2 %` (nb) / `88.2%` (en).
 * @internal
 */
export function formatPercentText(value: string, lang: Language): string {
  return lang === 'en' ? `${formatNumber(value, lang)}%` : `${formatNumber(value, lang)}${NBSP}%`;
}

/**
 * Difference of two published decimal strings, exact, with the decimals of the more precise one.
 * @internal
 */
export function difference(current: string | null, previous: string | null | undefined): string | null {
  if (current === null || previous === null || previous === undefined) return null;
  const decimals = Math.max(decimalsOf(current), decimalsOf(previous));
  return new Dec(current).minus(new Dec(previous)).toFixed(decimals);
}

function decimalsOf(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Escapes text for HTML element content and attribute values.
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Escapes text for a Markdown table cell or paragraph (pipes, backslashes, leading markup, HTML).
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

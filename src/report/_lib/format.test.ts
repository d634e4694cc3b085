import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difference, escapeHtml, escapeMarkdown, formatChange, formatNumber, formatPercentText } from './format.js';

describe('report value formatting (presentation only, never rounds again — DEF-ROUND)', () => {
  it('groups digits and sets the decimal mark per language', () => {
    expect(formatNumber('55280.00', 'nb')).toBe('55\u00a0280,00');
    expect(formatNumber('55280.00', 'nn')).toBe('55\u00a0280,00');
    expect(formatNumber('55280.00', 'en')).toBe('55,280.00');
    expect(formatNumber('1234567', 'en')).toBe('1,234,567');
    expect(formatNumber('-12.5', 'nb')).toBe('\u221212,5');
    expect(formatNumber('999', 'nb')).toBe('999');
  });

  it('changes carry a sign; zero has none', () => {
    expect(formatChange('2', 'nb')).toBe('+2');
    expect(formatChange('-0.4', 'en')).toBe('\u22120.4');
    expect(formatChange('0.0', 'nb')).toBe('0,0');
    expect(formatChange(null, 'nb')).toBe('–');
    expect(formatChange(undefined, 'en')).toBe('–');
  });

  it('percent in running text', () => {
    expect(formatPercentText('88.2', 'nb')).toBe('88,2\u00a0%');
    expect(formatPercentText('88.2', 'en')).toBe('88.2%');
  });

  it('differences are exact decimal subtractions with the finer precision', () => {
    expect(difference('91.7', '90.1')).toBe('1.6');
    expect(difference('60', '58')).toBe('2');
    expect(difference('55280.00', '55280.5')).toBe('-0.50');
    expect(difference(null, '1')).toBeNull();
    expect(difference('1', null)).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), (a, b) => {
        const s = (n: number): string => (n / 10).toFixed(1);
        expect(difference(s(a), s(b))).toBe(((a - b) / 10).toFixed(1).replace(/^-0\.0$/, '0.0'));
      }),
    );
  });

  it('escapes HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeMarkdown('a|b\n*c*')).toBe('a\\|b \\*c\\*');
  });
});

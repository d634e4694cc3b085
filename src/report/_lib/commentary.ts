/**
 * The short factual commentary of part 1 (STM-3: an assessment against earlier years), generated
 * only from published figures — never a hidden value, never a personal reason (STM-8).
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import type { ReportLanguage as Language } from '../types.js';
import type { ColumnId, Commentary, ReportTable, TableId } from '../types.js';
import { REPORT_CATALOGUES, fill } from './catalogue.js';
import { formatChange, formatNumber, formatPercentText } from './format.js';

type ParamKind = 'percent' | 'number' | 'change' | 'text';
type Params = Record<string, { readonly value: string | number; readonly kind: ParamKind }>;

function cellValue(
  tables: ReadonlyMap<TableId, ReportTable>,
  table: TableId,
  rowId: string,
  column: ColumnId,
): { value: string | null; previous: string | null; change: string | null } {
  const cell = tables
    .get(table)
    ?.rows.find((r) => r.id === rowId)
    ?.cells.find((c) => c.column === column);
  return { value: cell?.value ?? null, previous: cell?.previous ?? null, change: cell?.change ?? null };
}

function render(code: string, params: Params, lang: Language): string {
  const values: Record<string, string> = {};
  for (const [k, p] of Object.entries(params)) {
    const v = String(p.value);
    values[k] =
      p.kind === 'percent' ? formatPercentText(v, lang) : p.kind === 'number' ? formatNumber(v, lang) : p.kind === 'change' ? formatChange(v, lang) : v;
  }
  return fill(REPORT_CATALOGUES[lang].commentaryTexts[code] ?? code, values);
}

function item(code: string, params: Params): Commentary {
  const raw: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(params)) raw[k] = p.value;
  return { code, params: raw, text: { nb: render(code, params, 'nb'), en: render(code, params, 'en'), nn: render(code, params, 'nn') } };
}

/** Generates the commentary. @internal */
export function generateCommentary(
  tables: ReadonlyMap<TableId, ReportTable>,
  referenceDate: string | null,
  reusedFrom: number | null,
  hiddenCount: number,
): Commentary[] {
  const out: Commentary[] = [];

  const w = cellValue(tables, 'sex-balance', 'women', 'count');
  const m = cellValue(tables, 'sex-balance', 'men', 'count');
  const wp = cellValue(tables, 'sex-balance', 'women', 'percentOfAll');
  if (w.value !== null && m.value !== null && wp.value !== null) {
    out.push(
      item('sex-balance', {
        women: { value: w.value, kind: 'number' },
        men: { value: m.value, kind: 'number' },
        referenceDate: { value: referenceDate ?? '', kind: 'text' },
        womenPercent: { value: wp.value, kind: 'percent' },
      }),
    );
    if (wp.previous !== null && wp.change !== null) {
      out.push(item('sex-balance-change', { previousPercent: { value: wp.previous, kind: 'percent' }, change: { value: wp.change, kind: 'change' } }));
    }
  }

  const share = cellValue(tables, 'pay', 'total', 'shareMean');
  if (share.value !== null) {
    out.push(item('pay-total', { share: { value: share.value, kind: 'percent' } }));
    if (share.previous !== null && share.change !== null) {
      out.push(item('pay-total-change', { previous: { value: share.previous, kind: 'percent' }, change: { value: share.change, kind: 'change' } }));
    }
  }

  const levels = (tables.get('pay')?.rows ?? [])
    .filter((r) => r.kind === 'level' && r.level !== null && r.level !== undefined)
    .flatMap((r) => {
      const v = r.cells.find((c) => c.column === 'shareMean')?.value ?? null;
      return v === null ? [] : [{ level: r.level ?? '', value: v }];
    });
  if (levels.length >= 2) {
    const sorted = [...levels].sort((a, b) => new Dec(a.value).comparedTo(new Dec(b.value)) || (a.level < b.level ? -1 : 1));
    const lowest = sorted[0];
    const highest = sorted[sorted.length - 1];
    if (lowest !== undefined && highest !== undefined) {
      out.push(
        item('pay-levels', {
          below: { value: levels.filter((l) => new Dec(l.value).lt(100)).length, kind: 'number' },
          levels: { value: levels.length, kind: 'number' },
          lowestLevel: { value: lowest.level, kind: 'text' },
          lowest: { value: lowest.value, kind: 'percent' },
          highestLevel: { value: highest.level, kind: 'text' },
          highest: { value: highest.value, kind: 'percent' },
        }),
      );
    }
  }

  // STAT-B3: where women are most and least represented (published shares only).
  const dist = (tables.get('sex-distribution')?.rows ?? [])
    .filter((r) => r.kind === 'level' && r.level !== null && r.level !== undefined)
    .flatMap((r) => {
      const v = r.cells.find((c) => c.column === 'womenPercent')?.value ?? null;
      return v === null ? [] : [{ level: r.level ?? '', value: v }];
    });
  if (dist.length >= 2) {
    const sorted = [...dist].sort((a, b) => new Dec(a.value).comparedTo(new Dec(b.value)) || (a.level < b.level ? -1 : 1));
    const lowest = sorted[0];
    const highest = sorted[sorted.length - 1];
    if (lowest !== undefined && highest !== undefined) {
      out.push(
        item('sex-distribution', {
          highestLevel: { value: highest.level, kind: 'text' },
          highest: { value: highest.value, kind: 'percent' },
          lowestLevel: { value: lowest.level, kind: 'text' },
          lowest: { value: lowest.value, kind: 'percent' },
        }),
      );
    }
  }

  for (const id of ['part-time', 'temporary'] as const) {
    const a = cellValue(tables, id, 'women', 'percentOfSex').value;
    const b = cellValue(tables, id, 'men', 'percentOfSex').value;
    if (a !== null && b !== null) out.push(item(id, { women: { value: a, kind: 'percent' }, men: { value: b, kind: 'percent' } }));
  }

  const lw = cellValue(tables, 'parental-leave', 'women', 'averageWeeks').value;
  const lm = cellValue(tables, 'parental-leave', 'men', 'averageWeeks').value;
  if (lw !== null && lm !== null) out.push(item('parental-leave', { women: { value: lw, kind: 'number' }, men: { value: lm, kind: 'number' } }));

  const iw = cellValue(tables, 'involuntary-part-time', 'women', 'count').value;
  const im = cellValue(tables, 'involuntary-part-time', 'men', 'count').value;
  const ic = cellValue(tables, 'involuntary-part-time', 'total', 'coverage').value;
  if (iw !== null && im !== null && ic !== null) {
    out.push(
      item('involuntary-part-time', { women: { value: iw, kind: 'number' }, men: { value: im, kind: 'number' }, coverage: { value: ic, kind: 'percent' } }),
    );
  }

  if (reusedFrom !== null) out.push(item('reused', { mappedYear: { value: reusedFrom, kind: 'text' } }));
  if (hiddenCount > 0) out.push(item('hidden', { count: { value: hiddenCount, kind: 'number' } }));
  return out;
}

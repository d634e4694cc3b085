/**
 * Part 1 of the statement (STM-3, ARP.md §5): the tables from the published figures, last year's
 * values side by side, reused biennial figures (STM-6), footnotes for hidden values (ANON-*).
 * @internal
 */
import { percentOf, formatPercent } from '../../_lib/money.js';
import type { ColumnId, PublishedFigures, Report, ReportCell, ReportRow, ReportTable, RowKind, StatementOptions, TableId, ValueKind } from '../types.js';
import { ANNUAL_TABLE_IDS, BIENNIAL_TABLE_IDS } from '../types.js';
import { difference } from './format.js';
import type { FootnoteRegistry } from './footnotes.js';

export { FootnoteRegistry } from './footnotes.js';

type Path = readonly (string | number)[];
type Num = number | null;
type Str = string | null;

const COLUMN_KIND: Readonly<Record<ColumnId, ValueKind>> = {
  count: 'count',
  percentOfAll: 'percent',
  percentOfSex: 'percent',
  persons: 'count',
  averageWeeks: 'weeks',
  shareMean: 'percent',
  shareMedian: 'percent',
  womenMean: 'nok',
  menMean: 'nok',
  women: 'count',
  men: 'count',
  womenPercent: 'percent',
  coverage: 'percent',
};

const TABLE_RULES: Readonly<Record<TableId, readonly string[]>> = {
  'sex-balance': ['STAT-A1'],
  temporary: ['STAT-A2'],
  'part-time': ['STAT-A3'],
  'parental-leave': ['STAT-A4'],
  pay: ['STAT-B1', 'STAT-B2'],
  'sex-distribution': ['STAT-B3'],
  'involuntary-part-time': ['STAT-B4'],
};

/** A value read from the published figures, with the paths it depends on. */
interface Source {
  readonly value: Str;
  /** The path to show as the cell's source (empty when computed). */
  readonly path: Path;
  /** The paths whose suppression would hide it. */
  readonly deps: readonly Path[];
}

function str(v: Num | Str | undefined): Str {
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? String(v) : v;
}

function src(value: Num | Str | undefined, path: Path): Source {
  return { value: str(value), path, deps: [path] };
}

/** A percentage computed from published counts (derivable by any reader, so no new disclosure). */
function pct(num: Num | undefined, den: Num | undefined, deps: readonly Path[], decimals: number): Source {
  if (num === null || num === undefined || den === null || den === undefined) return { value: null, path: [], deps };
  return { value: formatPercent(percentOf(num, den), decimals), path: [], deps };
}

function makeCell(column: ColumnId, s: Source, notes: FootnoteRegistry): ReportCell {
  const footnotes: number[] = [];
  let status: ReportCell['status'] = 'published';
  if (s.value === null) {
    const hits = s.deps.flatMap((d) => notes.find(d));
    if (hits.length > 0) {
      status = 'hidden';
      for (const h of hits) {
        const id = notes.addSuppression(h);
        if (!footnotes.includes(id)) footnotes.push(id);
      }
    } else {
      status = 'not-available';
    }
  }
  return { column, kind: COLUMN_KIND[column], value: s.value, status, footnotes, source: [...s.path] };
}

function row(id: string, kind: RowKind, cells: ReportCell[], level?: string | null): ReportRow {
  return level === undefined ? { id, kind, cells } : { id, kind, level, cells };
}

/** Row id of a level/group key. @internal */
export function levelRowId(key: string | null): string {
  return key === null ? 'level:' : `level:${key}`;
}

function table(id: TableId, year: number, columns: ColumnId[], rows: ReportRow[]): ReportTable {
  return {
    id,
    rules: [...TABLE_RULES[id]],
    frequency: (BIENNIAL_TABLE_IDS as readonly string[]).includes(id) ? 'biennial' : 'annual',
    mappedYear: year,
    reused: false,
    columns,
    rows,
  };
}

function otherOrUnknown(p: PublishedFigures['population']): Num {
  return p.other === null || p.unknown === null ? null : p.other + p.unknown;
}

/** Builds this year's tables from the published figures. @internal */
export function currentTables(pub: PublishedFigures, options: StatementOptions, notes: FootnoteRegistry, decimals: number): Map<TableId, ReportTable> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- published figures read from JSON may lack the year
  const year = pub.year ?? 0;
  const out = new Map<TableId, ReportTable>();
  const c = (col: ColumnId, s: Source): ReportCell => makeCell(col, s, notes);

  // STAT-A1 sex balance (DEF-SEX: other/unknown counted in the total, shown apart).
  {
    const p = pub.population;
    const tot: Path = ['population', 'total'];
    const o = otherOrUnknown(p);
    const oDeps: Path[] = [
      ['population', 'other'],
      ['population', 'unknown'],
    ];
    out.set(
      'sex-balance',
      table(
        'sex-balance',
        year,
        ['count', 'percentOfAll'],
        [
          row('women', 'women', [
            c('count', src(p.women, ['population', 'women'])),
            c('percentOfAll', pct(p.women, p.total, [['population', 'women'], tot], decimals)),
          ]),
          row('men', 'men', [c('count', src(p.men, ['population', 'men'])), c('percentOfAll', pct(p.men, p.total, [['population', 'men'], tot], decimals))]),
          row('otherOrUnknown', 'otherOrUnknown', [
            c('count', { value: str(o), path: [], deps: oDeps }),
            c('percentOfAll', pct(o, p.total, [...oDeps, tot], decimals)),
          ]),
          row('total', 'total', [c('count', src(p.total, tot)), c('percentOfAll', pct(p.total, p.total, [tot], decimals))]),
        ],
      ),
    );
  }

  // STAT-A2 temporary, STAT-A3 part-time (DEF-SHARE).
  for (const [id, key] of [
    ['temporary', 'temporary'],
    ['part-time', 'partTime'],
  ] as const) {
    const f = pub[key];
    out.set(
      id,
      table(
        id,
        year,
        ['count', 'percentOfAll', 'percentOfSex'],
        [
          row('women', 'women', [
            c('count', src(f.women.count, [key, 'women', 'count'])),
            c('percentOfAll', src(f.women.percentOfAll, [key, 'women', 'percentOfAll'])),
            c('percentOfSex', src(f.women.percentOfSex, [key, 'women', 'percentOfSex'])),
          ]),
          row('men', 'men', [
            c('count', src(f.men.count, [key, 'men', 'count'])),
            c('percentOfAll', src(f.men.percentOfAll, [key, 'men', 'percentOfAll'])),
            c('percentOfSex', src(f.men.percentOfSex, [key, 'men', 'percentOfSex'])),
          ]),
          row('total', 'total', [
            c('count', src(f.total.count, [key, 'total', 'count'])),
            c('percentOfAll', src(f.total.percentOfAll, [key, 'total', 'percentOfAll'])),
          ]),
        ],
      ),
    );
  }

  // STAT-A4 parental leave (DEF-PL).
  {
    const f = pub.parentalLeave;
    out.set(
      'parental-leave',
      table(
        'parental-leave',
        year,
        ['persons', 'averageWeeks'],
        [
          row('women', 'women', [
            c('persons', src(f.women.persons, ['parentalLeave', 'women', 'persons'])),
            c('averageWeeks', src(f.women.averageWeeks, ['parentalLeave', 'women', 'averageWeeks'])),
          ]),
          row('men', 'men', [
            c('persons', src(f.men.persons, ['parentalLeave', 'men', 'persons'])),
            c('averageWeeks', src(f.men.averageWeeks, ['parentalLeave', 'men', 'averageWeeks'])),
          ]),
        ],
      ),
    );
  }

  // STAT-B1/B2 women's share of men's pay, total and per level (DEF-PAY default concept, DEF-AVG).
  {
    const breakdownKey = options.breakdown === 'level' ? 'byLevel' : 'byGroup';
    const columns: ColumnId[] = options.includeNok ? ['shareMean', 'shareMedian', 'womenMean', 'menMean'] : ['shareMean', 'shareMedian'];
    const payCells = (cell: PublishedFigures['pay']['total'], base: Path): ReportCell[] => {
      const cells = [
        c('shareMean', src(cell.womenShareOfMen.mean, [...base, 'womenShareOfMen', 'mean'])),
        c('shareMedian', src(cell.womenShareOfMen.median, [...base, 'womenShareOfMen', 'median'])),
      ];
      if (options.includeNok) {
        cells.push(c('womenMean', src(cell.women.mean, [...base, 'women', 'mean'])), c('menMean', src(cell.men.mean, [...base, 'men', 'mean'])));
      }
      return cells;
    };
    const levels = ordered(pub.pay[breakdownKey], options.levelOrder);
    const rows = [row('total', 'total', payCells(pub.pay.total, ['pay', 'total']))];
    for (const { cell, i } of levels) rows.push(row(levelRowId(cell.key), 'level', payCells(cell, ['pay', breakdownKey, i]), cell.key));
    out.set('pay', table('pay', year, columns, rows));

    // STAT-B3 sex distribution per level: counts, and women among women + men (DEF-SEX).
    const distCells = (p: PublishedFigures['population'], base: Path): ReportCell[] => {
      const w: Path = [...base, 'women'];
      const m: Path = [...base, 'men'];
      const both = p.women === null || p.men === null ? null : p.women + p.men;
      return [c('women', src(p.women, w)), c('men', src(p.men, m)), c('womenPercent', pct(p.women, both, [w, m], decimals))];
    };
    const dist: ReportRow[] = levels.map(({ cell, i }) =>
      row(levelRowId(cell.key), 'level', distCells(cell.population, ['pay', breakdownKey, i, 'population']), cell.key),
    );
    dist.push(row('total', 'total', distCells(pub.pay.total.population, ['pay', 'total', 'population'])));
    out.set('sex-distribution', table('sex-distribution', year, ['women', 'men', 'womenPercent'], dist));
  }

  // STAT-B4 involuntary part-time with coverage (DEF-INV).
  {
    const f = pub.involuntaryPartTime;
    const k = 'involuntaryPartTime';
    out.set(
      'involuntary-part-time',
      table(
        'involuntary-part-time',
        year,
        ['count', 'percentOfAll', 'percentOfSex', 'coverage'],
        [
          row('women', 'women', [
            c('count', src(f.women.count, [k, 'women', 'count'])),
            c('percentOfAll', src(f.women.percentOfAll, [k, 'women', 'percentOfAll'])),
            c('percentOfSex', src(f.women.percentOfSex, [k, 'women', 'percentOfSex'])),
            c('coverage', src(f.women.coverage, [k, 'women', 'coverage'])),
          ]),
          row('men', 'men', [
            c('count', src(f.men.count, [k, 'men', 'count'])),
            c('percentOfAll', src(f.men.percentOfAll, [k, 'men', 'percentOfAll'])),
            c('percentOfSex', src(f.men.percentOfSex, [k, 'men', 'percentOfSex'])),
            c('coverage', src(f.men.coverage, [k, 'men', 'coverage'])),
          ]),
          row('total', 'total', [
            c('count', src(f.total.count, [k, 'total', 'count'])),
            c('percentOfAll', src(f.total.percentOfAll, [k, 'total', 'percentOfAll'])),
            c('coverage', src(f.total.coverage, [k, 'total', 'coverage'])),
          ]),
        ],
      ),
    );
  }
  return out;
}

/** Cells with their index in the mapping (for the source path), in the employer's level order. */
function ordered<T extends { readonly key: string | null }>(cells: readonly T[], order: readonly string[]): { cell: T; i: number }[] {
  const rank = (key: string | null): number => {
    const r = key === null ? -1 : order.indexOf(key);
    return r < 0 ? order.length : r;
  };
  return cells.map((cell, i) => ({ cell, i })).sort((a, b) => rank(a.cell.key) - rank(b.cell.key) || a.i - b.i);
}

/**
 * Whether the published figures carry this year's pay mapping (STM-6): a mean pay above zero for
 * the employer, or a pay figure hidden by the anonymisation (e.g. NOK left out by policy). A file
 * without pay amounts (all zero) has no pay mapping, whatever its headcounts. @internal
 */
export function hasBiennialFigures(pub: PublishedFigures): boolean {
  const t = pub.pay.total;
  const positive = (v: string | null): boolean => v !== null && /[1-9]/.test(v);
  return positive(t.women.mean) || positive(t.men.mean) || (pub.suppressed ?? []).some((s) => s.path[0] === 'pay');
}

/** Adds last year's values and the change to this year's table (matched by row id and column). @internal */
export function withPrevious(t: ReportTable, previous: Report | undefined): ReportTable {
  if (previous === undefined) return t;
  const prevTable = previous.part1?.tables.find((p) => p.id === t.id);
  return {
    ...t,
    rows: t.rows.map((r) => {
      const prevRow = prevTable?.rows.find((p) => p.id === r.id);
      return {
        ...r,
        cells: r.cells.map((cell) => {
          const prevCell = prevRow?.cells.find((p) => p.column === cell.column);
          const prev = prevCell?.value ?? null;
          return { ...cell, previous: prev, change: difference(cell.value, prev) };
        }),
      };
    }),
  };
}

/**
 * Reuses a biennial table from last year's statement (STM-6): the same values, its own
 * comparison column, its footnotes re-registered. @internal
 */
export function reusedTable(prevTable: ReportTable, previous: Report, notes: FootnoteRegistry): ReportTable {
  const prevNotes = new Map((previous.part1?.footnotes ?? []).map((f) => [f.id, f]));
  return {
    ...prevTable,
    reused: true,
    rows: prevTable.rows.map((r) => ({
      ...r,
      cells: r.cells.map((cell) => {
        const footnotes = cell.footnotes.flatMap((id) => {
          const f = prevNotes.get(id);
          if (f === undefined) return [];
          let nid = notes.addFootnote(f, []);
          for (const p of f.paths) nid = notes.addFootnote(f, p);
          return [nid];
        });
        const out: ReportCell = { ...cell, footnotes: [...new Set(footnotes)], previous: cell.previous ?? null, change: cell.change ?? null };
        return out;
      }),
    })),
  };
}

/** Every table id in statement order. @internal */
export const TABLE_ORDER: readonly TableId[] = [...ANNUAL_TABLE_IDS, ...BIENNIAL_TABLE_IDS];

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { buildStatement, type Report } from '../../src/report/index.js';
import { completeCycle, published2025, publicEmployer } from '../fixtures/report/published.js';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { includeNok: true } });

describe('renderWorkbook (likestilling/xlsx)', () => {
  it('writes one sheet per part-1 table, named in the statement’s language, whose cells equal the report values; hidden cells are empty with the reason in a comment', async () => {
    const bytes = await renderWorkbook(report, { lang: 'en' });
    expect(bytes[0]).toBe(0x50); // PK zip
    const wb = await load(bytes);
    const tables = report.part1?.tables ?? [];
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual([
      'Overview',
      'Sex balance',
      'Temporary employees',
      'Part-time',
      'Parental leave',
      'Pay share',
      'Sex distribution',
      'Involuntary part-time',
      'Notes',
    ]);
    let hidden = 0;
    tables.forEach((t, ti) => {
      const ws = wb.worksheets[1 + ti];
      expect(ws).toBeDefined();
      if (ws === undefined) return;
      // one header row (no previous year), data from row 3
      t.rows.forEach((r, ri) => {
        t.columns.forEach((c, ci) => {
          const cell = r.cells.find((x) => x.column === c);
          const xl = ws.getCell(3 + ri, 2 + ci);
          if (cell === undefined || cell.value === null) {
            expect(xl.value).toBeNull(); // never the text "–" in a number column
            if (cell?.status === 'hidden') {
              hidden++;
              expect(String(xl.note)).toContain(report.part1?.footnotes.find((f) => f.id === cell.footnotes[0])?.text.en ?? '?');
            }
          } else expect(xl.value).toBe(Number(cell.value));
        });
      });
    });
    expect(hidden).toBeGreaterThan(0);
    expect(wb.getWorksheet('Notes')).toBeDefined();
  });

  it('sheet names are in bokmål and nynorsk for those statements', async () => {
    expect((await load(await renderWorkbook(report, { lang: 'nb' }))).worksheets.map((w) => w.name)).toEqual([
      'Oversikt',
      'Kjønnsbalanse',
      'Midlertidig ansatte',
      'Deltid',
      'Foreldrepermisjon',
      'Lønn',
      'Kjønnsfordeling',
      'Ufrivillig deltid',
      'Noter',
    ]);
    expect((await load(await renderWorkbook(report, { lang: 'nn' }))).worksheets.map((w) => w.name)).toContain('Mellombels tilsette');
  });

  it('changes carry their sign (+/−) in the number format', async () => {
    const previous = JSON.parse(JSON.stringify(report)) as Report;
    const withPrevious = buildStatement({
      employer: publicEmployer,
      year: 2026,
      published: { ...published2025(), year: 2026, referenceDate: '2026-12-31' },
      cycle: { ...completeCycle, financialYear: 2026 },
      previous,
    });
    const wb = await load(await renderWorkbook(withPrevious, { lang: 'nb' }));
    const ws = wb.getWorksheet('Kjønnsbalanse');
    // header rows 2–3; women's count, last year and change in columns 2–4
    expect(ws?.getCell(4, 4).numFmt).toBe('+#,##0;-#,##0;0');
    expect(ws?.getCell(4, 7).numFmt).toBe('+0.0;-0.0;0.0');
  });

  it('the overview holds the duties, the notes of hidden values and part 2', async () => {
    const wb = await load(await renderWorkbook(report, { lang: 'nb' }));
    const ws = wb.getWorksheet('Oversikt');
    const text: string[] = [];
    ws?.eachRow((row) => row.eachCell((c) => void text.push(String(c.value))));
    const all = text.join('\n');
    expect(all).toContain('Pliktene dette året');
    expect(all).toContain('Redegjørelsesplikt: ja');
    expect(all).toContain('Noter');
    for (const f of report.part1?.footnotes ?? []) expect(all).toContain(f.text.nb);
    expect(all).toContain('Del 2 – Vårt arbeid for likestilling og mot diskriminering');
    expect(all).toContain('Hvordan arbeidet er nedfelt i styrende dokumenter');
  });
});

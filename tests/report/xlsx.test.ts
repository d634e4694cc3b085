import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { buildStatement } from '../../src/report/index.js';
import { completeCycle, published2025, publicEmployer } from '../fixtures/report/published.js';

describe('renderWorkbook (likestilling/xlsx)', () => {
  it('writes one sheet per part-1 table whose cells equal the report values', async () => {
    const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, options: { includeNok: true } });
    const bytes = await renderWorkbook(report, { lang: 'en' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes[0]).toBe(0x50); // PK zip
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const tables = report.part1?.tables ?? [];
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Overview');
    expect(names.slice(1, 1 + tables.length)).toEqual(tables.map((t) => `${t.rules.join('+')} ${t.id}`));
    for (const t of tables) {
      const ws = wb.getWorksheet(`${t.rules.join('+')} ${t.id}`);
      expect(ws).toBeDefined();
      if (ws === undefined) continue;
      // one header row (no previous year), data from row 3
      t.rows.forEach((r, ri) => {
        t.columns.forEach((c, ci) => {
          const cell = r.cells.find((x) => x.column === c);
          const xl = ws.getCell(3 + ri, 2 + ci);
          if (cell === undefined) expect(xl.value).toBeNull();
          else if (cell.value === null) {
            expect(xl.value).toBe('–');
            if (cell.footnotes.length > 0) expect(String(xl.note)).toContain(report.part1?.footnotes.find((f) => f.id === cell.footnotes[0])?.text.en ?? '?');
          } else expect(xl.value).toBe(Number(cell.value));
        });
      });
    }
    expect(wb.getWorksheet('Notes')).toBeDefined();
  });
});

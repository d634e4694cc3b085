import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { generatePayroll } from '../../examples/generate.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { ReportSchema, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { EXAMPLE_DATA, EXAMPLE_OUTPUT, exampleStatement } from './_example.js';

const GOLDEN = fileURLToPath(new URL('../fixtures/report/golden', import.meta.url));
const { report, csv, outputs } = await exampleStatement();

describe('the bundled example (fictional public agency, three levels, a few thousand employees)', () => {
  it('npm run example is `likestilling report --config examples/statement.json`: it reproduces examples/output byte for byte', async () => {
    expect(readFileSync(join(EXAMPLE_DATA, '..', 'run.mjs'), 'utf8')).toContain("runCli(['report', '--config', config");
    expect([...outputs.keys()]).toEqual([
      'statement.json',
      'statement.md',
      'statement.html',
      'statement.nn.md',
      'statement.nn.html',
      'statement.en.md',
      'statement.en.html',
      'statement.xlsx',
      'statement.auditor.html',
    ]);
    // After a deliberate change, regenerate with `npm run example` (or UPDATE_EXAMPLE=1 on this test) and review the diff.
    for (const [name, data] of outputs) {
      if (name.endsWith('.xlsx')) continue; // not committed (a binary); checked below
      if (process.env['UPDATE_EXAMPLE'] === '1') writeFileSync(join(EXAMPLE_OUTPUT, name), data);
      expect(readFileSync(join(EXAMPLE_OUTPUT, name), 'utf8'), name).toBe(data);
    }
    expect(outputs.get('statement.md')).toBe(renderMarkdown(report, { lang: 'nb' }));
    expect(outputs.get('statement.en.html')).toBe(renderHtml(report, { lang: 'en' }));
    expect(outputs.get('statement.auditor.html')).toBe(renderHtml(report, { lang: 'nb', showRules: true }));
    const xlsx = outputs.get('statement.xlsx') as Uint8Array;
    expect(Buffer.from(xlsx)).toEqual(Buffer.from(await renderWorkbook(report, { lang: 'nb' })));
  });

  it('each statement uses the employer’s texts in its own language', () => {
    expect(outputs.get('statement.html')).toContain('Direktoratet for eksempelforvaltning (fiktiv)');
    expect(outputs.get('statement.nn.html')).toContain('Direktoratet for eksempelforvalting (fiktivt)');
    expect(outputs.get('statement.en.html')).toContain('Directorate of Example Administration (fictional)');
    expect(outputs.get('statement.en.md')).toContain('The recruitment measures have been carried out');
    expect(outputs.get('statement.en.md')).toContain("Women's share of men's pay is high within each job level.");
    expect(outputs.get('statement.nn.md')).toContain('Tiltaka i rekrutteringa er gjennomførte');
    expect(outputs.get('statement.md')).not.toContain('The recruitment measures');
  });

  it('the committed CSV is what the seeded generator makes', () => {
    expect(generatePayroll(2025, 20250101, 3400)).toBe(csv);
    const units = new Set(
      csv
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(',')[7] ?? ''),
    );
    expect(Math.max(...[...units].map((u) => u.split('/').length))).toBe(3); // directorate → region → unit
  });

  it('golden JSON: the statement equals the committed file exactly', () => {
    // After a deliberate change (statistics, anonymisation, report), regenerate with
    // UPDATE_GOLDEN=1 npx vitest run tests/report/example.test.ts -u — and review the diff.
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(join(GOLDEN, 'statement-2025.json'), JSON.stringify(report, null, 2) + '\n');
    const golden = JSON.parse(readFileSync(join(GOLDEN, 'statement-2025.json'), 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(report))).toEqual(golden);
    expect(ReportSchema.parse(golden)).toEqual(report);
  });

  it('golden Markdown (snapshot), nb, en and nn', async () => {
    await expect(renderMarkdown(report, { lang: 'nb' })).toMatchFileSnapshot(join(GOLDEN, 'statement-2025.nb.md'));
    await expect(renderMarkdown(report, { lang: 'en' })).toMatchFileSnapshot(join(GOLDEN, 'statement-2025.en.md'));
    await expect(renderMarkdown(report, { lang: 'nn' })).toMatchFileSnapshot(join(GOLDEN, 'statement-2025.nn.md'));
  });

  it('is a complete statement with last year side by side, hidden values footnoted', () => {
    expect(report.completeness.issues).toEqual([]);
    expect(report.part1?.previousYear).toBe(2024);
    expect(report.part1?.tables.map((t) => t.rows.length)).toEqual([4, 3, 3, 2, 7, 7, 3]);
    const hidden = report.part1?.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.status === 'hidden'))) ?? [];
    for (const c of hidden) expect(c.footnotes.length).toBeGreaterThan(0);
    expect(report.part2?.find((e) => e.id === 'process')?.items.length).toBe(12);
  });

  it('no national id and no employee id appears anywhere in any output (json, md, html, xlsx; nb, nn and en)', async () => {
    const ids = csv
      .split('\n')
      .slice(1, -1)
      .map((l) => l.split(',')[0] ?? '');
    expect(ids).toHaveLength(3400);
    const bytes = await renderWorkbook(report, { lang: 'nb' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const xlsxText: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void xlsxText.push(String(cell.value), String(cell.note ?? '')))));
    const outputs = [
      JSON.stringify(report),
      renderMarkdown(report, { lang: 'nb' }),
      renderMarkdown(report, { lang: 'en' }),
      renderHtml(report, { lang: 'nb' }),
      renderHtml(report, { lang: 'en' }),
      renderHtml(report, { lang: 'nn' }),
      xlsxText.join('\n'),
      readFileSync(join(EXAMPLE_DATA, 'statement-2024.json'), 'utf8'),
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(/DFE-\d{5}/);
      expect(text).not.toMatch(/(?<!\d)\d{11}(?!\d)/); // an 11-digit number (fødselsnummer / D-number)
      const tokens = new Set(text.split(/[^A-Za-z0-9-]+/));
      expect(ids.filter((id) => tokens.has(id))).toEqual([]);
    }
  });
});

/** The statement's appendix of pay-transparency indicators (issue 18, item 6): the public part only, in every output. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { EmployeeSchema } from '../../src/models/employee.js';
import { buildStatement, renderHtml, renderMarkdown, ReportSchema } from '../../src/report/index.js';
import { computePayTransparency, publishPayTransparency } from '../../src/transparency/index.js';
import { completeCycle, published2025, publicEmployer } from '../fixtures/report/published.js';
import { fullTimePerson } from './_people.js';

const records = [
  ...Array.from({ length: 10 }, (_, i) => fullTimePerson(`W${i}`, 'female', i < 2 ? 'B' : 'A', 100 + i)),
  ...Array.from({ length: 10 }, (_, i) => fullTimePerson(`M${i}`, 'male', 'A', 105 + i)),
].map((r) => EmployeeSchema.parse(r));
const published = publishPayTransparency(computePayTransparency(records, { year: 2025 }));

describe('buildStatement({ transparency })', () => {
  const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, transparency: published });

  it('carries the public part only: no categories, no hidden value of the authority’s part', () => {
    expect(ReportSchema.parse(report).transparency).toBeDefined();
    expect(report.transparency).not.toHaveProperty('authorityAndRepresentatives');
    expect(published.hidden.some((h) => h.audience === 'authority-and-representatives')).toBe(true);
    expect(report.transparency?.hidden.every((h) => h.audience === 'public')).toBe(true);
    expect(report.transparency?.public).toEqual(published.public);
  });

  it('Markdown, HTML and the workbook show the section after part 2; without it, nothing changes', async () => {
    const md = renderMarkdown(report, { lang: 'en' });
    expect(md).toContain('## Pay transparency (EU Pay Transparency Directive, Art. 9)');
    expect(md.indexOf('## Pay transparency')).toBeGreaterThan(md.indexOf('## Part 2 –'));
    expect(md.indexOf('## Part 2 –')).toBeGreaterThan(0);
    expect(md).not.toContain('(g)');
    const html = renderHtml(report, { lang: 'nb' });
    expect(html).toContain('<section class="transparency">');
    expect(html).toMatch(/<svg [^>]*id="transparency-quartiles"[^>]*role="img"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderWorkbook(report, { lang: 'nn' })) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('Lønsopenheit');
    const without = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    expect(without).not.toHaveProperty('transparency');
    expect(renderMarkdown(without, { lang: 'en' })).not.toContain('Pay transparency');
  });

  it('takes the public part as well (a statement edited and built again)', () => {
    const again = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle, transparency: report.transparency });
    expect(again.transparency).toEqual(report.transparency);
  });
});

import { describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { stampZip } from './stampZip.js';

async function workbookAt(now: Date): Promise<Uint8Array> {
  vi.setSystemTime(now);
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  wb.addWorksheet('Oversikt').getCell(1, 1).value = 'likestilling';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('stampZip', () => {
  it('makes a workbook written at two times the same bytes (the zip stamps the clock)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const a = await workbookAt(new Date(Date.UTC(2026, 11, 6, 9, 0, 0)));
      const b = await workbookAt(new Date(Date.UTC(2026, 11, 6, 9, 0, 4)));
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
      const fixed = new Date(Date.UTC(2025, 0, 1));
      expect(Buffer.from(stampZip(a, fixed)).equals(Buffer.from(stampZip(b, fixed)))).toBe(true);
      // still a workbook
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(a.buffer.slice(a.byteOffset, a.byteOffset + a.byteLength) as ArrayBuffer);
      expect(wb.getWorksheet('Oversikt')?.getCell(1, 1).value).toBe('likestilling');
    } finally {
      vi.useRealTimers();
    }
  });

  it('returns what is not a zip archive as it is', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(stampZip(bytes, new Date())).toBe(bytes);
  });
});

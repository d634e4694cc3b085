// Compares CSV tokenizers on the canonical employee CSV shape (issue 3) — owned by the CSV importer.
// Run: node --expose-gc --import tsx bench/csv-parsers.mjs [rows=1000000]   (or: npx tsx bench/csv-parsers.mjs)
// Prints the time to tokenize the whole file into rows of strings with csv-parse (sync and
// streaming), papaparse and the library's own tokenizer (src/io/csv/_lib/tokenizer.ts), and
// the full import (tokenize + convert + validate) with parseEmployeesCsv / readEmployeesCsv.
import { parse as csvParseSync } from 'csv-parse/sync';
import { parse as csvParseStream } from 'csv-parse';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { createReadStream, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvTokenizer } from '../src/io/csv/_lib/tokenizer.ts';

const rows = Number(process.argv[2] ?? 1_000_000);

function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function syntheticCsv(n, seed = 42) {
  const r = lcg(seed);
  const header =
    'employeeId,gender,employmentKind,contract,positionPercent,startDate,endDate,unit,jobLevel,jobGroup,basePay,fixedAllowances,irregularAllowances,bonus,overtime,benefitsInKind,parentalLeaveWeeks,involuntaryPartTime';
  const parts = [header];
  for (let i = 0; i < n; i++) {
    const g = r() < 0.55 ? 'female' : r() < 0.98 ? 'male' : 'unknown';
    const pct = r() < 0.75 ? '100' : (50 + Math.floor(r() * 50)).toString();
    const base = (30000 + Math.floor(r() * 60000)).toString() + '.' + String(Math.floor(r() * 100)).padStart(2, '0');
    const unit = `Dir ${1 + Math.floor(r() * 3)}/Region ${1 + Math.floor(r() * 8)}/Unit ${1 + Math.floor(r() * 40)}`;
    const end = r() < 0.1 ? '2025-06-30' : '';
    parts.push(
      `E${i},${g},${r() < 0.02 ? 'freelance' : ''},${r() < 0.1 ? 'temporary' : 'permanent'},${pct},2015-03-01,${end},${unit},L${1 + Math.floor(r() * 8)},G${1 + Math.floor(r() * 20)},${base},1500.00,${r() < 0.3 ? '2300.50' : '0'},${r() < 0.2 ? '1000' : ''},0,0,${r() < 0.05 ? '12.5' : ''},${pct === '100' ? '' : r() < 0.2 ? 'true' : 'false'}`,
    );
  }
  return parts.join('\n') + '\n';
}

// wall time, and CPU time of the process (all threads: robust on a busy machine; DuckDB uses 2)
function report(label, t0, c0) {
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(7)} ms wall ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(7)} ms cpu`);
}
function time(label, fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = fn();
  report(label, t0, c0);
  return out;
}
async function timeAsync(label, fn) {
  globalThis.gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = await fn();
  report(label, t0, c0);
  return out;
}

const text = syntheticCsv(rows);
const bytes = new TextEncoder().encode(text);
console.log(`${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB, node ${process.version}`);

function chunksOf(b, size = 64 * 1024) {
  return Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
    })(),
    { objectMode: true },
  );
}

let count = 0;
time('own tokenizer (one string)', () => {
  count = 0;
  const t = new CsvTokenizer(',', () => count++);
  t.push(text);
  t.end();
  return count;
});
console.log('  rows:', count);
await timeAsync('own tokenizer (64 KiB byte chunks + decode)', async () => {
  count = 0;
  const t = new CsvTokenizer(',', () => count++);
  const dec = new TextDecoder('utf-8', { fatal: true });
  for await (const c of chunksOf(bytes)) t.push(dec.decode(c, { stream: true }));
  t.end();
});
time('papaparse (one string)', () => Papa.parse(text, { delimiter: ',' }).data.length);
time('csv-parse/sync (one string)', () => csvParseSync(text, { delimiter: ',' }).length);
await timeAsync('csv-parse stream (64 KiB byte chunks)', async () => {
  let c = 0;
  const p = chunksOf(bytes).pipe(csvParseStream({ delimiter: ',' }));
  for await (const row of p) c += row.length > 0 ? 1 : 0;
  return c;
});

try {
  const { parseEmployeesCsv, readEmployeesCsv } = await import('../src/io/csv/index.ts');
  const res = time('parseEmployeesCsv (bytes, full import)', () => parseEmployeesCsv(bytes));
  console.log(`  records ${res.records.length}, rejected ${res.rejected}, errors ${res.errors}, warnings ${res.warnings}`);
  await timeAsync('readEmployeesCsv (64 KiB chunks, full import)', () => readEmployeesCsv(chunksOf(bytes)));
  const path = join(tmpdir(), `likestilling-csv-bench-${process.pid}.csv`);
  writeFileSync(path, bytes);
  try {
    await timeAsync('readEmployeesCsv (file stream, full import)', () => readEmployeesCsv(createReadStream(path, { highWaterMark: 256 * 1024 })));
    try {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const db = await DuckDBInstance.create(':memory:', { threads: '2' });
      const con = await db.connect();
      await timeAsync('DuckDB read_csv → count, sums (reference)', async () =>
        (
          await con.runAndReadAll(
            `SELECT gender, count(*), sum(basePay), avg(positionPercent) FROM read_csv('${path}', header = true, all_varchar = false) GROUP BY gender`,
          )
        ).getRows(),
      );
    } catch (e) {
      console.log('DuckDB not available:', e.message);
    }
  } finally {
    rmSync(path, { force: true });
  }
  const mem = process.memoryUsage();
  console.log(`rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heapUsed ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
} catch (e) {
  console.log('importer not available:', e.message);
}

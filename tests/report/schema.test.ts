/**
 * `schemas/report.schema.json` (shipped in the package for callers in other languages) is zod 4's
 * `z.toJSONSchema(ReportSchema)`. This test fails when the shipped file is out of date; regenerate
 * it with `UPDATE_SCHEMAS=1 npx vitest run tests/report/schema.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ReportSchema, TABLE_IDS } from '../../src/report/index.js';

const FILE = new URL('../../schemas/report.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(ReportSchema) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return (
    JSON.stringify(
      {
        $schema,
        $id: 'https://github.com/likestilling/likestilling/schemas/report.schema.json',
        title: 'likestilling report',
        description:
          'The equality statement (likestillingsredegjørelse, LDL § 26 a) or the documentation record (COV-5) as built by buildStatement: part-1 tables with last year and the change, footnotes for hidden values, commentary, the five part-2 elements, completeness issues, and the options used. Values are decimal strings as published (counts, percentages with one decimal, NOK with two).',
        ...rest,
      },
      null,
      2,
    ) + '\n'
  );
}

describe('schemas/report.schema.json', () => {
  it('is up to date with ReportSchema', () => {
    const text = generate();
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(FILE, text);
    expect(existsSync(FILE), 'schemas/report.schema.json is missing: run UPDATE_SCHEMAS=1 npx vitest run tests/report/schema.test.ts').toBe(true);
    expect(readFileSync(FILE, 'utf8'), 'schemas/report.schema.json is out of date: run UPDATE_SCHEMAS=1 npx vitest run tests/report/schema.test.ts').toBe(text);
  });

  it('describes the report: required top-level fields, the table ids', () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8')) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(['schemaVersion', 'kind', 'year', 'employer', 'completeness', 'part1', 'part2', 'documentation', 'options']),
    );
    const text = JSON.stringify(schema);
    for (const id of TABLE_IDS) expect(text).toContain(`"${id}"`);
  });
});

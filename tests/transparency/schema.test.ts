/**
 * `schemas/transparency.schema.json` (shipped in the package for callers in other languages) is zod
 * 4's `z.toJSONSchema(PayTransparencySchema)`. This test fails when the shipped file is out of date;
 * regenerate it with `UPDATE_SCHEMAS=1 npx vitest run tests/transparency/schema.test.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PayTransparencySchema } from '../../src/transparency/index.js';

const FILE = new URL('../../schemas/transparency.schema.json', import.meta.url);

function generate(): string {
  const schema = z.toJSONSchema(PayTransparencySchema) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return (
    JSON.stringify(
      {
        $schema,
        $id: 'https://github.com/likestilling/likestilling/schemas/transparency.schema.json',
        title: 'likestilling pay transparency',
        description:
          'The pay-transparency indicators of Directive (EU) 2023/970 Art. 9(1) (a)–(g) and the joint pay assessment test of Art. 10 as computed by computePayTransparency (likestilling/transparency): population and exclusions, hourly and annual pay, complementary or variable pay and its recipients, quartile pay bands, categories of workers, which parts are public, and every definition used. Money is NOK as a decimal string with two decimals, gaps and shares decimal strings with one decimal.',
        ...rest,
      },
      null,
      2,
    ) + '\n'
  );
}

describe('schemas/transparency.schema.json', () => {
  it('is up to date with PayTransparencySchema', () => {
    const text = generate();
    if (process.env['UPDATE_SCHEMAS'] === '1') writeFileSync(FILE, text);
    expect(existsSync(FILE), 'schemas/transparency.schema.json is missing: run UPDATE_SCHEMAS=1 npx vitest run tests/transparency/schema.test.ts').toBe(true);
    expect(
      readFileSync(FILE, 'utf8'),
      'schemas/transparency.schema.json is out of date: run UPDATE_SCHEMAS=1 npx vitest run tests/transparency/schema.test.ts',
    ).toBe(text);
  });

  it("names the issue's JSON paths", () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8')) as {
      required: string[];
      properties: Record<string, { properties?: Record<string, unknown>; items?: unknown }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining(['population', 'excluded', 'hourly', 'annual', 'variable', 'quartiles', 'categories', 'options', 'disclosure']),
    );
    for (const part of ['hourly', 'annual', 'variable'] as const)
      expect(Object.keys(schema.properties[part]?.properties ?? {})).toEqual(expect.arrayContaining(['mean', 'median', 'persons']));
    expect(Object.keys(schema.properties['variable']?.properties ?? {})).toContain('recipients');
    const text = JSON.stringify(schema);
    for (const name of ['gapPercent', 'percentOfSex', 'womenPercent', 'menPercent', 'jointAssessment', 'triggered', 'basic'])
      expect(text).toContain(`"${name}"`);
  });
});

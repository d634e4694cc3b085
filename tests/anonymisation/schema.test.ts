import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { publishedJsonSchema } from './_schema.js';

describe('schemas/published.schema.json', () => {
  it('is the JSON Schema of AuditInputSchema (regenerate: npx tsx -e "…publishedJsonSchema()" when the shape changes)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../schemas/published.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(shipped).toEqual(publishedJsonSchema());
  });

  it('documents the required parts and the hidden values as nullable', () => {
    const s = publishedJsonSchema() as { required?: string[]; $defs: Record<string, unknown> };
    expect(s.required).toEqual(['population', 'pay']);
    expect(Object.keys(s.$defs)).toEqual(expect.arrayContaining(['PayCell', 'PaySexFigure', 'AttributeFigure', 'SexCounts']));
    expect(JSON.stringify(s.$defs['PaySexFigure'])).toContain('null');
  });
});

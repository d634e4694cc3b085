/** The JSON Schema shipped as schemas/published.schema.json, generated from AuditInputSchema. */
import { z } from 'zod';
import { AuditInputSchema, SuppressionSchema } from '../../src/anonymisation/types.js';

type Json = { [k: string]: unknown };

/** A readable name for a reused sub-schema, from its properties. */
function nameOf(def: Json, fallback: string): string {
  const props = def['properties'] as Json | undefined;
  if (props === undefined) {
    if (def['type'] === 'string' && typeof def['pattern'] === 'string') return 'DecimalString';
    if (def['type'] === 'integer' && def['minimum'] === 0) return 'Count';
    const any = def['anyOf'] as Json[] | undefined;
    if (any !== undefined && any.length === 2 && any[1]?.['type'] === 'null') {
      const ref = String(any[0]?.['$ref'] ?? '');
      return ref === '' ? fallback : 'Nullable' + ref.replace('#/$defs/', '');
    }
    if (def['type'] === 'array') return 'JsonPath';
    return fallback;
  }
  const keys = Object.keys(props).sort().join(',');
  const table: Record<string, string> = {
    'men,other,total,unknown,women': 'SexCounts',
    'count,percentOfAll,percentOfSex': 'AttributeSexFigure',
    'answered,count,coverage,partTimers,percentOfAll,percentOfSex': 'InvoluntaryPartTimeSexFigure',
    'men,otherOrUnknown,total,women,womenShareOfCategory': (JSON.stringify(props['total']) ?? '').includes('partTimers')
      ? 'InvoluntaryPartTimeFigure'
      : 'AttributeFigure',
    'averageWeeks,persons': 'ParentalLeaveSexFigure',
    'men,women': 'ParentalLeaveFigure',
    'count,mean,median': 'PaySexFigure',
    'men,population,women,womenShareOfMen': 'PayCell',
    'key,men,population,women,womenShareOfMen': 'KeyedPayCell',
    'byGroup,byLevel,measure,total': 'PaySection',
    'en,nb,nn': 'Reason',
    'path,protects,reason,rule,threshold': 'Suppression',
    'count,percentOfAll': 'AttributeTotal',
    count: 'OtherOrUnknownCount',
    'mean,median': 'WomenShareOfMen',
  };
  return table[keys] ?? fallback;
}

export function publishedJsonSchema(): Json {
  // the audit reads any entry with a path and a rule; the schema documents the entries publish writes
  const published = AuditInputSchema.extend({ suppressed: z.array(SuppressionSchema).optional() });
  const schema = z.toJSONSchema(published, { io: 'input', target: 'draft-2020-12', reused: 'ref' }) as Json;
  const defs = (schema['$defs'] ?? {}) as Json;
  const rename = new Map<string, string>();
  const used = new Set<string>();
  const entries = Object.entries(defs) as [string, Json][];
  const isNullable = (v: Json): boolean => nameOf(v, '').startsWith('Nullable');
  for (const pass of [false, true]) {
    for (const [k, v] of entries) {
      if (isNullable(v) !== pass) continue;
      let base = nameOf(v, k.replace(/^__schema/, 'Def'));
      const m = /^Nullable(__schema\d+)$/.exec(base);
      if (m?.[1] !== undefined) base = `Nullable${rename.get(m[1]) ?? m[1]}`;
      let name = base;
      for (let i = 2; used.has(name); i++) name = `${base}${i}`;
      used.add(name);
      rename.set(k, name);
    }
  }
  let text = JSON.stringify({
    $schema: schema['$schema'],
    $id: 'https://github.com/likestilling/likestilling/schemas/published.schema.json',
    title: 'likestilling published table',
    description:
      'A published part-1 table (ARP.md §5, anonymised per §6): the shape of the internal mapping with hidden values null, plus suppressed, merges and policy. Only population and pay are required, so that tables made by other tools can be audited (likestilling audit). Money values are NOK decimal strings with two decimals, percentages decimal strings (one decimal by default).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  });
  for (const [from, to] of rename) text = text.split(`"#/$defs/${from}"`).join(`"#/$defs/${to}"`).split(`"${from}":`).join(`"${to}":`);
  return JSON.parse(text) as Json;
}

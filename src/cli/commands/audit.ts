import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../../_lib/messages.js';
import { auditPublication } from '../../anonymisation/auditPublication.js';
import { PublicationPolicySchema, type PublicationPolicyInput } from '../../anonymisation/policy.js';
import type { AuditReport } from '../../anonymisation/types.js';
import { CliUsageError, formatOption, oneOfOption, type Command } from '../io.js';
import { pathText } from '../../io/_lib/invalidInput.js';
import { readJsonFile, unitTreeIssues } from '../_lib/json.js';

const HELP = `Usage: likestilling audit PUBLISHED.json [options]

Checks a published table for disclosure (ARP.md §6, ANON-2, ANON-3, ANON-7): every published
figure below a threshold, and every hidden value a reader can narrow — with a linear and integer
programming solver over every relation the table implies — to a single value, to within the
tolerance, or (a small group's count) enough to tell "all" from "none"; each finding with the chain
of relations that pins it.
Accepts the JSON of \`likestilling report --publish --format json\` and tables of other tools in
the same shape (schemas/published.schema.json).

Options:
  --format json|text       output (default json)
  --lang en|nb             language of --format text (default en)
  --policy FILE            publication policy as JSON (default: the table's own policy, else ANON-2's defaults)
  --pay-min N              persons needed behind a pay figure of a sex (default 5)
  --attribute-min N        attribute counts 0 or at least N, and so the rest (default 3)
  --parental-leave-min N   persons needed behind an average of parental-leave weeks (default 5)
  --tolerance PERCENT      a hidden value narrowed to within this percent is recovered (default 1)
  -h, --help               this help

Exit codes: 0 clean, 1 findings, 2 unreadable input or bad arguments.
`;

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliUsageError(`--${name} must be a whole number ≥ 1 (got "${value}")`);
  return Number(value);
}

function text(report: AuditReport, lang: Language): string {
  const lines: string[] = [];
  if (!report.readable) {
    lines.push(lang === 'nb' ? 'Tabellen kan ikke leses:' : 'The table cannot be read:');
    for (const i of report.issues.slice(0, 50)) lines.push(`  ${i.path.join('.') || '(root)'}: ${i.message}`);
    return lines.join('\n') + '\n';
  }
  const p = report.policy;
  lines.push(
    lang === 'nb'
      ? `Revisjon av publisert tabell (lønn ≥ ${p.payMinPersons}, kjennetegn 0 eller ≥ ${p.attributeMinCount}/${p.attributeMinRest}, foreldrepermisjon ≥ ${p.parentalLeaveMinPersons}, toleranse ${p.recoveryTolerancePercent} %)`
      : `Audit of a published table (pay ≥ ${p.payMinPersons}, attributes 0 or ≥ ${p.attributeMinCount}/${p.attributeMinRest}, parental leave ≥ ${p.parentalLeaveMinPersons}, tolerance ${p.recoveryTolerancePercent} %)`,
  );
  if (report.clean) lines.push(lang === 'nb' ? 'Ingen funn.' : 'No findings.');
  else {
    lines.push(lang === 'nb' ? `${report.findings.length} funn:` : `${report.findings.length} findings:`);
    for (const f of report.findings) lines.push(`  [${f.kind}] ${f.message[lang]}`);
  }
  lines.push(lang === 'nb' ? `${report.examined} skjulte tall og små grupper undersøkt.` : `${report.examined} hidden values and small groups examined.`);
  return lines.join('\n') + '\n';
}

/**
 * `likestilling audit PUBLISHED.json`: runs `auditPublication` on a published table and prints
 * the audit report as JSON (default) or text. Exit code 0 when clean, 1 when there are findings,
 * 2 when the file cannot be read or is not a published table, or the arguments are bad.
 *
 * @param args - the arguments after `audit`
 * @param io - the CLI I/O
 * @returns the exit code
 * @example
 * ```sh
 * likestilling report employees.csv --year 2025 --publish --format json > published.json
 * likestilling audit published.json --format text
 * ```
 */
export const auditCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      policy: { type: 'string' },
      'pay-min': { type: 'string' },
      'attribute-min': { type: 'string' },
      'parental-leave-min': { type: 'string' },
      tolerance: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return 0;
  }
  const format = formatOption(values.format, ['json', 'text'] as const);
  const lang = oneOfOption('lang', values.lang, LANGUAGES) ?? 'en';
  if (positionals.length !== 1 || positionals[0] === undefined) throw new CliUsageError('expected exactly one published table (a JSON file)');
  const file = positionals[0];

  let policy: PublicationPolicyInput | undefined;
  if (values.policy !== undefined) {
    const parsed = PublicationPolicySchema.safeParse(await readJsonFile(io, values.policy, '--policy'));
    if (!parsed.success) throw new CliUsageError(`--policy: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    policy = parsed.data;
  }
  const overrides: PublicationPolicyInput = {};
  const payMin = wholeNumber('pay-min', values['pay-min']);
  const attrMin = wholeNumber('attribute-min', values['attribute-min']);
  const plMin = wholeNumber('parental-leave-min', values['parental-leave-min']);
  if (values.tolerance !== undefined && !/^\d+(\.\d+)?$/.test(values.tolerance)) throw new CliUsageError(`--tolerance must be a number ≥ 0 (got "${values.tolerance}")`);
  if (payMin !== undefined) overrides.payMinPersons = payMin;
  if (attrMin !== undefined) {
    overrides.attributeMinCount = attrMin;
    overrides.attributeMinRest = attrMin;
  }
  if (plMin !== undefined) overrides.parentalLeaveMinPersons = plMin;
  if (values.tolerance !== undefined) overrides.recoveryTolerancePercent = Number(values.tolerance);

  const input = { value: await readJsonFile(io, file, 'table') };
  const deep = unitTreeIssues(input.value);
  if (deep.length > 0) throw new CliUsageError(`table: ${file} is not valid:\n${deep.map((i) => `  ${file}: ${pathText(i.path, '(root)')}: expected ${i.expected}`).join('\n')}`);
  const tablePolicy = tableOwnPolicy(input.value);
  const hasOverrides = Object.keys(overrides).length > 0;
  const effective = policy !== undefined || hasOverrides ? { ...(policy ?? tablePolicy ?? {}), ...overrides } : undefined;
  const parsedPolicy = effective === undefined ? undefined : PublicationPolicySchema.safeParse(effective);
  if (parsedPolicy !== undefined && !parsedPolicy.success) throw new CliUsageError(`policy: ${parsedPolicy.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const report = await auditPublication(input.value, parsedPolicy?.data);
  io.stdout(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : text(report, lang));
  if (!report.readable) return 2;
  return report.clean ? 0 : 1;
};


function tableOwnPolicy(value: unknown): PublicationPolicyInput | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const p = (value as { readonly policy?: unknown }).policy;
  const parsed = PublicationPolicySchema.safeParse(p);
  return parsed.success ? parsed.data : undefined;
}

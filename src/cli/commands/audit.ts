import { auditPublication } from '../../anonymisation/auditPublication.js';
import { PublicationPolicySchema, type PublicationPolicyInput } from '../../anonymisation/policy.js';
import { AuditInputSchema, type AuditReport } from '../../anonymisation/types.js';
import { inputIssuesOf } from '../../_lib/input.js';
import { formatDiagnostic } from '../../_lib/messages.js';
import { catalogue, type Language } from '../../locales/index.js';
import { rulesForYear, rulesInForce } from '../../rules/versions/index.js';
import { parseArguments } from '../_lib/args.js';
import { COMMON_OPTIONS, type CommandRun } from '../_lib/command.js';
import { checkJson, problems, readJsonFile, readJsonInput, unitTreeIssues } from '../_lib/json.js';
import { checkedLanguage } from '../_lib/language.js';
import { FORMATS_JSON_TEXT } from '../_lib/words.js';
import { choiceOption, CliUsageError, intOption, numberOption } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  policy: { type: 'string' },
  'pay-min': { type: 'string' },
  'attribute-min': { type: 'string' },
  'parental-leave-min': { type: 'string' },
  tolerance: { type: 'string' },
} as const;

/** The audit report as text: the policy, every finding in `lang` with the chain of relations that pins it, what was examined. */
function text(report: AuditReport, table: unknown, lang: Language): string {
  const t = catalogue(lang).cli.audit;
  const lines: string[] = [];
  if (!report.readable) {
    lines.push(t.unreadable);
    // the table's problems in the reader's language (the report's own are the schema's English)
    const parsed = AuditInputSchema.safeParse(table, { reportInput: true });
    const issues = parsed.success ? [] : inputIssuesOf(parsed.error);
    for (const i of issues.slice(0, 50)) lines.push(`  ${formatDiagnostic(i, lang)}`);
    if (issues.length === 0) lines.push(`  ${report.findings[0]?.message[lang] ?? ''}`);
    return lines.join('\n') + '\n';
  }
  const p = report.policy;
  lines.push(
    t.heading({
      pay: p.payMinPersons,
      attribute: p.attributeMinCount,
      rest: p.attributeMinRest,
      leave: p.parentalLeaveMinPersons,
      tolerance: p.recoveryTolerancePercent,
    }),
  );
  if (report.clean) lines.push(t.clean);
  else {
    lines.push(t.findings(report.findings.length));
    for (const f of report.findings) {
      lines.push(`  [${(t.kinds as Readonly<Record<string, string>>)[f.kind] ?? f.kind}] ${f.message[lang]}`);
      const via = (f as { readonly via?: readonly { readonly relation?: Readonly<Record<Language, string>> }[] }).via ?? [];
      for (const v of via) if (v.relation !== undefined) lines.push(`      ${t.via} ${v.relation[lang]}`);
    }
  }
  lines.push(t.examined(report.examined));
  return lines.join('\n') + '\n';
}

/** The rules version a table names, else the one in force for its year, else the latest. */
function rulesVersionOf(table: unknown): string {
  const t = (typeof table === 'object' && table !== null ? table : {}) as { readonly rulesVersion?: unknown; readonly year?: unknown };
  if (typeof t.rulesVersion === 'string') return t.rulesVersion;
  return (typeof t.year === 'number' && Number.isInteger(t.year) ? rulesForYear(t.year) : rulesInForce('9999-12-31')).id;
}

function tableOwnPolicy(value: unknown): PublicationPolicyInput | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const p = (value as { readonly policy?: unknown }).policy;
  const parsed = PublicationPolicySchema.safeParse(p);
  return parsed.success ? parsed.data : undefined;
}

/**
 * `likestilling audit PUBLISHED.json`: runs `auditPublication` on a published table and prints
 * the audit report as JSON (default) or text. Exit code 0 when clean, 1 when there are findings,
 * 2 when the file cannot be read or is not a published table, or the arguments are bad.
 *
 * @param args - the arguments after `audit`
 * @param io - the CLI I/O
 * @param lang - the language of messages and of the text
 * @returns the exit code
 * @example
 * ```sh
 * likestilling report employees.csv --year 2025 --publish --format json > published.json
 * likestilling audit published.json --format tekst --lang nb
 * ```
 */
export const auditCommand: CommandRun = async (args, io, lang) => {
  const { values, positionals } = parseArguments(args, OPTIONS, true);
  if (values.help === true) {
    io.stdout(catalogue(lang).cli.help.audit);
    return 0;
  }
  const textLang = checkedLanguage(values.lang) ?? lang;
  const format = choiceOption('format', values.format, FORMATS_JSON_TEXT) ?? 'json';
  if (positionals.length !== 1 || positionals[0] === undefined) throw new CliUsageError('oneTable');
  const file = positionals[0];

  const policy = values.policy !== undefined ? await readJsonInput(io, values.policy, '--policy', PublicationPolicySchema, lang) : undefined;
  const overrides: PublicationPolicyInput = {};
  const payMin = intOption('pay-min', values['pay-min'], 1);
  const attrMin = intOption('attribute-min', values['attribute-min'], 1);
  const plMin = intOption('parental-leave-min', values['parental-leave-min'], 1);
  const tolerance = numberOption('tolerance', values.tolerance, 0);
  if (payMin !== undefined) overrides.payMinPersons = payMin;
  if (attrMin !== undefined) {
    overrides.attributeMinCount = attrMin;
    overrides.attributeMinRest = attrMin;
  }
  if (plMin !== undefined) overrides.parentalLeaveMinPersons = plMin;
  if (tolerance !== undefined) overrides.recoveryTolerancePercent = tolerance;

  const table = await readJsonFile(io, file, file, lang);
  problems(unitTreeIssues(table), file, file, lang);
  const hasOverrides = Object.keys(overrides).length > 0;
  const effective =
    policy !== undefined || hasOverrides
      ? checkJson(PublicationPolicySchema, { ...(policy ?? tableOwnPolicy(table) ?? {}), ...overrides }, '--policy', values.policy ?? file, lang)
      : undefined;
  const report = await auditPublication(table, effective);
  io.stdout(format === 'json' ? JSON.stringify({ ...report, rulesVersion: rulesVersionOf(table) }, null, 2) + '\n' : text(report, table, textLang));
  if (!report.readable) return 2;
  return report.clean ? 0 : 1;
};

/**
 * A statement project (issue 16, item 5): one config file naming the employer, the cycle, the
 * assessment, the statement options, last year's statement, the publication policy, the data
 * files with their mapping, and the outputs — so `likestilling report --config statement.json`
 * makes the whole statement, and `npm run example` is that command. Paths are relative to the
 * config file's folder; each of the JSON inputs may also be written inline. Comments are allowed
 * (the templates of `likestilling init` carry them). @internal
 */
import { dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { PublicationPolicySchema, type PublicationPolicyInput } from '../../anonymisation/policy.js';
import { LANGUAGES, type Language } from '../../locales/index.js';
import { EqualityCycleSchema, type EqualityCycle } from '../../models/cycle.js';
import { EmployerSchema, type Employer } from '../../models/employer.js';
import { AssessmentSchema, type Assessment } from '../../report/buildStatement.js';
import { ReportSchema, StatementOptionsSchema, type Report, type StatementOptions } from '../../report/types.js';
import { RuleYearSchema } from '../../rules/internal.js';
import type { AnalysisOptions } from '../../analysis/AnalysisOptionsSchema.js';
import type { CliIO } from '../io.js';
import { AnalysisConfigSchema, analysisOptionsOf } from './analysisOptions.js';
import type { DataArgs } from './inputs.js';
import { checkJson, readJsonFile } from './json.js';
import type { REPORT_FORMATS } from './words.js';

/** A JSON input: a path (relative to the config file), or the value inline. */
const FileOr = z.union([z.string().min(1), z.record(z.string(), z.unknown()), z.array(z.unknown())]);

/** The formats of an output, and the file extensions that say them. */
const OUTPUT_FORMATS = ['json', 'html', 'md', 'xlsx'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const BY_EXTENSION: Readonly<Record<string, OutputFormat>> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.md': 'md', '.xlsx': 'xlsx' };

/**
 * The config file of a statement project (`likestilling report --config statement.json`).
 *
 * @example
 * ```json
 * {
 *   "year": 2025,
 *   "employer": "employer.json",
 *   "cycle": "cycle-2025.json",
 *   "assessment": "assessment-2025.json",
 *   "options": { "levelOrder": ["Leder", "Rådgiver"] },
 *   "previous": "statement-2024.json",
 *   "data": { "files": ["employees-2025.csv"] },
 *   "outputs": [{ "file": "output/statement.html", "lang": "nb" }, { "file": "output/statement.en.html", "lang": "en" }]
 * }
 * ```
 */
export const StatementConfigSchema = z.strictObject({
  /** A reference to the JSON Schema, for editors (not read). */
  $schema: z.string().optional(),
  year: RuleYearSchema,
  employer: FileOr,
  cycle: FileOr,
  assessment: FileOr.optional(),
  options: FileOr.optional(),
  previous: z.string().min(1).optional(),
  policy: FileOr.optional(),
  /**
   * The gap analysis of part 1 (EXP-1…EXP-3, `likestilling/analysis`): its options but
   * `statistics` (the statement's), in a file or inline, or `true` for the defaults. The statement
   * then explains the pay gap from its published form.
   */
  analysis: z.union([z.literal(true), FileOr]).optional(),
  /**
   * `true`: the statement carries the pay-transparency appendix (TRN-1…TRN-7,
   * `likestilling/transparency`): the indicators of the statement's year with their defaults,
   * published under the statement's policy; only the public part (a)–(f) goes into it.
   */
  transparency: z.literal(true).optional(),
  data: z.strictObject({
    files: z.array(z.string().min(1)).min(1),
    mapping: z.string().min(1).optional(),
    profile: z.string().min(1).optional(),
    payCodes: z.string().min(1).optional(),
    hr: z.string().min(1).optional(),
  }),
  outputs: z
    .array(
      z.strictObject({
        file: z.string().min(1),
        /** Default: from the file's extension (`.json`, `.html`, `.md`, `.xlsx`). */
        format: z.enum(OUTPUT_FORMATS).optional(),
        /** Default: bokmål. */
        lang: z.enum(LANGUAGES).optional(),
        /** The auditor's appendix of rule IDs (default false). */
        showRules: z.boolean().optional(),
      }),
    )
    .min(1),
});

/** A statement project, read and checked, every path resolved. */
export interface StatementProject {
  readonly year: number;
  readonly employer: Employer;
  readonly cycle: EqualityCycle;
  readonly previous?: Report | undefined;
  readonly assessment?: Assessment | undefined;
  readonly options: StatementOptions;
  readonly policy?: PublicationPolicyInput | undefined;
  /** The gap analysis' options (with the statement's statistics), when the statement explains the gap. */
  readonly analysis?: AnalysisOptions | undefined;
  /** True when the statement carries the pay-transparency appendix. */
  readonly transparency?: boolean | undefined;
  readonly data: Omit<DataArgs, 'maxDiagnostics'>;
  readonly outputs: readonly {
    readonly file: string | undefined;
    readonly format: (typeof REPORT_FORMATS)[keyof typeof REPORT_FORMATS];
    readonly lang: Language;
    readonly showRules: boolean;
  }[];
  /** Say on stderr which files were written. */
  readonly announce: boolean;
}

/** Reads and checks a config file; `overrides` from the command line (`--quiet`, `--show-rules`, `--lang`). */
export async function readStatementConfig(
  io: CliIO,
  path: string,
  lang: Language,
  overrides: { readonly quiet: boolean; readonly showRules: boolean | undefined; readonly lang: Language | undefined },
): Promise<StatementProject> {
  const config = checkJson(StatementConfigSchema, await readJsonFile(io, path, '--config', lang), '--config', path, lang);
  const base = dirname(path);
  const at = (p: string): string => (isAbsolute(p) ? p : join(base, p));
  /** A JSON input of the config: read from its file, or taken inline; checked with `schema`. */
  const input = async <S extends z.ZodType>(field: string, value: unknown, schema: S): Promise<z.output<S>> => {
    if (typeof value === 'string') return checkJson(schema, await readJsonFile(io, at(value), field, lang), field, at(value), lang);
    return checkJson(schema, value, field, path, lang);
  };
  const outputs = config.outputs.map((o) => {
    const ext = /\.[^./\\]+$/.exec(o.file)?.[0]?.toLowerCase() ?? '';
    const format = o.format ?? BY_EXTENSION[ext] ?? 'json';
    return { file: at(o.file), format, lang: overrides.lang ?? o.lang ?? 'nb', showRules: overrides.showRules ?? o.showRules ?? false };
  });
  const employer = await input('employer', config.employer, EmployerSchema);
  const analysis = config.analysis === undefined ? undefined : config.analysis === true ? true : await input('analysis', config.analysis, AnalysisConfigSchema);
  return {
    year: config.year,
    employer,
    cycle: await input('cycle', config.cycle, EqualityCycleSchema),
    previous: config.previous === undefined ? undefined : await input('previous', config.previous, ReportSchema),
    assessment: config.assessment === undefined ? undefined : await input('assessment', config.assessment, AssessmentSchema),
    options: config.options === undefined ? StatementOptionsSchema.parse({}) : await input('options', config.options, StatementOptionsSchema),
    policy: config.policy === undefined ? undefined : await input('policy', config.policy, PublicationPolicySchema),
    analysis:
      analysis === undefined
        ? undefined
        : analysisOptionsOf(
            analysis,
            { year: config.year, fiscalYearEnd: employer.fiscalYearEnd },
            'analysis',
            typeof config.analysis === 'string' ? at(config.analysis) : path,
            lang,
          ),
    transparency: config.transparency,
    data: {
      files: config.data.files.map(at),
      mapping: config.data.mapping === undefined ? undefined : at(config.data.mapping),
      profile: config.data.profile === undefined ? undefined : at(config.data.profile),
      payCodes: config.data.payCodes === undefined ? undefined : at(config.data.payCodes),
      hr: config.data.hr === undefined ? undefined : at(config.data.hr),
      year: config.year,
      quiet: overrides.quiet,
      labels: { mapping: 'data.mapping', profile: 'data.profile', payCodes: 'data.payCodes' },
    },
    outputs,
    announce: true,
  };
}

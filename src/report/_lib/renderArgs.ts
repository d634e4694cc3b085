import { z } from 'zod';
import { parseInput } from '../../_lib/input.js';
import { RenderOptionsSchema, ReportSchema, type Report, type ReportLanguage } from '../types.js';

const RenderArgs = z.object({ report: ReportSchema, options: RenderOptionsSchema.optional() });

/**
 * The checked arguments of a renderer: the report parsed with `ReportSchema` (a report read
 * back from JSON is accepted) and the language.
 * @internal
 */
export function renderArgs(
  entry: string,
  report: unknown,
  options: unknown,
): { readonly report: Report; readonly lang: ReportLanguage; readonly showRules: boolean } {
  const args = parseInput(entry, RenderArgs, { report, options });
  return { report: args.report, lang: args.options?.lang ?? 'nb', showRules: args.options?.showRules ?? false };
}

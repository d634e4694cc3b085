/**
 * The command line's own argument parser: every command declares its options the same way, and
 * every error is a {@link CliUsageError} with a message code, said in the user's language (Node's
 * `parseArgs` writes its errors in English). `--name value`, `--name=value`, `-h`, booleans, and
 * `--` before arguments that start with a dash. @internal
 */
import { CliUsageError } from '../io.js';

/** One option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** A one-letter alias (`h` for `--help`). */
  readonly short?: string;
  /** May be given more than once (the values are collected). */
  readonly multiple?: boolean;
}

/** The options of a command, by long name. */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What a command was given: option values by name, and the other arguments in order. */
export interface ParsedArgs<S extends OptionSpecs> {
  readonly values: { readonly [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : S[K]['multiple'] extends true ? readonly string[] : string };
  readonly positionals: readonly string[];
}

/**
 * Parses `args` against `specs`.
 *
 * @throws {@link CliUsageError} `unknownOption`, `missingValue`, `noValueTaken`, `repeated` or `unexpectedArgument`
 */
export function parseArguments<S extends OptionSpecs>(args: readonly string[], specs: S, allowPositionals: boolean): ParsedArgs<S> {
  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short === undefined ? [] : [[s.short, name] as const])));
  const set = (name: string, value: string | boolean, shown: string): void => {
    const spec = specs[name] as OptionSpec;
    if (spec.multiple === true) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
    else if (name in values && spec.type === 'string') throw new CliUsageError('repeated', { option: shown });
    else values[name] = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') || (arg.startsWith('-') && arg.length === 2 && arg !== '-')) {
      const eq = arg.indexOf('=');
      const raw = arg.startsWith('--') ? arg.slice(2, eq === -1 ? undefined : eq) : (byShort.get(arg.slice(1)) ?? `\u0000${arg.slice(1)}`);
      const shown = arg.startsWith('--') ? `--${raw}` : arg;
      const spec = Object.hasOwn(specs, raw) ? specs[raw] : undefined;
      if (spec === undefined) throw new CliUsageError('unknownOption', { option: eq === -1 ? arg : arg.slice(0, eq) });
      if (spec.type === 'boolean') {
        if (eq !== -1) throw new CliUsageError('noValueTaken', { option: shown });
        set(raw, true, shown);
        continue;
      }
      if (eq !== -1) {
        set(raw, arg.slice(eq + 1), shown);
        continue;
      }
      const next = args[i + 1];
      // a value may not look like an option: `--year --format` is a missing year (write `--headcount=-3` for a dash)
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new CliUsageError('missingValue', { option: shown });
      set(raw, next, shown);
      i++;
      continue;
    }
    if (!allowPositionals) throw new CliUsageError('unexpectedArgument', { argument: arg });
    positionals.push(arg);
  }
  return { values: values as ParsedArgs<S>['values'], positionals };
}

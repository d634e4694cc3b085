/**
 * The CSV delimiter: Excel's `sep=` hint, or the most frequent candidate in the header line.
 * @internal
 */

/**
 * Excel's delimiter hint: a first line `sep=;` (optionally quoted) names the delimiter and is not
 * part of the table. Returns the delimiter and the length of the line with its line break, or
 * null. `text` must hold the whole first line (up to a line break or the end).
 * @internal
 */
export function sepHint(text: string): { readonly delimiter: string; readonly skip: number } | null {
  const m = /^"?sep=([^\r\n"])"?(\r\n|\r|\n|$)/i.exec(text);
  return m === null ? null : { delimiter: m[1] as string, skip: m[0].length };
}

/**
 * Detects the delimiter from the header line: the most frequent of `;`, `,`, tab and `|` outside
 * quotes (ties: `;`, tab, `,`, `|`); `,` when none occurs.
 * @internal
 */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' | '|' {
  const counts = { ';': 0, '\t': 0, ',': 0, '|': 0 };
  let quoted = false;
  for (let i = 0; i < headerLine.length; i++) {
    const c = headerLine[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t' || c === '|')) counts[c]++;
  }
  let best: ',' | ';' | '\t' | '|' = ',';
  let bestCount = 0;
  for (const d of [';', '\t', ',', '|'] as const) {
    if (counts[d] > bestCount) {
      best = d;
      bestCount = counts[d];
    }
  }
  return best;
}

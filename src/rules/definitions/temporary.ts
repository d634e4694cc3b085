/**
 * DEF-TMP — temporary employment (*midlertidig ansatt*): the contract form *midlertidig* (the
 * a-melding's `formForAnsettelse`). A merged person's contract is that of their main employment.
 * @see ARP.md §5 DEF-TMP
 * @module
 */

/**
 * Whether an a-melding `formForAnsettelse` is temporary (DEF-TMP): any form starting with
 * `midlertidig` (issue 5).
 * @param form - the a-melding's code, e.g. `midlertidig` or `fast`
 * @returns `true` for a temporary form
 * @see ARP.md §5 DEF-TMP
 * @example
 * ```ts
 * isTemporaryForm('midlertidig'); // true
 * isTemporaryForm('fast');        // false
 * ```
 */
export function isTemporaryForm(form: string): boolean {
  return form.startsWith('midlertidig');
}

/**
 * A record's `contract` as 0 or 1 (DEF-TMP): 1 for `temporary`.
 * @param contract - the record's contract form
 * @returns 1 when temporary
 * @example
 * ```ts
 * temporaryOf('temporary'); // 1
 * ```
 */
export function temporaryOf(contract: string): number {
  return contract === 'temporary' ? 1 : 0;
}

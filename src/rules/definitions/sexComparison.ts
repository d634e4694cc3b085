/**
 * DEF-SEX — the women/men comparison (*kvinner og menn*).
 *
 * Part 1 compares women and men. A person registered with another or unknown sex counts in the
 * total and is reported as a separate count, never guessed, and is left out of every women/men
 * comparison (pay figures, shares). A person whose employments disagree on the sex is unknown
 * (and counted in the `person_sex_inconsistent` warning).
 *
 * The engine numbers the sexes as {@link likestilling!SEXES} does: 0 female, 1 male, 2 other, 3 unknown.
 * @see ARP.md §5 DEF-SEX
 * @module
 */

/**
 * Index of `female` in {@link likestilling!SEXES}.
 * @example
 * ```ts
 * SEX_WOMEN; // 0
 * ```
 */
export const SEX_WOMEN = 0;
/**
 * Index of `male` in {@link likestilling!SEXES}.
 * @example
 * ```ts
 * SEX_MEN; // 1
 * ```
 */
export const SEX_MEN = 1;
/**
 * Index of `other` in {@link likestilling!SEXES}: the first sex outside the women/men comparisons
 * (`sex < SEX_OTHER` is {@link isComparedSex}).
 * @example
 * ```ts
 * SEX_OTHER; // 2
 * ```
 */
export const SEX_OTHER = 2;
/**
 * Index of `unknown` in {@link likestilling!SEXES}: also the sex of a person whose employments disagree.
 * @example
 * ```ts
 * SEX_UNKNOWN; // 3
 * ```
 */
export const SEX_UNKNOWN = 3;

/**
 * Whether a sex (index into {@link likestilling!SEXES}) takes part in the women/men comparisons (DEF-SEX).
 * @param sex - 0 female, 1 male, 2 other, 3 unknown
 * @returns `true` for women and men
 * @see ARP.md §5 DEF-SEX
 * @example
 * ```ts
 * isComparedSex(SEX_MEN);     // true
 * isComparedSex(SEX_UNKNOWN); // false
 * ```
 */
export function isComparedSex(sex: number): boolean {
  return sex < SEX_OTHER;
}

/**
 * The bit of a sex value in a person's mask of the sexes seen over their employments: 1 female,
 * 2 male, 4 other, 8 unknown; 0 for a value that is no sex (an invalid record).
 * @param gender - a record's `gender`
 * @returns the bit
 * @example
 * ```ts
 * sexBitOf('male'); // 2
 * sexBitOf('x');    // 0
 * ```
 */
export function sexBitOf(gender: string): number {
  // the four values differ in length, so each comparison is decided by the length alone or one memcmp
  return gender === 'female' ? 1 : gender === 'male' ? 2 : gender === 'other' ? 4 : gender === 'unknown' ? 8 : 0;
}

/**
 * A person's sex from the mask of the sexes seen over their employments (DEF-SEX): one sex seen →
 * that sex; none or several → unknown, never guessed.
 * @param mask - bits of {@link sexBitOf}, 0–15
 * @returns 0 female, 1 male, 2 other, 3 unknown
 * @example
 * ```ts
 * sexOfMask(1);     // 0 (female)
 * sexOfMask(1 | 2); // 3 (unknown: the employments disagree)
 * ```
 */
export function sexOfMask(mask: number): number {
  return mask === 1 ? 0 : mask === 2 ? 1 : mask === 4 ? 2 : SEX_UNKNOWN;
}

/**
 * Whether the employments of a person disagree on the sex (or none gave one): the
 * `person_sex_inconsistent` warning.
 * @param mask - bits of {@link sexBitOf}, 0–15
 * @returns `true` unless exactly one sex was seen
 * @example
 * ```ts
 * isSexMaskInconsistent(2);     // false
 * isSexMaskInconsistent(1 | 2); // true
 * ```
 */
export function isSexMaskInconsistent(mask: number): boolean {
  return !(mask !== 0 && (mask & (mask - 1)) === 0);
}

/**
 * The bit layouts the engine's loops read: a person's flags (one byte per person) and the kinds of
 * the persons of the stock (32, counted per cell). What sets a bit is decided by the rules in
 * `src/rules/definitions/` (the person pass applies them); here only where each bit lives.
 * @internal
 * @module
 */
import { sexOfMask, isSexMaskInconsistent } from '../../rules/definitions/sexComparison.js';
import { INVOLUNTARY_NO, INVOLUNTARY_UNANSWERED, INVOLUNTARY_YES } from '../../rules/definitions/involuntaryPartTime.js';

/** Person flag: in the stock population on the reference date (DEF-POP, DEF-REF). */
export const PERSON_STOCK = 1;
/** Person flag: in the pay figures (DEF-PAY). */
export const PERSON_PAY_ELIGIBLE = 2;
/** Person flag bit: temporary (DEF-TMP); set as `temporary << PERSON_TEMPORARY_SHIFT`. */
export const PERSON_TEMPORARY_SHIFT = 2;
/** Person flag bit: part-time (DEF-PT); set as `partTime << PERSON_PART_TIME_SHIFT`. */
export const PERSON_PART_TIME_SHIFT = 3;
/** Person flag: counts for parental leave (DEF-PL). */
export const PERSON_LEAVE = 16;
/** The bit of a person's flags where their sex (index into SEXES, DEF-SEX) starts: `flags >> PERSON_SEX_SHIFT`. */
export const PERSON_SEX_SHIFT = 5;

/**
 * Kinds of persons of the stock: sex (bits 0–1), temporary (bit 2), and not part-time (0) or
 * part-time with the involuntary answer unknown (1), no (2) or yes (3) in bits 3–4. A person adds
 * 1 to their kind in the employer's cell, their level's, their group's and their own unit's; a
 * unit then takes its sub-units' kinds, and the figures come from the kinds.
 */
export const PERSON_KINDS = 32;
/** The sex bits of a kind: `kind & KIND_SEX_MASK`. */
export const KIND_SEX_MASK = 3;
/** Where a kind's temporary bit lives: `temporary << KIND_TEMPORARY_SHIFT`. */
export const KIND_TEMPORARY_SHIFT = 2;
/** The temporary bit of a kind. */
export const KIND_TEMPORARY = 1 << KIND_TEMPORARY_SHIFT;
/** Where a kind's part-time value (0–3) starts: `kind >> KIND_PART_TIME_SHIFT`. */
export const KIND_PART_TIME_SHIFT = 3;
/** Part-time value of a kind: part-time, involuntary answer unknown. */
export const KIND_PART_TIME_UNANSWERED = 1;
/** Part-time value of a kind: part-time, answered no. */
export const KIND_PART_TIME_NO = 2;
/** Part-time value of a kind: part-time, answered yes (involuntary, DEF-INV). */
export const KIND_PART_TIME_YES = 3;

/** A person's sexMask → index into SEXES ({@link sexOfMask}, DEF-SEX), as a table. */
export const SEX_OF_MASK = Uint8Array.from({ length: 16 }, (_, mask) => sexOfMask(mask));
/** 1 for a sexMask that is not exactly one bit ({@link isSexMaskInconsistent}: the person_sex_inconsistent warning). */
export const INCONSISTENT_MASK = Uint8Array.from({ length: 16 }, (_, mask) => (isSexMaskInconsistent(mask) ? 1 : 0));
/** A part-timer's stored involuntary answer (DEF-INV) → their kind's part-time value. */
export const PART_TIME_KIND = Uint8Array.from({ length: 3 }, (_, answer) =>
  answer === INVOLUNTARY_UNANSWERED
    ? KIND_PART_TIME_UNANSWERED
    : answer === INVOLUNTARY_NO
      ? KIND_PART_TIME_NO
      : answer === INVOLUNTARY_YES
        ? KIND_PART_TIME_YES
        : 0,
);

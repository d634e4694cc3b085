/**
 * The record pass: employment records into the person table (DEF-POP: one row per person, merged),
 * batch by batch, widening the columns when a value does not fit.
 * @internal
 * @module
 */
import type { MappingAccumulator, PartialMapping } from '../accumulateMapping.js';
import { fitsSum, hasValidShape, IdCache, key, payDivisorOf, scaled } from './recordChecks.js';
import { requireRecords, resolve } from './inputs.js';
import type { Employee } from '../../models/employee.js';
import { dateKeyOf, dayNumber } from '../../_lib/dates.js';
import { gcd } from '../_lib/exact.js';
import { leaveUnitsOf } from '../_lib/leave.js';
import {
  fitsInt32,
  mainOf,
  NARROW_COUNT_MAX,
  NARROW_ID_MAX,
  PersonTable,
  storedPayComponents,
  WIDEN_COUNT,
  WIDEN_IDS,
  WIDEN_LEAVE,
  WIDEN_PAY,
} from '../_lib/personTable.js';
import { Dictionary } from '../_lib/dictionary.js';
import { KeyIndex } from '../_lib/keyIndex.js';
import type { ResolvedStatisticsOptions } from '../types.js';
import { unitKeyOf } from '../../rules/definitions/groups.js';
import { INVOLUNTARY_NO, INVOLUNTARY_UNANSWERED, INVOLUNTARY_YES } from '../../rules/definitions/involuntaryPartTime.js';
import { mainCompare } from '../../rules/definitions/mainEmployment.js';
import { sexBitOf } from '../../rules/definitions/sexComparison.js';

/** Bit of `need`: the record's pay divisor is not held by the table's pay unit (see {@link PersonTable.scalePay}). */
const RESCALE_PAY = 1 << 8;

/** The {@link MappingAccumulator} of the statistics: records into the person table. @internal */
export class PersonTableAccumulator implements MappingAccumulator {
  readonly options: ResolvedStatisticsOptions;
  records = 0;
  private done = false;
  private readonly table: PersonTable;
  private readonly levels = new Dictionary();
  private readonly groups = new Dictionary();
  private readonly units = new Dictionary();
  private readonly levelId = new IdCache(key, this.levels);
  private readonly groupId = new IdCache(key, this.groups);
  private readonly unitId = new IdCache(unitKeyOf, this.units);
  private readonly index: KeyIndex | null;
  private notActive = 0;
  private kindExcluded = 0;
  private invalid = 0;

  constructor(o: ResolvedStatisticsOptions, expected: number, shared = false) {
    this.options = o;
    this.table = new PersonTable(expected, storedPayComponents(o), undefined, shared);
    this.index = o.mergePersons ? new KeyIndex(this.table.key, expected) : null;
  }

  add(records: readonly Employee[]): void {
    if (this.done) throw new Error('likestilling: MappingAccumulator.add after partial()');
    requireRecords('MappingAccumulator.add', records);
    this.records += records.length;
    // room for every record as a new person, so the columns stay the table's for the batch
    this.table.reserve(this.table.size + records.length);
    for (let from = 0; from < records.length;) {
      from = this.addFrom(records, from);
      if (from >= records.length) break;
      // then that record again: in a finer pay unit (DEF-ROUND: a divisor the unit does not hold),
      // or in wider columns
      if ((this.need & RESCALE_PAY) !== 0) {
        const d = payDivisorOf(records[from]!);
        const unit = this.table.payUnit;
        this.table.scalePay(d / gcd(unit, d));
      }
      this.table.widen(this.need & ~RESCALE_PAY);
    }
  }

  /** Columns the record where {@link Accumulator.addFrom} stopped needs wider (WIDEN_* bits). */
  private need = 0;

  /**
   * Reads `records` from index `from` on, until the end or until a record's values do not fit the
   * table's columns: then, before anything of that record is counted or stored, sets `need` and
   * returns its index (the caller widens the columns and goes on from there).
   */
  private addFrom(records: readonly Employee[], from: number): number {
    const o = this.options;
    const first = o.fiscalYearStart;
    const last = o.fiscalYearLast;
    const refKey = dateKeyOf(o.referenceDate);
    const firstKey = dateKeyOf(first);
    const lastKey = dateKeyOf(last);
    const firstDay = dayNumber(first);
    const lastDay = dayNumber(last);
    const withOrdinary = o.includeKinds.includes('ordinary');
    const withMaritime = o.includeKinds.includes('maritime');
    const withFreelance = o.includeKinds.includes('freelance');
    const leaveForInactive = o.parentalLeavePopulation === 'financial-year';
    const { table, levels, groups, units, levelId, groupId, unitId: unitIdOf, index } = this;
    const levelIds = levelId.ids;
    const groupIds = groupId.ids;
    const unitIds = unitIdOf.ids;
    const { key: keys, sexMask, activeCount, leave: leaveUnits, pctMissing, pctSum, inv: invAnswer } = table;
    const { mainPct, mainStart, mainTemporary, level: levelOf, group: groupOf, unit: unitOf } = table;
    const [base = null, fixed = null, irregular = null, bonus = null, overtime = null, benefits = null] = table.pay;
    const { pay: payWide, leave: leaveWide, ids: idsWide, count: countWide } = table.widths;
    const payUnit = table.payUnit;

    for (let r = from; r < records.length; r++) {
      const rec = records[r]!;
      const startKey = hasValidShape(rec) ? dateKeyOf(rec.startDate) : -1;
      const endKey = startKey < 0 || rec.endDate === null ? 99_999_999 : dateKeyOf(rec.endDate);
      const sexBit = startKey < 0 || endKey < 0 ? 0 : sexBitOf(rec.gender);
      if (sexBit === 0) {
        this.invalid++; // invalid-record
        continue;
      }
      const kind = rec.employmentKind;
      if (!(kind === 'ordinary' ? withOrdinary : kind === 'maritime' ? withMaritime : kind === 'freelance' && withFreelance)) {
        this.kindExcluded++; // DEF-POP: freelancers (by default) are outside the population
        continue;
      }
      // DEF-REF: active on the reference date when start ≤ date ≤ end (isActiveOn of
      // rules/definitions/population.ts, written out: this long loop makes no call it need not)
      const active = startKey <= refKey && endKey >= refKey ? 1 : 0;
      let leave = 0;
      if (active === 0) {
        // DEF-REF: out of every stock figure; a flow record without leave contributes nothing
        if (!leaveForInactive || startKey > lastKey || endKey < firstKey || (leave = leaveUnitsOf(rec, first, last, firstDay, lastDay)) === 0) {
          this.notActive++;
          continue;
        }
      } else {
        // no leave at all, the usual case, without a call
        leave = rec.parentalLeavePeriods.length === 0 && rec.parentalLeaveWeeks === null ? 0 : leaveUnitsOf(rec, first, last, firstDay, lastDay);
      }

      const pct = rec.positionPercent === null ? -1 : Math.round(rec.positionPercent * 100);
      // the ids through each cache's table, its method only for a text not seen yet (V8 inlines
      // few calls into this long loop: measured 5 % of the record pass)
      const rl = rec.jobLevel;
      const rg = rec.jobGroup;
      const ru = rec.unit;
      let level = rl === null ? -1 : levelIds[rl];
      if (level === undefined) level = levelId.of(rl);
      let group = rg === null ? -1 : groupIds[rg];
      if (group === undefined) group = groupId.of(rg);
      let unitId = ru === null ? -1 : unitIds[ru];
      if (unitId === undefined) unitId = unitIdOf.of(ru);
      const temporary = rec.contract === 'temporary' ? 1 : 0; // DEF-TMP (temporaryOf of rules/definitions/temporary.ts, written out)
      const inv = rec.involuntaryPartTime === null ? INVOLUNTARY_UNANSWERED : rec.involuntaryPartTime ? INVOLUNTARY_YES : INVOLUNTARY_NO; // DEF-INV
      let pr = rec.pay;
      // DEF-ROUND: amounts in 1/payDivisor øre are brought to the table's unit (the CSV path has
      // neither: one load and a comparison)
      const divisor = rec.payDivisor;
      if (divisor !== undefined || payUnit !== 1) {
        const d = divisor ?? 1; // 1–12: checked with the record's shape
        if (payUnit % d !== 0) {
          this.need = RESCALE_PAY;
          return r;
        }
        if (payUnit !== d) {
          pr = scaled(pr, payUnit / d);
          if (!Number.isSafeInteger(pr.basePay + pr.fixedAllowances + pr.irregularAllowances + pr.bonus + pr.overtime + pr.benefitsInKind)) {
            this.invalid++; // invalid-record: amounts too large for the exact unit
            continue;
          }
        }
      }

      const personKey = index === null ? null : (rec.personId ?? rec.employeeId);
      const existing = personKey === null ? -1 : index!.get(personKey);
      // the values must fit the columns before anything of the record is stored
      let need = !idsWide && (level > NARROW_ID_MAX || group > NARROW_ID_MAX || unitId > NARROW_ID_MAX) ? WIDEN_IDS : 0;
      if (existing < 0) {
        if (!leaveWide && !fitsInt32(leave)) need |= WIDEN_LEAVE;
        // each stored component fits a 4-byte column ((v | 0) === v, as fitsInt32, written out:
        // calls here use up the optimising compiler's inlining budget of this function)
        if (
          active === 1 &&
          !payWide &&
          !(
            (base === null || (pr.basePay | 0) === pr.basePay) &&
            (fixed === null || (pr.fixedAllowances | 0) === pr.fixedAllowances) &&
            (irregular === null || (pr.irregularAllowances | 0) === pr.irregularAllowances) &&
            (bonus === null || (pr.bonus | 0) === pr.bonus) &&
            (overtime === null || (pr.overtime | 0) === pr.overtime) &&
            (benefits === null || (pr.benefitsInKind | 0) === pr.benefitsInKind)
          )
        )
          need |= WIDEN_PAY;
      } else {
        const i = existing;
        if (!leaveWide && !fitsInt32(leaveUnits[i]! + leave)) need |= WIDEN_LEAVE;
        if (active === 1) {
          if (!countWide && activeCount[i]! + 1 > NARROW_COUNT_MAX) need |= WIDEN_COUNT;
          if (
            !payWide &&
            !(
              fitsSum(base, i, pr.basePay) &&
              fitsSum(fixed, i, pr.fixedAllowances) &&
              fitsSum(irregular, i, pr.irregularAllowances) &&
              fitsSum(bonus, i, pr.bonus) &&
              fitsSum(overtime, i, pr.overtime) &&
              fitsSum(benefits, i, pr.benefitsInKind)
            )
          )
            need |= WIDEN_PAY;
        }
      }
      if (need !== 0) {
        this.need = need;
        return r;
      }
      if (active === 0) this.notActive++; // DEF-REF: counted for parental leave only
      if (rec.genderDerivedFromNationalId) table.derivedSex++;

      if (existing < 0) {
        const i = table.size++; // within the reserved rows (add() reserved them)
        keys[i] = personKey;
        sexMask[i] = sexBit;
        activeCount[i] = active;
        leaveUnits[i] = leave;
        if (active === 1) {
          if (pct < 0) pctMissing[i] = 1;
          else pctSum[i] = pct;
          if (base !== null) base[i] = pr.basePay;
          if (fixed !== null) fixed[i] = pr.fixedAllowances;
          if (irregular !== null) irregular[i] = pr.irregularAllowances;
          if (bonus !== null) bonus[i] = pr.bonus;
          if (overtime !== null) overtime[i] = pr.overtime;
          if (benefits !== null) benefits[i] = pr.benefitsInKind;
          invAnswer[i] = inv;
        }
        mainPct[i] = pct;
        mainStart[i] = startKey;
        mainTemporary[i] = temporary;
        levelOf[i] = level;
        groupOf[i] = group;
        unitOf[i] = unitId;
        if (personKey !== null) index!.set(personKey, i);
        continue;
      }
      // DEF-POP: a further employment of a known person is merged into it.
      const i = existing;
      const main = mainOf(table, i, levels, groups, units); // before this employment's count
      sexMask[i]! |= sexBit;
      leaveUnits[i]! += leave;
      if (active === 1) {
        activeCount[i]! += 1;
        if (pct < 0) pctMissing[i] = 1;
        else pctSum[i]! += pct;
        if (base !== null) base[i]! += pr.basePay;
        if (fixed !== null) fixed[i]! += pr.fixedAllowances;
        if (irregular !== null) irregular[i]! += pr.irregularAllowances;
        if (bonus !== null) bonus[i]! += pr.bonus;
        if (overtime !== null) overtime[i]! += pr.overtime;
        if (benefits !== null) benefits[i]! += pr.benefitsInKind;
        if (inv > invAnswer[i]!) invAnswer[i] = inv;
      }
      const candidate = {
        active,
        pct,
        start: startKey,
        temporary,
        unit: units.value(unitId),
        level: levels.value(level),
        group: groups.value(group),
      };
      if (mainCompare(candidate, main) > 0) {
        mainPct[i] = pct;
        mainStart[i] = candidate.start;
        mainTemporary[i] = temporary;
        levelOf[i] = level;
        groupOf[i] = group;
        unitOf[i] = unitId;
      }
    }
    return records.length;
  }

  partial(): PartialMapping {
    if (this.done) throw new Error('likestilling: MappingAccumulator.partial() taken twice');
    this.done = true;
    // a small accumulator of this one's hidden classes, in place of the one kept so far (see KEEP_HIDDEN_CLASSES)
    KEEP_HIDDEN_CLASSES[0] = new PersonTableAccumulator(this.options, 0);
    const { table, levels, groups, units, index } = this;
    return {
      kind: 'likestilling.partial-mapping',
      options: this.options,
      records: this.records,
      recordExclusions: { notActive: this.notActive, kindExcluded: this.kindExcluded, invalid: this.invalid },
      state: { table, levels, groups, units, index },
    };
  }
}

/**
 * An accumulator kept for as long as this module is loaded, and never used: a small one (16 rows),
 * replaced by a new one at the end of every accumulation (`partial()`). V8's optimised code for
 * the record pass and for finalize refers (weakly) to the hidden classes of the accumulator, its
 * id caches, person table, key index and dictionaries. Once every object of such a class has been
 * collected, its hidden class is collected too and that code is thrown away: each computation
 * after a full garbage collection would begin unoptimised again (measured: about 50 ms of a
 * million-record `computeMapping`, every time). One live object of each keeps them. It is made
 * anew after each accumulation because the classes change while objects are used (a field first
 * null, then a string, moves its objects to a new class): an object made at load time keeps only
 * the first classes (measured: the record pass's code was still thrown away after most full
 * collections), one made from the current constructors has the classes in use. It holds no record
 * and no figure: only the resolved options.
 */
const KEEP_HIDDEN_CLASSES: unknown[] = [new PersonTableAccumulator(resolve('accumulateMapping', { year: 2025 }), 0)];

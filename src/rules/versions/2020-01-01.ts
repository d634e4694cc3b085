import type { RulesVersion } from './schema.js';

/**
 * The rules in force from 1 January 2020: LDL (LOV-2017-06-16-51) §§ 26–26 a as amended by
 * Prop. 63 L (2018–2019), the accounting deadlines of regnskapsloven §§ 3-1 and 8-2 (STM-5), the
 * library's publication defaults (ANON-2, ANON-3) and the reporting schedule of Directive (EU)
 * 2023/970 Art. 9 (TRN-6). Data only: a later law is a new file beside this one, with its own
 * `validFrom`, added to `RULES_VERSIONS`. A JSON copy is shipped as `vectors/rules/2020-01-01.json`.
 *
 * @example
 * ```ts
 * RULES_2020_01_01.coverage.fullDutyAbove; // 50 (COV-3: more than 50)
 * RULES_2020_01_01.deadlines.adoptionMonths; // 6 (STM-5)
 * ```
 * @see ARP.md COV-3, COV-4, ACT-4, STM-5, STM-6, ANON-2, TRN-6
 */
export const RULES_2020_01_01: RulesVersion = {
  id: '2020-01-01',
  validFrom: '2020-01-01',
  title: 'LDL §§ 26–26 a as amended in force 1 January 2020',
  source:
    'Likestillings- og diskrimineringsloven (LOV-2017-06-16-51) §§ 24, 26, 26 a, amended by Prop. 63 L (2018–2019), in force 2020-01-01; regnskapsloven §§ 3-1, 8-2; Directive (EU) 2023/970 Art. 9; ARP.md',
  coverage: {
    onDemandFrom: 20,
    fullDutyAbove: 50,
    demandParties: ['employer', 'employee-representatives', 'employee-majority'],
    demandScope: 'from-year-onwards',
  },
  mapping: { firstMappingYear: 2021, everyYears: 2, reuseWindowYears: 1 },
  deadlines: { adoptionMonths: 6, filingMonths: 7 },
  publicationPolicy: {
    payMinPersons: 5,
    attributeMinCount: 3,
    attributeMinRest: 3,
    parentalLeaveMinPersons: 5,
    ratiosOnly: false,
    mergeSmallLevels: false,
    levelOrder: 'given-order',
    recoveryTolerancePercent: 1,
  },
  payTransparency: {
    jurisdiction: 'EU',
    source: 'Directive (EU) 2023/970 of 10 May 2023 (pay transparency), Art. 9(2)–(5); ARP.md §8 TRN-6',
    dueMonthDay: '06-07',
    referenceYearOffset: 1,
    bands: [
      { minWorkers: 250, maxWorkers: null, firstReportYear: 2027, everyYears: 1, legalBasis: 'Directive (EU) 2023/970 Art. 9(2)' },
      { minWorkers: 150, maxWorkers: 249, firstReportYear: 2027, everyYears: 3, legalBasis: 'Directive (EU) 2023/970 Art. 9(3)' },
      { minWorkers: 100, maxWorkers: 149, firstReportYear: 2031, everyYears: 3, legalBasis: 'Directive (EU) 2023/970 Art. 9(4)' },
    ],
    belowBands: {
      legalBasis: 'Directive (EU) 2023/970 Art. 9(5)',
      note: 'no duty; member states may require reports from employers with fewer than 100 workers',
    },
  },
  legalBasis: {
    'COV-1': 'LDL § 26 første ledd',
    'COV-2': 'LDL § 26',
    'COV-3': 'LDL § 26',
    'COV-4': 'LDL § 26',
    'COV-5': 'LDL § 26 a',
    'COV-8': 'LDL § 24',
    'ACT-3': 'LDL § 26',
    'ACT-4': 'LDL § 26',
    'STM-1': 'LDL § 26 a',
    'STM-2': 'LDL § 26 a',
    'STM-5': 'regnskapsloven §§ 3-1, 8-2',
    'STM-6': 'LDL § 26 a',
    'TRN-6': 'Directive (EU) 2023/970 Art. 9(2)–(5)',
  },
};

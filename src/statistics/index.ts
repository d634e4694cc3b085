export * from './types.js';
export * from './StatisticsOptionsSchema.js';
export * from './fiscalYearBounds.js';
export * from './computeMapping.js';
export {
  accumulateMapping,
  createMappingAccumulator,
  type MappingAccumulator,
  type PartialMapping,
  type PartialState,
  type RecordExclusions,
} from './accumulateMapping.js';
export * from './mergePartialMappings.js';
export { finalizeMapping } from './finalizeMapping.js';
export * from './womenShareOfMenPay.js';
export * from './parentalLeaveWeeks.js';
export * from './isActiveOnDate.js';
export * from './serializePartialMapping.js';

export * from './types.js';
export * from './StatisticsOptionsSchema.js';
export * from './fiscalYearBounds.js';
export * from './computeMapping.js';
export * from './accumulateMapping.js';
export * from './mergePartialMappings.js';
export * from './finalizeMapping.js';

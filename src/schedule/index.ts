export * from './planYear.js';
export * from './fiscalYear.js';
export * from './describePlan.js';

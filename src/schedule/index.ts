export * from './planYear.js';
export * from './fiscalYear.js';

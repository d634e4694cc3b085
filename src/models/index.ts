export * from './employee.js';
export * from './identifiers.js';
export * from './employer.js';
export * from './organisation.js';
export * from './cycle.js';
export * from './validateCycle.js';
export * from './text.js';

export * from './employee.js';
export * from './identifiers.js';

export * from './policy.js';
export * from './types.js';
export * from './publish.js';
export * from './auditPublication.js';

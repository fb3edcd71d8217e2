// The comparison of response actions across incidents: kinds, durations, the aligned model and its screen layout.
export * from './kinds.js';
export * from './kind-rules.js';
export * from './classify.js';
export * from './duration.js';
export * from './actions.js';
export * from './measures.js';
export * from './compare.js';
export * from './layout.js';

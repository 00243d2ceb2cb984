// Exchange formats: ratings exports (long/wide CSV, FACETS, session JSON) and session packages.
export * from './facets.js';
export * from './manifest.js';
export * from './manifest-judging.js';
export * from './rater-labels.js';
export * from './ratings.js';
export * from './session-json.js';
export * from './zip.js';

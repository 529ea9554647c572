/**
 * The public surface of model: the schemas (zod) and the types, calendar and diagnostics every
 * other part shares. Other parts import from here, never from one of model's files.
 */
export * from './calendar-date.js';
export * from './calendar-days.js';
export * from './calendar-duration.js';
export * from './calendar-interval.js';
export * from './calendar.js';
export * from './checked.js';
export * from './common.js';
export * from './compiled.js';
export * from './describe.js';
export * from './diagnostic-codes.js';
export * from './diagnostic.js';
export * from './document.js';
export * from './event.js';
export * from './gazetteer.js';
export * from './hypothetical.js';
export * from './lifecycle-clause.js';
export * from './lifecycle-entry.js';
export * from './lifecycle.js';
export * from './network.js';
export * from './provision.js';
export * from './published.js';
export * from './results.js';
export * from './states.js';
export * from './state-names.js';
export * from './status-runs.js';
export * from './timeline.js';
export * from './treaty.js';
export * from './unicode.js';
export * from './vocabulary.js';
export * from './schema-order.js';
export * from './nearest.js';
export * from './wording.js';

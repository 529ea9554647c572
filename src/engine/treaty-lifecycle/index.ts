/**
 * A treaty's lifecycle in a run: its statuses over time as a whole and per party, built from its
 * clause (docs/lifecycle.md) and the events, with explanations. Pure: no I/O.
 */
export { treatyLifecycle, type LifecycleContext } from './build.js';
export { causeText } from './explain.js';
export { intervalOn } from './paint.js';
export { lifecycleForProvision, potentialMembers, lifecycleOrder } from './scope.js';
export type { Participation, Span, TreatyLifecycle, UnknownSpan } from './types.js';

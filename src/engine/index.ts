/** The engine's public surface: a scenario's evaluation, a treaty's status on a day, reading choices, state successions and a scenario's expectations. */
export { EngineInputError, evaluateScenario, HISTORY_ONLY } from './evaluate.js';
export { provisionAt, statusAt } from './status-at.js';
export { checkExpectations, type ExpectationOutcome } from './expectations.js';
export { describeChoice } from './readings.js';
export { treatyReadingTerms } from './reading-terms.js';
export { dueInWords, rowInWords } from './obligations/index.js';
export { Successions } from './succession.js';
export { dutyIds, onlyProvision, refuseProvision, type ProvisionRefusal } from './one-provision.js';
export { directedDyads, directionsOf, isOneWay, type DirectedDyad, type DirectedDyads, type DyadSpan } from './dyads/index.js';
export * from './hypothetical/index.js';

/** Obligations and prohibitions: their outcomes for each binding of their roles to parties, with their explanations. */
export { evaluateProvision, type ObligationContext } from './evaluate-provision.js';
export { PERFORMANCE_STEPS_SHOWN } from './outcomes.js';
export { resolveRoles } from './roles.js';
export { dueInWords, rowInWords } from './row-words.js';

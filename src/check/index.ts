/** The public surface of check: checking a corpus and a scenario; what other parts import. */
export { checkCorpus } from './compile.js';
export type { CheckResult } from './compile.js';
export { validateScenarioText } from './scenario.js';

/** "Who must help whom": a hypothetical event evaluated over the corpus (README: Who must help whom). */
export { HypothesisError, type HypothesisField } from './errors.js';
export { HYPOTHESIS_SYNTAX, parseHypothesisText, type HypothesisText } from './parse.js';
export { resolveHypothesis } from './resolve.js';
export { describeHypothesis, whoMustHelp } from './who-must-help.js';

/** The public surface of corpus: reading a corpus from disk with YAML positions; what other parts import. */
export { corpusRootOf, displayPath, loadCorpus, loadStatesFile, loadTreaty, stateNamesOf, treatyDirsOf } from './load.js';
export type { Corpus, Loaded, LoadedTreaty } from './load.js';
export { readCorpusText } from './read-text.js';
export { formatPath, locate, parseYaml, validateYaml } from './yaml-file.js';
export type { PathKey } from './yaml-file.js';

/**
 * What the engine evaluates: the corpus as data, with each quote already located in its source
 * (so results can cite exact spans without the engine reading a file).
 */
import type { GazetteerFile } from './gazetteer.js';
import type { StatesFile } from './states.js';
import type { RecordedEvent } from './timeline.js';
import type { TreatyFile } from './treaty.js';
import type { VocabularyFile } from './vocabulary.js';

export interface SourceSpan {
  start: number;
  end: number;
}

export interface LocatedQuote {
  source: string;
  /** Path of the source file, relative to the corpus root. */
  file: string;
  spans: SourceSpan[];
}

export interface CompiledTreaty {
  treaty: TreatyFile;
  history: RecordedEvent[];
  /** Provision id → where its quote stands in its source (absent if it could not be located). */
  quoteSpans: Record<string, LocatedQuote>;
}

export interface CompiledCorpus {
  states: StatesFile;
  vocabulary: VocabularyFile;
  /** The corpus's places (gazetteer.yaml), where it has one. */
  gazetteer?: GazetteerFile;
  treaties: CompiledTreaty[];
}

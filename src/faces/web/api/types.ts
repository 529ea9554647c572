/**
 * What each API route returns, typed from the server's own types (type-only imports: nothing of
 * the server is bundled).
 */
import type { z } from 'zod';
import type { SourceCoverage } from '../../../check/coverage.js';
import type { TreatyComparison } from '../../../compare/schema.js';
import type { LocatedQuote, SourceSpan } from '../../../model/compiled.js';
import type { StructuredDocument } from '../../../model/document.js';
import type { RunResult, StatusResult, TreatyTimeline } from '../../../model/results.js';
import type { StateEntry, StatesFile } from '../../../model/states.js';
import type { RecordedEvent, ScenarioFile, TreatyStatus } from '../../../model/timeline.js';
import type { NonOperative } from '../../../model/provision.js';
import type { TreatyFile, TreatySource } from '../../../model/treaty.js';
import type { VocabularyFile } from '../../../model/vocabulary.js';
import type { SavedDocument, SavedScenario, SearchHit } from '../../../store/store.js';
import type { Problem, ProblemField } from '../../http/problem.js';

export type { Event as ScenarioEvent } from '../../../model/event.js';
export type { ExplanationStep, ObligationResult, ReadingDifference, Run, StatusIntervalJson } from '../../../model/results.js';
export type { Provision, Qualifier, Trigger, Condition } from '../../../model/provision.js';
export type { Article, Footnote, Piece } from '../../../model/document.js';
export type { ContestedTerm, EventType } from '../../../model/vocabulary.js';
export type { FieldDifference, Grade, LifecycleRow, Match, OnlyIn, PairComparison, ProvisionRef, Claim } from '../../../compare/schema.js';
export type { TreatyComparison, LocatedQuote, SourceSpan, StructuredDocument, RunResult, StatusResult, TreatyTimeline, StateEntry, StatesFile };
export type { RecordedEvent, TreatyStatus, TreatyFile, VocabularyFile, SavedScenario, SavedDocument, SearchHit, Problem, ProblemField };

/** A scenario as sent to the API (defaults may be left out). */
export type ScenarioInput = z.input<typeof ScenarioFile>;
/** A scenario as the API gives it back (defaults filled in). */
export type ScenarioOutput = z.output<typeof ScenarioFile>;

/** GET /api/treaties */
export interface TreatyList {
  date: string;
  treaties: TreatySummary[];
}

export interface TreatySummary {
  id: string;
  shortTitle: string;
  titles: Record<string, string>;
  parties: string[];
  signature: TreatyFile['signature'];
  status: { date: string; status: TreatyStatus; since: string | null; until: string | null; term: number | null };
  provisions: number;
}

/** GET /api/treaties/:id */
export interface TreatyDetail {
  treaty: TreatyFile;
  history: RecordedEvent[];
  lifecycle: TreatyTimeline;
  quoteSpans: Record<string, LocatedQuote>;
  states: StateEntry[];
}

/** GET /api/treaties/:id/text */
export interface TreatyText {
  sources: TreatySourceText[];
  quoteSpans: Record<string, LocatedQuote>;
  nonOperative: (NonOperative & { spans: SourceSpan[] })[];
}

export type TreatySourceText = TreatySource & {
  text: string;
  document: StructuredDocument | null;
  coverage: SourceCoverage | null;
};

/** GET /api/corpus-scenarios */
export interface CorpusScenario {
  treaty: string;
  file: string;
  title: string;
  scenario: ScenarioOutput;
}

export type SavedScenarioSummary = Omit<SavedScenario, 'scenario'>;
export type SavedDocumentSummary = Omit<SavedDocument, 'text' | 'structured'>;

/** GET /api/search */
export interface SearchResult {
  query: string;
  hits: SearchHit[];
}

/**
 * What `check` establishes about a treaty and its sources, as the other parts read it: each
 * source's ingested structure and raw text, where each quote stands, and the coverage of every
 * operative sentence. Defined here so that export and the faces read it without depending on check.
 */
import type { LocatedQuote } from './compiled.js';
import type { Span, StructuredDocument } from './document.js';

export type CoverageStatus = 'covered' | 'non-operative' | 'partial' | 'uncovered';

/** A part of a source whose sentences must be covered. */
export interface CoverageUnit {
  /** Which part of the document: preamble, article 1 paragraph 2, closing, lead, paragraph 7 … */
  label: string;
  spans: Span[];
}

/** The text one provision or non-operative mark covers. */
export interface Cover {
  kind: 'provision' | 'non-operative';
  id: string;
  spans: Span[];
}

export interface SentenceCoverage {
  unit: string;
  text: string;
  spans: Span[];
  status: CoverageStatus;
  /** The provisions or non-operative marks that cover it. */
  by: string[];
  /** For a partial sentence: the words no quote covers. */
  uncoveredText?: string;
}

export interface SourceCoverage {
  source: string;
  file: string;
  sentences: SentenceCoverage[];
  totals: Record<CoverageStatus, number> & { sentences: number; percent: number };
}

/** One treaty as checked: its sources ingested, its quotes located, its coverage computed. */
export interface TreatyCheck {
  id: string;
  dir: string;
  coverage: SourceCoverage[];
  documents: Map<string, StructuredDocument>;
  /** The raw text of each source, by source id. */
  sourceTexts: Map<string, string>;
  /** Where each provision's quote stands (provision id → located quote). */
  quoteSpans: Record<string, LocatedQuote>;
  /** Where each non-operative mark's quote stands, by its index in `nonOperative`. */
  nonOperativeSpans: Map<number, LocatedQuote>;
}

/**
 * What `check` establishes about a treaty and its sources, as the other parts read it: each
 * source's ingested structure and raw text, where each quote stands, and the coverage of every
 * operative sentence. Defined here so that export and the faces read it without depending on check.
 */
import type { LocatedQuote } from './compiled.js';
import type { Span, StructuredDocument } from './document.js';

/** `gap`: the sentence is only a gap's marker ("[NOT RETRIEVED]"): it stands for text the source lacks. */
export type CoverageStatus = 'covered' | 'non-operative' | 'gap' | 'partial' | 'uncovered';

/** A part of a source whose sentences must be covered. */
export interface CoverageUnit {
  /** Which part of the document: preamble, article 1 paragraph 2, closing, lead, paragraph 7 … */
  label: string;
  spans: Span[];
}

/** The text one provision or non-operative mark covers, or a gap's marker stands on. */
export interface Cover {
  kind: 'provision' | 'non-operative' | 'gap';
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

/**
 * Text missing from a source, as coverage reports it: a gap its entry in `sources` lists, or a
 * provision quoting it that is marked incomplete. A listed gap that cuts an incomplete provision's
 * words (it stands inside its quote or right after it, mid-sentence) is one gap, naming the provision.
 */
export interface CoverageGap {
  /** `source`: listed under the source's `gaps` (its index there); `provision`: only the provision's `incomplete` says so. */
  kind: 'source' | 'provision';
  /** What is missing: the gap's `what`, or the incomplete provision's reason. */
  what: string;
  /** The index of the gap in the source's `gaps` (kind `source`). */
  gap?: number;
  /** The incomplete provisions whose words it cuts (kind `provision`: the one provision). */
  provisions?: string[];
  marker?: string;
  after?: string;
  /** Where text is missing: the marker's span, or the empty span after the `after` words, or the end of the incomplete provision's quote; absent when the source does not show where. */
  at?: Span;
}

export interface SourceCoverage {
  source: string;
  file: string;
  sentences: SentenceCoverage[];
  /**
   * `percent` is of the text the source has: (covered + non-operative) / (sentences − gap), where
   * `gap` counts the sentences that are only a marker. Text the source lacks is counted apart, in `gaps`.
   */
  totals: Record<CoverageStatus, number> & { sentences: number; percent: number; gaps: number };
  /** False when text is missing (any gap): coverage is then of the text present only. */
  complete: boolean;
  gaps: CoverageGap[];
}

const percentOf = (part: number, whole: number) => (whole ? Math.floor((1000 * part) / whole) / 10 : 100);

/**
 * One line for people: "covered 95.2% · non-operative 4.7%", then "· complete" or, where text is
 * missing, "· gaps: 2 (Articles 7–12; the rest of Article 2's sentence)".
 */
export function describeCoverage(c: SourceCoverage): string {
  const present = c.totals.sentences - c.totals.gap;
  const parts = [`covered ${percentOf(c.totals.covered, present)}%`, `non-operative ${percentOf(c.totals['non-operative'], present)}%`];
  const missing = c.totals.partial + c.totals.uncovered;
  if (missing) parts.push(`not covered ${percentOf(missing, present)}%`);
  const whats = c.gaps.map((g) => (g.kind === 'provision' ? `${g.provisions?.[0] ?? 'a provision'} incomplete: ${g.what}` : g.what));
  parts.push(c.gaps.length ? `gaps: ${c.gaps.length} (${whats.join('; ')})` : 'no gaps');
  return parts.join(' · ');
}

/** The coverage figure: "100%", or, where text is missing, "complete except for 2 gaps" (or "92% · 2 gaps"): never 100% alone. */
export function coverageFigure(c: SourceCoverage): string {
  if (!c.gaps.length) return `${c.totals.percent}%`;
  const gaps = `${c.gaps.length} gap${c.gaps.length === 1 ? '' : 's'}`;
  return c.totals.percent === 100 ? `complete except for ${gaps}` : `${c.totals.percent}% · ${gaps}`;
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

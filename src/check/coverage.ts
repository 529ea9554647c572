/**
 * Coverage: is every operative sentence of a source encoded by a provision, or explicitly marked
 * non-operative? A sentence counts as covered when every one of its non-space characters lies in the
 * matched span of some provision's quote or non-operative mark (or of a gap's marker, which stands
 * for missing text: a sentence that is only a marker is `gap`). Text the source lacks is reported
 * apart, in `gaps` (src/check/gaps.ts): a source with gaps is never `complete`, whatever its percent.
 */
import type { Cover, CoverageGap, CoverageStatus, CoverageUnit, SentenceCoverage, SourceCoverage } from '../model/index.js';
import type { Span } from './quote-match.js';
import { splitSentences } from './sentences.js';

export function computeCoverage(
  source: string,
  file: string,
  raw: string,
  units: readonly CoverageUnit[],
  covers: readonly Cover[],
  gaps: readonly CoverageGap[] = [],
): SourceCoverage {
  // Mark every raw character with what covers it: provision wins over non-operative, non-operative over a gap's marker.
  const provisionAt = new Uint8Array(raw.length);
  const nonOperativeAt = new Uint8Array(raw.length);
  const gapAt = new Uint8Array(raw.length);
  const coverIds: { id: string; spans: Span[] }[] = [];
  for (const cover of covers) {
    const marks = cover.kind === 'provision' ? provisionAt : cover.kind === 'non-operative' ? nonOperativeAt : gapAt;
    for (const span of cover.spans) marks.fill(1, Math.max(0, span.start), Math.min(raw.length, span.end));
    coverIds.push({ id: cover.kind === 'non-operative' ? `non-operative:${cover.id}` : cover.id, spans: cover.spans });
  }
  const sentences: SentenceCoverage[] = [];
  for (const unit of units) {
    for (const sentence of splitSentences(raw, unit.spans)) {
      let total = 0;
      let byProvision = 0;
      let byNonOperative = 0;
      let byAny = 0;
      let missing = '';
      for (const span of sentence.spans) {
        for (let i = span.start; i < span.end; i++) {
          if (/\s/.test(raw[i]!)) {
            if (missing && !missing.endsWith(' ')) missing += ' ';
            continue;
          }
          total++;
          if (provisionAt[i]) byProvision++;
          if (nonOperativeAt[i]) byNonOperative++;
          if (provisionAt[i] || nonOperativeAt[i] || gapAt[i]) byAny++;
          else missing += raw[i];
        }
      }
      const status: CoverageStatus =
        byAny === 0 ? 'uncovered' : byAny < total ? 'partial' : byProvision > 0 ? 'covered' : byNonOperative > 0 ? 'non-operative' : 'gap';
      const by = coverIds
        .filter((c) => c.spans.some((s) => sentence.spans.some((t) => s.start < t.end && t.start < s.end)))
        .map((c) => c.id);
      sentences.push({
        unit: unit.label,
        text: sentence.text,
        spans: sentence.spans,
        status,
        by,
        ...(status === 'partial' ? { uncoveredText: missing.trim() } : {}),
      });
    }
  }
  const count = (s: CoverageStatus) => sentences.filter((x) => x.status === s).length;
  // The percent is of the text present: a sentence that is only a gap's marker holds none.
  const present = sentences.length - count('gap');
  const totals = {
    sentences: sentences.length,
    covered: count('covered'),
    'non-operative': count('non-operative'),
    gap: count('gap'),
    partial: count('partial'),
    uncovered: count('uncovered'),
    percent: present ? Math.floor((1000 * (count('covered') + count('non-operative'))) / present) / 10 : 100,
    gaps: gaps.length,
  };
  return { source, file, sentences, totals, complete: gaps.length === 0, gaps: [...gaps] };
}

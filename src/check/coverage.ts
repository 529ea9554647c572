/**
 * Coverage: is every operative sentence of a source encoded by a provision, or explicitly marked
 * non-operative? A sentence counts as covered when every one of its non-space characters lies in the
 * matched span of some provision's quote or non-operative mark.
 */
import type { Cover, CoverageStatus, CoverageUnit, SentenceCoverage, SourceCoverage } from '../model/index.js';
import type { Span } from './quote-match.js';
import { splitSentences } from './sentences.js';

export function computeCoverage(
  source: string,
  file: string,
  raw: string,
  units: readonly CoverageUnit[],
  covers: readonly Cover[],
): SourceCoverage {
  // Mark every raw character with what covers it: provision wins over non-operative.
  const provisionAt = new Uint8Array(raw.length);
  const nonOperativeAt = new Uint8Array(raw.length);
  const coverIds: { id: string; spans: Span[] }[] = [];
  for (const cover of covers) {
    const marks = cover.kind === 'provision' ? provisionAt : nonOperativeAt;
    for (const span of cover.spans) marks.fill(1, Math.max(0, span.start), Math.min(raw.length, span.end));
    coverIds.push({ id: cover.kind === 'provision' ? cover.id : `non-operative:${cover.id}`, spans: cover.spans });
  }
  const sentences: SentenceCoverage[] = [];
  for (const unit of units) {
    for (const sentence of splitSentences(raw, unit.spans)) {
      let total = 0;
      let byProvision = 0;
      let byEither = 0;
      let missing = '';
      for (const span of sentence.spans) {
        for (let i = span.start; i < span.end; i++) {
          if (/\s/.test(raw[i]!)) {
            if (missing && !missing.endsWith(' ')) missing += ' ';
            continue;
          }
          total++;
          if (provisionAt[i]) byProvision++;
          if (provisionAt[i] || nonOperativeAt[i]) byEither++;
          else missing += raw[i];
        }
      }
      const status: CoverageStatus =
        byEither === 0 ? 'uncovered' : byEither < total ? 'partial' : byProvision > 0 ? 'covered' : 'non-operative';
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
  const totals = {
    sentences: sentences.length,
    covered: count('covered'),
    'non-operative': count('non-operative'),
    partial: count('partial'),
    uncovered: count('uncovered'),
    percent: sentences.length ? Math.floor((1000 * (count('covered') + count('non-operative'))) / sentences.length) / 10 : 100,
  };
  return { source, file, sentences, totals };
}

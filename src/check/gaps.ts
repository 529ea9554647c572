/**
 * Gaps in a source (issue 15): text the copy lacks, listed under the source's `gaps`. Each gap's
 * marker (the text standing in the source where words are missing: "[NOT RETRIEVED]", "…") and
 * `after` words (the verbatim words after which words are missing) must be found in the source; the
 * marker's characters count for coverage as the gap's, not as uncovered text; and a gap that cuts a
 * provision's words (it stands inside its quote, or right after it before the sentence has ended)
 * belongs to that provision, which must then be marked `incomplete`.
 *
 * Markers are matched in order: the n-th gap naming a marker (without `after`) is the n-th
 * occurrence of the marker in the source. A gap with both stands at the marker's occurrence that
 * follows the `after` words.
 */
import { type LoadedTreaty, locate, type PathKey } from '../corpus/index.js';
import type { Cover, CoverageGap, Diagnostic, LocatedQuote, SourceGap, Span } from '../model/index.js';
import { findQuote, normaliseQuote, rawSpans, type SearchableText } from './quote-match.js';

export interface LocatedGaps {
  diagnostics: Diagnostic[];
  /** The markers' characters, per source id, to count as the gaps' in coverage. */
  covers: Map<string, Cover[]>;
  /** What coverage reports as missing, per source id: the listed gaps, then incomplete provisions no listed gap cuts. */
  gaps: Map<string, CoverageGap[]>;
}

export function locateGaps(
  t: LoadedTreaty,
  searchable: ReadonlyMap<string, SearchableText>,
  quoteSpans: Readonly<Record<string, LocatedQuote>>,
): LocatedGaps {
  const treaty = t.treaty.value;
  const diagnostics: Diagnostic[] = [];
  const covers = new Map<string, Cover[]>();
  const gaps = new Map<string, CoverageGap[]>();
  const at = (path: PathKey[]) => ({ file: t.treaty.yaml.file, ...locate(t.treaty.yaml, path) });
  const cutProvisions = new Set<string>();

  treaty.sources.forEach((source, i) => {
    const list: CoverageGap[] = [];
    const sourceCovers: Cover[] = [];
    gaps.set(source.id, list);
    covers.set(source.id, sourceCovers);
    const text = searchable.get(source.id);
    const markerUses = new Map<string, number>();
    (source.gaps ?? []).forEach((gap, j) => {
      const path: PathKey[] = ['sources', i, 'gaps', j];
      const entry: CoverageGap = { kind: 'source', what: gap.what, gap: j, ...pick(gap) };
      list.push(entry);
      if (!text) return; // the source could not be read: reported where it is loaded
      const where = placeOf(text, gap, markerUses);
      if ('problem' in where) {
        diagnostics.push({
          severity: 'error',
          ...at([...path, where.field]),
          code: 'gap-not-found',
          message: where.problem,
          hint: where.hint,
        });
        return;
      }
      if (where.ambiguous)
        diagnostics.push({
          severity: 'warning',
          ...at([...path, where.ambiguous.field]),
          code: 'quote-ambiguous',
          message: `gap "${gap.what}": ${where.ambiguous.message}`,
          hint: where.ambiguous.hint,
        });
      if (!where.at) return; // where the text is missing, the source does not show
      const gapAt = where.at;
      entry.at = gapAt;
      if (where.spans.length) sourceCovers.push({ kind: 'gap', id: `gap:${j}`, spans: where.spans });
      // The provisions whose words it cuts.
      treaty.provisions.forEach((p, k) => {
        const located = quoteSpans[p.id];
        if (p.quote.source !== source.id || !located || !cuts(text.raw, located.spans, gapAt)) return;
        if (p.incomplete) {
          entry.provisions = [...(entry.provisions ?? []), p.id];
          cutProvisions.add(p.id);
          return;
        }
        diagnostics.push({
          severity: 'warning',
          ...at(['provisions', k, 'quote', 'text']),
          code: 'gap-cuts-provision',
          message: `provision "${p.id}" is cut by the gap "${gap.what}" of source "${source.id}" (it stands ${gapAt.start < lastEnd(located.spans) ? 'inside its quote' : 'right after its quote, mid-sentence'}), but is not marked incomplete`,
          hint: `its words are cut, so say so: add \`incomplete: { reason: "…" }\` to provision "${p.id}" (what is missing), and outcomes resting on it become unknown`,
        });
      });
    });
  });

  // Incomplete provisions that no listed gap cuts are gaps of their own.
  for (const p of treaty.provisions) {
    if (!p.incomplete || cutProvisions.has(p.id)) continue;
    const located = quoteSpans[p.id];
    const end = located ? lastEnd(located.spans) : undefined;
    gaps.get(p.quote.source)?.push({
      kind: 'provision',
      what: p.incomplete.reason,
      provisions: [p.id],
      ...(end !== undefined ? { at: { start: end, end } } : {}),
    });
  }
  return { diagnostics, covers, gaps };
}

function pick(gap: SourceGap): Pick<CoverageGap, 'marker' | 'after'> {
  return { ...(gap.marker ? { marker: gap.marker } : {}), ...(gap.after ? { after: gap.after } : {}) };
}

type Place =
  | { at?: Span; spans: Span[]; ambiguous?: { field: 'marker' | 'after'; message: string; hint: string } }
  | { problem: string; hint: string; field: 'marker' | 'after' };

/** Where a gap stands: its marker's span (and its raw spans), or the empty span right after its `after` words; nowhere when it gives neither. */
function placeOf(text: SearchableText, gap: SourceGap, markerUses: Map<string, number>): Place {
  const quoted = (s: string) => `"${abbreviate(s)}"`;
  let point: number | undefined;
  let ambiguous: Extract<Place, { spans: Span[] }>['ambiguous'];
  if (gap.after) {
    const match = findQuote(text, gap.after);
    if (!match.found) {
      return {
        field: 'after',
        problem: `gap "${gap.what}": the words it follows are not in the source: ${quoted(gap.after)}`,
        hint: match.closest
          ? `the closest passage reads ${quoted(match.closest.text)}; copy the words exactly (only whitespace may differ)`
          : 'copy the words exactly from the source (only whitespace may differ)',
      };
    }
    if (match.occurrences > 1)
      ambiguous = {
        field: 'after',
        message: `the words it follows occur ${match.occurrences} times in the source; the first is used`,
        hint: 'quote more words so that they are unique',
      };
    point = lastEnd(match.spans);
  }
  if (!gap.marker) return point === undefined ? { spans: [] } : { at: { start: point, end: point }, spans: [], ambiguous };

  const occurrences = occurrencesOf(text, gap.marker);
  let chosen: Span[] | undefined;
  if (point !== undefined) {
    chosen = occurrences.find((spans) => spans[0]!.start >= point && !/\S/.test(text.raw.slice(point, spans[0]!.start)));
    if (!chosen)
      return {
        field: 'marker',
        problem: `gap "${gap.what}": the marker ${quoted(gap.marker)} does not follow the words ${quoted(gap.after!)} in the source`,
        hint: 'give the marker as it stands right after those words (only whitespace may come between), or drop one of the two',
      };
  } else {
    const n = markerUses.get(gap.marker) ?? 0;
    markerUses.set(gap.marker, n + 1);
    chosen = occurrences[n];
    if (!chosen)
      return {
        field: 'marker',
        problem:
          n === 0
            ? `gap "${gap.what}": its marker is not in the source: ${quoted(gap.marker)}`
            : `gap "${gap.what}": its marker ${quoted(gap.marker)} occurs ${occurrences.length} time${occurrences.length === 1 ? '' : 's'} in the source, and this is gap ${n + 1} to name it`,
        hint:
          n === 0
            ? 'copy the marker exactly as the source shows it (only whitespace may differ)'
            : 'each gap names one occurrence of its marker, in order: give this gap `after` words to say which, or remove it',
      };
    if (n === 0 && occurrences.length > 1)
      ambiguous = {
        field: 'marker',
        message: `its marker occurs ${occurrences.length} times in the source; gaps naming it take its occurrences in order`,
        hint: 'list a gap for each occurrence, or give `after` words to say which occurrence each gap is',
      };
  }
  return { at: { start: chosen[0]!.start, end: lastEnd(chosen) }, spans: chosen, ambiguous };
}

/** Every occurrence of a text in the source (whitespace-insensitive), as raw spans, in order. */
function occurrencesOf(text: SearchableText, needle: string): Span[][] {
  const n = normaliseQuote(needle);
  const out: Span[][] = [];
  if (!n) return out;
  for (let i = text.chars.indexOf(n); i >= 0; i = text.chars.indexOf(n, i + n.length)) out.push(rawSpans(text, i, i + n.length));
  return out;
}

/**
 * Whether a gap cuts a quote's words: it stands inside the quote, or right after it (only spaces
 * and single line breaks between) while the quote has not ended its sentence (its last character is
 * not ".", "!" or "?", closing quotation marks or brackets aside).
 */
function cuts(raw: string, spans: readonly Span[], at: Span): boolean {
  if (!spans.length) return false;
  const first = spans[0]!.start;
  const last = lastEnd(spans);
  if (at.start > first && at.start < last) return true;
  if (at.start < last) return false;
  const between = raw.slice(last, at.start);
  if (/\S/.test(between) || /\n\s*\n/.test(between)) return false;
  return !/[.!?]["'”’»)\]]*$/.test(raw.slice(first, last));
}

const lastEnd = (spans: readonly Span[]) => spans.reduce((end, s) => Math.max(end, s.end), 0);

function abbreviate(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

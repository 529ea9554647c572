/**
 * A structured document as passages to search: each leaf piece a reader sees (title, metadata lines,
 * preamble parts, article labels and paragraphs, document paragraphs, footnotes, closing,
 * signatures, the same in another expression), with its plain text — the piece's `text`, so the
 * Markdown and HTML around it (`####`, `*…*` lines, `<sup>1</sup>` markers, a front matter) is
 * already left out, and the inline markup still in it taken out (inline-markup.ts) —
 * where it stands in words ("Article 4(1)", "preamble, recital 2") and the map from its text back to
 * raw offsets, so a word found in the text gets its exact span in the source.
 *
 * Clutter left out by ingestion (page numbers, rules, navigation) and footnote anchors (a marker, a
 * piece of another piece) are not passages.
 */
import type { Article, Expression, Span, StructuredDocument, TreatyCheck } from '../model/index.js';
import { withoutInlineMarkup } from './inline-markup.js';
import { leafPieces } from './pieces.js';
import { mapSpans } from './spans.js';

export interface SearchPassage {
  /** JSON Pointer of the piece in the document, e.g. /articles/3/paragraphs/0. */
  pointer: string;
  /** Where it stands, in words: "title", "preamble, recital 2", "Article 4(1)", "footnote 1". */
  where: string;
  /** The piece's text (textOfSpans of its spans): what the reader shows. */
  text: string;
  /**
   * Runs of the text that stand at consecutive raw offsets, as pairs [textOffset, rawOffset, …]:
   * character k of the text comes from raw offset r + (k − t) of the last pair with t ≤ k.
   */
  map: number[];
}

/** The origin array of a mapped text as its runs (see SearchPassage.map). */
function runsOf(origin: Int32Array): number[] {
  const runs: number[] = [];
  for (let k = 0; k < origin.length; k++) if (k === 0 || origin[k] !== origin[k - 1]! + 1) runs.push(k, origin[k]!);
  return runs;
}

type TreatyPart = Pick<Expression, 'title' | 'preamble' | 'divisions' | 'articles'>;

function articleWhere(article: Article, paragraph: number | undefined): string {
  const label = article.label.text || `Article ${article.number}`;
  if (paragraph === undefined) return label;
  const p = article.paragraphs[paragraph];
  if (p?.number) return `${label}(${p.number})`;
  return article.paragraphs.length > 1 ? `${label}, paragraph ${paragraph + 1}` : label;
}

/** Where a pointer inside a treaty part stands, in words. */
function treatyWhere(part: TreatyPart, rest: string[]): string | null {
  const [head, a, b, c] = rest;
  const index = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  switch (head) {
    case 'title':
      return 'title';
    case 'preamble':
      if (a === 'recitals') return `preamble, recital ${index(b)! + 1}`;
      if (a === 'plenipotentiaries') return 'preamble, plenipotentiaries';
      return a === 'heading' ? 'preamble heading' : 'preamble';
    case 'divisions': {
      const division = part.divisions[index(a)!];
      const label = division?.label?.text ?? 'division';
      return b === 'paragraphs' ? `${label}, paragraph ${index(c)! + 1}` : label;
    }
    case 'articles': {
      const article = part.articles[index(a)!];
      if (!article) return null;
      return articleWhere(article, b === 'paragraphs' ? index(c) : undefined);
    }
    case 'closing':
      return 'closing formula';
    case 'signatures':
      return 'signatures';
    default:
      return null;
  }
}

/** Where a leaf piece stands, in words; null for one that is not a passage (clutter, a footnote's anchor). */
export function passageWhere(doc: StructuredDocument, pointer: string): string | null {
  const parts = pointer.split('/').slice(1);
  const [head, a, b] = parts;
  if (head === 'removed') return null;
  if (head === 'metadataLines') return doc.metadataLines[Number(a)]?.role === 'title' ? 'title' : 'heading of the record';
  if (head === 'paragraphs') return doc.paragraphs[Number(a)]?.role === 'lead' ? 'lead paragraph' : `paragraph ${Number(a) + 1}`;
  if (head === 'footnotes') return b === 'anchor' ? null : `footnote ${doc.footnotes[Number(a)]?.marker ?? Number(a) + 1}`;
  if (head === 'otherExpressions') {
    const expression = doc.otherExpressions[Number(a)];
    const where = expression ? treatyWhere(expression, parts.slice(2)) : null;
    return where && expression ? `${where} (${expression.language === 'und' ? 'another language' : `${expression.language} text`})` : where;
  }
  return treatyWhere(doc, parts);
}

/** The document's passages in the order they stand in the source. */
export function searchPassages(raw: string, doc: StructuredDocument): SearchPassage[] {
  const passages: (SearchPassage & { at: number })[] = [];
  for (const leaf of leafPieces(doc)) {
    const where = passageWhere(doc, leaf.pointer);
    if (where === null) continue;
    const mapped = withoutInlineMarkup(mapSpans(raw, leaf.spans as Span[]));
    if (mapped.text === '') continue;
    passages.push({ pointer: leaf.pointer, where, text: mapped.text, map: runsOf(mapped.origin), at: mapped.origin[0]! });
  }
  return passages.sort((x, y) => x.at - y.at).map(({ at: _at, ...p }) => p);
}

/** Each checked treaty's sources as passages: treaty id → source id → passages. */
export function corpusPassages(
  treaties: Iterable<Pick<TreatyCheck, 'id' | 'sourceTexts' | 'documents'>>,
): Map<string, Map<string, SearchPassage[]>> {
  const out = new Map<string, Map<string, SearchPassage[]>>();
  for (const t of treaties) {
    const bySource = new Map<string, SearchPassage[]>();
    for (const [sourceId, doc] of t.documents) bySource.set(sourceId, searchPassages(t.sourceTexts.get(sourceId) ?? '', doc));
    out.set(t.id, bySource);
  }
  return out;
}

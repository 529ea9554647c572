/**
 * Articles: the heading ("Article 1", "ARTICLE V", "Art. 3"), a heading on the same line after a
 * separator ("Article 2 – Definitions", "Article 2. Definitions") or on the next line when that line
 * reads as a heading and nothing runs on from it, then the paragraphs: a new paragraph at each blank
 * line and at each paragraph number opening a line ("1.", "(a)", "(iv)"), numbers kept as `number`
 * with a `level` (1 for the first numbering style met in the article, 2 for the next, …).
 */
import type { Article, ArticleParagraph, IngestWarning } from '../model/index.js';
import { pieceIn, pieceOf, segmentsOfLines } from './build.js';
import type { FlowLine } from './layout.js';
import { articleSortKey, followsInSequence, opensDivisionNumbering, parseArticleNumber, type ArticleNumber } from './article-number.js';
import { lineOffset, mapLine, type Line } from './lines.js';
import {
  articleHeading,
  looksLikeHeading,
  opensUnit,
  paragraphLabel,
  romanToArabic,
  type ArticleHeading,
  type LabelStyle,
} from './patterns.js';

/**
 * Words that leave a sentence open at the end of a line: the line after them goes on with it, so an
 * article label there is a reference ("… in accordance with / Article 5.").
 */
const RUN_ON_WORDS = new Set(
  (
    'of in with under to by and or nor see the a an per from pursuant including between at on for than as that which whose ' +
    'its their this these such into within upon also paragraph paragraphs article articles'
  ).split(' '),
);

function runsOn(text: string): boolean {
  if (/[,(\-–—]$/.test(text)) return true;
  return RUN_ON_WORDS.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Whether flow[i] opens an article: a heading at a paragraph break, after a finished line (final
 * punctuation or another heading), or, after a line without final punctuation that does not run on,
 * a heading that stands alone ("ARTICLE VI", "ARTICLE 2 SCOPE") or one after a line in capitals (a
 * chapter's heading). "Article 5 of …" continuing a sentence never is (articleHeading refuses it).
 */
/**
 * A line's article heading, read once and kept on the line: the passes that look for articles (the
 * first article, other expressions, divisions, the articles themselves) ask about the same lines.
 */
export function lineHeading(line: Line): ArticleHeading | null {
  // Every article label starts with "A" (Article, Art., Artikel, Artículo…): most lines are settled
  // by their first character.
  if (line.text.charCodeAt(0) !== 0x41) return null;
  if (line.heading === undefined) line.heading = articleHeading(line.text);
  return line.heading;
}

export function isArticleStart(flow: readonly FlowLine[], i: number): boolean {
  const current = flow[i];
  if (!current) return false;
  const heading = lineHeading(current.line);
  if (!heading) return false;
  const previous = flow[i - 1];
  if (current.newBlock || !previous) return true;
  const before = previous.line.text;
  if (/[.:;]$/.test(before) || lineHeading(previous.line) !== null) return true;
  if (runsOn(before)) return false;
  return heading.standsAlone || !/\p{Ll}/u.test(before);
}

/**
 * The flow index of the first article, or -1. Normally the first article start; but a heading in
 * another numbering style than the run that follows it (a stray "Article 5" quoted before articles
 * numbered 1.1, 1.2 …) is passed over, so that the run is not read as that one article's text.
 * A heading is passed over only when the next one is in another style, does not follow it and is
 * itself followed by its successor: "Article 1, Article 3, Article 4" keeps Article 1.
 */
export function firstArticleStart(flow: readonly FlowLine[]): number {
  const starts: { index: number; number: ArticleNumber }[] = [];
  for (let i = 0; i < flow.length && starts.length < 3; i++) {
    if (!isArticleStart(flow, i)) continue;
    starts.push({ index: i, number: lineHeading(flow[i]!.line)!.parsed });
    if (starts.length < 3) continue;
    const [stray, next, after] = starts as [(typeof starts)[0], (typeof starts)[0], (typeof starts)[0]];
    const passOver =
      stray.number.shape !== next.number.shape &&
      !followsInSequence(stray.number, next.number) &&
      followsInSequence(next.number, after.number);
    if (!passOver) break;
    starts.shift();
  }
  return starts[0]?.index ?? -1;
}

/** A number that opens a line in mid-paragraph only when the line before could end a clause. */
const REFERENCE_BEFORE_NUMBER = /\b(?:paragraphs?|sub-?paragraphs?|articles?|annex|items?|points?|no\.)$/i;

function endsBlock(flow: readonly FlowLine[], i: number, end: number): boolean {
  const next = flow[i + 1];
  return i + 1 >= end || !next || next.newBlock || opensUnit(next.line.text);
}

/**
 * Whether flow[i]'s text (or the part of it from an article's label on) is a heading: it reads as
 * one and ends its block, or, with text going on below it on the next line, it has no final
 * punctuation and that line opens a sentence of its own ("Art. 1 Purpose" / "This Agreement …").
 */
function isHeadingLine(flow: readonly FlowLine[], i: number, end: number, text: string): boolean {
  if (!looksLikeHeading(text)) return false;
  if (endsBlock(flow, i, end)) return true;
  const next = flow[i + 1]!.line.text;
  return !/[.;:,]$/.test(text) && !runsOn(text) && /^[\p{Lu}\p{N}("“'‘]/u.test(next);
}

interface ParagraphDraft {
  lines: Line[];
  /** Raw offset where the paragraph's text starts in its first line (after a number). */
  from: number;
  number: string | null;
  style: LabelStyle | null;
}

/** The numbering of i, v and x is read from the sequence: (h) (i) are letters, (i) (ii) numerals. */
function resolveStyle(
  value: string,
  style: LabelStyle,
  ambiguous: boolean,
  lastLetter: string | null,
  lastRoman: string | null,
): LabelStyle {
  if (!ambiguous) return style;
  const previousLetter = String.fromCharCode(value.charCodeAt(0) - 1);
  if (lastLetter === previousLetter) return 'letter';
  if (value === 'i') return 'roman';
  const previousRoman = lastRoman === null ? null : romanToArabic(lastRoman);
  if (previousRoman !== null && previousRoman + 1 === romanToArabic(value)) return 'roman';
  return 'letter';
}

function paragraphDrafts(raw: string, body: readonly FlowLine[], bodyFrom: number): ParagraphDraft[] {
  const drafts: ParagraphDraft[] = [];
  let lastLetter: string | null = null;
  let lastRoman: string | null = null;
  body.forEach((flowLine, i) => {
    const { line } = flowLine;
    const label = paragraphLabel(line.text);
    const previous = body[i - 1]?.line;
    const labelOpens = label !== null && (i === 0 || flowLine.newBlock || !REFERENCE_BEFORE_NUMBER.test(previous?.text ?? ''));
    const current = drafts[drafts.length - 1];
    if (!current || flowLine.newBlock || labelOpens || i === 0) {
      let from = i === 0 ? bodyFrom : line.start;
      let number: string | null = null;
      let style: LabelStyle | null = null;
      if (label && labelOpens) {
        style = resolveStyle(label.value, label.style, label.ambiguousRoman, lastLetter, lastRoman);
        if (style === 'letter') lastLetter = label.value;
        if (style === 'roman') lastRoman = label.value;
        number = label.value;
        from = label.length < line.text.length ? lineOffset(raw, line, label.length) : line.content.end;
      }
      drafts.push({ lines: [line], from, number, style });
    } else {
      current.lines.push(line);
    }
  });
  return drafts;
}

function paragraphsOf(raw: string, body: readonly FlowLine[], bodyFrom: number): ArticleParagraph[] {
  const styles: LabelStyle[] = [];
  const paragraphs: ArticleParagraph[] = [];
  let pendingNumber: { number: string; style: LabelStyle } | null = null;
  for (const draft of paragraphDrafts(raw, body, bodyFrom)) {
    const piece = pieceOf(raw, segmentsOfLines(draft.lines, draft.from));
    const number = draft.number !== null && draft.style !== null ? { number: draft.number, style: draft.style } : pendingNumber;
    if (!piece) {
      // A number alone on its line, with its text after a blank line: it numbers what follows.
      if (draft.number !== null && draft.style !== null) pendingNumber = { number: draft.number, style: draft.style };
      continue;
    }
    pendingNumber = null;
    if (number && !styles.includes(number.style)) styles.push(number.style);
    paragraphs.push({
      number: number ? number.number : null,
      level: number ? styles.indexOf(number.style) + 1 : 1,
      text: piece.text,
      spans: piece.spans,
    });
  }
  return paragraphs;
}

/** Parses articles from flow[start] (an article start) to flow[end); `checkSequence` is the caller's, once over all of them. */
export function parseArticles(raw: string, flow: readonly FlowLine[], start: number, end: number, warnings: IngestWarning[]): Article[] {
  const articles: Article[] = [];
  let i = start;
  while (i < end) {
    const headingLine = flow[i]!.line;
    const heading = lineHeading(headingLine)!;
    const map = mapLine(raw, headingLine);
    const label = pieceIn(raw, map, 0, heading.labelEnd)!;
    let next = i + 1;
    while (next < end && !isArticleStart(flow, next)) next++;
    let bodyStart = i + 1;
    let bodyFrom = flow[bodyStart]?.line.start ?? headingLine.end;
    let headingPiece = null;
    if (heading.restStart !== null) {
      const rest = map.text.slice(heading.restStart);
      if (isHeadingLine(flow, i, next, rest)) {
        headingPiece = pieceIn(raw, map, heading.restStart, map.text.length);
      } else {
        bodyStart = i;
        bodyFrom = map.origin[heading.restStart]!;
      }
    } else if (bodyStart < next) {
      const candidate = flow[bodyStart]!.line;
      if (!opensUnit(candidate.text) && bodyStart + 1 < next && isHeadingLine(flow, bodyStart, next, candidate.text)) {
        headingPiece = pieceOf(raw, candidate.segments);
        bodyStart += 1;
        bodyFrom = flow[bodyStart]!.line.start;
      }
    }
    const body = flow.slice(bodyStart, next);
    const paragraphs = paragraphsOf(raw, body, bodyFrom);
    // One unnumbered paragraph is the whole body: its piece is the body's, not made a second time.
    const only = paragraphs.length === 1 && paragraphs[0]!.number === null ? paragraphs[0]! : null;
    const bodyPiece = only
      ? { text: only.text, spans: only.spans }
      : pieceOf(
          raw,
          segmentsOfLines(
            body.map((f) => f.line),
            bodyFrom,
          ),
        );
    if (!bodyPiece) {
      warnings.push({
        code: 'empty-article',
        message: `Article ${heading.number} has no text`,
        spans: label.spans,
      });
    }
    articles.push({
      number: heading.number,
      arabic: heading.arabic,
      sortKey: articleSortKey(heading.number),
      division: null,
      label,
      heading: headingPiece,
      paragraphs,
      text: bodyPiece?.text ?? '',
      spans: bodyPiece?.spans ?? [],
    });
    i = next;
  }
  // The sequence is checked by the caller over the whole text (body.ts): numbering may restart per division.
  return articles;
}

/**
 * Articles numbered out of sequence usually mean a heading was misread (or a number misprinted).
 * Compound numbers, suffixes and words follow the rules of `followsInSequence` (1.1 → 1.2 → 2.1,
 * 3 → 3 bis → 4); where the division changes (an annex, a protocol) the numbering may start again.
 * The same number twice in one division is a `duplicate-article`, not also a sequence warning.
 */
export function checkSequence(articles: readonly Article[], warnings: IngestWarning[]): void {
  const seen = new Map<number | null, Set<string>>();
  let previous: { article: Article; number: ArticleNumber | null } | null = null;
  for (const article of articles) {
    const number = parseArticleNumber(article.number);
    const keys = seen.get(article.division) ?? new Set<string>();
    seen.set(article.division, keys);
    if (keys.has(article.sortKey)) {
      warnings.push({
        code: 'duplicate-article',
        message: `Article ${article.number} repeats the number of an earlier article`,
        spans: article.label.spans,
      });
    } else if (previous?.number && number) {
      const restarts = article.division !== previous.article.division && opensDivisionNumbering(number);
      if (!restarts && !followsInSequence(previous.number, number)) {
        warnings.push({
          code: 'article-sequence',
          message: `Article ${article.number} follows Article ${previous.article.number}`,
          spans: article.label.spans,
        });
      }
    }
    keys.add(article.sortKey);
    previous = { article, number };
  }
}

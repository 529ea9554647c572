/**
 * What Markdown conversions of treaties put around the text, taken out before the layout pass:
 * - YAML front matter (a `---` line first, up to the next `---` line): each of its lines becomes a
 *   metadata line (`front-matter`; the `title:` line `title`), and its title is offered as the
 *   document's title when the text has none of its own;
 * - lines that are only HTML markup (`<meta … />`, `<br>`, `<div …>`, `</div>`, `<!-- … -->`): removed
 *   with the reason `html-markup`.
 * Those lines become blank for the passes after this one, so they never join a paragraph. Headings
 * (`###`, even `##Title` without the space) and emphasis are left to lines.ts, which reads them as
 * whole-line markup.
 */
import type { MetadataLine, Piece, Removed } from '../model/index.js';
import { pieceOf } from './build.js';
import type { InlineMarker, Line } from './lines.js';

/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_FRONT_MATTER_LINES = 200;

const HTML_ONLY = /^(?:<!--.*-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>)+$/;
const KEY_VALUE = /^([A-Za-z_][\w-]{0,40}):[ \t]*(.*)$/;

export interface MarkdownFrame {
  lines: Line[];
  metadataLines: MetadataLine[];
  removed: Removed[];
  /** Footnote markers on the lines taken out (a front matter title's "[1]"): they still anchor notes. */
  markers: InlineMarker[];
  /** The front matter's `title:` line and its value (the words after `title:`, quotes left out). */
  title: { line: Piece; value: Piece } | null;
}

function blanked(line: Line, markers: InlineMarker[]): Line {
  for (const marker of line.markers) markers.push(marker);
  return { ...line, segments: [], markers: [], text: '', blank: true, separator: false, heading: undefined };
}

function isFrontMatterFence(raw: string, line: Line): boolean {
  return raw.slice(line.start, line.end).trimEnd() === '---';
}

/** The range of the front matter: [0, closing fence], or null. */
function frontMatterEnd(raw: string, lines: readonly Line[]): number | null {
  const first = lines[0];
  if (!first || !isFrontMatterFence(raw, first)) return null;
  const limit = Math.min(lines.length, MAX_FRONT_MATTER_LINES + 2);
  for (let i = 1; i < limit; i++) {
    const line = lines[i]!;
    if (isFrontMatterFence(raw, line)) return i > 1 ? i : null;
    // Front matter is `key: value` lines, list items and their continuations, nothing else.
    if (!line.blank && !/^[\s-]/.test(raw.slice(line.start, line.end)) && !KEY_VALUE.test(line.text)) return null;
  }
  return null;
}

/** The title value's piece: the words after `title:` without the quotes YAML may put around them. */
function titleOf(raw: string, line: Line): Piece | null {
  const colon = raw.indexOf(':', line.content.start);
  let from = colon + 1;
  let to = line.content.end;
  while (from < to && /\s/.test(raw[from]!)) from++;
  if (/['"]/.test(raw[from] ?? '') && raw[to - 1] === raw[from]) {
    from++;
    to--;
  }
  return pieceOf(
    raw,
    line.segments.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) })).filter((s) => s.start < s.end),
  );
}

export function markdownFrame(raw: string, lines: readonly Line[]): MarkdownFrame {
  const out = lines.slice();
  const metadataLines: MetadataLine[] = [];
  const removed: Removed[] = [];
  const markers: InlineMarker[] = [];
  let title: MarkdownFrame['title'] = null;
  const end = frontMatterEnd(raw, lines);
  if (end !== null) {
    for (let i = 0; i <= end; i++) {
      const line = lines[i]!;
      if (i > 0 && i < end && !line.blank) {
        const key = KEY_VALUE.exec(line.text)?.[1];
        const isTitle = key === 'title' && !/^\s/.test(raw.slice(line.start, line.end));
        const piece = pieceOf(raw, [line.content]);
        const value = isTitle ? titleOf(raw, line) : null;
        if (piece && value) title = { line: piece, value };
        else if (piece) metadataLines.push({ role: 'front-matter', ...piece });
      } else if (!line.blank) {
        const piece = pieceOf(raw, [line.content]);
        if (piece) removed.push({ reason: 'separator', ...piece });
      }
      out[i] = blanked(line, markers);
    }
  }
  for (let i = end === null ? 0 : end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.text.charCodeAt(0) !== 0x3c /* < */) continue;
    if (!HTML_ONLY.test(line.text)) continue;
    const piece = pieceOf(raw, [line.content]);
    if (piece) removed.push({ reason: 'html-markup', ...piece });
    out[i] = blanked(line, markers);
  }
  return { lines: out, metadataLines, removed, markers, title };
}

/**
 * Snippets: the part of a passage's plain text around the words found, with where each found word
 * stands in it. SQLite's highlight() marks the words with two private-use characters (which the
 * index never holds: they are taken out of the text indexed, see `indexable`), so any text — with
 * brackets, quotes, Markdown leftovers — is marked safely; the snippet is then cut here, at word
 * boundaries, with "…" where text is left out.
 */

export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** The text as indexed: the two marker characters replaced one for one (so offsets still hold). */
export function indexable(text: string): string {
  return text.replace(/[\uE000\uE001]/g, ' ');
}

export interface Range {
  start: number;
  end: number;
}

export interface Snippet {
  /** The text shown, "…" where left out. */
  text: string;
  /** The found words in `text` (UTF-16 offsets), in order. */
  marks: Range[];
  /** The found words from the first to the last shown, in the passage's own text; null when none is shown. */
  found: Range | null;
}

/** The passage's text and its found words, from highlight()'s output. */
export function unmark(marked: string): { text: string; marks: Range[] } {
  let text = '';
  const marks: Range[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0 && text.length > open) marks.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  return { text, marks };
}

/** Characters of a snippet, about (it is cut at a word boundary). */
const WIDTH = 220;
/** Characters shown before the first found word, about. */
const LEAD = 60;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

export function snippetOf(text: string, marks: readonly Range[]): Snippet {
  if (text.length <= WIDTH) {
    const found = marks.length ? { start: marks[0]!.start, end: marks[marks.length - 1]!.end } : null;
    return { text, marks: [...marks], found };
  }
  // The window of WIDTH characters holding the most found words, starting a little before one of them.
  let best = { start: 0, count: 0 };
  for (let i = 0; i < marks.length; i++) {
    const start = Math.max(0, marks[i]!.start - LEAD);
    const count = marks.filter((m) => m.start >= start && m.end <= start + WIDTH).length;
    if (count > best.count) best = { start, count };
  }
  // Cut between words: forward to a word's start (never past the first found word), back to a word's end.
  const first = marks.find((m) => m.start >= best.start)?.start ?? best.start;
  // A passage's opening words are kept when the first found word stands near them.
  let from = first <= LEAD ? 0 : best.start;
  while (from > 0 && from < first && !isSpace(text[from - 1])) from++;
  let to = Math.min(text.length, from + WIDTH);
  const last = marks.filter((m) => m.start >= from && m.end <= to).at(-1)?.end ?? from;
  while (to < text.length && to > last && !isSpace(text[to])) to--;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  const inside = marks.filter((m) => m.start >= from && m.end <= to);
  const lead = from > 0 ? '…' : '';
  return {
    text: lead + text.slice(from, to) + (to < text.length ? '…' : ''),
    marks: inside.map((m) => ({ start: m.start - from + lead.length, end: m.end - from + lead.length })),
    found: inside.length ? { start: inside[0]!.start, end: inside[inside.length - 1]!.end } : null,
  };
}

/** A range of a passage's text as raw offsets, through the passage's runs (pairs [textOffset, rawOffset, …]). */
export function rawRange(map: readonly number[], range: Range): Range | null {
  const at = (k: number): number | null => {
    let r: number | null = null;
    for (let i = 0; i + 1 < map.length && map[i]! <= k; i += 2) r = map[i + 1]! + (k - map[i]!);
    return r;
  };
  const start = at(range.start);
  const last = at(range.end - 1);
  return start === null || last === null ? null : { start, end: last + 1 };
}

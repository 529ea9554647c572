/**
 * Inline Markdown and HTML left inside a piece's text (ingestion takes out whole-line markup and
 * footnote markers, but not what stands mid-line): taken out of a mapped text, so what is left is
 * what a reader sees and each character keeps its raw offset.
 * - HTML tags (`<b>`, `</sup>`, `<br/>`): the tag goes, its content stays;
 * - links and images `[words](url)`, `![alt](url)`: the words stay;
 * - emphasis `*`, `**`, `***`, `_`, `__` where it opens or closes a run of words (not `2*3`, not snake_case);
 * - a heading's `#` marks at the start; a backslash before punctuation;
 * - table rows: cell pipes become spaces, `|---|:---:|` separator rows go.
 * Whitespace is collapsed again afterwards.
 */
import { isWhitespaceCode, type MappedText } from './spans.js';

/** [start, end, replacement] edits on a text, in order, not overlapping. */
type Edit = [number, number, string];

const PATTERNS: { regex: RegExp; edit: (m: RegExpExecArray) => Edit[] }[] = [
  // Links and images: keep the words between the brackets.
  {
    regex: /!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g,
    edit: (m) => {
      const open = m[0].startsWith('!') ? 2 : 1;
      const words = m[1]!.length;
      return [
        [m.index, m.index + open, ''],
        [m.index + open + words, m.index + m[0].length, ''],
      ];
    },
  },
  // Emphasis delimiters that open (before a word) or close (after one), before the tags go (`*Annex*<sup>2</sup>`).
  {
    regex: /(?:(?<=^|[\s([{"'“‘>])(\*{1,3}|_{1,2})(?=[^\s*_]))|(?:(?<=[^\s*_])(\*{1,3}|_{1,2})(?=$|[\s)\]}.,;:!?"'”’<]))/g,
    edit: (m) => [[m.index, m.index + m[0].length, '']],
  },
  // HTML tags and comments.
  { regex: /<!--.*?-->|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, edit: (m) => [[m.index, m.index + m[0].length, '']] },
  // Table separator rows, then cell pipes.
  { regex: /\|(?:\s*:?-{3,}:?\s*\|)+/g, edit: (m) => [[m.index, m.index + m[0].length, ' ']] },
  { regex: /(?:^|(?<=\s))\|(?=\s|$)/g, edit: (m) => [[m.index, m.index + 1, ' ']] },
  // A heading's marks at the start; a backslash escape.
  { regex: /^#{1,6}\s+/g, edit: (m) => [[m.index, m.index + m[0].length, '']] },
  { regex: /\\(?=[!-/:-@[-`{-~])/g, edit: (m) => [[m.index, m.index + 1, '']] },
];

/** Applies one pattern's edits to a mapped text. */
function applyPattern(mapped: MappedText, pattern: (typeof PATTERNS)[number]): MappedText {
  const edits: Edit[] = [];
  pattern.regex.lastIndex = 0;
  for (let m = pattern.regex.exec(mapped.text); m; m = pattern.regex.exec(mapped.text)) {
    edits.push(...pattern.edit(m));
    if (m[0].length === 0) pattern.regex.lastIndex++;
  }
  if (edits.length === 0) return mapped;
  const { text } = mapped;
  let out = '';
  const origin: number[] = [];
  const segment: number[] = [];
  let at = 0;
  const keep = (to: number) => {
    for (let k = at; k < to; k++) {
      origin.push(mapped.origin[k]!);
      segment.push(mapped.segment[k]!);
    }
    out += text.slice(at, to);
  };
  for (const [start, end, replacement] of edits) {
    if (start < at) continue;
    keep(start);
    for (let k = 0; k < replacement.length; k++) {
      origin.push(mapped.origin[start]!);
      segment.push(mapped.segment[start]!);
    }
    out += replacement;
    at = end;
  }
  keep(text.length);
  return { text: out, origin: Int32Array.from(origin), segment: Int32Array.from(segment) };
}

/** Whitespace runs collapsed to one space (the run's first character's origin), ends trimmed. */
function collapsed(mapped: MappedText): MappedText {
  const origin: number[] = [];
  const segment: number[] = [];
  let out = '';
  let pending = -1;
  for (let k = 0; k < mapped.text.length; k++) {
    if (isWhitespaceCode(mapped.text.charCodeAt(k))) {
      if (out.length > 0 && pending < 0) pending = k;
      continue;
    }
    if (pending >= 0) {
      out += ' ';
      origin.push(mapped.origin[pending]!);
      segment.push(mapped.segment[pending]!);
      pending = -1;
    }
    out += mapped.text[k];
    origin.push(mapped.origin[k]!);
    segment.push(mapped.segment[k]!);
  }
  return { text: out, origin: Int32Array.from(origin), segment: Int32Array.from(segment) };
}

/** The mapped text without its inline markup (see the module comment). */
export function withoutInlineMarkup(mapped: MappedText): MappedText {
  // Most pieces hold no markup character at all: left as they are.
  if (!/[*_<>[\]|#\\]/.test(mapped.text)) return mapped;
  let out = mapped;
  for (const pattern of PATTERNS) out = applyPattern(out, pattern);
  return out === mapped ? mapped : collapsed(out);
}

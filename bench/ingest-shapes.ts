/**
 * Inputs for the ingest benchmark (bench/ingest.ts): each shape fills the limits of src/text/limits.ts
 * (10 MiB, 200 000 lines) or comes close, with the construct that stresses one pass — many short
 * lines, headings, footnotes, one huge line, blank lines, lettered paragraphs, inline markers.
 * Deterministic: the same shape is the same text, byte for byte.
 */
import { MAX_INPUT_BYTES, MAX_INPUT_LINES } from '../src/text/limits.js';

export interface Shape {
  name: string;
  /** What the shape is, in a few words, for the report. */
  about: string;
  make: () => string;
}

/** `count` lines made by `line(i)` (1-based), joined by LF: `count` lines in all, no final break. */
function lines(count: number, line: (i: number) => string): string {
  const out: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) out[i] = line(i + 1);
  return out.join('\n');
}

const N = MAX_INPUT_LINES;

export const SHAPES: Shape[] = [
  {
    name: 'prose-2mb',
    about: '200 000 short lines of prose, 2 MB (the issue\'s "9 s" input)',
    make: () => lines(N, (i) => `words ${i % 1000}.`.padEnd(9, ' ')),
  },
  {
    name: 'prose-10mb',
    about: '200 000 lines of prose, one paragraph, ~10 MB',
    make: () => lines(N, (i) => `the Parties shall consult on line ${i} of it,`.padEnd(44, ' ')),
  },
  {
    name: 'articles',
    about: '200 000 lines of "Article N" headings',
    make: () => lines(N, (i) => `Article ${i}`),
  },
  {
    name: 'articles-bodies',
    about: '100 000 articles, heading and one-line body',
    make: () => lines(N, (i) => (i % 2 === 1 ? `Article ${(i + 1) / 2}` : `The Parties agree to point ${i}.`)),
  },
  {
    name: 'footnotes',
    about: 'one marker, then 130 000 footnote lines',
    make: () => ['Article 1', 'The Parties agree<sup>1</sup>.', '', lines(130_000, (i) => `<sup>1</sup> Note ${i}.`)].join('\n'),
  },
  {
    name: 'footnotes-200k',
    about: '100 000 markers in the text, then 100 000 footnotes',
    make: () =>
      [
        'Article 1',
        lines(99_998, (i) => `Text ${i}<sup>${i % 999}</sup> goes on`),
        '',
        lines(100_000, (i) => `<sup>${i % 999}</sup> Note ${i}.`),
      ].join('\n'),
  },
  {
    name: 'one-line',
    about: 'one line of 10 MiB less a byte',
    make: () => {
      const unit = 'the Parties agree, ';
      return unit.repeat(Math.floor((MAX_INPUT_BYTES - 1) / unit.length)).trimEnd();
    },
  },
  {
    name: 'one-line-markers',
    about: 'one 10 MB line full of <sup>1</sup> markers',
    make: () => {
      const unit = 'agree<sup>1</sup> ';
      return unit.repeat(Math.floor((MAX_INPUT_BYTES - 100) / unit.length)) + '\n\n<sup>1</sup> A note.';
    },
  },
  {
    name: 'blank-lines',
    about: '200 000 lines, one in two blank',
    make: () => lines(N, (i) => (i % 2 === 0 ? '' : `Paragraph ${i}.`)),
  },
  {
    name: 'only-blank-lines',
    about: 'a word, then 199 999 blank lines',
    make: () => 'Word' + '\n'.repeat(N - 1),
  },
  {
    name: 'lettered',
    about: 'Article 1 with 200 000 "(a)" paragraphs',
    make: () => lines(N, (i) => (i === 1 ? 'Article 1' : `(${String.fromCharCode(97 + (i % 26))}) the Party shall act;`)),
  },
  {
    name: 'numbered',
    about: 'Article 1 with 200 000 "N." paragraphs',
    make: () => lines(N, (i) => (i === 1 ? 'Article 1' : `${i}. The Party shall act.`)),
  },
  {
    name: 'sup-markers',
    about: '200 000 lines each with a <sup>1</sup> marker, one footnote',
    make: () => lines(N, (i) => (i === N ? '<sup>1</sup> The note.' : i === N - 1 ? '' : `The Parties<sup>1</sup> agree ${i}.`)),
  },
  {
    name: 'superscripts',
    about: '200 000 lines with superscript digits, one footnote',
    make: () => lines(N, (i) => (i === N ? '¹ The note.' : i === N - 1 ? '' : `Parties¹ of ${i} km²`)),
  },
  {
    name: 'bracket-markers',
    about: '200 000 lines with [1] markers, one Markdown note',
    make: () => lines(N, (i) => (i === N ? '_1 The note._' : i === N - 1 ? '' : `The Parties[1] agree ${i}.`)),
  },
  {
    name: 'markdown',
    about: '200 000 lines of Markdown headings and emphasis',
    make: () => lines(N, (i) => (i % 3 === 0 ? `### Article ${i / 3}` : i % 3 === 1 ? `**The Parties agree ${i}.**` : '')),
  },
  {
    name: 'crlf',
    about: '200 000 CRLF lines of prose',
    make: () => lines(N, (i) => `The Parties agree ${i}.\r`).slice(0, -1),
  },
];

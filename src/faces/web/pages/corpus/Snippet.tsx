/** A search snippet: plain text, with the words found (given as offsets by the server) in <mark>. */
import type { ReactNode } from 'react';

export interface Mark {
  start: number;
  end: number;
}

/** The snippet cut at its marks: [text, marked] pieces, in order (marks out of range or overlapping are ignored). */
export function snippetPieces(text: string, marks: readonly Mark[]): [string, boolean][] {
  const pieces: [string, boolean][] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) pieces.push([text.slice(at, m.start), false]);
    pieces.push([text.slice(m.start, m.end), true]);
    at = m.end;
  }
  if (at < text.length) pieces.push([text.slice(at), false]);
  return pieces;
}

export function Snippet({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const out: ReactNode[] = snippetPieces(text, marks).map(([piece, marked], i) => (marked ? <mark key={i}>{piece}</mark> : piece));
  return <>{out}</>;
}

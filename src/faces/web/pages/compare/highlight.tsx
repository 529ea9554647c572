/** A quote with the words a graded difference rests on marked in the grade's colour. */
import type { ReactNode } from 'react';
import type { Grade } from '../../api/types.js';

export interface GradedWords {
  text: string;
  grade: Grade;
  field: string;
}

export function HighlightedQuote({ quote, words }: { quote: string; words: readonly GradedWords[] }) {
  const ranges: { start: number; end: number; w: GradedWords }[] = [];
  for (const w of words) {
    const start = quote.indexOf(w.text);
    if (start < 0 || !w.text) continue;
    const end = start + w.text.length;
    if (ranges.some((r) => start < r.end && end > r.start)) continue;
    ranges.push({ start, end, w });
  }
  ranges.sort((x, y) => x.start - y.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push(quote.slice(at, r.start));
    out.push(
      <mark key={r.start} className={`diff grade-${r.w.grade}`} title={`${r.w.field}: ${r.w.grade}`}>
        {quote.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  out.push(quote.slice(at));
  return <>{out}</>;
}

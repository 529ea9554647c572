/**
 * A passage found by search, shown where it stands: the link gives its span in the source text
 * (`?source=ID&span=START-END`, raw offsets, end exclusive), the text marks those characters
 * (<mark class="found">) and the page scrolls them into view once.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface FoundSpan {
  start: number;
  end: number;
}

/** "120-135" as a span; null for anything else (a span the text cannot hold is simply not shown). */
export function parseFoundSpan(value: string | null | undefined): FoundSpan | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value ?? '');
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}

/** The raw text [start, start + text.length) with the part inside `found` marked. */
export function FoundText({ text, start, found }: { text: string; start: number; found: FoundSpan | null | undefined }): ReactNode {
  const end = start + text.length;
  if (!found || found.end <= start || found.start >= end) return text;
  const from = Math.max(found.start, start) - start;
  const to = Math.min(found.end, end) - start;
  return (
    <>
      {text.slice(0, from)}
      <mark className="found" data-found={found.start === start + from ? 'first' : undefined}>
        {text.slice(from, to)}
      </mark>
      {text.slice(to)}
    </>
  );
}

/** Scrolls the first marked piece into view once, when there is one (after the text is drawn). */
export function useScrollToFound(found: FoundSpan | null): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !found) return;
    const first = document.querySelector('mark.found');
    if (!first) return;
    done.current = true;
    first.scrollIntoView({ block: 'center' });
  });
}

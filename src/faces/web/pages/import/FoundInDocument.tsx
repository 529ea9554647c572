/**
 * The passage of a kept document that a search hit leads to (`/import?document=ID&passage=POINTER&span=S-E`):
 * the passage as the document's text has it, the words found marked and scrolled into view, and a
 * button to open the whole document's structure.
 */
import { api } from '../../api/client.js';
import type { SavedDocument, StructuredDocument } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';
import { FoundText, parseFoundSpan, useScrollToFound, type FoundSpan } from '../reader/found.js';

interface Props {
  id: string;
  passage: string | null;
  span: string | null;
  /** Shows the document's structure: the one already loaded here, not asked for again. */
  onOpen: (d: SavedDocument) => void;
}

interface Spanned {
  spans: { start: number; end: number }[];
}

/** The piece a JSON Pointer names in the structured document, when it is one with spans. */
export function pieceAt(document: StructuredDocument, pointer: string): Spanned | null {
  let at: unknown = document;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  const spans = (at as Partial<Spanned> | null)?.spans;
  return Array.isArray(spans) ? { spans } : null;
}

export function FoundInDocument({ id, passage, span, onOpen }: Props) {
  const kept = useResource(`document:${id}`, () => api.document(id));
  const found = parseFoundSpan(span);
  return (
    <section className="panel found-passage" aria-labelledby="found-heading">
      <Async resource={kept} what="the document">
        {(d) => {
          const piece = passage ? pieceAt(d.structured as StructuredDocument, passage) : null;
          return (
            <>
              <header className="rule-header">
                <h2 id="found-heading">
                  Found in <q>{d.name}</q>
                </h2>
                <button type="button" onClick={() => onOpen(d)}>
                  Show its structure
                </button>
              </header>
              {piece ? <Passage text={d.text} piece={piece} found={found} /> : <p>The passage is no longer in this document.</p>}
            </>
          );
        }}
      </Async>
    </section>
  );
}

function Passage({ text, piece, found }: { text: string; piece: Spanned; found: FoundSpan | null }) {
  useScrollToFound(found);
  return (
    <blockquote className="found-text">
      {piece.spans.map((s, i) => (
        <span key={s.start}>
          {i > 0 ? ' ' : ''}
          <FoundText text={text.slice(s.start, s.end)} start={s.start} found={found} />
        </span>
      ))}
    </blockquote>
  );
}

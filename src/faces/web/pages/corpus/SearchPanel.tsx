/**
 * Full-text search over provisions, source texts and imported documents (/api/search). Each hit
 * says what it is and where it stands ("Article 1(2)"), shows its snippet in plain text with the
 * words found marked, and links to that place: a provision to the reader with it selected, a source
 * passage to the reader scrolled to the words found (highlighted), an imported document's passage to
 * the document. The query stays in the page's address (?q=), so Back returns to the results.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { SearchHit, SearchResult } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href, navigate, useLocation } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { Link } from '../../components/Link.js';
import { Snippet } from './Snippet.js';

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  provision: 'provision',
  source: 'source text',
  document: 'imported document',
};

export function SearchPanel() {
  const location = useLocation();
  const query = location.query.get('q')?.trim() || null;
  const [text, setText] = useState(query ?? '');
  const results = useResource(query, (signal) => api.search(query ?? '', signal));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(href(location.path, { q: text.trim() }), { replace: true });
  };
  return (
    <section className="search" aria-labelledby="search-heading">
      <h2 id="search-heading" className="visually-hidden">
        Search
      </h2>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-input">Search the treaties, their sources and your imported documents</label>
        <div className="inline-field">
          <input
            id="search-input"
            type="search"
            value={text}
            maxLength={300}
            onChange={(e) => setText(e.target.value)}
            placeholder='e.g. armed attack, or "armed attack" as a phrase'
          />
          <button type="submit">Search</button>
        </div>
      </form>
      {query ? (
        <Async resource={results} what="search results">
          {(r) => <SearchResults result={r} />}
        </Async>
      ) : null}
    </section>
  );
}

function SearchResults({ result }: { result: SearchResult }) {
  if (result.terms.length === 0)
    return (
      <p role="status" className="search-summary">
        Nothing to search for in “{result.query}”: search looks for words (letters and digits); punctuation and brackets only separate them.
      </p>
    );
  // "armed… attack…": each word and what it begins; a phrase in quotes.
  const searched = result.terms.join(' ');
  if (result.hits.length === 0)
    return (
      <p role="status" className="search-summary">
        No match for {searched} (every word must stand in the same provision or passage)
      </p>
    );
  return (
    <>
      <p role="status" className="search-summary">
        {result.total} match{result.total === 1 ? '' : 'es'} for {searched}
        {result.total > result.hits.length ? ` (the best ${result.hits.length} shown)` : ''}
      </p>
      <ol className="search-hits" aria-label={`Results for ${result.query}`}>
        {result.hits.map((hit, i) => (
          <SearchHitItem key={`${hit.kind}:${hit.ref}:${hit.passage ?? ''}:${i}`} hit={hit} />
        ))}
      </ol>
    </>
  );
}

/** Where a hit leads: the provision, the passage in the reader, or the passage in the imported document. */
export function hitHref(hit: SearchHit): string {
  const span = hit.span ? `${hit.span.start}-${hit.span.end}` : null;
  if (hit.kind === 'document') return href('/import', { document: hit.ref, passage: hit.passage, span });
  const treaty = `/treaties/${encodeURIComponent(hit.treaty ?? '')}`;
  if (hit.kind === 'provision') return href(treaty, { provision: hit.ref });
  return href(treaty, { source: hit.ref, span });
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className={`search-hit search-hit-${hit.kind}`}>
      <p className="search-hit-head">
        <Link href={hitHref(hit)}>{hit.title}</Link> <span className="badge">{KIND_LABELS[hit.kind]}</span>{' '}
        <span className="search-where">{hit.where}</span>
      </p>
      <p className="snippet">
        <Snippet text={hit.snippet} marks={hit.marks} />
      </p>
    </li>
  );
}

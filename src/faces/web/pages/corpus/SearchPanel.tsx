/** Full-text search over provisions and source texts (/api/search); hits link to the provision. */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { SearchHit } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { href } from '../../app/router.js';
import { Async } from '../../components/Async.js';
import { Link } from '../../components/Link.js';

export function SearchPanel() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const results = useResource(query, (signal) => api.search(query ?? '', signal));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim() || null);
  };
  return (
    <section className="search" aria-labelledby="search-heading">
      <h2 id="search-heading" className="visually-hidden">
        Search
      </h2>
      <form role="search" onSubmit={submit} className="search-form">
        <label htmlFor="search-input">Search the treaties and their sources</label>
        <div className="inline-field">
          <input id="search-input" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. armed attack" />
          <button type="submit">Search</button>
        </div>
      </form>
      {query ? (
        <Async resource={results} what="search results">
          {(r) =>
            r.hits.length ? (
              <ol className="search-hits" aria-label={`Results for ${r.query}`}>
                {r.hits.map((hit) => (
                  <SearchHitItem key={`${hit.kind}:${hit.treaty}:${hit.ref}`} hit={hit} />
                ))}
              </ol>
            ) : (
              <p role="status">No match for “{r.query}”.</p>
            )
          }
        </Async>
      ) : null}
    </section>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const target = hit.kind === 'provision' ? href(`/treaties/${hit.treaty}`, { provision: hit.ref }) : `/treaties/${hit.treaty}`;
  return (
    <li>
      <Link href={target}>{hit.title}</Link>
      <p className="snippet">
        <Snippet text={hit.snippet} />
      </p>
    </li>
  );
}

/** The server marks matched words as [word]. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('[') && part.endsWith(']') ? <mark key={i}>{part.slice(1, -1)}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

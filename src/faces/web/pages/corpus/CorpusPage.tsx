/** The corpus: every treaty with its parties, signature and status today; full-text search. */
import { api } from '../../api/client.js';
import { useResource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';
import { SearchPanel } from './SearchPanel.js';
import { TreatyCard } from './TreatyCard.js';

export function CorpusPage() {
  const treaties = useResource('treaties', () => api.treaties());
  return (
    <>
      <h1>The corpus</h1>
      <p className="lead">
        Each treaty is encoded as rules that quote the exact words they rest on. Read a treaty against its source, run scenarios in the
        workbench, or compare two treaties provision by provision.
      </p>
      <SearchPanel />
      <section aria-labelledby="treaties-heading">
        <Async resource={treaties} what="the treaties">
          {(list) => (
            <>
              <h2 id="treaties-heading">
                Treaties{' '}
                <span className="muted">
                  ({list.treaties.length}; status on {list.date})
                </span>
              </h2>
              <ul className="cards" aria-label="Treaties">
                {list.treaties.map((t) => (
                  <TreatyCard key={t.id} treaty={t} other={list.treaties.find((o) => o.id !== t.id)?.id} />
                ))}
              </ul>
            </>
          )}
        </Async>
      </section>
    </>
  );
}

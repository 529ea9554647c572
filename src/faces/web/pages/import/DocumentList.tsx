/** The documents the user kept: open or delete each. */
import type { SavedDocumentSummary } from '../../api/types.js';
import type { Resource } from '../../api/useResource.js';
import { Async } from '../../components/Async.js';

interface Props {
  documents: Resource<SavedDocumentSummary[]>;
  current: string | null;
  onOpen: (id: string) => void;
  onDelete: (id: string, name: string) => void;
}

export function DocumentList({ documents, current, onOpen, onDelete }: Props) {
  return (
    <section className="panel" aria-labelledby="kept-heading">
      <h2 id="kept-heading">Kept documents</h2>
      <Async resource={documents} what="kept documents">
        {(list) =>
          list.length ? (
            <ul className="saved-list" aria-label="Kept documents">
              {list.map((d) => (
                <li key={d.id} className={d.id === current ? 'current' : undefined}>
                  <span className="saved-title">
                    {d.name} <span className="badge">{d.kind}</span>
                  </span>
                  <span className="saved-date muted">{d.createdAt.slice(0, 10)}</span>
                  <span className="saved-actions">
                    <button type="button" onClick={() => onOpen(d.id)} aria-label={`Open ${d.name}`}>
                      Open
                    </button>
                    <button type="button" className="danger" onClick={() => onDelete(d.id, d.name)} aria-label={`Delete ${d.name}`}>
                      Delete
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="field-hint">None yet.</p>
          )
        }
      </Async>
    </section>
  );
}

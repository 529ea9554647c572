/** Import: paste or upload a text, see what ingestion makes of it, keep it; the kept documents. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { SavedDocument, StructuredDocument } from '../../api/types.js';
import { useResource } from '../../api/useResource.js';
import { ProblemView } from '../../components/Problem.js';
import { DocumentList } from './DocumentList.js';
import { ImportForm } from './ImportForm.js';
import { IngestPreview } from './IngestPreview.js';
import { FoundInDocument } from './FoundInDocument.js';
import { useLocation } from '../../app/router.js';

interface Preview {
  name: string;
  text: string;
  document: StructuredDocument;
  kept: SavedDocument | null;
}

export function ImportPage() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const documents = useResource('documents', (signal) => api.documents(signal));

  const ingest = async (name: string, text: string) => {
    setBusy(true);
    setMessage('');
    try {
      setPreview({ name, text, document: await api.ingest(name, text), kept: null });
      setProblem(null);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  const keep = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const kept = await api.keepDocument(preview.name, preview.text);
      setPreview({ ...preview, kept });
      setMessage(`Kept “${kept.name}”.`);
      setProblem(null);
      documents.reload();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };

  /** Shows a kept document (the server stored what its own ingestion made of the text). */
  const show = (d: SavedDocument) => {
    setPreview({ name: d.name, text: d.text, document: d.structured as StructuredDocument, kept: d });
    setMessage(`Opened “${d.name}”.`);
    setProblem(null);
  };
  const open = async (id: string) => {
    try {
      show(await api.document(id));
    } catch (error) {
      setProblem(error);
    }
  };

  // Arriving from a search hit (?document=ID&passage=POINTER&span=S-E): the passage found, shown above the rest.
  const query = useLocation().query;
  const wanted = query.get('document');

  const remove = async (id: string, name: string) => {
    try {
      await api.deleteDocument(id);
      if (preview?.kept?.id === id) setPreview(null);
      setMessage(`Deleted “${name}”.`);
      documents.reload();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <>
      <h1>Import a text</h1>
      <p className="lead">
        Paste or upload a treaty text, a UN Treaty Series record or a news report. Ingestion finds its structure (metadata, preamble,
        articles and paragraphs, footnotes) and the clutter it leaves out; keep the document to find it again here.
      </p>
      <div className="import-grid">
        <div>
          <ImportForm busy={busy} onIngest={(name, text) => void ingest(name, text)} />
          <p role="status" className="status-line">
            {message}
          </p>
          {problem ? <ProblemView error={problem} /> : null}
          <DocumentList
            documents={documents}
            current={preview?.kept?.id ?? null}
            onOpen={(id) => void open(id)}
            onDelete={(id, name) => void remove(id, name)}
          />
        </div>
        <div>
          {wanted ? <FoundInDocument id={wanted} passage={query.get('passage')} span={query.get('span')} onOpen={show} /> : null}
          {preview ? (
            <IngestPreview
              name={preview.name}
              document={preview.document}
              kept={preview.kept !== null}
              busy={busy}
              onKeep={() => void keep()}
            />
          ) : (
            <section className="panel placeholder">
              <h2>Structure</h2>
              <p>The structure ingestion finds appears here.</p>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

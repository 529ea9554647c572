/**
 * What ingestion found in a text: kind, language, metadata (parties with their codes), preamble,
 * divisions (parts, chapters, annexes… with the articles they hold), articles and paragraphs,
 * footnotes, closing (its date, or the date left blank), the other expressions (the same treaty in
 * another language), clutter, warnings.
 */
import type { StructuredDocument } from '../../api/types.js';
import { languageName } from '../reader/units.js';

interface Props {
  name: string;
  document: StructuredDocument;
  kept: boolean;
  busy: boolean;
  onKeep: () => void;
}

const KIND_LABELS: Record<StructuredDocument['kind'], string> = {
  'unts-record': 'UN Treaty Series record',
  'news-report': 'news report',
  'treaty-text': 'treaty text',
};

export function IngestPreview({ name, document: doc, kept, busy, onKeep }: Props) {
  const metadata = Object.entries(doc.metadata).filter(([, v]) => v !== undefined);
  return (
    <section className="panel preview" aria-labelledby="preview-heading" data-testid="ingest-preview">
      <header className="rule-header">
        <h2 id="preview-heading">
          Structure of <q>{name}</q>
        </h2>
        <button type="button" className="primary" onClick={onKeep} disabled={kept || busy}>
          {kept ? 'Kept ✓' : 'Keep'}
        </button>
      </header>
      <dl className="facts-list wide">
        <dt>Kind</dt>
        <dd data-testid="doc-kind">{KIND_LABELS[doc.kind]}</dd>
        <dt>Size</dt>
        <dd>
          {doc.source.length.toLocaleString('en')} characters, {doc.source.bytes.toLocaleString('en')} bytes, line endings{' '}
          {doc.source.lineEndings}
          {doc.source.bom ? ', byte-order mark' : ''}
        </dd>
        <dt>Language</dt>
        <dd data-testid="doc-language">{doc.language ? languageName(doc.language) : 'not recognised'}</dd>
        {doc.title ? (
          <>
            <dt>Title</dt>
            <dd>{doc.title.text}</dd>
          </>
        ) : null}
      </dl>
      {doc.warnings.length ? (
        <div className="warnings" role="note" aria-label="Warnings">
          <h3>Warnings ({doc.warnings.length})</h3>
          <ul>
            {doc.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.code}</code>: {w.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {metadata.length ? (
        <>
          <h3>Metadata</h3>
          <dl className="facts-list wide">
            {metadata.map(([key, value]) => (
              <div key={key} className="fact">
                <dt>{key.replace(/([A-Z])/g, ' $1').toLowerCase()}</dt>
                <dd>{valueText(value)}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {doc.preamble ? (
        <>
          <h3>Preamble</h3>
          <ul className="structure">
            {doc.preamble.parties ? <li>Parties: {doc.preamble.parties.text}</li> : null}
            {doc.preamble.recitals.map((r, i) => (
              <li key={`r${i}`}>
                Recital {i + 1}: {r.text}
              </li>
            ))}
            {doc.preamble.plenipotentiaries.map((p, i) => (
              <li key={`p${i}`}>Plenipotentiary: {p.text}</li>
            ))}
            {doc.preamble.agreement ? <li>{doc.preamble.agreement.text}</li> : null}
          </ul>
        </>
      ) : null}
      {doc.divisions.length ? (
        <>
          <h3>Divisions ({doc.divisions.length})</h3>
          <ul className="structure divisions" aria-label="Divisions">
            {doc.divisions.map((d, i) => {
              const held = doc.articles.filter((a) => a.division === i).map((a) => a.label.text);
              return (
                <li key={i} style={{ marginLeft: `${(d.level - 1) * 1.25}rem` }}>
                  <strong>{d.label.text}</strong>
                  {d.heading ? <em> — {d.heading.text}</em> : null} <span className="badge">{d.kind.replace(/-/g, ' ')}</span>
                  {held.length ? <span className="muted">: {held.join(', ')}</span> : null}
                  {d.paragraphs.length ? (
                    <span className="muted">
                      {' '}
                      ({d.paragraphs.length} paragraph{d.paragraphs.length === 1 ? '' : 's'} outside articles)
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {doc.articles.length ? (
        <>
          <h3>Articles ({doc.articles.length})</h3>
          <ol className="structure articles" aria-label="Articles">
            {doc.articles.map((a, i) => (
              <li key={i}>
                <strong>{a.label.text}</strong>
                {a.heading ? <em> — {a.heading.text}</em> : null}
                <ol className="paragraphs">
                  {a.paragraphs.map((p, j) => (
                    <li key={j}>
                      {p.number ? <span className="muted">({p.number}) </span> : null}
                      {p.text}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {doc.paragraphs.length ? (
        <>
          <h3>Paragraphs ({doc.paragraphs.length})</h3>
          <ol className="structure" aria-label="Paragraphs">
            {doc.paragraphs.map((p, i) => (
              <li key={i}>
                {p.role === 'lead' ? <span className="badge">lead</span> : null} {p.text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {doc.footnotes.length ? (
        <>
          <h3>Footnotes ({doc.footnotes.length})</h3>
          <ul className="structure">
            {doc.footnotes.map((f, i) => (
              <li key={i}>
                <sup>{f.marker}</sup> {f.text}
                {f.placement.interrupts ? <span className="muted"> (stands inside {f.placement.interrupts}, at a page break)</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.closing ? (
        <>
          <h3>Closing</h3>
          <p>{doc.closing.text}</p>
          {doc.closing.date ? (
            <p className="muted" data-testid="closing-date">
              Dated {doc.closing.date.value} (“{doc.closing.date.text}”)
            </p>
          ) : doc.closing.dateLeftBlank ? (
            <p className="muted" data-testid="closing-date">
              Date left blank: “{doc.closing.dateLeftBlank.text}” (unknown, not guessed)
            </p>
          ) : null}
        </>
      ) : null}
      {doc.signatures.length ? (
        <>
          <h3>Signatures ({doc.signatures.length})</h3>
          <ul className="structure">
            {doc.signatures.map((s, i) => (
              <li key={i}>{s.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.otherExpressions.length ? (
        <>
          <h3>Other expressions ({doc.otherExpressions.length})</h3>
          <ul className="structure" aria-label="Other expressions">
            {doc.otherExpressions.map((e, i) => (
              <li key={i} lang={e.language === 'und' ? undefined : e.language}>
                <strong lang="en">{languageName(e.language)}</strong>: {e.articles.length} article{e.articles.length === 1 ? '' : 's'}
                {e.divisions.length ? `, ${e.divisions.length} division${e.divisions.length === 1 ? '' : 's'}` : ''}
                {e.title ? <>, title “{e.title.text}”</> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {doc.removed.length ? (
        <>
          <h3>Removed clutter ({doc.removed.length})</h3>
          <ul className="structure removed-list">
            {doc.removed.map((r, i) => (
              <li key={i}>
                <span className="badge">{r.reason.replace(/-/g, ' ')}</span> {r.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** A metadata value read from the text, in words: its value, and the words as written where they differ. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(valueText).join('; ');
  if (typeof value !== 'object') return String(value);
  const record = value as Record<string, unknown>;
  if ('value' in record) {
    const v = String(record.value);
    const text = typeof record.text === 'string' ? record.text : '';
    const lang = typeof record.language === 'string' ? `[${record.language}] ` : '';
    // A party the state list knows: "Australia (AUS)".
    const code = typeof record.code === 'string' ? ` (${record.code})` : '';
    return `${lang}${v}${code}${text && text !== v ? ` (“${text}”)` : ''}`;
  }
  return Object.entries(record)
    .filter(([k, v]) => k !== 'spans' && v !== undefined && v !== null)
    .map(([k, v]) => `${k}: ${valueText(v)}`)
    .join('; ');
}

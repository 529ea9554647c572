/** The text to import: pasted, or read from a file the user picks. */
import { useState, type ChangeEvent, type FormEvent } from 'react';

export function ImportForm({ busy, onIngest }: { busy: boolean; onIngest: (name: string, text: string) => void }) {
  const [name, setName] = useState('pasted.txt');
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setName(file.name);
    setText(await file.text());
    setFileNote(`Read ${file.name} (${file.size.toLocaleString('en')} bytes).`);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onIngest(name.trim() || 'pasted.txt', text);
  };
  return (
    <form className="panel import-form" onSubmit={submit} aria-labelledby="import-heading">
      <h2 id="import-heading">Text</h2>
      <div className="field">
        <label htmlFor="import-file">Upload a file (read as text)</label>
        <input id="import-file" type="file" accept=".txt,.md,.html,.htm,text/*" onChange={(e) => void readFile(e)} />
        {fileNote ? <p className="field-hint">{fileNote}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="import-name">Name</label>
        <input id="import-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="import-text">Or paste the text</label>
        <textarea id="import-text" rows={12} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          Preview the structure
        </button>
      </div>
    </form>
  );
}

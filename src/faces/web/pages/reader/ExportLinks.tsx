/** Downloads of the treaty in the formats other tools read, where the server offers them. */
import { api } from '../../api/client.js';
import { useResource } from '../../api/useResource.js';

const FORMATS = [
  { format: 'akn', label: 'Akoma Ntoso XML' },
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
] as const;

export function ExportLinks({ treaty }: { treaty: string }) {
  // Shown only when the API describes the export route.
  const doc = useResource('openapi', () => api.openApi());
  if (!doc.data || !('/api/treaties/{id}/export' in doc.data.paths)) return null;
  return (
    <p className="export-links">
      Export:{' '}
      {FORMATS.map((f, i) => (
        <span key={f.format}>
          {i > 0 ? ' · ' : ''}
          <a href={api.exportUrl(treaty, f.format)} download>
            {f.label}
          </a>
        </span>
      ))}
    </p>
  );
}

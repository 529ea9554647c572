/** Every provision of the treaty as a list to select from (also those whose words are in another source). */
import type { Provision, SourceSpan } from '../../api/types.js';
import { KindBadge } from '../../components/Badges.js';
import { provisionLabel } from './SourceText.js';

interface Props {
  provisions: readonly Provision[];
  located: ReadonlyMap<string, readonly SourceSpan[]>;
  selected: string | null;
  onSelect: (id: string) => void;
  collapsed: boolean;
}

export function ProvisionIndex({ provisions, located, selected, onSelect, collapsed }: Props) {
  const list = (
    <ul className="provision-index">
      {provisions.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className={`index-item${selected === p.id ? ' selected' : ''}`}
            aria-pressed={selected === p.id}
            onClick={() => onSelect(p.id)}
          >
            <span className="index-head">
              {provisionLabel(p)} <KindBadge kind={p.kind} />
              {located.has(p.id) ? null : <span className="muted"> (words in another source)</span>}
            </span>
            <span className="index-summary">{p.summary}</span>
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <details className="index-details" open={!collapsed}>
      <summary>All {provisions.length} provisions</summary>
      {list}
    </details>
  );
}

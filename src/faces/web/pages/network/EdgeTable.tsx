/**
 * The day's edges as a table: what the drawing shows, in words a researcher can read, copy or paste
 * into a spreadsheet. Each row opens its line's panel.
 */
import type { AtopCodeName, NetworkEdge } from '../../api/types.js';
import { StatusBadge } from '../../components/Badges.js';
import { UNKNOWN_TREATY_STYLE, type TreatyStyle } from '../../lib/networkColours.js';
import type { NetworkLayout } from '../../lib/networkLayout.js';
import { isUnknownEdge } from './codes.js';

interface Props {
  edges: readonly NetworkEdge[];
  code: AtopCodeName | null;
  names: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, TreatyStyle>;
  layout: NetworkLayout<NetworkEdge>;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function EdgeTable({ edges, code, names, styles, layout, selected, onSelect }: Props) {
  const lineOf = new Map(layout.links.flatMap((l) => l.edges.map((e) => [e, l.key] as const)));
  return (
    <section aria-labelledby="edges-heading" className="edge-table">
      <h2 id="edges-heading">The edges as a table</h2>
      <div className="table-scroll edge-scroll">
        <table data-testid="edge-table">
          <caption className="visually-hidden">
            Directed edges: the state that owes, the state owed, the treaty, the articles and the days
          </caption>
          <thead>
            <tr>
              <th scope="col">Owes</th>
              <th scope="col">Owed to</th>
              <th scope="col">Treaty</th>
              <th scope="col">Articles</th>
              <th scope="col">Since</th>
              <th scope="col">Until</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((edge) => {
              const key = lineOf.get(edge) ?? '';
              const style = styles.get(edge.treaty) ?? UNKNOWN_TREATY_STYLE;
              return (
                <tr
                  key={`${edge.from}>${edge.to}@${edge.treaty}`}
                  data-from={edge.from}
                  data-to={edge.to}
                  data-treaty={edge.treaty}
                  className={key === selected ? 'selected' : undefined}
                >
                  <th scope="row">
                    <button type="button" className="link-button" onClick={() => onSelect(key)} title={names.get(edge.from)}>
                      {edge.from}
                    </button>
                  </th>
                  <td title={names.get(edge.to)}>{edge.to}</td>
                  <td>
                    <span className="treaty-dot" style={{ background: style.colour }} aria-hidden="true" /> {edge.treaty}
                  </td>
                  <td>{[...new Set(edge.provisions.map((p) => p.article))].join('; ')}</td>
                  <td>{edge.since ?? 'not settled'}</td>
                  <td>{edge.until ?? 'open'}</td>
                  <td>
                    {isUnknownEdge(edge, code) ? (
                      <span className="badge status-unknown">unknown</span>
                    ) : (
                      <StatusBadge status={edge.status} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

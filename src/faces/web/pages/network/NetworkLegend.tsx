/**
 * The legend: one row per treaty of the corpus with its line's colour and how many edges it has on
 * the day. A row is a button (click, or Enter): it brings that treaty's lines forward and fades the others.
 */
import type { NetworkEdge } from '../../api/types.js';
import { UNKNOWN_TREATY_STYLE, type TreatyStyle } from '../../lib/networkColours.js';

interface Props {
  order: readonly string[];
  titles: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, TreatyStyle>;
  edges: readonly NetworkEdge[];
  emphasis: string | null;
  onEmphasis: (treaty: string | null) => void;
}

export function NetworkLegend({ order, titles, styles, edges, emphasis, onEmphasis }: Props) {
  return (
    <div className="network-legend" aria-label="Treaties (legend)" role="group">
      <ul>
        {order.map((treaty) => {
          const n = edges.filter((e) => e.treaty === treaty).length;
          const style = styles.get(treaty) ?? UNKNOWN_TREATY_STYLE;
          return (
            <li key={treaty} data-treaty={treaty}>
              <button
                type="button"
                className="legend-row"
                aria-pressed={emphasis === treaty}
                onClick={() => onEmphasis(emphasis === treaty ? null : treaty)}
              >
                <svg width="34" height="10" aria-hidden="true" className="legend-swatch">
                  <line x1="1" y1="5" x2="33" y2="5" stroke={style.colour} strokeWidth="3" strokeDasharray={style.dash} />
                </svg>
                <span className="legend-title">{titles.get(treaty) ?? treaty}</span>
                <span className="legend-count muted">{n ? `${n} edge${n === 1 ? '' : 's'}` : 'none on this day'}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="legend-note muted">
        <svg width="34" height="10" aria-hidden="true" className="legend-swatch">
          <line x1="1" y1="5" x2="33" y2="5" stroke="#5b6672" strokeWidth="3" strokeDasharray="3 4" />
        </svg>{' '}
        dashed: unknown (the treaty's status, or the words, leave it open). Arrowheads point at the state owed; a line with two arrowheads
        joins two states that owe each other.
      </p>
    </div>
  );
}

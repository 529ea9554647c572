/**
 * The side panel of a selected line: the treaty, and for each direction drawn (one, or both) who
 * owes whom, over which days, the codes and the provisions behind them — article, the exact words,
 * a link to them in the treaty reader.
 */
import type { AtopCodeName, DyadCode, DyadProvision, NetworkEdge } from '../../api/types.js';
import { StatusBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { UNKNOWN_TREATY_STYLE, type TreatyStyle } from '../../lib/networkColours.js';
import type { PlacedLink } from '../../lib/networkLayout.js';
import { articleLabel } from '../../lib/articles.js';

interface Props {
  link: PlacedLink<NetworkEdge>;
  /** The obligation drawn: the provisions that earn it come first. */
  code: AtopCodeName | null;
  names: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, TreatyStyle>;
  onClose: () => void;
}

export function EdgePanel({ link, code, names, styles, onClose }: Props) {
  const first = link.edges[0];
  if (!first) return null;
  const style = styles.get(link.treaty) ?? UNKNOWN_TREATY_STYLE;
  return (
    <section
      className="rule-panel edge-panel"
      style={{ borderTopColor: style.colour }}
      aria-labelledby="edge-heading"
      data-testid="edge-panel"
      data-link={link.key}
    >
      <header className="rule-header">
        <h2 id="edge-heading">
          {link.toA && link.toB ? `${link.a} ⇄ ${link.b}` : link.toB ? `${link.a} → ${link.b}` : `${link.b} → ${link.a}`}
        </h2>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the panel">
          ✕
        </button>
      </header>
      <p className="edge-treaty">
        <Link href={`/treaties/${encodeURIComponent(first.treaty)}`}>{first.treatyTitle}</Link> <code>{first.treaty}</code>
      </p>
      {link.edges.map((edge) => (
        <Direction key={`${edge.from}>${edge.to}`} edge={edge} code={code} names={names} />
      ))}
    </section>
  );
}

function Direction({ edge, code, names }: { edge: NetworkEdge; code: AtopCodeName | null; names: ReadonlyMap<string, string> }) {
  const named = (code: string) => `${names.get(code) ?? code} (${code})`;
  const acting = (state: string, party: string) => (party !== state ? `, acting for ${party}` : '');
  const shown = edge.codes.filter((c) => c.value !== 0);
  return (
    <article className="edge-direction" data-from={edge.from} data-to={edge.to}>
      <h3>
        {named(edge.from)}
        {acting(edge.from, edge.partyFrom)} owes {named(edge.to)}
        {acting(edge.to, edge.partyTo)}
      </h3>
      <dl className="facts-list">
        <div className="fact">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={edge.status} />
          </dd>
        </div>
        <div className="fact">
          <dt>Since</dt>
          <dd>{edge.since ?? 'a day the records do not settle'}</dd>
        </div>
        <div className="fact">
          <dt>Until</dt>
          <dd>{edge.until ? `${edge.until} (the first day it no longer holds)` : 'open, as the recorded history stands'}</dd>
        </div>
        <div className="fact">
          <dt>Codes</dt>
          <dd>{shown.length ? <CodeList codes={shown} /> : 'none'}</dd>
        </div>
      </dl>
      {drawnFirst(edge.provisions, code).map((p) => (
        <ProvisionQuote key={p.id} treaty={edge.treaty} provision={p} />
      ))}
    </article>
  );
}

function CodeList({ codes }: { codes: readonly DyadCode[] }) {
  return (
    <ul className="code-list">
      {codes.map((c) => (
        <li key={c.code}>
          <code>{c.code}</code> {c.value === 1 ? '1' : 'unknown'}
          {c.provisions.length ? <span className="muted"> ({c.provisions.join(', ')})</span> : null}
          {c.reason ? <span className="reason"> — {c.reason}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ProvisionQuote({ treaty, provision: p }: { treaty: string; provision: DyadProvision }) {
  return (
    <blockquote className="quote" data-provision={p.id}>
      <p>{p.quote}</p>
      <footer>
        {articleLabel(p.article)} · <code>{p.id}</code> · {p.source}
        {p.codes.length ? ` · earns ${p.codes.join(', ')}` : ''}
        {p.incomplete ? <span className="reason"> · incomplete: {p.incomplete}</span> : null} ·{' '}
        <Link href={`/treaties/${encodeURIComponent(treaty)}?provision=${encodeURIComponent(p.id)}`}>read it in the treaty</Link>
      </footer>
    </blockquote>
  );
}

/** The provisions that earn the code drawn first, the others after, each group in the answer's order. */
function drawnFirst(provisions: readonly DyadProvision[], code: AtopCodeName | null): DyadProvision[] {
  if (!code) return [...provisions];
  return [...provisions.filter((p) => p.codes.includes(code)), ...provisions.filter((p) => !p.codes.includes(code))];
}

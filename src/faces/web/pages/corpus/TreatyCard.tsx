/** One treaty of the corpus: titles, parties, signature, status today, and where to go next. */
import type { TreatySummary } from '../../api/types.js';
import { href } from '../../app/router.js';
import { StatusBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { useStateNames } from '../../components/useStates.js';

function statusText(s: TreatySummary['status']): string {
  const parts = [s.since ? `since ${s.since}` : '', s.term ? `term ${s.term}` : '', s.until ? `until ${s.until}` : ''].filter(Boolean);
  return parts.join(', ');
}

export function TreatyCard({ treaty, other }: { treaty: TreatySummary; other: string | undefined }) {
  const stateName = useStateNames();
  const headingId = `treaty-${treaty.id}`;
  return (
    <li className="card treaty-card" aria-labelledby={headingId} data-treaty={treaty.id}>
      <h3 id={headingId}>
        <Link href={`/treaties/${treaty.id}`}>{treaty.shortTitle}</Link>
      </h3>
      {Object.entries(treaty.titles).map(([lang, title]) => (
        <p key={lang} className="title-line" lang={lang}>
          {title}
        </p>
      ))}
      <dl className="facts-list">
        <dt>Parties</dt>
        <dd>
          {treaty.parties.map((p, i) => (
            <span key={p}>
              {i > 0 ? ' · ' : ''}
              <abbr title={stateName(p)}>{p}</abbr> {stateName(p) !== p ? <span className="muted">({stateName(p)})</span> : null}
            </span>
          ))}
        </dd>
        <dt>Signed</dt>
        <dd>
          {treaty.signature.date}, {treaty.signature.place}
        </dd>
        <dt>Status today</dt>
        <dd>
          <StatusBadge status={treaty.status.status} /> {statusText(treaty.status)}
        </dd>
        <dt>Provisions</dt>
        <dd>{treaty.provisions}</dd>
      </dl>
      <p className="card-actions">
        <Link className="button" href={`/treaties/${treaty.id}`}>
          Read
        </Link>
        <Link className="button" href={href('/workbench', { treaty: treaty.id })}>
          Workbench
        </Link>
        {other ? (
          <Link className="button" href={href('/compare', { a: treaty.id, b: other })}>
            Compare
          </Link>
        ) : null}
      </p>
    </li>
  );
}

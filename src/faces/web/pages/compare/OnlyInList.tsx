/** Provisions with no counterpart in the other treaty, graded as what their absence means. */
import type { OnlyIn } from '../../api/types.js';
import { GradeBadge, KindBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { href } from '../../app/router.js';

export function OnlyInList({ title, items }: { title: string; items: readonly OnlyIn[] }) {
  const id = `only-${title.replace(/[^a-z]+/gi, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="muted">({items.length})</span>
      </h2>
      {items.length ? (
        <ul className="only-in">
          {items.map((o) => (
            <li key={o.provision.id} className={`card grade-border-${o.grade}`} data-provision={o.provision.id}>
              <p className="side-head">
                <GradeBadge grade={o.grade} /> <span className="badge">{o.change}</span>{' '}
                <Link href={href(`/treaties/${o.provision.treaty}`, { provision: o.provision.id })}>{o.provision.label}</Link>{' '}
                <KindBadge kind={o.provision.kind} /> <code className="muted">{o.provision.id}</code>
              </p>
              <p className="summary">{o.provision.summary}</p>
              <p className="reason">
                {o.reason}{' '}
                <span className="muted">
                  (rule {o.rule}
                  {o.nearest ? `; nearest: ${o.nearest.id}, ${Math.round(o.nearest.score * 100)}% alike` : ''})
                </span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
    </section>
  );
}

/** Every pair of treaties in the corpus, each a link that opens its comparison. */
import { href } from '../../app/router.js';
import { Link } from '../../components/Link.js';
import { treatyPairs } from './pairs.js';

interface TreatyName {
  id: string;
  shortTitle: string;
}

export function AllPairs({ treaties, a, b }: { treaties: readonly TreatyName[]; a: string; b: string }) {
  const pairs = treatyPairs(treaties);
  return (
    <nav className="all-pairs" aria-labelledby="all-pairs-heading">
      <h2 id="all-pairs-heading">
        Every pair in the corpus <span className="muted">({pairs.length})</span>
      </h2>
      <ul>
        {pairs.map((p) => {
          const current = (p.a.id === a && p.b.id === b) || (p.a.id === b && p.b.id === a);
          return (
            <li key={`${p.a.id}:${p.b.id}`} data-pair={`${p.a.id}:${p.b.id}`}>
              <Link href={href('/compare', { a: p.a.id, b: p.b.id })} aria-current={current ? 'page' : undefined}>
                {p.a.shortTitle} <span aria-hidden="true">↔</span>
                <span className="visually-hidden"> and </span> {p.b.shortTitle}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

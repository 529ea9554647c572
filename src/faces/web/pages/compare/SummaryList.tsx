/** The comparison in plain sentences, each with the words it rests on. */
import type { Claim } from '../../api/types.js';
import { GradeBadge } from '../../components/Badges.js';

export function SummaryList({ claims }: { claims: readonly Claim[] }) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      <ul className="claims">
        {claims.map((claim, i) => (
          <li key={i}>
            {claim.grade ? <GradeBadge grade={claim.grade} /> : <span className="badge">overview</span>} {claim.text}
            {claim.basis.length ? (
              <details>
                <summary>The words it rests on ({claim.basis.length})</summary>
                <ul className="basis">
                  {claim.basis.map((b, j) => (
                    <li key={j}>
                      <span className="muted">
                        {b.treaty} {b.article} (<code>{b.provision}</code>):
                      </span>{' '}
                      <q>{b.words}</q>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

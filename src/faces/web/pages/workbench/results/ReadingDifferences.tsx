/** Conclusions that change with the reading of a contested term. */
import type { ReadingDifference } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';

export function ReadingDifferences({ differences }: { differences: readonly ReadingDifference[] }) {
  if (!differences.length) return null;
  return (
    <section className="differences" aria-labelledby="differences-heading">
      <h3 id="differences-heading">Where the readings differ</h3>
      {differences.map((d, i) => (
        <article key={i} className="difference card">
          <h4>
            <code>{d.provision}</code> · {d.bearer}
            {d.beneficiary ? ` → ${d.beneficiary}` : ''} <span className="muted">({d.treaty})</span>
          </h4>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Readings</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {d.outcomes.map((o, j) => (
                  <tr key={j}>
                    <td>
                      {Object.entries(o.readings)
                        .map(([t, r]) => `${t}: ${r}`)
                        .join(', ')}
                    </td>
                    <td>
                      <OutcomeBadge outcome={o.outcome} />
                    </td>
                    <td>{o.from ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{d.summary}</p>
        </article>
      ))}
    </section>
  );
}

/** Each treaty's status intervals in the run, in words. */
import type { TreatyTimeline } from '../../../api/types.js';
import { StatusBadge } from '../../../components/Badges.js';

export function TreatyStatusList({ treaties }: { treaties: readonly TreatyTimeline[] }) {
  return (
    <details className="as-table">
      <summary>Treaty status, interval by interval</summary>
      {treaties.map((t) => (
        <div key={t.id} className="table-scroll">
          <table>
            <caption>{t.id}</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">From</th>
                <th scope="col">Until</th>
                <th scope="col">Term</th>
                <th scope="col">Cause</th>
              </tr>
            </thead>
            <tbody>
              {t.intervals.map((i, n) => (
                <tr key={n}>
                  <td>
                    <StatusBadge status={i.status} />
                  </td>
                  <td>{i.from ?? '—'}</td>
                  <td>{i.to ?? 'open-ended'}</td>
                  <td>{i.term ?? ''}</td>
                  <td>{i.cause ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </details>
  );
}

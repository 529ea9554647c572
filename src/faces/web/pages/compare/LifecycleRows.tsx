/** The lifecycle rows of a comparison, A beside B: entry into force, duration, renewal, notice, withdrawal, termination, and the membership rows (withdrawal of one party, accession, suspension, outside ends, minimum parties, survival). */
import type { LifecycleRow } from '../../api/types.js';
import { GradeBadge } from '../../components/Badges.js';

export function LifecycleRows({ rows, a, b }: { rows: readonly LifecycleRow[]; a: string; b: string }) {
  return (
    <section aria-labelledby="lifecycle-compare-heading">
      <h2 id="lifecycle-compare-heading">Lifecycle</h2>
      <div className="table-scroll">
        <table className="lifecycle-rows stack">
          <thead>
            <tr>
              <th scope="col">Aspect</th>
              <th scope="col">A: {a}</th>
              <th scope="col">B: {b}</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.aspect} className={`grade-row-${r.grade}`}>
                <th scope="row">{r.aspect.replace(/-/g, ' ')}</th>
                <td data-label={`A (${a})`}>
                  {r.a}
                  <Words words={r.words.a} />
                </td>
                <td data-label={`B (${b})`}>
                  {r.b}
                  <Words words={r.words.b} />
                </td>
                <td data-label="Grade">
                  <GradeBadge grade={r.grade} />
                  <p className="reason">{r.reason}</p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The words a lifecycle value rests on, folded: the same clause often sets several aspects. */
function Words({ words }: { words: string | null }) {
  if (!words) return null;
  return (
    <details className="words-details">
      <summary>the words</summary>
      <q className="words">{words}</q>
    </details>
  );
}

/**
 * Conclusions that change with the reading of a contested term: for each, the readings that set
 * the runs apart and what happened under each, in plain dates (lib/outcomeWords.ts), taken from the
 * run's own row (the difference carries only the outcome and first day).
 */
import type { ReadingDifference, Run } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';
import { outcomeInWords } from '../../../lib/outcomeWords.js';
import { readingsInWords, varyingTerms } from './outcomeSpec.js';

const sameReadings = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([t, r]) => b[t] === r);

export function ReadingDifferences({ differences, runs }: { differences: readonly ReadingDifference[]; runs: readonly Run[] }) {
  if (!differences.length) return null;
  return (
    <section className="differences" aria-labelledby="differences-heading" data-testid="differences">
      <h3 id="differences-heading">Where the readings differ</h3>
      {differences.map((d, i) => {
        // The terms whose reading differs between the outcomes: the others are the same in each.
        const terms = varyingTerms(d.outcomes.map((o) => o.readings));
        return (
          <article key={i} className="difference card">
            <h4>
              <code>{d.provision}</code> · {d.bearer}
              {d.beneficiary ? ` → ${d.beneficiary}` : ''} <span className="muted">({d.treaty})</span>
            </h4>
            <table className="stack">
              <thead>
                <tr>
                  <th scope="col">Readings</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {d.outcomes.map((o, j) => {
                  const row = runs
                    .find((r) => sameReadings(r.readings, o.readings))
                    ?.obligations.find(
                      (x) =>
                        x.treaty === d.treaty && x.provision === d.provision && x.bearer === d.bearer && x.beneficiary === d.beneficiary,
                    );
                  return (
                    <tr key={j}>
                      <td data-label="Readings">{readingsInWords(o.readings, terms)}</td>
                      <td data-label="Outcome">
                        <OutcomeBadge outcome={o.outcome} /> {row ? outcomeInWords(row) : o.from ? `(arose on ${o.from})` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </article>
        );
      })}
    </section>
  );
}

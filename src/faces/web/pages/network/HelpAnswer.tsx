/**
 * The answer to "who must help?": the duties owed (grouped by treaty and provision, the quote once
 * above the pairs it binds), those undecided with why, those that bind no one with the reason, the
 * treaties looked at, and what was set aside.
 */
import type { HypotheticalAnswer, HypotheticalDuty, NothingOwed } from '../../api/types.js';
import { OutcomeBadge, StatusBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { groupByProvision, readingsText } from '../../lib/networkHelp.js';
import { lastDayBefore } from '../../lib/wording.js';
import { articleLabel } from '../../lib/articles.js';

export function HelpAnswer({ answer }: { answer: HypotheticalAnswer }) {
  const titles = new Map(answer.treaties.map((t) => [t.treaty, t.title]));
  const owed = groupByProvision(answer.owed);
  const undecided = groupByProvision(answer.undecided);
  return (
    <>
      <p className="help-summary" role="status">
        {answer.owed.length} {answer.owed.length === 1 ? 'duty' : 'duties'} owed, {answer.undecided.length} undecided,{' '}
        {answer.owesNothing.reduce((n, g) => n + g.pairs.length, 0)} that bind no one, under {answer.treaties.length}{' '}
        {answer.treaties.length === 1 ? 'treaty' : 'treaties'} looked at.
      </p>
      {answer.notParty.length ? (
        <ul className="not-party">
          {answer.notParty.map((n) => (
            <li key={n.state}>
              <code>{n.state}</code>: {n.text}
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="owed-heading">
        <h3 id="owed-heading">Who owes what to whom</h3>
        {owed.length ? (
          owed.map((g) => (
            <DutyGroup key={`${g.treaty}:${g.provision}`} rows={g.rows} title={titles.get(g.treaty) ?? g.treaty} testId="owed" />
          ))
        ) : (
          <p className="placeholder">No state would owe a duty under the corpus's treaties.</p>
        )}
      </section>
      {undecided.length ? (
        <section aria-labelledby="undecided-heading">
          <h3 id="undecided-heading">Undecided: may or may not be owed</h3>
          {undecided.map((g) => (
            <DutyGroup key={`${g.treaty}:${g.provision}`} rows={g.rows} title={titles.get(g.treaty) ?? g.treaty} testId="undecided" />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="nothing-heading">
        <h3 id="nothing-heading">Who owes nothing, and why</h3>
        {answer.owesNothing.length ? (
          <NothingTable groups={answer.owesNothing} titles={titles} />
        ) : (
          <p className="placeholder">Every duty the event triggers binds someone.</p>
        )}
      </section>
      <section aria-labelledby="looked-heading">
        <h3 id="looked-heading">Treaties looked at</h3>
        <ul className="treaties-looked">
          {answer.treaties.map((t) => (
            <li key={t.treaty} data-treaty={t.treaty}>
              <Link href={`/treaties/${encodeURIComponent(t.treaty)}`}>{t.title}</Link> <StatusBadge status={t.status} />{' '}
              <span className="muted">
                — {t.because}
                {t.terms.length ? `; every reading of ${t.terms.join(', ')} evaluated (${t.runs} runs)` : ''}
              </span>
            </li>
          ))}
        </ul>
        {answer.setAside.map((s) => (
          <p key={s.treaty} className="muted">
            Set aside ({s.treaty}): {s.text}
          </p>
        ))}
        {answer.warnings.length ? (
          <ul className="warnings">
            {answer.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}

/** One provision's duties: its article and quote once, then one row per bearer → beneficiary. */
function DutyGroup({ rows, title, testId }: { rows: HypotheticalDuty[]; title: string; testId: string }) {
  const first = rows[0]!;
  return (
    <div className="duty-group card" data-treaty={first.treaty} data-provision={first.provision}>
      <h4>
        {title}, {articleLabel(first.article)} <code>{first.provision}</code>
      </h4>
      <blockquote className="quote">
        <p>{first.quote.text}</p>
        <footer>
          {first.quote.source} ·{' '}
          <Link href={`/treaties/${encodeURIComponent(first.treaty)}?provision=${encodeURIComponent(first.provision)}`}>
            read it in the treaty
          </Link>
        </footer>
      </blockquote>
      <div className="table-scroll">
        <table data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">Owes</th>
              <th scope="col">To</th>
              <th scope="col">Duty</th>
              <th scope="col">Outcome</th>
              <th scope="col">From</th>
              <th scope="col">Due by (last day)</th>
              <th scope="col">Under</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-bearer={r.bearer} data-beneficiary={r.beneficiary ?? ''} data-outcome={r.outcome}>
                <th scope="row">{r.bearer}</th>
                <td>{r.beneficiary ?? '—'}</td>
                <td>{r.duty}</td>
                <td>
                  <OutcomeBadge outcome={r.outcome} />
                </td>
                <td>{r.from ?? 'unknown'}</td>
                <td>{r.deadline ? lastDayBefore(r.deadline) : 'none'}</td>
                <td>{readingsText(r.readings, r.everyReading)}</td>
                <td className="reason">
                  {r.why}
                  {r.grounds.length ? (
                    <ul className="grounds">
                      {r.grounds.map((g, j) => (
                        <li key={j}>{g.text}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NothingTable({ groups, titles }: { groups: NothingOwed[]; titles: ReadonlyMap<string, string> }) {
  return (
    <div className="table-scroll">
      <table data-testid="owes-nothing">
        <thead>
          <tr>
            <th scope="col">Treaty, article</th>
            <th scope="col">Reason</th>
            <th scope="col">Pairs (owes → to)</th>
            <th scope="col">Under</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => (
            <tr key={i} data-treaty={g.treaty} data-provision={g.provision} data-reason={g.reason} data-state={g.state ?? ''}>
              <th scope="row">
                {titles.get(g.treaty) ?? g.treaty}, {articleLabel(g.article)}
              </th>
              <td className="reason">
                <span className="tag">{g.reason.replaceAll('-', ' ')}</span> {g.text}
              </td>
              <td>{g.pairs.map((p) => `${p.bearer} → ${p.beneficiary ?? '—'}`).join(', ')}</td>
              <td>{readingsText(g.readings, g.everyReading)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

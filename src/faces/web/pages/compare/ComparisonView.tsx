/** The comparison of two treaties: summary, lifecycle, aligned provisions, provisions in one only. */
import type { TreatyComparison } from '../../api/types.js';
import { Link } from '../../components/Link.js';
import { BehaviourView } from './BehaviourView.js';
import { CountsTable } from './CountsTable.js';
import { LifecycleRows } from './LifecycleRows.js';
import { MatchView } from './MatchView.js';
import { OnlyInList } from './OnlyInList.js';
import { SummaryList } from './SummaryList.js';
import { provisionLabels } from './behaviourWords.js';

export function ComparisonView({ comparison: c }: { comparison: TreatyComparison }) {
  return (
    <div className="comparison">
      <div className="versus">
        <TreatyHead side="A" info={c.a} />
        <TreatyHead side="B" info={c.b} />
      </div>
      <p className="reading-guide">{c.reading}</p>
      <CountsTable counts={c.counts} a={c.a.id} b={c.b.id} />
      {c.behaviour ? <BehaviourView behaviour={c.behaviour} a={c.a.id} bId={c.b.id} labels={provisionLabels(c)} /> : null}
      <SummaryList claims={c.summary} />
      <LifecycleRows rows={c.lifecycle} a={c.a.id} b={c.b.id} />
      <section aria-labelledby="aligned-heading">
        <h2 id="aligned-heading">
          Aligned provisions{' '}
          <span className="muted">
            ({c.counts.matches} {c.counts.matches === 1 ? 'match' : 'matches'}, {c.counts.pairs} {c.counts.pairs === 1 ? 'pair' : 'pairs'})
          </span>
        </h2>
        {c.matches.map((m, i) => (
          <MatchView key={i} match={m} />
        ))}
      </section>
      <OnlyInList title={`Only in A (${c.a.id})`} items={c.onlyInA} />
      <OnlyInList title={`Only in B (${c.b.id})`} items={c.onlyInB} />
      {c.rules.length ? (
        <details className="rules">
          <summary>The grading rules applied ({c.rules.length})</summary>
          <dl>
            {c.rules.map((r) => (
              <div key={r.id}>
                <dt>
                  <code>{r.id}</code> <span className="muted">({r.fields.join(', ')})</span>
                </dt>
                <dd>{r.text}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}

function TreatyHead({ side, info }: { side: 'A' | 'B'; info: TreatyComparison['a'] }) {
  return (
    <div className={`treaty-head side-${side.toLowerCase()}`}>
      <span className="side-tag">{side}</span>
      <Link href={`/treaties/${info.id}`}>{info.shortTitle}</Link>
      <span className="muted">
        {' '}
        · {info.parties.join(', ')} · signed on {info.signed} · {info.provisions} provisions
      </span>
    </div>
  );
}

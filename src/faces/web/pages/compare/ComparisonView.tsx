/** The comparison of two treaties: summary, lifecycle, aligned provisions, provisions in one only. */
import type { Grade, TreatyComparison } from '../../api/types.js';
import { GradeBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { LifecycleRows } from './LifecycleRows.js';
import { MatchView } from './MatchView.js';
import { OnlyInList } from './OnlyInList.js';
import { SummaryList } from './SummaryList.js';

const GRADES: Grade[] = ['widens', 'narrows', 'same', 'unclear'];

export function ComparisonView({ comparison: c }: { comparison: TreatyComparison }) {
  const pairs = c.matches.flatMap((m) => m.pairs);
  const counts = Object.fromEntries(GRADES.map((g) => [g, pairs.filter((p) => p.grade === g).length])) as Record<Grade, number>;
  return (
    <div className="comparison">
      <div className="versus">
        <TreatyHead side="A" info={c.a} />
        <TreatyHead side="B" info={c.b} />
      </div>
      <p className="reading-guide">{c.reading}</p>
      <p className="grade-counts" aria-label="Aligned pairs by grade">
        {GRADES.map((g) => (
          <span key={g}>
            <GradeBadge grade={g} /> {counts[g]}
          </span>
        ))}
        <span className="muted">
          {' '}
          · {c.matches.length} matches, {c.onlyInA.length} only in A, {c.onlyInB.length} only in B
        </span>
      </p>
      <SummaryList claims={c.summary} />
      <LifecycleRows rows={c.lifecycle} a={c.a.id} b={c.b.id} />
      <section aria-labelledby="aligned-heading">
        <h2 id="aligned-heading">Aligned provisions</h2>
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
        · {info.parties.join(', ')} · signed {info.signed} · {info.provisions} provisions
      </span>
    </div>
  );
}

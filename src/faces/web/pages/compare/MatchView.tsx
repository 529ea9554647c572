/** One alignment (one-to-one, one-to-many or many-to-one): each pair side by side with its graded differences. */
import type { Match, PairComparison, ProvisionRef } from '../../api/types.js';
import { GradeBadge, KindBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { href } from '../../app/router.js';
import { HighlightedQuote, type GradedWords } from './highlight.js';

/** Each feature of the alignment score, named. */
const FEATURES: Record<PairComparison['reasons'][number]['feature'], string> = {
  kind: 'Kind of norm',
  act: 'What is done',
  trigger: 'Trigger',
  roles: 'Bearer and beneficiary',
  tags: 'Topics',
  text: 'Quoted words',
};

export function MatchView({ match }: { match: Match }) {
  return (
    <article className="match" data-shape={match.shape}>
      {match.shape !== 'one-to-one' ? (
        <p className="match-shape muted">
          {match.shape}: {match.a.join(', ')} ↔ {match.b.join(', ')}
        </p>
      ) : null}
      {match.pairs.map((pair) => (
        <PairView key={`${pair.a.id}:${pair.b.id}`} pair={pair} />
      ))}
    </article>
  );
}

function PairView({ pair }: { pair: PairComparison }) {
  const words = (side: 'a' | 'b'): GradedWords[] =>
    pair.differences.flatMap((d) => {
      const text = d.words[side];
      return text ? [{ text, grade: d.grade, field: d.field }] : [];
    });
  return (
    <section
      className={`pair grade-border-${pair.grade}`}
      data-pair={`${pair.a.id}:${pair.b.id}`}
      aria-label={`${pair.a.label} ↔ ${pair.b.label}`}
    >
      <header className="pair-header">
        <GradeBadge grade={pair.grade} />
        <span className="pair-title">
          {pair.a.label} ↔ {pair.b.label}
        </span>
        <span className="alike muted">alike {Math.round(pair.score * 100)}%</span>
      </header>
      <details className="why-aligned">
        <summary>Why these two are aligned</summary>
        <ul>
          {pair.reasons.map((r) => (
            <li key={r.feature} data-feature={r.feature}>
              <span className="muted">
                {FEATURES[r.feature]} ({Math.round(r.similarity * 100)}% alike, weight {r.weight}):
              </span>{' '}
              {r.detail}
            </li>
          ))}
          {pair.score === 1 && pair.reasons.some((r) => r.similarity < 1) ? (
            <li className="muted">
              Formalized alike in every field, so wholly alike: a part above scores a shared absence (no trigger, no act) below 100%.
            </li>
          ) : null}
        </ul>
      </details>
      <div className="sides">
        <Side provision={pair.a} words={words('a')} side="A" />
        <Side provision={pair.b} words={words('b')} side="B" />
      </div>
      {pair.differences.length ? (
        <div className="table-scroll">
          <table className="differences-table stack">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">Grade and reason</th>
              </tr>
            </thead>
            <tbody>
              {pair.differences.map((d) => (
                <tr key={d.field} className={`grade-row-${d.grade}`} data-field={d.field}>
                  <th scope="row">
                    <code>{d.field}</code>
                  </th>
                  <td data-label="A">{d.a ?? <span className="muted">none</span>}</td>
                  <td data-label="B">{d.b ?? <span className="muted">none</span>}</td>
                  <td data-label="Grade">
                    <GradeBadge grade={d.grade} /> {d.reason} <span className="muted">(rule {d.rule})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">No difference in the fields compared.</p>
      )}
      {pair.identical.length ? <p className="identical muted">Identical: {pair.identical.join(', ')}.</p> : null}
    </section>
  );
}

function Side({ provision: p, words, side }: { provision: ProvisionRef; words: GradedWords[]; side: 'A' | 'B' }) {
  return (
    <div className={`side side-${side.toLowerCase()}`}>
      <p className="side-head">
        <span className="side-tag">{side}</span> <Link href={href(`/treaties/${p.treaty}`, { provision: p.id })}>{p.label}</Link>{' '}
        <KindBadge kind={p.kind} /> <code className="muted">{p.id}</code>
      </p>
      <p className="summary">{p.summary}</p>
      <blockquote className="quote">
        <p>
          <HighlightedQuote quote={p.quote} words={words} />
        </p>
      </blockquote>
    </div>
  );
}

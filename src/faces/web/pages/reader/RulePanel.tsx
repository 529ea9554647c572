/** A provision's structured rule: kind, roles, trigger, act, qualifiers, tags and its quote. */
import type { Condition, Provision, Qualifier, Trigger } from '../../api/types.js';
import { href } from '../../app/router.js';
import { KindBadge } from '../../components/Badges.js';
import { Link } from '../../components/Link.js';
import { provisionLabel } from './SourceText.js';
import { WhyNot } from './WhyNot.js';

export function RulePanel({
  provision,
  treaty,
  today,
  onClose,
}: {
  provision: Provision;
  treaty: string;
  /** Where the server runs: the day the "why not?" disclosure asks about first. */
  today: string;
  onClose: () => void;
}) {
  return (
    <section className="rule-panel" aria-labelledby="rule-heading" data-testid="rule-panel">
      <header className="rule-header">
        <h2 id="rule-heading">
          {provisionLabel(provision)} <KindBadge kind={provision.kind} />
        </h2>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the rule">
          ✕
        </button>
      </header>
      <p className="rule-id">
        <code>{provision.id}</code>
      </p>
      {provision.articleNote ? <p className="note">{provision.articleNote}</p> : null}
      <p className="summary">{provision.summary}</p>
      <dl className="rule">
        <dt>Bearer</dt>
        <dd>
          <code>{provision.bearer}</code>
        </dd>
        {provision.beneficiary ? (
          <>
            <dt>Beneficiary</dt>
            <dd>
              <code>{provision.beneficiary}</code>
            </dd>
          </>
        ) : null}
        <dt>Trigger</dt>
        <dd>
          <TriggerView trigger={provision.trigger} />
          {provision.triggerText ? <q className="words">{provision.triggerText}</q> : null}
        </dd>
        {provision.act ? (
          <>
            <dt>Act</dt>
            <dd>
              <code>{provision.act.type}</code>
              {provision.act.kind?.length ? <> ({provision.act.kind.join(', ')})</> : null}: {provision.act.description}
              {provision.act.text ? <q className="words">{provision.act.text}</q> : null}
            </dd>
          </>
        ) : null}
        {provision.continuing ? (
          <>
            <dt>Continuing</dt>
            <dd>a standing duty: no single act discharges it</dd>
          </>
        ) : null}
        {provision.qualifiers.length ? (
          <>
            <dt>Qualifiers</dt>
            <dd>
              <ul className="qualifiers">
                {provision.qualifiers.map((q, i) => (
                  <QualifierView key={i} qualifier={q} />
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {provision.tags.length ? (
          <>
            <dt>Tags</dt>
            <dd className="tags">
              {provision.tags.map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <blockquote className="quote">
        <p>{provision.quote.text}</p>
        <footer>
          source <code>{provision.quote.source}</code>
        </footer>
      </blockquote>
      {provision.kind === 'obligation' || provision.kind === 'prohibition' ? (
        <>
          <WhyNot key={provision.id} treaty={treaty} provision={provision.id} today={today} />
          <p>
            <Link href={href('/workbench', { treaty })}>Try it in the scenario workbench →</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

function TriggerView({ trigger }: { trigger: Trigger | undefined }) {
  if (!trigger) return <span>none: it holds for as long as the treaty is in force</span>;
  if ('all' in trigger || 'any' in trigger) {
    const list = 'all' in trigger ? trigger.all : trigger.any;
    return (
      <>
        {'all' in trigger ? 'all of:' : 'any of:'}
        <ul className="conditions">
          {list.map((c, i) => (
            <li key={i}>
              <ConditionView condition={c} />
            </li>
          ))}
        </ul>
      </>
    );
  }
  return <ConditionView condition={trigger} />;
}

function ConditionView({ condition }: { condition: Condition }) {
  if ('inForceFor' in condition) {
    return (
      <span>
        the treaty has been in force for <code>{condition.inForceFor}</code>
      </span>
    );
  }
  if ('fluent' in condition) {
    return (
      <span>
        <code>{condition.subject}</code> is in <code>{condition.fluent}</code>
      </span>
    );
  }
  const where = Object.entries(condition.where);
  return (
    <span>
      event <code>{condition.event}</code>
      {where.length ? (
        <>
          {' '}
          where{' '}
          {where.map(([field, match], i) => (
            <span key={field}>
              {i > 0 ? ', ' : ''}
              {field} = <code>{match}</code>
            </span>
          ))}
        </>
      ) : null}
    </span>
  );
}

function QualifierView({ qualifier: q }: { qualifier: Qualifier }) {
  const extras = [
    q.term ? `reading of “${q.term}” decides it` : '',
    q.extent ? `extent: ${q.extent}` : '',
    q.instruments?.length ? `instruments: ${q.instruments.join('; ')}` : '',
    q.regions?.length ? `regions: ${q.regions.join(', ')}` : '',
  ].filter(Boolean);
  return (
    <li>
      <span className="tag">{q.type}</span> <q>{q.text}</q>
      {extras.length ? <span className="muted"> — {extras.join('; ')}</span> : null}
    </li>
  );
}

/**
 * An explanation as the engine gives it: the provision (quote and article), the events (with their
 * sources), the readings and the lifecycle facts a conclusion rests on, step by step.
 */
import type { ExplanationStep } from '../api/types.js';
import { href } from '../app/router.js';
import { Link } from './Link.js';
import { articleLabel } from '../lib/articles.js';

const STEP_LABELS: Record<ExplanationStep['step'], string> = {
  lifecycle: 'lifecycle',
  provision: 'provision',
  event: 'event',
  fluent: 'state of affairs',
  reading: 'reading',
  succession: 'succession',
  rule: 'rule',
  'missing-fact': 'missing fact',
  outcome: 'outcome',
};

/** `eventHref`: where an event the steps name is shown (the reader's recorded events), or undefined where it is not. */
export function Explanation({
  steps,
  treaty,
  eventHref,
}: {
  steps: readonly ExplanationStep[];
  treaty: string;
  eventHref?: (id: string) => string | undefined;
}) {
  return (
    <ol className="explanation">
      {steps.map((step, i) => (
        <li key={i} className={`step step-${step.step}`}>
          <span className="step-kind">{STEP_LABELS[step.step]}</span>
          <StepBody step={step} treaty={treaty} eventHref={eventHref} />
        </li>
      ))}
    </ol>
  );
}

function StepBody({
  step,
  treaty,
  eventHref,
}: {
  step: ExplanationStep;
  treaty: string;
  eventHref: ((id: string) => string | undefined) | undefined;
}) {
  if (step.provision) {
    const p = step.provision;
    const lead = step.text.includes(p.quote) ? step.text.slice(0, step.text.indexOf(p.quote)).replace(/[:\s"“]+$/, '') : step.text;
    return (
      <div className="step-body">
        <p>{lead}</p>
        <blockquote className="quote">
          <p>{p.quote}</p>
          <footer>
            <Link href={href(`/treaties/${treaty}`, { provision: p.id })}>{articleLabel(p.article)}</Link> · <code>{p.id}</code> · source{' '}
            <code>{p.source}</code>
          </footer>
        </blockquote>
      </div>
    );
  }
  if (step.event) {
    const e = step.event;
    const link = eventHref?.(e.id);
    return (
      <div className="step-body">
        <p>{step.text}</p>
        <p className="facts">
          event{' '}
          {link ? (
            <a href={link} className="event-id">
              <code>{e.id}</code>
            </a>
          ) : (
            <code className="event-id">{e.id}</code>
          )}{' '}
          · {e.date} · <code>{e.type}</code> · {e.origin}
          {e.source ? (
            <>
              {' '}
              · source: <cite>{e.source}</cite>
            </>
          ) : null}
        </p>
      </div>
    );
  }
  if (step.reading) {
    return (
      <div className="step-body">
        <p>{step.text}</p>
        <p className="facts">
          term <code>{step.reading.term}</code> read as <code>{step.reading.reading}</code>
        </p>
      </div>
    );
  }
  return (
    <div className="step-body">
      <p>{step.text}</p>
    </div>
  );
}

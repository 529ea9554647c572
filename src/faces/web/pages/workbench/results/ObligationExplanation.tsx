/** Why an obligation has its outcome: the quote, the events, the readings, the lifecycle facts. */
import { useEffect, useRef } from 'react';
import type { ObligationResult } from '../../../api/types.js';
import { OutcomeBadge } from '../../../components/Badges.js';
import { Explanation } from '../../../components/Explanation.js';
import { outcomeInWords } from '../../../lib/outcomeWords.js';
import { articleLabel } from '../../../lib/articles.js';

export function ObligationExplanation({ obligation: o, onClose }: { obligation: ObligationResult; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [o]);
  return (
    <section className="panel explanation-panel" aria-labelledby="explanation-heading" data-testid="explanation">
      <header className="rule-header">
        <h3 id="explanation-heading" ref={heading} tabIndex={-1}>
          Why <code>{o.provision}</code> ({o.bearer}
          {o.beneficiary ? ` → ${o.beneficiary}` : ''}) is <OutcomeBadge outcome={o.outcome} />
        </h3>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close the explanation">
          ✕
        </button>
      </header>
      <p className="facts">
        {o.kind}, {articleLabel(o.article)}; {o.from === null ? 'no duty arose (the last step says why not)' : outcomeInWords(o)}
        {o.events.length ? `; rests on events ${o.events.join(', ')}` : ''}
      </p>
      <Explanation steps={o.explanation} treaty={o.treaty} />
    </section>
  );
}

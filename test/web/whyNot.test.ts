// Covers src/faces/web/lib/whyNot.ts: which rows of a run are why-not rows, and their reason as the results show it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWhyNot, whyNotReason } from '../../src/faces/web/lib/whyNot.js';

const steps = (...texts: string[]) => ({ explanation: texts.map((text) => ({ step: 'outcome' as const, text })) });

describe('why-not rows', () => {
  it('are the rows without a day', () => {
    assert.equal(isWhyNot({ from: null }), true);
    assert.equal(isWhyNot({ from: '1985-03-01' }), false);
  });

  it('give the last step of their explanation, without the outcome its badge says', () => {
    assert.equal(
      whyNotReason(
        steps('Article 1…', 'Not triggered: event "armed-attack" (with attacked-party SUN) — never on a day the treaty applied.'),
      ),
      'Event "armed-attack" (with attacked-party SUN) — never on a day the treaty applied.',
    );
    assert.equal(
      whyNotReason(steps('Not applicable: the treaty did not apply on any day evaluated.')),
      'The treaty did not apply on any day evaluated.',
    );
    assert.equal(
      whyNotReason(steps("Unknown: the provision's words are cut in the source.")),
      "The provision's words are cut in the source.",
    );
    assert.equal(whyNotReason(steps('No ratification is recorded.')), 'No ratification is recorded.');
    assert.equal(whyNotReason(steps()), '');
  });
});

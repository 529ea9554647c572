// Covers src/faces/web/lib/outcomeWords.ts: an obligation's outcome in plain dates, deadlines said by their last day, the deciding event named.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ObligationResult } from '../../src/faces/web/api/types.js';
import { outcomeInWords } from '../../src/faces/web/lib/outcomeWords.js';

type Row = Pick<ObligationResult, 'outcome' | 'from' | 'to' | 'deadline' | 'explanation'>;
const row = (over: Partial<Row>): Row => ({ outcome: 'active', from: null, to: null, deadline: null, explanation: [], ...over });
const eventStep = (id: string, date: string) => ({
  step: 'event' as const,
  text: `event ${id}`,
  event: { id, date, type: 'assistance-provided', origin: 'scenario' },
});

describe('outcomeInWords', () => {
  it('says a discharged duty by the day it was discharged and the event dated that day, not by the day it arose', () => {
    const o = row({
      outcome: 'discharged',
      from: '2025-03-01',
      to: '2025-03-10',
      explanation: [eventStep('invasion', '2025-03-01'), eventStep('aid', '2025-03-10')],
    });
    assert.equal(outcomeInWords(o), 'discharged on 2025-03-10 by aid (arose on 2025-03-01)');
    // No event of the explanation dated that day: none is named.
    assert.equal(
      outcomeInWords({ ...o, explanation: [eventStep('invasion', '2025-03-01')] }),
      'discharged on 2025-03-10 (arose on 2025-03-01)',
    );
  });

  it('says an active duty’s deadline by its last day (the field is the first day late)', () => {
    assert.equal(
      outcomeInWords(row({ from: '2025-03-01', deadline: '2025-03-08' })),
      'active from 2025-03-01 (open-ended), due by 2025-03-07 (last day)',
    );
    assert.equal(
      outcomeInWords(row({ from: '1961-09-10', to: '1996-09-10' })),
      'active from 1961-09-10 to 1996-09-10 (last day 1996-09-09)',
    );
  });

  it('says a breach of a deadline by the deadline’s last day, and a breach by an act by its day and event', () => {
    assert.equal(
      outcomeInWords(row({ outcome: 'breached', from: '2025-03-01', to: '2025-03-08', deadline: '2025-03-08' })),
      'breached: deadline passed, last day 2025-03-07 (arose on 2025-03-01)',
    );
    assert.equal(
      outcomeInWords(row({ outcome: 'breached', from: '2025-06-01', to: '2025-06-01', explanation: [eventStep('deal', '2025-06-01')] })),
      'breached on 2025-06-01 by deal',
    );
  });

  it('says a lapse and a kept prohibition in plain dates', () => {
    assert.equal(
      outcomeInWords(row({ outcome: 'lapsed', from: '1985-03-01', to: '1985-04-01' })),
      'lapsed on 1985-04-01 (arose on 1985-03-01)',
    );
    assert.equal(outcomeInWords(row({ outcome: 'kept', from: '2024-12-04' })), 'kept: no forbidden act from 2024-12-04 (open-ended)');
  });

  it('gives why not for a row where no duty arose, and why unknown', () => {
    const last = (text: string) => [{ step: 'outcome' as const, text }];
    assert.equal(
      outcomeInWords(
        row({ outcome: 'not-triggered', explanation: last('Not triggered: event "armed-attack" — never on a day the treaty applied.') }),
      ),
      'Event "armed-attack" — never on a day the treaty applied.',
    );
    assert.equal(
      outcomeInWords(row({ outcome: 'unknown', from: '1990-01-01', explanation: last('Unknown: The date of the notice is not known.') })),
      'unknown, from 1990-01-01 (open-ended): the date of the notice is not known.',
    );
  });
});

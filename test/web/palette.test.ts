// Covers src/faces/web/lib/palette.ts: every status, outcome and grade has a label and a colour, and the colours tell them apart.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVENT_COLOUR,
  FLUENT_COLOUR,
  GRADE_LABELS,
  NOTICE_COLOUR,
  OUTCOME_COLOURS,
  OUTCOME_LABELS,
  STATUS_COLOURS,
  STATUS_LABELS,
} from '../../src/faces/web/lib/palette.js';

const HEX = /^#[0-9a-f]{6}$/;

describe('palette', () => {
  it('labels each treaty status and outcome with its name in words', () => {
    assert.deepEqual(STATUS_LABELS, { 'not-in-force': 'not in force', 'in-force': 'in force', terminated: 'terminated' });
    assert.deepEqual(OUTCOME_LABELS, {
      'not-triggered': 'not triggered',
      active: 'active',
      discharged: 'discharged',
      breached: 'breached',
      lapsed: 'lapsed',
      kept: 'kept',
    });
    assert.deepEqual(GRADE_LABELS, { widens: 'widens', narrows: 'narrows', same: 'same', unclear: 'unclear' });
  });

  // That every status and outcome of the model has a colour and a label is checked by the types (Record<TreatyStatus, …>).
  it('gives the canvas six-digit hex colours, a different one for each status and each outcome', () => {
    const statuses = Object.values(STATUS_COLOURS);
    const outcomes = Object.values(OUTCOME_COLOURS);
    for (const colour of [...statuses, ...outcomes, FLUENT_COLOUR, NOTICE_COLOUR, EVENT_COLOUR]) assert.match(colour, HEX);
    assert.equal(new Set(statuses).size, statuses.length);
    assert.equal(new Set(outcomes).size, outcomes.length);
    // The run chart draws fluents beside statuses and outcomes: its colour must be none of theirs.
    assert.ok(![...statuses, ...outcomes].includes(FLUENT_COLOUR));
  });
});

// Covers src/faces/web/lib/palette.ts: every status, outcome and grade has a label and a colour, the colours tell them apart (in lightness, or by hatching), and the legend lists the statuses drawn.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  DARK_INK,
  EVENT_COLOUR,
  FLUENT_COLOUR,
  GRADE_LABELS,
  HATCHED_OUTCOMES,
  HATCHED_STATUSES,
  NOTICE_COLOUR,
  OUTCOME_COLOURS,
  OUTCOME_LABELS,
  STATUS_COLOURS,
  STATUS_INK,
  STATUS_LABELS,
  statusLegend,
} from '../../src/faces/web/lib/palette.js';

const HEX = /^#[0-9a-f]{6}$/;

describe('palette', () => {
  // Which codes have a label is checked by the types (Record<TreatyStatus, …>); what each label says is a rule, not a copy of the table.
  it('labels each treaty status, outcome and grade with its name in words', () => {
    for (const labels of [STATUS_LABELS, OUTCOME_LABELS, GRADE_LABELS])
      for (const [code, label] of Object.entries(labels)) assert.equal(label, code.replaceAll('-', ' '));
  });

  it("styles each status's and each outcome's badge (styles.css)", () => {
    const css = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'faces', 'web', 'styles.css'), 'utf8');
    for (const name of [...Object.keys(STATUS_LABELS).map((s) => `status-${s}`), ...Object.keys(OUTCOME_LABELS).map((o) => `outcome-${o}`)])
      assert.match(css, new RegExp(`\\n\\.${name} \\{\\n`), `no .${name} badge style`);
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

  // Lightness (CIE L*) tells colours apart where hue does not (red–green colour blindness): the statuses
  // not hatched are at least 10 apart; hatched ones are told apart by their stripes as well.
  it('keeps the solid status colours apart in lightness, and hatches provisional and unknown', () => {
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
    };
    assert.deepEqual(HATCHED_STATUSES, ['provisionally-applied', 'unknown']);
    assert.deepEqual(HATCHED_OUTCOMES, ['unknown']);
    const solid = (Object.keys(STATUS_COLOURS) as (keyof typeof STATUS_COLOURS)[])
      .filter((s) => !HATCHED_STATUSES.includes(s))
      .map((s) => lightness(STATUS_COLOURS[s]))
      .sort((a, b) => a - b);
    for (let i = 0; i + 1 < solid.length; i++) assert.ok(solid[i + 1]! - solid[i]! >= 10, `${solid.join(', ')}`);
    // A light bar carries dark text.
    for (const [status, ink] of Object.entries(STATUS_INK)) {
      assert.equal(ink, DARK_INK);
      assert.ok(lightness(STATUS_COLOURS[status as keyof typeof STATUS_COLOURS]) > 60, status);
    }
  });

  it('lists in the legend the statuses drawn, in the order of the model, hatched ones as such', () => {
    assert.deepEqual(statusLegend(new Set(['unknown', 'in-force', 'suspended'])), [
      { status: 'in-force', colour: '#2f6fb0', label: 'in force' },
      { status: 'suspended', colour: '#f5b841', label: 'suspended' },
      { status: 'unknown', colour: '#7d6f9e', label: 'unknown', shape: 'hatch' },
    ]);
    assert.equal(statusLegend(new Set(['provisionally-applied']), 'status: ')[0]!.label, 'status: provisionally applied');
  });
});

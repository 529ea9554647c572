/** Colours for statuses, outcomes and grades, shared by the charts (canvas) and the badges. */
import type { Grade } from '../api/types.js';
import type { ObligationResult, TreatyStatus } from '../api/types.js';

type Outcome = ObligationResult['outcome'];

/**
 * Colours chosen to stay apart for colour-blind readers too (lightness as well as hue): in force a
 * strong blue; provisionally applied a light blue, hatched; suspended an amber; not in
 * force a mid grey; terminated a dark red; unknown a neutral grey-violet, hatched. Each bar is also
 * labelled in words.
 */
export const STATUS_COLOURS: Record<TreatyStatus, string> = {
  'not-in-force': '#9aa3ad',
  'provisionally-applied': '#86b8e3',
  'in-force': '#2f6fb0',
  suspended: '#f5b841',
  terminated: '#8c2f39',
  unknown: '#7d6f9e',
};

export const STATUS_LABELS: Record<TreatyStatus, string> = {
  'not-in-force': 'not in force',
  'provisionally-applied': 'provisionally applied',
  'in-force': 'in force',
  suspended: 'suspended',
  terminated: 'terminated',
  unknown: 'unknown',
};

/** Statuses drawn hatched (white diagonal stripes), so they are not told apart by colour alone. */
export const HATCHED_STATUSES: readonly TreatyStatus[] = ['provisionally-applied', 'unknown'];

/** The label's colour on a bar where white would not read. */
export const DARK_INK = '#1d2733';
export const STATUS_INK: Partial<Record<TreatyStatus, string>> = { 'provisionally-applied': DARK_INK, suspended: DARK_INK };

export const OUTCOME_COLOURS: Record<Outcome, string> = {
  'not-triggered': '#b9c0c8',
  'not-applicable': '#dfe3e8',
  active: '#d98b19',
  discharged: '#2e8b57',
  breached: '#c0392b',
  lapsed: '#7d8793',
  kept: '#3b8d99',
  unknown: '#7d6f9e',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'not-triggered': 'not triggered',
  'not-applicable': 'not applicable',
  active: 'active',
  discharged: 'discharged',
  breached: 'breached',
  lapsed: 'lapsed',
  kept: 'kept',
  unknown: 'unknown',
};

/** Outcomes drawn hatched: an unknown outcome is not a grey one. */
export const HATCHED_OUTCOMES: readonly Outcome[] = ['unknown'];

export const GRADE_LABELS: Record<Grade, string> = {
  widens: 'widens',
  narrows: 'narrows',
  same: 'same',
  unclear: 'unclear',
};

/** The legend's entries for the statuses drawn, in the order of the model's statuses (hatched ones drawn striped). */
export function statusLegend(
  drawn: ReadonlySet<TreatyStatus>,
  prefix = '',
): { status: TreatyStatus; colour: string; label: string; shape?: 'hatch' }[] {
  return (Object.keys(STATUS_COLOURS) as TreatyStatus[])
    .filter((s) => drawn.has(s))
    .map((s) => ({
      status: s,
      colour: STATUS_COLOURS[s],
      label: `${prefix}${STATUS_LABELS[s]}`,
      ...(HATCHED_STATUSES.includes(s) ? { shape: 'hatch' as const } : {}),
    }));
}

export const FLUENT_COLOUR = '#6c4f9c';
export const NOTICE_COLOUR = '#e0a526';
export const EVENT_COLOUR = '#1d2733';

/** Colours for statuses, outcomes and grades, shared by the charts (canvas) and the badges. */
import type { Grade } from '../api/types.js';
import type { ObligationResult, TreatyStatus } from '../api/types.js';

type Outcome = ObligationResult['outcome'];

export const STATUS_COLOURS: Record<TreatyStatus, string> = {
  'not-in-force': '#9aa3ad',
  'in-force': '#2f6fb0',
  terminated: '#8c2f39',
};

export const STATUS_LABELS: Record<TreatyStatus, string> = {
  'not-in-force': 'not in force',
  'in-force': 'in force',
  terminated: 'terminated',
};

export const OUTCOME_COLOURS: Record<Outcome, string> = {
  'not-triggered': '#b9c0c8',
  active: '#d98b19',
  discharged: '#2e8b57',
  breached: '#c0392b',
  lapsed: '#7d8793',
  kept: '#3b8d99',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  'not-triggered': 'not triggered',
  active: 'active',
  discharged: 'discharged',
  breached: 'breached',
  lapsed: 'lapsed',
  kept: 'kept',
};

export const GRADE_LABELS: Record<Grade, string> = {
  widens: 'widens',
  narrows: 'narrows',
  same: 'same',
  unclear: 'unclear',
};

export const FLUENT_COLOUR = '#6c4f9c';
export const NOTICE_COLOUR = '#e0a526';
export const EVENT_COLOUR = '#1d2733';

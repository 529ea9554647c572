/**
 * Lifecycle: when a treaty is in force, term by term, and how and why it ended. Pure: no I/O, no
 * clock. State succession is not known here: callers hand in notices already attributed to the
 * party they count for.
 */
export { computeLifecycle } from './intervals.js';
export { statusOn } from './status.js';
export { noticeAllowedFrom, noticeEffectOn } from './notices.js';
export { firstTermInTimeFor, lastPossibleTerm, noticeDeadline, termEnd, termOn, termRuleOf, termStart, type TermRule } from './terms.js';
export type {
  ActOutcome,
  AgreementAssessment,
  ComputableClause,
  ExternalEnd,
  InForceInterval,
  Lifecycle,
  LifecycleInput,
  LifecycleOptions,
  LifecycleStatus,
  NoticeAssessment,
  NoticeEffect,
  StatusInterval,
  TerminatedInterval,
  TerminationCause,
} from './types.js';

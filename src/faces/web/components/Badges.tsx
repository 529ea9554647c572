/** Small labels for a treaty status, an obligation outcome, a graded difference, a provision kind. */
import type { Grade, ObligationResult, Provision, TreatyStatus } from '../api/types.js';
import { GRADE_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../lib/palette.js';

export function StatusBadge({ status }: { status: TreatyStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function OutcomeBadge({ outcome }: { outcome: ObligationResult['outcome'] }) {
  return <span className={`badge outcome-${outcome}`}>{OUTCOME_LABELS[outcome]}</span>;
}

export function GradeBadge({ grade }: { grade: Grade }) {
  return <span className={`badge grade-${grade}`}>{GRADE_LABELS[grade]}</span>;
}

export function KindBadge({ kind }: { kind: Provision['kind'] }) {
  return <span className={`badge kind-${kind}`}>{kind}</span>;
}

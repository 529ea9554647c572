/**
 * Provisions found in one treaty only: graded as removed (only in A) or added (only in B), with
 * what that does. Rule: provision-only-in-one (see ./rules.ts).
 */
import type { Provision } from '../model/index.js';
import { combine, flip } from './grade.js';
import { lifecycleRowsOf } from './pair.js';
import { provisionRef } from './refs.js';
import type { Grade, LifecycleRow, OnlyIn, Side } from './schema.js';

/** What adding a provision of this kind does (removing it does the opposite). */
function addedGrade(p: Provision): { grade: Grade; what: string } {
  switch (p.kind) {
    case 'obligation':
      return { grade: 'widens', what: p.continuing ? 'a standing duty' : 'a duty' };
    case 'prohibition':
      return { grade: 'widens', what: 'a prohibition' };
    case 'declaration':
      return { grade: 'widens', what: 'a declaration (a stated position, with no act the engine can test)' };
    case 'permission':
      return { grade: 'unclear', what: 'a permission (a freedom, not a commitment)' };
    case 'procedural':
      return { grade: 'unclear', what: 'a procedural clause' };
  }
}

export function onlyIn(side: Side, treaty: string, p: Provision, nearest: OnlyIn['nearest'], lifecycle: readonly LifecycleRow[]): OnlyIn {
  const change = side === 'a' ? 'removed' : 'added';
  const ref = provisionRef(treaty, p);
  if (p.kind === 'procedural') {
    const rows = lifecycleRowsOf(lifecycle, side, p.id);
    const grade = rows.length ? combine(rows.map((r) => r.grade)) : 'unclear';
    const reason = rows.length
      ? `a procedural clause with no counterpart in ${side === 'a' ? "B's" : "A's"} text; it sets the ${rows.map((r) => r.aspect).join(', ')}, compared in the lifecycle rows: ${rows.map((r) => `${r.aspect} ${r.grade}`).join(', ')}`
      : `a procedural clause with no counterpart in ${side === 'a' ? "B's" : "A's"} text, and no lifecycle rule rests on it`;
    return { side, change, provision: ref, grade, rule: 'provision-only-in-one', reason, nearest };
  }
  const { grade, what } = addedGrade(p);
  const reason =
    side === 'b'
      ? `B adds ${what} with no counterpart in A: ${p.summary}`
      : `A's ${what.replace(/^an? /, '')} has no counterpart in B: ${p.summary}`;
  return { side, change, provision: ref, grade: side === 'b' ? grade : flip(grade), rule: 'provision-only-in-one', reason, nearest };
}

/**
 * Triggers: when a duty is owed. The structured conditions (events and fluents, with constraints on
 * the states they name) and, separately, the verbatim words of the trigger.
 * Rules: trigger-added, trigger-conditions, trigger-constraints, wording-table (see ../rules.ts).
 */
import {
  type Condition,
  conditionsOf,
  describeCondition,
  describeTrigger,
  type EventCondition,
  type FieldMatch,
  type Provision,
  type Trigger,
} from '../../model/index.js';
import { conditionTopic } from '../align.js';
import { byAmount, combine, setRelation } from '../grade.js';
import type { Grade } from '../schema.js';
import { compareWording } from '../wording.js';
import { sameWords } from '../words.js';
import { difference, type FieldResult } from './difference.js';

type Mode = 'all' | 'any';

/** A trigger's conditions and how they combine (a single condition counts as 'all'). */
function shapeOf(t: Trigger): { mode: Mode; conditions: Condition[] } {
  const conditions = conditionsOf(t);
  return { mode: 'any' in t && conditions.length > 1 ? 'any' : 'all', conditions };
}

/** A condition as text, roles aside: a role names a party whatever it is called. */
function canonical(c: Condition): string {
  if ('inForceFor' in c) return `in-force-for:${c.inForceFor}`;
  if ('fluent' in c) return `fluent:${c.fluent}`;
  const where = Object.entries(c.where)
    .map(([field, match]) => `${field}=${matchClass(match)}`)
    .sort()
    .join(',');
  return `event:${c.event}{${where}}`;
}

/** What a constraint requires of a state field, as a class: a named role requires a party. */
function matchClass(match: FieldMatch): string {
  if (match === 'any-state' || match === 'any-actor' || match === 'party' || match === 'non-party') return match;
  if (/^[A-Z]{3}$/.test(match)) return match;
  return 'party';
}

/**
 * How many actors a constraint lets through: none (absent) 5, any actor (a state, an armed group, an
 * organ) 4, any state 3, a party or a non-party 2, one named state 1.
 */
function matchReach(match: FieldMatch | undefined): number {
  if (match === undefined) return 5;
  const cls = matchClass(match);
  if (cls === 'any-actor') return 4;
  if (cls === 'any-state') return 3;
  if (cls === 'party' || cls === 'non-party') return 2;
  return 1;
}

/** Same event, other constraints: a grade per state field, with why. */
function compareConstraints(a: EventCondition, b: EventCondition): { grade: Grade; notes: string[] } {
  const fields = [...new Set([...Object.keys(a.where), ...Object.keys(b.where)])].sort() as (keyof EventCondition['where'])[];
  const grades: Grade[] = [];
  const notes: string[] = [];
  for (const field of fields) {
    const ma = a.where[field];
    const mb = b.where[field];
    if (ma !== undefined && mb !== undefined && matchClass(ma) === matchClass(mb)) continue;
    const ra = matchReach(ma);
    const rb = matchReach(mb);
    // A party and a non-party, or two named states, are different states, not more or fewer.
    const grade: Grade = ra === rb ? 'unclear' : byAmount(ra, rb);
    grades.push(grade);
    notes.push(
      `"${a.event}" ${field}: ${ma ?? 'unconstrained'} → ${mb ?? 'unconstrained'} (${grade === 'widens' ? 'matches more events' : grade === 'narrows' ? 'matches fewer events' : 'other events'})`,
    );
  }
  return { grade: combine(grades), notes };
}

export function compareTrigger(a: Provision, b: Provision): FieldResult {
  const words = { a: a.triggerText ?? null, b: b.triggerText ?? null };
  const values = { a: a.trigger ? describeTrigger(a.trigger) : null, b: b.trigger ? describeTrigger(b.trigger) : null };
  if (!a.trigger && !b.trigger) return null;
  if (!a.trigger || !b.trigger) {
    const grade: Grade = a.trigger ? 'widens' : 'narrows';
    const reason =
      grade === 'narrows'
        ? `B adds a trigger: owed only when ${values.b}, no longer whenever the treaty is in force`
        : `B drops A's trigger (${values.a}): owed whenever the treaty is in force`;
    return difference('trigger', values, grade, 'trigger-added', reason, words);
  }
  const sa = shapeOf(a.trigger);
  const sb = shapeOf(b.trigger);
  const keysA = new Set(sa.conditions.map(canonical));
  const keysB = new Set(sb.conditions.map(canonical));
  if (sa.mode === sb.mode && setRelation(keysA, keysB) === 'equal') return null;
  if (sa.mode !== sb.mode) {
    return difference(
      'trigger',
      values,
      'unclear',
      'trigger-conditions',
      `A needs ${sa.mode === 'all' ? 'every' : 'any one'} of its conditions, B ${sb.mode === 'all' ? 'every' : 'any one'} of its own`,
      words,
    );
  }
  const topicsA = new Set(sa.conditions.map(conditionTopic));
  const topicsB = new Set(sb.conditions.map(conditionTopic));
  const topics = setRelation(topicsA, topicsB);
  // Conditions on the same event or fluent in both, compared constraint by constraint.
  const constraint = [...topicsA]
    .filter((t) => topicsB.has(t))
    .map((topic) => {
      const ca = sa.conditions.find((c) => conditionTopic(c) === topic)!;
      const cb = sb.conditions.find((c) => conditionTopic(c) === topic)!;
      return 'event' in ca && 'event' in cb ? compareConstraints(ca, cb) : { grade: 'same' as Grade, notes: [] };
    });
  const constraintGrade = combine(constraint.map((c) => c.grade));
  const constraintNotes = constraint.flatMap((c) => c.notes);
  if (topics === 'other') {
    const onlyA = sa.conditions.filter((c) => !topicsB.has(conditionTopic(c))).map(describeCondition);
    const onlyB = sb.conditions.filter((c) => !topicsA.has(conditionTopic(c))).map(describeCondition);
    return difference(
      'trigger',
      values,
      'unclear',
      'trigger-conditions',
      `the triggers rest on different events or fluents: A has ${onlyA.join(' and ')}, B has ${onlyB.join(' and ')}`,
      words,
    );
  }
  if (topics === 'equal') {
    return difference(
      'trigger',
      values,
      constraintGrade,
      'trigger-constraints',
      `the same events and fluents, other constraints: ${constraintNotes.join('; ')}`,
      words,
    );
  }
  // B has more conditions (superset) or fewer (subset). With 'all', more conditions fire less often.
  const more = topics === 'superset';
  const extra = (
    more ? sb.conditions.filter((c) => !topicsA.has(conditionTopic(c))) : sa.conditions.filter((c) => !topicsB.has(conditionTopic(c)))
  ).map(describeCondition);
  const countGrade: Grade = sa.mode === 'all' ? (more ? 'narrows' : 'widens') : more ? 'widens' : 'narrows';
  const grade = combine([countGrade, constraintGrade]);
  const what =
    sa.mode === 'all'
      ? `${more ? 'adds' : 'drops'} a condition that must also hold`
      : `${more ? 'adds' : 'drops'} an alternative that suffices`;
  const reason = `B ${what}: ${extra.join(' and ')}${constraintNotes.length ? `; and ${constraintNotes.join('; ')}` : ''}`;
  return difference('trigger', values, grade, constraintNotes.length ? 'trigger-constraints' : 'trigger-conditions', reason, words);
}

/** The verbatim words of the two triggers, through the wording table (only where both have them). */
export function compareTriggerText(a: Provision, b: Provision): FieldResult {
  if (!a.triggerText || !b.triggerText || sameWords(a.triggerText, b.triggerText)) return null;
  const { grade, reason } = compareWording(a.triggerText, b.triggerText);
  const encoded =
    a.trigger && b.trigger && describeTrigger(a.trigger) === describeTrigger(b.trigger)
      ? ' The formalization encodes both triggers alike, so the engine treats them alike; the grade reads the words.'
      : '';
  return difference('trigger.text', { a: a.triggerText, b: b.triggerText }, grade, 'wording-table', `${capitalise(reason)}.${encoded}`, {
    a: a.triggerText,
    b: b.triggerText,
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

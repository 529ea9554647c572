/**
 * Timing words ("immediately", "without delay") compared through the readings of their contested
 * terms in the vocabulary: each reading gives a deadline (or none). Rule: timing-readings.
 */
import { addDuration, type ContestedTerm, daysBetween, type Provision, type Qualifier, type VocabularyFile } from '../../model/index.js';
import { combine } from '../grade.js';
import type { Grade } from '../schema.js';
import { compareWording } from '../wording.js';
import { sameWords } from '../words.js';
import { difference, type FieldResult } from './difference.js';

/** Days a deadline allows, counted from a fixed day (calendar spans differ by month; this is for ordering only). */
function days(deadline: string | undefined): number {
  return deadline === undefined ? Number.POSITIVE_INFINITY : daysBetween('2001-01-01', addDuration('2001-01-01', deadline));
}

const show = (deadline: string | undefined) => deadline ?? 'no fixed deadline';

/** A shorter deadline in B is stricter: B commits more. */
function byDeadline(a: string | undefined, b: string | undefined): Grade {
  const da = days(a);
  const db = days(b);
  return db < da ? 'widens' : db > da ? 'narrows' : 'same';
}

function timingOf(p: Provision): Qualifier | undefined {
  return p.qualifiers.find((q) => q.type === 'timing');
}

export function compareTiming(a: Provision, b: Provision, vocabulary: VocabularyFile): FieldResult {
  const qa = timingOf(a);
  const qb = timingOf(b);
  if (!qa && !qb) return null;
  const values = { a: qa?.text ?? null, b: qb?.text ?? null };
  if (!qa || !qb) {
    const q = (qa ?? qb)!;
    const added = !qa;
    if (!q.term)
      return difference(
        'timing',
        values,
        'unclear',
        'timing-readings',
        `${added ? 'B adds' : 'B drops'} the timing words "${q.text}", which name no contested term`,
        values,
      );
    return difference(
      'timing',
      values,
      added ? 'widens' : 'narrows',
      'timing-readings',
      `${added ? 'B adds a time limit' : 'B drops the time limit'}: "${q.text}"`,
      values,
    );
  }
  if (qa.term && qb.term && qa.term === qb.term)
    return sameWords(qa.text, qb.text)
      ? null
      : difference('timing', values, 'same', 'timing-readings', `the same contested term "${qa.term}" in other words`, values);
  const ta = vocabulary.terms.find((t) => t.id === qa.term);
  const tb = vocabulary.terms.find((t) => t.id === qb.term);
  if (!ta || !tb) {
    if (sameWords(qa.text, qb.text)) return null;
    const { grade, reason } = compareWording(qa.text, qb.text);
    return difference(
      'timing',
      values,
      grade,
      'timing-readings',
      `no contested term decides it on both sides; as words: ${reason}`,
      values,
    );
  }
  const { grade, reason } = compareReadings(ta, tb);
  return difference('timing', values, grade, 'timing-readings', reason, values);
}

/** Two contested terms, reading by reading. */
function compareReadings(ta: ContestedTerm, tb: ContestedTerm): { grade: Grade; reason: string } {
  const idsA = ta.readings.map((r) => r.id);
  const idsB = tb.readings.map((r) => r.id);
  const sameIds = idsA.length === idsB.length && idsA.every((id) => idsB.includes(id));
  const words = `"${ta.text.join('/')}" (term ${ta.id}) and "${tb.text.join('/')}" (term ${tb.id})`;
  if (!sameIds) {
    const listA = ta.readings.map((r) => days(r.deadline)).sort((x, y) => x - y);
    const listB = tb.readings.map((r) => days(r.deadline)).sort((x, y) => x - y);
    const same = listA.length === listB.length && listA.every((d, i) => d === listB[i]);
    const each = (t: ContestedTerm) => t.readings.map((r) => `${r.id}: ${show(r.deadline)}`).join(', ');
    if (same)
      return {
        grade: 'same',
        reason: `${words} allow the same deadlines under the vocabulary's readings, named differently (A: ${each(ta)}; B: ${each(tb)})`,
      };
    const shared = idsA.filter((id) => idsB.includes(id));
    if (!shared.length) return { grade: 'unclear', reason: `${words} have readings that do not line up: A ${each(ta)}; B ${each(tb)}` };
    return partlyShared(ta, tb, shared, words);
  }
  const per = ta.readings.map((ra) => {
    const rb = tb.readings.find((r) => r.id === ra.id)!;
    return { id: ra.id, a: ra.deadline, b: rb.deadline, grade: byDeadline(ra.deadline, rb.deadline) };
  });
  const grade = combine(per.map((p) => p.grade));
  if (grade === 'same') {
    return {
      grade,
      reason: `same under every reading: ${words} give the same deadline under each reading of the vocabulary (${per.map((p) => `${p.id}: ${show(p.a)}`).join(', ')})`,
    };
  }
  const differing = per
    .filter((p) => p.grade !== 'same')
    .map((p) => `under ${p.id}, A ${show(p.a)} and B ${show(p.b)}: B is ${p.grade === 'widens' ? 'stricter' : 'looser'}`);
  return { grade, reason: `${words} differ by reading: ${differing.join('; ')}` };
}

/**
 * Two terms that share some readings (the same id): those correspond; a reading only one term has
 * is compared with every reading of the other, since the other term may then be read any way.
 */
function partlyShared(ta: ContestedTerm, tb: ContestedTerm, shared: readonly string[], words: string): { grade: Grade; reason: string } {
  const deadline = (t: ContestedTerm, id: string) => t.readings.find((r) => r.id === id)!.deadline;
  const sharedGrades = shared.map((id) => byDeadline(deadline(ta, id), deadline(tb, id)));
  const own = (t: ContestedTerm, other: ContestedTerm) => t.readings.filter((r) => !other.readings.some((o) => o.id === r.id));
  const onlyA = own(ta, tb).map((ra) => ({ id: ra.id, grade: combine(tb.readings.map((rb) => byDeadline(ra.deadline, rb.deadline))) }));
  const onlyB = own(tb, ta).map((rb) => ({ id: rb.id, grade: combine(ta.readings.map((ra) => byDeadline(ra.deadline, rb.deadline))) }));
  const grade = combine([...sharedGrades, ...onlyA.map((x) => x.grade), ...onlyB.map((x) => x.grade)]);
  const stricter = (g: Grade, side: 'A' | 'B') =>
    g === 'same'
      ? 'the same deadline'
      : g === 'unclear'
        ? 'stricter than some and looser than others'
        : `${(g === 'widens') === (side === 'B') ? 'stricter' : 'looser'}`;
  const parts = [
    `under the readings both give (${shared.join(', ')}), ${combine(sharedGrades) === 'same' ? 'the same deadlines' : `B is ${stricter(combine(sharedGrades), 'B')}`}`,
    ...onlyA.map(
      (x) => `under A's own "${x.id}" (${show(deadline(ta, x.id))}), A is ${stricter(x.grade, 'A')} against every reading of B's`,
    ),
    ...onlyB.map(
      (x) => `under B's own "${x.id}" (${show(deadline(tb, x.id))}), B is ${stricter(x.grade, 'B')} against every reading of A's`,
    ),
  ];
  return { grade, reason: `${words} share some readings: ${parts.join('; ')}` };
}

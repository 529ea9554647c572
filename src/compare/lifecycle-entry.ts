/**
 * The entry-into-force row: the two treaties' rules for entering into force (an act and its delay, a
 * fixed date, a threshold of instruments, the later of a date and an act, unknown) and their
 * provisional application, graded by the entry-into-force rule (../rules.ts).
 */
import {
  describeEntryIntoForce,
  describeProvisionalApplication,
  type EntryIntoForce,
  type ProvisionalApplication,
  type TreatyFile,
} from '../model/index.js';
import { byAmount, combine, flip, setRelation } from './grade.js';
import { compareDelays, type Graded, row, sourceOf } from './lifecycle-parts.js';
import type { Grade, LifecycleRow } from './schema.js';

/** A value as text with its keys in order and undefined fields left out: equal texts, equal values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const fields = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${fields
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
    .join(',')}}`;
}

/** A rule as it binds, without where it comes from: two rules with the same key are the same rule. */
function ruleKey(rule: EntryIntoForce | ProvisionalApplication | undefined): string | undefined {
  if (!rule) return undefined;
  const { provision: _p, attestedBy: _a, ...binding } = rule;
  return canonical(binding);
}

const graded = (grade: Grade, reason: string): Graded => ({ grade, reason });

/** Later in B narrows (B's commitments start later); the same day is same. */
function byDay(a: string, b: string): Grade {
  return b > a ? 'narrows' : b < a ? 'widens' : 'same';
}

/** Two rules that put the treaties in force on the same kind of act, part by part. */
function sameAct(a: TreatyFile, b: TreatyFile, ea: EntryIntoForce, eb: EntryIntoForce): Graded[] {
  const parts: Graded[] = [];
  const ta = ea.threshold;
  const tb = eb.threshold;
  if (!ta !== !tb) {
    parts.push(
      graded(
        'unclear',
        `${ta ? 'A' : 'B'} enters into force once a number of states have deposited their instruments, the other on one act`,
      ),
    );
  } else if (ta && tb) {
    const count = flip(byAmount(ta.instruments, tb.instruments));
    if (count !== 'same')
      parts.push(
        graded(count, `B needs ${count === 'narrows' ? 'more' : 'fewer'} instruments (${tb.instruments} against ${ta.instruments})`),
      );
    const named = setRelation(new Set(ta.including), new Set(tb.including));
    if (named !== 'equal')
      parts.push(
        named === 'other'
          ? graded(
              'unclear',
              `the states that must be among them differ (${ta.including.join(', ') || 'none'} against ${tb.including.join(', ') || 'none'})`,
            )
          : graded(
              named === 'superset' ? 'narrows' : 'widens',
              `B names ${named === 'superset' ? 'more' : 'fewer'} states that must be among them`,
            ),
      );
  }
  const delay = flip(compareDelays(ea, eb));
  if (delay !== 'same')
    parts.push(
      graded(
        delay,
        delay === 'unclear'
          ? 'after the same act, B comes into force sooner on some days and later on others'
          : `B's entry into force comes ${delay === 'narrows' ? 'later' : 'sooner'} after the same act`,
      ),
    );
  if (ea.notBefore !== eb.notBefore) {
    const grade = !ea.notBefore ? 'narrows' : !eb.notBefore ? 'widens' : byDay(ea.notBefore, eb.notBefore);
    parts.push(graded(grade, `${grade === 'narrows' ? 'B' : 'A'} waits until a later date if the act comes sooner ("whichever is later")`));
  }
  const later = (t: TreatyFile, e: EntryIntoForce) => (e.threshold || t.lifecycle.accessionEvent ? (e.laterParties ?? e) : undefined);
  const la = later(a, ea);
  const lb = later(b, eb);
  if (la && lb) {
    const grade = flip(compareDelays(la, lb));
    if (grade !== 'same')
      parts.push(
        graded(
          grade,
          grade === 'unclear'
            ? 'a later state is bound sooner on some days, later on others'
            : `a later state is bound ${grade === 'narrows' ? 'later' : 'sooner'} in B`,
        ),
      );
  }
  return parts;
}

function gradeEntry(a: TreatyFile, b: TreatyFile): Graded {
  const ea = a.lifecycle.entryIntoForce;
  const eb = b.lifecycle.entryIntoForce;
  if (ruleKey(ea) === ruleKey(eb))
    return graded(
      'same',
      ea.unknown !== undefined
        ? 'both unknown, for the same reason'
        : ea.date !== undefined
          ? 'both enter into force on the same fixed date'
          : 'the same act puts both in force, with the same delay',
    );
  if (ea.unknown !== undefined || eb.unknown !== undefined)
    return graded('unclear', `${ea.unknown !== undefined ? "A's" : "B's"} entry into force is unknown: the two cannot be compared`);
  if (ea.date !== undefined && eb.date !== undefined) {
    const grade = byDay(ea.date, eb.date);
    return graded(grade, `B enters into force ${grade === 'narrows' ? 'later' : 'sooner'}, on ${eb.date} against ${ea.date}`);
  }
  if (ea.event === undefined || eb.event === undefined)
    return graded('unclear', `${ea.date !== undefined ? 'A' : 'B'} enters into force on a fixed date, the other on an act`);
  if (ea.event !== eb.event) return graded('unclear', `different acts put them in force ("${ea.event}", "${eb.event}")`);
  const parts = sameAct(a, b, ea, eb);
  return parts.length
    ? graded(combine(parts.map((p) => p.grade)), parts.map((p) => p.reason).join('; '))
    : graded('same', 'the same act puts both in force, with the same delay');
}

function gradeProvisional(a: ProvisionalApplication | undefined, b: ProvisionalApplication | undefined): Graded | undefined {
  if (ruleKey(a) === ruleKey(b)) return undefined;
  if (!a || !b)
    return a
      ? graded('narrows', 'A is applied provisionally before it enters into force, B is not')
      : graded('widens', 'B is applied provisionally before it enters into force, A is not');
  return graded('unclear', 'both are applied provisionally, from different acts or days or by different states');
}

export function entryRow(a: TreatyFile, b: TreatyFile): LifecycleRow {
  const describe = (t: TreatyFile) => {
    const e = t.lifecycle.entryIntoForce;
    const p = t.lifecycle.provisionalApplication;
    const src = sourceOf(t, e.provision, e.attestedBy?.cite);
    return { text: `${describeEntryIntoForce(e)} (${src.label})${p ? `; ${describeProvisionalApplication(p)}` : ''}`, src };
  };
  const da = describe(a);
  const db = describe(b);
  const parts = [gradeEntry(a, b), gradeProvisional(a.lifecycle.provisionalApplication, b.lifecycle.provisionalApplication)].filter(
    (p): p is Graded => p !== undefined,
  );
  const result = graded(combine(parts.map((p) => p.grade)), parts.map((p) => p.reason).join('; '));
  const attested = [da, db].filter((d) => !d.src.ids.length);
  if (attested.length)
    result.reason +=
      attested.length === 2
        ? '; both rules are attested outside their source texts'
        : `; ${attested[0] === da ? "A's" : "B's"} rule is attested outside its source text`;
  return row(
    'entry-into-force',
    da.text,
    db.text,
    result,
    'entry-into-force',
    { a: da.src.ids, b: db.src.ids },
    { a: da.src.words, b: db.src.words },
  );
}

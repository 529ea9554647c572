/**
 * The two treaties' lifecycles side by side: entry into force, duration, renewal, notice,
 * withdrawal and termination by agreement, one graded row each. Rules: entry-into-force,
 * duration-length, renewal-term, exit-by-notice, withdrawal, termination-agreement (../rules.ts).
 */
import {
  addDuration,
  daysBetween,
  type DurationClause,
  durationInWords,
  type IsoDuration,
  type TreatyFile,
  type WithdrawalProvision,
} from '../model/index.js';
import { byAmount, combine } from './grade.js';
import { articleLabel } from './refs.js';
import type { RuleId } from './rules.js';
import type { Grade, LifecycleAspect, LifecycleRow } from './schema.js';

const NEVER = Number.POSITIVE_INFINITY;

/** A duration in days from a fixed day: for ordering durations only. */
function days(d: IsoDuration | undefined): number {
  return d === undefined ? 0 : daysBetween('2001-01-01', addDuration('2001-01-01', d));
}

function row(
  aspect: LifecycleAspect,
  a: string,
  b: string,
  grade: Grade,
  rule: RuleId,
  reason: string,
  provisions: { a: string[]; b: string[] },
  words: { a: string | null; b: string | null },
): LifecycleRow {
  return { aspect, a, b, grade, rule, reason, provisions, words };
}

/** Where a lifecycle rule comes from: its article, or who attests it. */
function sourceOf(
  t: TreatyFile,
  provisionId: string | undefined,
  attested: string | undefined,
): { label: string; ids: string[]; words: string | null } {
  const p = provisionId ? t.provisions.find((x) => x.id === provisionId) : undefined;
  if (p) return { label: p.article === 'unknown' ? 'unnumbered clause' : articleLabel(p), ids: [p.id], words: p.quote.text };
  return { label: attested ? `not in the source text; attested by ${attested}` : 'no source given', ids: [], words: null };
}

function entryRow(a: TreatyFile, b: TreatyFile): LifecycleRow {
  const describe = (t: TreatyFile) => {
    const e = t.lifecycle.entryIntoForce;
    const src = sourceOf(t, e.provision, e.attestedBy?.cite);
    return { text: `${e.offset ? `${durationInWords(e.offset)} after` : 'on'} the ${e.event.replace(/-/g, ' ')} (${src.label})`, src };
  };
  const da = describe(a);
  const db = describe(b);
  const ea = a.lifecycle.entryIntoForce;
  const eb = b.lifecycle.entryIntoForce;
  let grade: Grade;
  let reason: string;
  if (ea.event !== eb.event) {
    grade = 'unclear';
    reason = `different acts put them in force ("${ea.event}", "${eb.event}")`;
  } else {
    // A longer wait before entry into force: B's commitments start later.
    grade = byAmount(days(eb.offset), days(ea.offset));
    reason =
      grade === 'same'
        ? 'the same act puts both in force, with the same delay'
        : `B's entry into force comes ${grade === 'narrows' ? 'later' : 'sooner'} after the same act`;
    const attested = [da, db].some((d) => !d.src.ids.length);
    if (attested) reason += `; ${!da.src.ids.length ? "A's" : "B's"} rule is attested outside its source text`;
  }
  return row(
    'entry-into-force',
    da.text,
    db.text,
    grade,
    'entry-into-force',
    reason,
    { a: da.src.ids, b: db.src.ids },
    { a: da.src.words, b: db.src.words },
  );
}

/** How long the treaty runs if no party acts, in days (NEVER: no end). */
function runsFor(d: DurationClause): number {
  return d.type === 'fixed' ? days(d.term) : NEVER;
}

function durationText(d: DurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return 'no end date (indefinite)';
    case 'fixed':
      return `a fixed term of ${durationInWords(d.term)}, then it expires`;
    case 'renewing':
      return `a first term of ${durationInWords(d.initialTerm)}, then renewed automatically: no end date unless a party gives notice`;
  }
}

function renewalText(d: DurationClause): string {
  switch (d.type) {
    case 'indefinite':
      return 'none needed: no end date';
    case 'fixed':
      return 'none: it expires at the end of its term';
    case 'renewing':
      return `automatic, for ${durationInWords(d.renewalTerm)} at a time`;
  }
}

/** The earliest day a party acting alone can end the treaty, from entry into force, and the notice it needs. */
function exitOf(d: DurationClause): { earliest: number; notice: number; text: string } {
  if (d.type === 'renewing') {
    return {
      earliest: days(d.initialTerm),
      notice: days(d.noticeBefore),
      text: `notice at least ${durationInWords(d.noticeBefore)} before the current term ends; the earliest end is ${durationInWords(d.initialTerm)} after entry into force`,
    };
  }
  if (d.withdrawal) {
    const w = d.withdrawal;
    const earliest = Math.max(days(w.noticePeriod), days(w.minimumInForce));
    return {
      earliest,
      notice: days(w.noticePeriod),
      text: `withdrawal by notice, effective ${durationInWords(w.noticePeriod)} after it${w.minimumInForce ? `, not before ${durationInWords(w.minimumInForce)} in force` : ''}`,
    };
  }
  if (d.type === 'fixed')
    return { earliest: days(d.term), notice: 0, text: `none: no notice; it ends when its ${durationInWords(d.term)} term expires` };
  return { earliest: NEVER, notice: 0, text: 'none: the treaty provides no notice of denunciation or withdrawal' };
}

function withdrawalOf(d: DurationClause): WithdrawalProvision | undefined {
  return d.type === 'renewing' ? undefined : d.withdrawal;
}

function withdrawalText(w: WithdrawalProvision | undefined): string {
  if (!w) return 'none';
  return `by notice, effective ${durationInWords(w.noticePeriod)} after it${w.minimumInForce ? `, not before ${durationInWords(w.minimumInForce)} in force` : ''}`;
}

export function compareLifecycles(a: TreatyFile, b: TreatyFile): LifecycleRow[] {
  const da = a.lifecycle.duration;
  const db = b.lifecycle.duration;
  const src = (t: TreatyFile) => sourceOf(t, t.lifecycle.durationProvision, t.lifecycle.durationAttestedBy?.cite);
  const sa = src(a);
  const sb = src(b);
  const provisions = { a: sa.ids, b: sb.ids };
  const words = { a: sa.words, b: sb.words };

  const runsA = runsFor(da);
  const runsB = runsFor(db);
  const durationGrade = byAmount(runsA, runsB);
  const durationReason =
    durationGrade === 'same'
      ? runsA === NEVER
        ? `if no party acts, both run with no end date${da.type !== db.type ? ` (${da.type === 'renewing' ? 'A' : 'B'} by automatic renewal)` : ''}`
        : 'the same fixed term'
      : `if no party acts, B runs ${durationGrade === 'widens' ? 'longer' : 'for less time'} (${runsB === NEVER ? 'no end date' : durationInWords((db as { term: IsoDuration }).term)} against ${runsA === NEVER ? 'no end date' : durationInWords((da as { term: IsoDuration }).term)})`;

  let renewalGrade: Grade;
  let renewalReason: string;
  if (da.type === 'renewing' && db.type === 'renewing') {
    renewalGrade = byAmount(days(da.renewalTerm), days(db.renewalTerm));
    renewalReason =
      renewalGrade === 'same'
        ? 'renewed for the same term'
        : `each renewal binds the parties for ${renewalGrade === 'widens' ? 'longer' : 'less time'} in B`;
  } else if (da.type === db.type) {
    renewalGrade = 'same';
    renewalReason = 'neither renews';
  } else if (da.type === 'indefinite' || db.type === 'indefinite') {
    renewalGrade = 'unclear';
    renewalReason = `not comparable term by term: ${da.type === 'indefinite' ? 'A' : 'B'} has no terms to renew (see duration and notice)`;
  } else {
    // One renews, the other (fixed) expires.
    renewalGrade = da.type === 'fixed' ? 'widens' : 'narrows';
    renewalReason = renewalGrade === 'widens' ? 'B renews itself where A expired' : 'B expires where A renewed itself';
  }

  const xa = exitOf(da);
  const xb = exitOf(db);
  const exitGrade = xa.earliest === xb.earliest ? byAmount(xa.notice, xb.notice) : byAmount(xa.earliest, xb.earliest);
  const exitReason =
    xb.earliest === NEVER && xa.earliest !== NEVER
      ? "B provides no notice of denunciation or withdrawal: under VCLT Art. 56 a party may then leave only if the parties meant to allow it or the nature of the treaty implies it, with twelve months' notice; under A a party acting alone could end it by notice"
      : xa.earliest === NEVER && xb.earliest !== NEVER
        ? 'B lets a party acting alone end it by notice; A provided none (VCLT Art. 56)'
        : exitGrade === 'same'
          ? 'the same way out by notice'
          : xa.earliest !== xb.earliest
            ? `a party acting alone can end B ${exitGrade === 'widens' ? 'later' : 'sooner'} than A`
            : `the same earliest end, with ${exitGrade === 'widens' ? 'longer' : 'shorter'} notice in B`;

  const wa = withdrawalOf(da);
  const wb = withdrawalOf(db);
  let withdrawalGrade: Grade;
  let withdrawalReason: string;
  if (!wa && !wb) {
    withdrawalGrade = 'same';
    withdrawalReason = 'neither has a withdrawal clause';
  } else if (!wa || !wb) {
    withdrawalGrade = wa ? 'widens' : 'narrows';
    withdrawalReason = wa ? "B drops A's withdrawal clause: no early exit" : 'B adds a withdrawal clause: a party may leave early';
  } else {
    withdrawalGrade = combine([
      byAmount(days(wa.noticePeriod), days(wb.noticePeriod)),
      byAmount(days(wa.minimumInForce), days(wb.minimumInForce)),
    ]);
    withdrawalReason =
      withdrawalGrade === 'same'
        ? 'the same withdrawal clause'
        : `B's withdrawal takes ${withdrawalGrade === 'widens' ? 'longer' : withdrawalGrade === 'narrows' ? 'less time' : 'a different time'} to take effect`;
  }

  const agreementText = (d: DurationClause) =>
    d.terminationByAgreement ? 'provided for by the treaty' : 'not mentioned; always possible by consent (VCLT Art. 54(b))';
  return [
    entryRow(a, b),
    row('duration', durationText(da), durationText(db), durationGrade, 'duration-length', durationReason, provisions, words),
    row('renewal', renewalText(da), renewalText(db), renewalGrade, 'renewal-term', renewalReason, provisions, words),
    row('notice', xa.text, xb.text, exitGrade, 'exit-by-notice', exitReason, provisions, words),
    row('withdrawal', withdrawalText(wa), withdrawalText(wb), withdrawalGrade, 'withdrawal', withdrawalReason, provisions, words),
    row(
      'termination-by-agreement',
      agreementText(da),
      agreementText(db),
      'same',
      'termination-agreement',
      'the parties may always end a treaty by consent (VCLT Art. 54(b))',
      { a: [], b: [] },
      { a: null, b: null },
    ),
  ];
}

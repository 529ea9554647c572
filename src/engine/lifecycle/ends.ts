/**
 * How a treaty ends: every act that could end it (notices, agreed terminations) and the expiry of a
 * fixed term each propose a day; the earliest wins. Each act is then told what it did.
 *
 * Ties (two causes on the same day) go to expiry first, since it needs no act; then to the act given
 * first; then by id, so that the result never depends on input order.
 */
import { type AgreedTermination, compareDates, type IsoDate, laterOf, type LifecycleNotice } from '../../model/index.js';
import { noticeAllowedFrom, noticeEffectOn } from './notices.js';
import { lastPossibleTerm, termEnd, type TermRule } from './terms.js';
import type { AgreementAssessment, LifecycleInput, NoticeAssessment, NoticeEffect, TerminationCause } from './types.js';

export interface EndAssessment {
  readonly end: { readonly date: IsoDate; readonly cause: TerminationCause } | null;
  readonly notices: NoticeAssessment[];
  readonly agreements: AgreementAssessment[];
}

interface EndCandidate {
  readonly date: IsoDate;
  readonly needsNoAct: boolean;
  readonly actDate: IsoDate;
  readonly actId: string;
  /** Identifies the candidate's source without relying on ids being unique. */
  readonly key: string;
  readonly cause: TerminationCause;
}

function compareCandidates(a: EndCandidate, b: EndCandidate): number {
  return (
    compareDates(a.date, b.date) ||
    Number(b.needsNoAct) - Number(a.needsNoAct) ||
    compareDates(a.actDate, b.actDate) ||
    compareText(a.actId, b.actId) ||
    compareText(a.key, b.key)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A total order on notices, so that the result never depends on the order they were listed in. */
function compareNotices(a: LifecycleNotice, b: LifecycleNotice): number {
  return compareDates(a.date, b.date) || compareText(a.id, b.id) || compareText(a.by, b.by);
}

function compareAgreements(a: AgreedTermination, b: AgreedTermination): number {
  return compareDates(a.date, b.date) || compareText(a.id, b.id) || compareText(a.effective ?? '', b.effective ?? '');
}

function noticeCause(notice: LifecycleNotice, effect: NoticeEffect): TerminationCause {
  const act = { noticeId: notice.id, by: notice.by, givenOn: notice.date };
  // Only a notice that takes effect by 9999-12-31 is a cause, and every date before its effect is within the calendar.
  return effect.kind === 'non-renewal'
    ? { kind: 'notice', ...act, inTimeForTerm: effect.inTimeForTerm, deadline: effect.deadline!, onTime: effect.onTime }
    : {
        kind: 'withdrawal',
        ...act,
        noticePeriodEnds: effect.noticePeriodEnds!,
        minimumInForceEnds: effect.minimumInForceEnds,
        ...(effect.firstTermEnds !== undefined ? { firstTermEnds: effect.firstTermEnds } : {}),
      };
}

/** The end of the treaty (or of `party`'s participation in a per-party treaty) and what each act did. */
export function assessEnds(input: LifecycleInput, rule: TermRule | null, party: string | null): EndAssessment {
  const entry = input.entryIntoForce;
  const counts = (notice: LifecycleNotice): boolean => !input.perParty || notice.by === party;
  const candidates: EndCandidate[] = [];

  // A fixed term that ends after 9999-12-31 does not expire within the calendar.
  const expiry = rule !== null && lastPossibleTerm(rule) === 1 ? termEnd(rule, 1) : null;
  if (expiry !== null) {
    candidates.push({
      date: expiry,
      needsNoAct: true,
      actDate: expiry,
      actId: '',
      key: 'expiry',
      cause: { kind: 'expiry', term: 1, termEnd: expiry },
    });
  }

  // A notice given before the clause allows any (`noticeAllowedAfter`) has no effect.
  const allowedFrom = noticeAllowedFrom(input.clause, entry);
  const tooEarly = (date: IsoDate) => allowedFrom !== undefined && (allowedFrom === null || date < allowedFrom);
  const notices = [...(input.notices ?? [])].sort(compareNotices).map((notice, index) => ({
    notice,
    key: `notice:${index}`,
    effect: notice.date < entry || tooEarly(notice.date) ? null : noticeEffectOn(input.clause, rule, entry, notice.date),
  }));
  for (const { notice, key, effect } of notices) {
    // A notice that would take effect after 9999-12-31 ends nothing within the calendar.
    if (effect && effect.takesEffect !== null && counts(notice)) {
      const cause = noticeCause(notice, effect);
      candidates.push({ date: effect.takesEffect, needsNoAct: false, actDate: notice.date, actId: notice.id, key, cause });
    }
  }

  const basis = input.clause.terminationByAgreement ? 'treaty-provision' : 'consent-of-all-parties';
  const agreements = [...(input.agreements ?? [])].sort(compareAgreements).map((agreement, index) => ({
    agreement,
    key: `agreement:${index}`,
    // An agreed end before the entry into force cannot end what has not begun: it ends the treaty
    // on the day it would have entered into force, so that it is never in force.
    takesEffect: laterOf(agreement.effective ?? agreement.date, entry),
  }));
  for (const { agreement, key, takesEffect } of agreements) {
    candidates.push({
      date: takesEffect,
      needsNoAct: false,
      actDate: agreement.date,
      actId: agreement.id,
      key,
      cause: { kind: 'agreement', agreementId: agreement.id, concludedOn: agreement.date, basis },
    });
  }

  // Ends from outside (a tied treaty's end, an outside event, too few parties): no act of the
  // treaty's own, ranked with expiry; one for a single party counts only for that party.
  for (const external of input.externalEnds ?? []) {
    if (external.party !== undefined && input.perParty && external.party !== party) continue;
    const date = laterOf(external.date, entry);
    candidates.push({ date, needsNoAct: true, actDate: date, actId: external.id, key: `external:${external.id}`, cause: external.cause });
  }

  const winner = candidates.sort(compareCandidates)[0];
  const end = winner ? { date: winner.date, cause: winner.cause } : null;
  const isAfterEnd = (actDate: IsoDate): boolean => end !== null && actDate >= end.date;

  return {
    end,
    notices: notices.map(({ notice, key, effect }): NoticeAssessment => {
      if (notice.date < entry) return { kind: 'ineffective', notice, reason: 'before-entry-into-force' };
      if (tooEarly(notice.date)) return { kind: 'ineffective', notice, reason: 'too-early', allowedFrom: allowedFrom ?? null };
      if (!effect) return { kind: 'ineffective', notice, reason: 'no-notice-provision' };
      if (winner?.key === key) return { ...effect, notice, outcome: 'terminates' };
      if (isAfterEnd(notice.date)) return { kind: 'ineffective', notice, reason: 'after-termination' };
      return { ...effect, notice, outcome: counts(notice) ? 'overtaken' : 'ends-only-its-party' };
    }),
    agreements: agreements.map(({ agreement, key, takesEffect }): AgreementAssessment => {
      if (winner?.key === key) return { agreement, takesEffect, outcome: 'terminates' };
      return { agreement, takesEffect, outcome: isAfterEnd(agreement.date) ? 'after-termination' : 'overtaken' };
    }),
  };
}

/**
 * The membership events of a treaty beside its entry into force: accessions, provisional
 * application, suspensions and outside ends (docs/lifecycle.md), each turned into what the status
 * intervals need: a day, the party it concerns and its explanation.
 */
import { type ExplanationStep, type IsoDate, type PairSuspension, statesIn, boundAs, fromTo } from '../../model/index.js';
import { describeEvent, eventStep, provisionStep } from '../explain.js';
import type { TimelineEvent } from '../event-index/index.js';
import type { ExternalEnd } from '../lifecycle/index.js';
import { firstActs, own, partyOf, type LifecycleScope } from './acts.js';
import { articleLabel, entryRuleStep, laterStart, type PartyStart } from './entry.js';

/** The step citing the provision (or report) a lifecycle rule rests on, if the formalization names one. */
export function clauseStep(scope: LifecycleScope, provisionId: string | undefined, what: string): ExplanationStep[] {
  const provision = provisionId ? scope.treaty.treaty.provisions.find((p) => p.id === provisionId) : undefined;
  return provision
    ? [provisionStep(scope.treaty, provision, `${what}, ${articleLabel(provision.article)}: "${provision.quote.text}"`)]
    : [];
}

/** Accessions: each acceding state bound from its instrument by the later-party rule (never before entry into force). */
export function accessionStarts(scope: LifecycleScope, entry: IsoDate, starts: Map<string, PartyStart>): void {
  const lifecycle = scope.treaty.treaty.lifecycle;
  for (const act of firstActs(scope, lifecycle.accessionEvent)) {
    if (starts.has(act.party)) continue;
    const start = laterStart(lifecycle.entryIntoForce, entry, act.event, 'accession', entryRuleStep(scope));
    if (start) starts.set(act.party, start);
  }
}

/** A provisional application span of one state: from, until (null: open), and why it ended. */
export interface ProvisionalSpan {
  from: IsoDate;
  refusedOn?: TimelineEvent;
  steps: ExplanationStep[];
}

/** Who applies the treaty provisionally, from when, and who said it will not become a party. */
export function provisionalSpans(scope: LifecycleScope): Map<string, ProvisionalSpan> {
  const t = scope.treaty.treaty;
  const clause = t.lifecycle.provisionalApplication;
  const out = new Map<string, ProvisionalSpan>();
  if (!clause) return out;
  const rule = clauseStep(scope, clause.provision, 'Provisional application');
  if (rule.length === 0 && clause.attestedBy) rule.push({ step: 'rule', text: `Provisional application (${clause.attestedBy.cite})` });
  let from: IsoDate | undefined = clause.date;
  let fromStep: ExplanationStep = { step: 'lifecycle', text: `Applied provisionally from ${clause.date}, the date the clause fixes.` };
  if (clause.event !== undefined) {
    const act = own(scope, clause.event)[0];
    if (!act) return out;
    from = act.date;
    fromStep = eventStep(act, `Applied provisionally from ${act.date}: ${describeEvent(act)}`);
  }
  const refusals = new Map(firstActs(scope, clause.endEvent).map((a) => [a.party, a.event]));
  for (const party of clause.parties ?? t.parties) {
    const refusedOn = refusals.get(party);
    out.set(party, { from: from!, ...(refusedOn && refusedOn.date >= from! ? { refusedOn } : {}), steps: [...rule, fromStep] });
  }
  return out;
}

/** A suspension of the whole treaty's operation: from, to (null: open), and why. */
export interface WholeSuspension {
  from: IsoDate;
  to: IsoDate | null;
  steps: ExplanationStep[];
}

/** Suspensions, each ended by the first later end event naming the same states. */
export function suspensions(scope: LifecycleScope): { whole: WholeSuspension[]; pairs: PairSuspension[] } {
  const clause = scope.treaty.treaty.lifecycle.suspension;
  const whole: WholeSuspension[] = [];
  const pairs: PairSuspension[] = [];
  if (!clause) return { whole, pairs };
  const rule = clauseStep(scope, clause.provision, 'Suspension');
  const ends = own(scope, clause.endEvent);
  const key = (e: TimelineEvent) => `${e.by ?? ''}>${e.to ?? ''}|${statesIn(e, 'parties').join(',')}`;
  for (const e of own(scope, clause.event)) {
    const end = ends.find((x) => x.date >= e.date && key(x) === key(e));
    const steps = [
      ...rule,
      eventStep(e, `Suspended: ${describeEvent(e)}`),
      ...(end ? [eventStep(end, `Resumed: ${describeEvent(end)}`)] : []),
    ];
    const to = end?.date ?? null;
    if (e.to !== undefined) {
      const bearer = partyOf(scope, e.by, e.date);
      const beneficiary = partyOf(scope, e.to, e.date);
      if (bearer === undefined || beneficiary === undefined) continue;
      const text = `${boundAs(bearer, e.by!)} suspended its obligations towards ${beneficiary} ${fromTo(e.date, to)}; the treaty stays in force.`;
      pairs.push({ bearer, beneficiary, from: e.date, to, explanation: [...steps, { step: 'lifecycle', text }] });
    } else {
      whole.push({
        from: e.date,
        to,
        steps: [...steps, { step: 'lifecycle', text: `The operation of the treaty suspended ${fromTo(e.date, to)}.` }],
      });
    }
  }
  return { whole, pairs };
}

/** Ends on an outside event: the treaty's (scope treaty) or one party's (scope party), with the events by id. */
export function outsideEnds(scope: LifecycleScope): { ends: ExternalEnd[]; events: Map<string, TimelineEvent> } {
  const ends: ExternalEnd[] = [];
  const events = new Map<string, TimelineEvent>();
  for (const rule of scope.treaty.treaty.lifecycle.endsOn) {
    for (const e of own(scope, rule.event)) {
      const party = partyOf(scope, e.by, e.date);
      if (party === undefined) continue;
      events.set(e.id, e);
      ends.push({
        id: e.id,
        date: e.date,
        ...(rule.scope === 'party' ? { party } : {}),
        cause: { kind: 'outside-event', eventId: e.id, eventType: e.type, by: e.by ?? null, on: e.date },
      });
    }
  }
  return { ends, events };
}

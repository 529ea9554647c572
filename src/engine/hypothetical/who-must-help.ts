/**
 * "If A attacks B at PLACE on DATE, who must help whom?" — one hypothetical event evaluated by the
 * engine over the corpus: each treaty a state the event names is a party to (an index by party; no
 * other treaty is evaluated) is run once, on its recorded history plus the event (id `hypothesis`),
 * under every reading of the contested terms its triggered provisions are read by. Of each run, the
 * rows of the provisions the event's type can trigger are kept where the event gave rise to them,
 * or where no duty arose for the states it binds (the engine's why-not: not a party that day,
 * suspended, outside the area …). Rows alike under several readings are one, listing the readings.
 */
import {
  type CompiledCorpus,
  type Hypothesis,
  type HypotheticalAnswer,
  type HypotheticalDuty,
  type HypotheticalTreaty,
  isStateCode,
  type NothingOwed,
  type ObligationResult,
  type ReadingChoice,
  type ScenarioFile,
  type TreatyTimeline,
} from '../../model/index.js';
import { evaluateScenario } from '../evaluate.js';
import { dueInWords } from '../obligations/index.js';
import { Places } from '../places.js';
import { Successions } from '../succession.js';
import { BINDING, bindingGrounds, partyOf, statusOn } from './grounds.js';
import { notBound, nothingOwedReason, type Reason } from './nothing-owed.js';
import { type Keyed, mergeDuties, mergeNothing } from './merge.js';
import {
  byTerms,
  eventsToSetAside,
  everyReading,
  hypotheticalEvent,
  lifecycleTermIdle,
  NAMED_FIELDS,
  narrowedCorpus,
  partyIndex,
  triggeredBy,
  type Triggered,
} from './relevance.js';

const FIELD_WORDS = { by: 'the acting state', against: 'the state acted against', to: 'the state acted towards' } as const;

export function whoMustHelp(corpus: CompiledCorpus, hypothesis: Hypothesis): HypotheticalAnswer {
  const successions = new Successions(corpus.states.successions);
  const places = new Places(corpus.gazetteer);
  const event = hypotheticalEvent(hypothesis);
  const day = hypothesis.on;
  const index = partyIndex(corpus, successions);
  const named = NAMED_FIELDS.flatMap((field) => (hypothesis[field] !== undefined ? [{ field, state: hypothesis[field] }] : []));
  const treaties: HypotheticalTreaty[] = [];
  const owed: Keyed<HypotheticalDuty>[] = [];
  const undecided: Keyed<HypotheticalDuty>[] = [];
  const nothing: Keyed<NothingOwed>[] = [];
  const setAside: HypotheticalAnswer['setAside'] = [];
  const warnings = new Set<string>();
  // Per named state, the treaties that bind it on the day (for notParty).
  const boundBy = new Map<string, string[]>(named.map((n) => [n.state, []]));

  corpus.treaties.forEach((t, treatyIndex) => {
    const id = t.treaty.id;
    const concerned = named.filter((n) => index.get(n.state)?.has(id));
    if (concerned.length === 0) return;
    const triggered = triggeredBy(t, hypothesis.event, corpus.vocabulary);
    const aside = eventsToSetAside(corpus, hypothesis, triggered, successions);
    for (const a of aside) {
      const kept = setAside.find((s) => s.treaty === a.treaty);
      const events = [...new Set([...(kept?.events ?? []), ...a.events])];
      const entry = {
        treaty: a.treaty,
        events,
        text: `Recorded ${hypothesis.event} events of ${a.treaty} naming the same state as the question (${events.join(', ')}): left out, so that the answer concerns the hypothetical event alone.`,
      };
      if (kept) setAside[setAside.indexOf(kept)] = entry;
      else setAside.push(entry);
    }
    const order = new Map(t.treaty.provisions.map((p, i) => [p.id, i]));
    const termsEvaluated = new Set<string>();
    let runs = 0;
    let first: TreatyTimeline | undefined;
    // Duties read by the same terms are evaluated together, under every combination of those terms
    // only (Article 5's "forthwith" does not multiply the runs of the report "immediately" to the
    // Security Council); a treaty without any is still evaluated once, for its status on the day.
    const drop = aside.flatMap((a) => a.events.map((e) => `${a.treaty}/${e}`));
    const idle = lifecycleTermIdle(corpus, t, day, drop);
    for (const group of byTerms(t, triggered, corpus.vocabulary, new Set(idle ? [idle] : []))) {
      const { readings, left } = everyReading(group.terms, corpus.vocabulary);
      for (const term of left)
        warnings.add(`${id}: the term ${term} is read at its default only (every reading would pass the limit of runs)`);
      const scenario: ScenarioFile = {
        title: `Hypothesis: ${describeHypothesis(hypothesis)}`,
        treaties: [id],
        history: true,
        drop,
        readings,
        events: [event],
        expect: [],
      };
      const result = evaluateScenario(narrowedCorpus(corpus, t, group.triggered), scenario);
      for (const w of result.warnings) warnings.add(`${id}: ${w}`);
      const evaluated = Object.keys(readings).sort();
      for (const term of evaluated) termsEvaluated.add(term);
      runs += result.runs.length;
      first ??= result.runs[0]!.treaties[0]!;
      const choices = result.runs.map((run) => Object.fromEntries(evaluated.map((term) => [term, run.readings[term]!])) as ReadingChoice);
      result.runs.forEach((run, runIndex) => {
        const tl = run.treaties[0]!;
        for (const row of run.obligations) {
          const tr = group.triggered.find((x) => x.provision.id === row.provision);
          if (!tr) continue;
          const binding = bindingOf(tr, hypothesis);
          const arisen = row.from !== null;
          if (arisen ? !row.events.includes(event.id) : !concernsEvent(row, tr, binding, day, successions)) continue;
          const sortKey = [
            treatyIndex,
            order.get(row.provision) ?? 0,
            row.bearer,
            row.beneficiary ?? '',
            row.from ?? '',
            runIndex,
          ] as const;
          const base = { sortKey, choice: choices[runIndex]!, runs: choices };
          const quote = { source: tr.provision.quote.source, text: tr.provision.quote.text };
          const unbound = arisen ? roleNotBound(tr, binding, tl, row.from!, successions) : undefined;
          if (unbound || (!arisen && row.outcome !== 'unknown')) {
            const reason = unbound ?? nothingOwedReason({ row, provision: tr.provision, treaty: tl, event, binding, successions, places });
            nothing.push({
              ...base,
              key: [row.provision, reason.reason, reason.state ?? '', reason.text].join('\u0000'),
              pair: {
                bearer: displayed(row.bearer, day, successions),
                beneficiary: row.beneficiary && displayed(row.beneficiary, day, successions),
              },
              value: {
                treaty: id,
                provision: row.provision,
                article: row.article,
                quote,
                reason: reason.reason,
                ...(reason.state !== undefined ? { state: reason.state } : {}),
                ...(reason.on !== undefined ? { on: reason.on } : {}),
                text: reason.text,
                pairs: [],
                readings: [],
                everyReading: false,
                explanation: row.explanation,
              },
            });
            continue;
          }
          const on = row.from ?? day;
          // The question is what would be owed: the hypothesis records no act of performance, so a
          // deadline passing says nothing about the states; such a duty is owed (active) with its deadline.
          const owedRow = row.outcome === 'breached' ? asOwed(row) : row;
          const bearer = displayed(row.bearer, on, successions);
          const beneficiary = row.beneficiary && displayed(row.beneficiary, on, successions);
          const duty: HypotheticalDuty = {
            treaty: id,
            provision: row.provision,
            article: row.article,
            kind: row.kind,
            quote,
            duty: dutyWords(tr),
            bearer,
            beneficiary,
            outcome: owedRow.outcome,
            from: row.from,
            deadline: row.deadline,
            readings: [],
            everyReading: false,
            grounds: bindingGrounds({
              treaty: tl,
              provision: tr.provision,
              bearers: bearer.split('+'),
              beneficiary,
              date: on,
              successions,
              places,
              gazetteer: corpus.gazetteer,
              eventPlaces: hypothesis.at,
              binding,
            }),
            ...(hypothesis.by !== undefined && bearer.split('+').includes(hypothesis.by)
              ? {
                  note: `${hypothesis.by} is the state the event names as acting (by): the provision's bearer (${tr.provision.bearer}) does not leave it out.`,
                }
              : {}),
            why: owedRow.explanation[owedRow.explanation.length - 1]?.text ?? '',
            explanation: owedRow.explanation,
          };
          (row.outcome === 'unknown' ? undecided : owed).push({
            ...base,
            key: [row.provision, bearer, beneficiary ?? '', row.outcome, row.from ?? '', row.deadline ?? '', duty.why].join('\u0000'),
            value: duty,
          });
        }
      });
    }
    treaties.push({
      treaty: id,
      title: t.treaty.shortTitle,
      because: concerned
        .map((n) => {
          const party = partyOf(first!, n.state, day, successions)?.party ?? n.state;
          return `${FIELD_WORDS[n.field]} ${n.state} is among its parties${party === n.state ? '' : ` (acting for ${party})`}`;
        })
        .join('; '),
      status: statusOn(first!.intervals, day) ?? 'unknown',
      terms: [...termsEvaluated].sort(),
      runs,
    });
    for (const n of concerned) {
      const p = partyOf(first!, n.state, day, successions);
      if (p && BINDING.has(statusOn(p.intervals, day) ?? '')) boundBy.get(n.state)!.push(id);
    }
  });

  return {
    hypothesis,
    event,
    treaties,
    notParty: named
      .filter((n) => isStateCode(n.state) && boundBy.get(n.state)!.length === 0)
      .filter((n, i, all) => all.findIndex((m) => m.state === n.state) === i)
      .map((n) => ({ state: n.state, text: notPartyText(n.state, day, [...(index.get(n.state) ?? [])]) })),
    owed: mergeDuties(owed),
    undecided: mergeDuties(undecided),
    owesNothing: mergeNothing(nothing),
    setAside,
    warnings: [...warnings],
  };
}

/** "armed-attack by RUS against FIN at fin-territory on 2024-06-01" */
export function describeHypothesis(h: Hypothesis): string {
  const parts = [h.event];
  for (const field of NAMED_FIELDS) if (h[field] !== undefined) parts.push(`${field} ${h[field]}`);
  if (h.at) parts.push(`at ${h.at.join(',')}`);
  parts.push(`on ${h.on}`);
  return parts.join(' ');
}

/** The roles the event binds in a provision: role → the state the question names in that field. */
function bindingOf(tr: Triggered, h: Hypothesis): Record<string, string> {
  const binding: Record<string, string> = {};
  for (const [role, field] of tr.roles) {
    const state = field === 'by' || field === 'against' || field === 'to' ? h[field] : undefined;
    if (state !== undefined) binding[role] = state;
  }
  return binding;
}

/**
 * A row where no duty arose concerns the event if the provision's bearer or beneficiary is a role
 * the event binds and the row's is that state (or the party it acts for); where neither is, every
 * such row of the provision does.
 */
function concernsEvent(
  row: ObligationResult,
  tr: Triggered,
  binding: Readonly<Record<string, string>>,
  day: string,
  successions: Successions,
): boolean {
  const same = (party: string | null, state: string | undefined) =>
    party !== null && state !== undefined && (party === state || successions.actingFor(party, day) === state);
  const { bearer, beneficiary } = tr.provision;
  const bearerBound = binding[bearer] !== undefined;
  const beneficiaryBound = beneficiary !== undefined && binding[beneficiary] !== undefined;
  if (!bearerBound && !beneficiaryBound) return true;
  return (bearerBound && same(row.bearer, binding[bearer])) || (beneficiaryBound && same(row.beneficiary, binding[beneficiary!]));
}

/**
 * A role of the trigger that is neither bearer nor beneficiary ("any such armed attack" on the
 * attacked party, a duty each party owes the Security Council) binds to a party (model: a role's
 * field "must name a party"); the engine checks that bearer and beneficiary are bound on the day,
 * and this checks the other roles the event binds in the same way: a duty that arose though one of
 * them was not a party that day binds no one, for that reason.
 */
function roleNotBound(
  tr: Triggered,
  binding: Readonly<Record<string, string>>,
  tl: TreatyTimeline,
  on: string,
  successions: Successions,
): Reason | undefined {
  for (const role of tr.roles.keys()) {
    if (role === tr.provision.bearer || role === tr.provision.beneficiary || binding[role] === undefined) continue;
    const party = partyOf(tl, binding[role], on, successions)?.party ?? binding[role];
    const reason = notBound(party, tl, on, successions);
    if (reason) return { ...reason, text: `${reason.text} The trigger's ${role} must be a party on the day.` };
  }
  return undefined;
}

/** The state acting for a party on the day (why-not rows name parties; arisen rows, the states acting). */
function displayed(party: string, day: string, successions: Successions): string {
  return party
    .split('+')
    .map((p) => successions.actingFor(p, day))
    .join('+');
}

function dutyWords(tr: Triggered): string {
  const what = tr.provision.act?.description ?? tr.provision.summary;
  return tr.provision.kind === 'prohibition' ? `refrain: ${what}` : what;
}

/** `treaties`: those the state may act for a party of (the party index), in corpus order. */
function notPartyText(state: string, day: string, treaties: readonly string[]): string {
  if (treaties.length === 0) return `${state} is not a party to any treaty of the corpus.`;
  return `${state} is bound by none of the corpus's treaties on ${day}; it is a party at other times to ${treaties.join(', ')}.`;
}

/** A duty the engine finds breached for want of an act, said as owed: active, due before its deadline. */
function asOwed(row: ObligationResult): ObligationResult {
  const last = row.explanation[row.explanation.length - 1];
  const text = `Owed from ${row.from}; ${dueInWords(row.deadline!)} under this reading. The hypothesis records no act of performance, so whether it would be performed in time is not asked.`;
  const steps = last?.step === 'outcome' ? row.explanation.slice(0, -1) : row.explanation;
  return { ...row, outcome: 'active', to: null, explanation: [...steps, { step: 'outcome', text }] };
}

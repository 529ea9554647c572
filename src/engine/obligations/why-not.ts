/**
 * Why a duty did not arise: a row for every provision and binding that produced no outcome in a run
 * (issue 15), so that nothing disappears silently. `not-applicable` where it could not arise (the
 * treaty never applied, the bearer or beneficiary not bound, their obligations suspended, the event
 * outside the provision's scope); `not-triggered` where it could have but its condition never held,
 * naming the condition and the readings it failed under; `unknown` where the provision's words are
 * cut in the source.
 */
import {
  conditionsOf,
  describeTrigger,
  type ExplanationStep,
  type IsoDate,
  type ObligationResult,
  type Provision,
  type StateField,
} from '../../model/index.js';
import { resolveRoles, type Instance } from './roles.js';
import { inForceOn, matchEvent, rolesOf, type Binding } from '../triggers.js';
import type { ObligationContext } from './evaluate-provision.js';

/** Why an episode did not reach an instance: the first such reason is kept for the row. */
export interface Blocked {
  date: IsoDate;
  reason: 'not-bound' | 'suspended' | 'out-of-scope' | 'scope-unknown';
  text: string;
  steps?: readonly ExplanationStep[];
}

/** An instance as a key, bearers and beneficiary (kept on the instance: many episodes share one). */
export function instanceKey(instance: Instance): string {
  let key = instanceKeys.get(instance);
  if (key === undefined) instanceKeys.set(instance, (key = `${instance.bearers.join('+')}>${instance.beneficiary ?? ''}`));
  return key;
}

const instanceKeys = new WeakMap<Instance, string>();

/** The roles a trigger binds (to the parties its events or fluents name). */
function triggerRoles(provision: Provision): string[] {
  const roles = new Set<string>();
  for (const c of conditionsOf(provision.trigger)) {
    if ('fluent' in c) roles.add(c.subject);
    else if ('event' in c) for (const role of rolesOf(c)) roles.add(role);
  }
  return [...roles];
}

/** Every instance a provision could have for the treaty's parties: each binding of its trigger's roles to a party. */
export function possibleInstances(
  provision: Provision,
  parties: readonly string[],
): readonly { instance: Instance; binding: Binding; key: string }[] {
  // The same for every run and every treaty with these parties (bench: a thousand clones of a few treaties).
  const key = parties.join(',');
  let byParties = instancesMemo.get(provision);
  if (!byParties) instancesMemo.set(provision, (byParties = new Map()));
  let found = byParties.get(key);
  if (!found) byParties.set(key, (found = computeInstances(provision, parties)));
  return found;
}

const instancesMemo = new WeakMap<Provision, Map<string, readonly { instance: Instance; binding: Binding; key: string }[]>>();

function computeInstances(provision: Provision, parties: readonly string[]): { instance: Instance; binding: Binding; key: string }[] {
  let bindings: Record<string, string>[] = [{}];
  for (const role of triggerRoles(provision)) bindings = bindings.flatMap((b) => parties.map((p) => ({ ...b, [role]: p })));
  const seen = new Map<string, { instance: Instance; binding: Binding; key: string }>();
  for (const binding of bindings)
    for (const instance of resolveRoles(provision, binding, parties)) {
      const key = instanceKey(instance);
      if (!seen.has(key)) seen.set(key, { instance, binding, key });
    }
  return [...seen.values()];
}

/** What a field failed to be, in words, for the constraints that are not roles or states. */
const MISMATCH: Readonly<Record<string, string>> = {
  'any-state': 'is not a state',
  party: 'is not a party',
  'non-party': 'is a party',
};

/**
 * Events that came close: of a condition's type, on a day the treaty applied, meeting the binding's
 * roles but failing another constraint (an attack "by any state" made by an armed group), so that a
 * not-triggered row can say why they did not count. At most three, in timeline order.
 */
function nearMisses(provision: Provision, binding: Binding, ctx: ObligationContext): string[] {
  const out: string[] = [];
  for (const c of conditionsOf(provision.trigger)) {
    if (!('event' in c)) continue;
    const fields = Object.entries(c.where) as [StateField, string][];
    for (const e of ctx.events.ofType(c.event)) {
      if (out.length >= 3) return out;
      if (!inForceOn(ctx, e.date) || matchEvent(c, e, binding, ctx)) continue;
      // Which constraints fail, each tested alone: only an event that meets some is a near miss.
      const failing = fields.filter(([field, match]) => !matchEvent({ event: c.event, where: { [field]: match } }, e, binding, ctx));
      const invocation = c.article !== undefined && e.article !== c.article;
      if (failing.length === 0 && !invocation) continue;
      // A near miss meets the roles of this binding (an attack on this party), and fails something else.
      if (failing.some(([, match]) => binding[match] !== undefined)) continue;
      if (failing.length === fields.length && fields.length > 0) continue;
      const why = [
        ...failing.map(
          ([field, match]) =>
            `${field} ${[e[field]].flat().join(', ') || '(none)'} ${MISMATCH[match] ?? `is not ${binding[match] ?? match}`}`,
        ),
        ...(invocation ? [`it does not invoke article ${c.article}`] : []),
      ];
      out.push(`${e.id} of ${e.date} (${c.event.replace(/-/g, ' ')}) did not count: ${why.join('; ')}`);
    }
  }
  return out;
}

/** The row of an instance that produced no outcome, with why. */
export function whyNotRow(
  provision: Provision,
  { instance, binding }: { instance: Instance; binding: Binding },
  opening: readonly ExplanationStep[],
  blocked: Blocked | undefined,
  ctx: ObligationContext,
): ObligationResult {
  const steps: ExplanationStep[] = [...opening];
  const bearer = instance.bearers.join('+');
  let outcome: ObligationResult['outcome'];
  let text: string;
  const single = instance.bearers.length === 1 ? instance.bearers[0]! : undefined;
  const boundEver = (party: string) => (ctx.lifecycle.participation.get(party)?.length ?? 1) > 0;
  if (provision.incomplete) {
    outcome = 'unknown';
    text = `Unknown: the provision's words are cut in the source (${provision.incomplete.reason}); whether it arose cannot be said.`;
  } else if (ctx.inForce.length === 0) {
    outcome = 'not-applicable';
    text = 'Not applicable: the treaty did not apply (in force or provisionally) on any day evaluated.';
  } else if (single !== undefined && !boundEver(single)) {
    outcome = 'not-applicable';
    text = `Not applicable: ${single} was not bound by the treaty on any day evaluated (not a party, or not one for whom it entered into force).`;
  } else if (instance.beneficiary && !boundEver(instance.beneficiary)) {
    outcome = 'not-applicable';
    text = `Not applicable: ${instance.beneficiary} was not bound by the treaty on any day evaluated, so nothing was owed to it.`;
  } else if (blocked) {
    outcome = blocked.reason === 'scope-unknown' ? 'unknown' : 'not-applicable';
    for (const s of blocked.steps ?? []) steps.push(s);
    text = blocked.text;
  } else {
    outcome = 'not-triggered';
    const readings = triggerReadings(provision, ctx);
    text = provision.trigger
      ? `Not triggered: ${describeTrigger(provision.trigger)}${bindingText(provision, instance)} — never on a day the treaty applied${readings ? `, under ${readings}` : ''}.`
      : 'Not triggered: the duty applies while the treaty is in force for its bearer, which it never was in the days evaluated.';
    const near = provision.trigger ? nearMisses(provision, binding, ctx) : [];
    if (near.length) text = `${text.slice(0, -1)}; ${near.join('; ')}.`;
  }
  steps.push({ step: 'outcome', text });
  return {
    treaty: ctx.treaty.treaty.id,
    provision: provision.id,
    article: provision.article,
    kind: provision.kind === 'prohibition' ? 'prohibition' : 'obligation',
    bearer,
    beneficiary: instance.beneficiary,
    from: null,
    to: null,
    deadline: null,
    outcome,
    events: [],
    explanation: steps,
  };
}

/** " (with attacked-party PRK)": the trigger's roles as this instance binds them. */
function bindingText(provision: Provision, instance: Instance): string {
  const roles = triggerRoles(provision);
  const parts: string[] = [];
  for (const role of roles) {
    if (provision.beneficiary === role && instance.beneficiary) parts.push(`${role} ${instance.beneficiary}`);
    else if (provision.bearer === role && instance.bearers.length === 1) parts.push(`${role} ${instance.bearers[0]}`);
  }
  return parts.length ? ` (with ${parts.join(', ')})` : '';
}

/** The readings of the terms the trigger's fluents depend on, in words ("state-of-war: declared-war"). */
function triggerReadings(provision: Provision, ctx: ObligationContext): string {
  const terms = new Set<string>();
  for (const c of conditionsOf(provision.trigger)) {
    if (!('fluent' in c)) continue;
    const fluent = ctx.vocabulary.fluents.find((f) => f.id === c.fluent);
    for (const effect of [...(fluent?.initiatedBy ?? []), ...(fluent?.terminatedBy ?? [])])
      for (const t of Object.keys(effect.when ?? {})) terms.add(t);
  }
  return [...terms]
    .sort()
    .map((t) => `${t}: ${ctx.choice[t] ?? ctx.vocabulary.terms.find((x) => x.id === t)?.default ?? '?'}`)
    .join(', ');
}

/**
 * Reference checks of a treaty's lifecycle (docs/lifecycle.md): every event type, provision and
 * state its clauses name is defined; a tied duration names another treaty of the corpus and no
 * chain of tied treaties comes back to where it started; a by-reading duration names a contested
 * term and gives a clause for exactly that term's readings, each clause checked the same way.
 */
import { type Loaded, type LoadedTreaty, type PathKey } from '../corpus/index.js';
import { type DurationClause, type PlainDurationClause } from '../model/index.js';
import { checkByReading, type Context, list, type Report } from './reference-context.js';

/** The treaty's own reference checks of a name at a path of its treaty.yaml. */
export interface NameChecks {
  eventType: (path: PathKey[], id: string) => void;
  state: (path: PathKey[], code: string) => void;
}

export function checkLifecycle(t: LoadedTreaty, ctx: Context, report: Report, names: NameChecks) {
  const treaty = t.treaty.value;
  const loaded = t.treaty as Loaded<unknown>;
  const lifecycle = treaty.lifecycle;
  const entry = lifecycle.entryIntoForce;
  const provisional = lifecycle.provisionalApplication;
  const at = (...path: PathKey[]): PathKey[] => ['lifecycle', ...path];

  const eventTypes: [PathKey[], string | undefined][] = [
    [at('entryIntoForce', 'event'), entry.event],
    [at('provisionalApplication', 'event'), provisional?.event],
    [at('provisionalApplication', 'endEvent'), provisional?.endEvent],
    [at('accessionEvent'), lifecycle.accessionEvent],
    [at('noticeEvent'), lifecycle.noticeEvent],
    [at('terminationEvent'), lifecycle.terminationEvent],
    [at('suspension', 'event'), lifecycle.suspension?.event],
    [at('suspension', 'endEvent'), lifecycle.suspension?.endEvent],
    ...lifecycle.endsOn.map((e, i): [PathKey[], string] => [at('endsOn', i, 'event'), e.event]),
  ];
  for (const [path, id] of eventTypes) if (id !== undefined) names.eventType(path, id);

  const provisions = new Map(treaty.provisions.map((p) => [p.id, p]));
  const procedural: [PathKey[], string | undefined][] = [
    [at('entryIntoForce', 'provision'), entry.provision],
    [at('provisionalApplication', 'provision'), provisional?.provision],
    [at('durationProvision'), lifecycle.durationProvision],
    [at('suspension', 'provision'), lifecycle.suspension?.provision],
    ...lifecycle.endsOn.map((e, i): [PathKey[], string | undefined] => [at('endsOn', i, 'provision'), e.provision]),
    [at('minimumParties', 'provision'), lifecycle.minimumParties?.provision],
    ...lifecycle.survival.map((s, i): [PathKey[], string | undefined] => [at('survival', i, 'provision'), s.provision]),
  ];
  for (const [path, id] of procedural) {
    if (id === undefined) continue;
    const p = provisions.get(id);
    if (!p)
      report(loaded, path, 'unknown-provision', `unknown provision "${id}"`, 'name the procedural provision that carries this clause');
    else if (p.kind !== 'procedural')
      report(
        loaded,
        path,
        'not-procedural',
        `provision "${id}" is ${/^[aeiou]/.test(p.kind) ? 'an' : 'a'} ${p.kind}, not a procedural clause`,
        'point at the provision of kind "procedural" that carries this clause',
      );
  }
  lifecycle.survival.forEach((s, i) =>
    s.provisions.forEach((id, j) => {
      if (!provisions.has(id))
        report(
          loaded,
          at('survival', i, 'provisions', j),
          'unknown-provision',
          `unknown provision "${id}"`,
          `name a provision of this treaty that continues to apply: one of ${list(provisions.keys())}`,
        );
    }),
  );

  entry.threshold?.including.forEach((code, i) => names.state(at('entryIntoForce', 'threshold', 'including', i), code));
  provisional?.parties?.forEach((code, i) => names.state(at('provisionalApplication', 'parties', i), code));

  checkDuration(lifecycle.duration, at('duration'), treaty.id, loaded, ctx, report);
}

function checkDuration(duration: DurationClause, path: PathKey[], self: string, loaded: Loaded<unknown>, ctx: Context, report: Report) {
  if (duration.type !== 'by-reading') return checkPlainDuration(duration, path, self, loaded, ctx, report);
  checkByReading(loaded, path, duration, ctx, report, {
    what: 'duration clause',
    hint: (reading, readings) =>
      `add readings.${reading}: the clause as that reading understands it (every reading of the term needs one: ${readings})`,
  });
  for (const [key, clause] of Object.entries(duration.readings))
    checkPlainDuration(clause, [...path, 'readings', key], self, loaded, ctx, report);
}

function checkPlainDuration(
  duration: PlainDurationClause,
  path: PathKey[],
  self: string,
  loaded: Loaded<unknown>,
  ctx: Context,
  report: Report,
) {
  if (duration.type !== 'tied') return;
  const other = duration.treaty;
  const at = [...path, 'treaty'];
  if (other === self) {
    report(
      loaded,
      at,
      'tied-to-itself',
      `treaty "${self}" is tied to itself`,
      'name the other treaty this one stays in force as long as, or give it a duration of its own (indefinite, fixed, …)',
    );
  } else if (!ctx.treaties.has(other)) {
    const ids = [...ctx.treaties.keys()].filter((id) => id !== self);
    report(
      loaded,
      at,
      'unknown-treaty',
      `unknown treaty "${other}"`,
      ids.length
        ? `name a treaty of the corpus: one of ${list(ids)}`
        : 'add the treaty it is tied to to the corpus (a folder beside this one)',
    );
  } else {
    const cycle = tiedCycle(self, other, ctx);
    if (cycle)
      report(
        loaded,
        at,
        'tied-cycle',
        `tied durations go round in a circle: ${cycle.join(' → ')}`,
        'each of these treaties would last as long as itself: give one of them a duration of its own (indefinite, fixed, …)',
      );
  }
}

/** The treaties a duration clause is tied to, under any of its readings. */
function tiedTo(duration: DurationClause): string[] {
  const clauses = duration.type === 'by-reading' ? Object.values(duration.readings) : [duration];
  return clauses.flatMap((c) => (c.type === 'tied' ? [c.treaty] : []));
}

/**
 * The shortest chain of tied treaties from `self` through `next` back to `self`, or undefined.
 * A breadth-first search over the corpus, each treaty visited once. A by-reading duration counts as
 * tied to every treaty any of its readings names: a chain that only closes under readings no run
 * can choose together is still reported (it would make the formalization hard to follow anyway).
 */
function tiedCycle(self: string, next: string, ctx: Context): string[] | undefined {
  const cameFrom = new Map<string, string>([[next, self]]);
  const queue = [next];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const duration = ctx.treaties.get(id)?.treaty.value.lifecycle.duration;
    for (const target of duration ? tiedTo(duration) : []) {
      if (target === self) {
        const chain = [self];
        for (let at: string | undefined = id; at !== self && at !== undefined; at = cameFrom.get(at)) chain.unshift(at);
        return [self, ...chain];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, id);
        queue.push(target);
      }
    }
  }
  return undefined;
}

/**
 * The membership rows: whether a party may leave alone, accession, suspension, ends on an outside
 * event, a minimum number of parties, and provisions that survive the end, one graded row each.
 * Rules: withdrawal-alone, accession, suspension, outside-end, minimum-parties, survival
 * (../rules.ts). Survival is compared provision by provision through the alignment.
 */
import { durationInWords, type OutsideEnd, type Provision, type Suspension, type Survival, type TreatyFile } from '../model/index.js';
import { byAmount, combine, flip } from './grade.js';
import { days, type Graded, row, sourceOf } from './lifecycle-parts.js';
import { articleLabel } from './refs.js';
import type { Grade, LifecycleRow } from './schema.js';

const graded = (grade: Grade, reason: string): Graded => ({ grade, reason });

/** Pairs of aligned provisions, A's id then B's. */
export type Counterparts = readonly (readonly [string, string])[];

/** Without an alignment: provisions with the same id are each other's counterparts. */
export function sameIds(a: TreatyFile, b: TreatyFile): Counterparts {
  const ids = new Set(b.provisions.map((p) => p.id));
  return a.provisions.filter((p) => ids.has(p.id)).map((p) => [p.id, p.id] as const);
}

/** Where a set of rules comes from: their articles (each once), or who attests them. */
function sourcesOf(
  t: TreatyFile,
  rules: readonly { provision?: string | undefined; attestedBy?: { cite: string } | undefined }[],
): { label: string; ids: string[]; words: string | null } {
  const sources = rules.map((r) => sourceOf(t, r.provision, r.attestedBy?.cite));
  const ids = [...new Set(sources.flatMap((s) => s.ids))];
  const labels = [...new Set(sources.map((s) => s.label))];
  return { label: labels.join('; '), ids, words: sources.find((s) => s.words !== null)?.words ?? null };
}

const withSource = (text: string, label: string) => `${text} (${label})`;

// --- A party leaving alone (perParty) -------------------------------------------------------

/** Whether a party's leaving can matter to the others: more than two parties, or room for more. */
function manySided(t: TreatyFile): boolean {
  return t.parties.length > 2 || t.lifecycle.accessionEvent !== undefined;
}

function perPartyText(t: TreatyFile): string {
  return t.lifecycle.perParty
    ? "a party's withdrawal ends its own participation only; the treaty continues among the others"
    : "a party's withdrawal or notice ends the treaty for every party";
}

function gradePerParty(a: TreatyFile, b: TreatyFile): Graded {
  const pa = a.lifecycle.perParty;
  const pb = b.lifecycle.perParty;
  if (pa === pb) return graded('same', pa ? 'in both, a party leaves alone' : "in both, one party's leaving ends the treaty");
  if (!manySided(a) && !manySided(b))
    return graded(
      'same',
      'both have two parties and are closed to accession: when one leaves, the other has no party left to be bound to, so the treaty ends either way',
    );
  return pb
    ? graded('widens', "in B one party's leaving ends only its own participation: the others remain bound to one another")
    : graded('narrows', "in B one party's leaving ends the treaty for all: the others' duties end with it");
}

// --- Accession -------------------------------------------------------------------------------

function accessionText(t: TreatyFile): string {
  const event = t.lifecycle.accessionEvent;
  return event ? `open: a state becomes a party by its instrument of accession ("${event}")` : 'closed: no provision for accession';
}

function gradeAccession(a: TreatyFile, b: TreatyFile): Graded {
  const ea = a.lifecycle.accessionEvent;
  const eb = b.lifecycle.accessionEvent;
  if (ea !== undefined && eb !== undefined)
    return graded('same', ea === eb ? 'both open to accession' : `both open to accession (by "${ea}" in A, "${eb}" in B)`);
  if (ea === undefined && eb === undefined) return graded('same', 'neither is open to accession');
  return eb !== undefined
    ? graded(
        'widens',
        'B is open to accession, A is not: more states can become bound, and a duty owed to each party is owed to more states',
      )
    : graded('narrows', 'B is closed to accession, A is not: no state beyond its own parties can become bound');
}

// --- Suspension ------------------------------------------------------------------------------

function suspensionText(t: TreatyFile): string {
  const s = t.lifecycle.suspension;
  if (!s) return 'none (only under the general law of treaties: VCLT Arts. 57–60)';
  const until = s.endEvent ? `, until "${s.endEvent}"` : '; nothing ends a suspension';
  const text = `"${s.event}" suspends the operation of the whole treaty (naming no state), or one party's obligations towards another (naming both)${until}`;
  return withSource(text, sourceOf(t, s.provision, s.attestedBy?.cite).label);
}

function gradeSuspension(a: Suspension | undefined, b: Suspension | undefined): Graded {
  if (!a && !b) return graded('same', 'neither has a suspension rule');
  if (!a || !b)
    return b
      ? graded('narrows', "B's obligations can be suspended, A's cannot: while suspended no obligation arises")
      : graded('widens', "A's obligations could be suspended, B's cannot");
  if (a.event !== b.event) return graded('unclear', `suspended by different acts ("${a.event}", "${b.event}")`);
  if (a.endEvent === b.endEvent) return graded('same', 'the same suspension rule');
  if (a.endEvent && b.endEvent) return graded('unclear', `a suspension ends on different acts ("${a.endEvent}", "${b.endEvent}")`);
  return b.endEvent
    ? graded('widens', `an act ends a suspension in B ("${b.endEvent}"); in A nothing does, so its suspended obligations stay suspended`)
    : graded('narrows', `nothing ends a suspension in B, so its suspended obligations stay suspended; in A an act does ("${a.endEvent}")`);
}

// --- Ends on an outside event (endsOn) -------------------------------------------------------

const endWords = (e: OutsideEnd) =>
  e.scope === 'treaty' ? `the treaty ends on "${e.event}" naming a party` : `a party ceases to be one on "${e.event}" naming it`;

function endsOnText(t: TreatyFile): string {
  const ends = t.lifecycle.endsOn;
  if (!ends.length) return 'none';
  return withSource(ends.map(endWords).join('; '), sourcesOf(t, ends).label);
}

/** What an outside event ends: the whole treaty reaches further than one party's participation. */
const REACH = { none: 0, party: 1, treaty: 2 } as const;

function gradeEndsOn(a: readonly OutsideEnd[], b: readonly OutsideEnd[]): Graded {
  const reach = (ends: readonly OutsideEnd[], event: string): keyof typeof REACH =>
    ends.some((e) => e.event === event && e.scope === 'treaty') ? 'treaty' : ends.some((e) => e.event === event) ? 'party' : 'none';
  const events = [...new Set([...a, ...b].map((e) => e.event))].sort();
  if (!events.length) return graded('same', 'neither ends on an outside event');
  const words = { none: 'ends nothing', party: 'ends the participation of the party it names', treaty: 'ends the treaty' };
  const parts = events.flatMap((event) => {
    const ra = reach(a, event);
    const rb = reach(b, event);
    if (ra === rb) return [];
    // An outside end that reaches further in B ends more of B's duties: narrows.
    const grade = flip(byAmount(REACH[ra], REACH[rb]));
    return [graded(grade, `"${event}" ${words[rb]} in B, and ${words[ra]} in A`)];
  });
  if (!parts.length) return graded('same', 'the same outside events end the same');
  return graded(combine(parts.map((p) => p.grade)), parts.map((p) => p.reason).join('; '));
}

// --- Minimum number of parties ---------------------------------------------------------------

function minimumText(t: TreatyFile): string {
  const m = t.lifecycle.minimumParties;
  if (!m) return 'none set';
  return withSource(
    `the treaty ends on the first day fewer than ${m.count} parties remain`,
    sourceOf(t, m.provision, m.attestedBy?.cite).label,
  );
}

function gradeMinimum(a: TreatyFile, b: TreatyFile): Graded {
  const ma = a.lifecycle.minimumParties?.count;
  const mb = b.lifecycle.minimumParties?.count;
  // No clause: the treaty lasts while any party is left, as if it needed one.
  const grade = flip(byAmount(ma ?? 1, mb ?? 1));
  if (grade === 'same')
    return graded(
      'same',
      ma === mb
        ? ma === undefined
          ? 'neither sets a minimum number of parties'
          : 'the same minimum'
        : 'a minimum of one party is no minimum',
    );
  const count = (n: number | undefined) => (n === undefined ? 'no minimum' : `at least ${n}`);
  return graded(
    grade,
    `B ${grade === 'narrows' ? 'needs more parties to stay in force' : 'stays in force with fewer parties'} (${count(mb)} against ${count(ma)})`,
  );
}

// --- Survival --------------------------------------------------------------------------------

type End = 'termination' | 'withdrawal';
const ENDS: readonly End[] = ['termination', 'withdrawal'];
const END_WORDS = { termination: 'termination', withdrawal: 'a withdrawal' } as const;
const AFTER_WORDS = {
  termination: "the treaty's termination",
  withdrawal: "a party's withdrawal (for that party)",
  both: "the treaty's termination or a party's withdrawal",
} as const;

/** For each surviving provision, how long (days, and in words) it survives each end. */
function survivalOf(survival: readonly Survival[]): Map<string, Record<End, { days: number; words: string }>> {
  const out = new Map<string, Record<End, { days: number; words: string }>>();
  for (const s of survival) {
    for (const id of s.provisions) {
      const entry = out.get(id) ?? { termination: { days: 0, words: 'none' }, withdrawal: { days: 0, words: 'none' } };
      for (const end of ENDS) {
        if (s.after !== 'both' && s.after !== end) continue;
        const d = days(s.period);
        if (d > entry[end].days) entry[end] = { days: d, words: durationInWords(s.period) };
      }
      out.set(id, entry);
    }
  }
  return out;
}

function provisionLabel(t: TreatyFile, id: string): string {
  const p = t.provisions.find((x) => x.id === id);
  if (!p) return `"${id}"`;
  return p.article === 'unknown' ? `the unnumbered clause "${id}"` : articleLabel(p);
}

function survivalText(t: TreatyFile): string {
  const survival = t.lifecycle.survival;
  if (!survival.length) return "none: no provision is said to survive the treaty's end";
  const each = survival.map((s) => {
    const which = s.provisions.map((id) => provisionLabel(t, id)).join(', ');
    const text = `${which} ${s.provisions.length > 1 ? 'continue' : 'continues'} to apply for ${durationInWords(s.period)} after ${AFTER_WORDS[s.after]}`;
    return withSource(text, sourceOf(t, s.provision, s.attestedBy?.cite).label);
  });
  return each.join('; ');
}

function gradeSurvival(a: TreatyFile, b: TreatyFile, counterparts: Counterparts): Graded {
  const sa = survivalOf(a.lifecycle.survival);
  const sb = survivalOf(b.lifecycle.survival);
  if (!sa.size && !sb.size) return graded('same', 'no provision survives in either');
  const none = { termination: { days: 0, words: 'none' }, withdrawal: { days: 0, words: 'none' } };
  const find = (t: TreatyFile, id: string): Provision | undefined => t.provisions.find((p) => p.id === id);
  const parts: Graded[] = [];
  /** One provision of A against one of B (either may be missing), end by end. */
  const compare = (idA: string | undefined, idB: string | undefined) => {
    const va = (idA && sa.get(idA)) || none;
    const vb = (idB && sb.get(idB)) || none;
    const grades = ENDS.map((end) => byAmount(va[end].days, vb[end].days));
    const grade = combine(grades);
    if (grade === 'same') return;
    const differs = ENDS.filter((_, i) => grades[i] !== 'same').map(
      (end) => `after ${END_WORDS[end]}: ${vb[end].words} against ${va[end].words}`,
    );
    const permission = [idA && find(a, idA), idB && find(b, idB)].some((p) => p && p.kind === 'permission');
    const how =
      grade === 'widens' ? 'longer' : grade === 'narrows' ? 'for less time' : 'longer after one end and for less time after the other';
    const spans = (v: Record<End, { days: number; words: string }>) =>
      ENDS.filter((end) => v[end].days > 0)
        .map((end) => `${v[end].words} after ${END_WORDS[end]}`)
        .join(' and ');
    const reason =
      idA && idB
        ? `${provisionLabel(a, idA)} of A and ${provisionLabel(b, idB)} of B: B's survives ${how} (${differs.join('; ')})`
        : idA
          ? `A's ${provisionLabel(a, idA)} survives the end (${spans(va)}) and has no counterpart in B`
          : `B's ${provisionLabel(b, idB!)} survives the end (${spans(vb)}) and has no counterpart in A`;
    parts.push(
      permission
        ? graded('unclear', `${reason}; a permission (a freedom, not a duty) cannot be graded by how long it lasts`)
        : graded(grade, reason),
    );
  };
  for (const [idA, idB] of counterparts) if (sa.has(idA) || sb.has(idB)) compare(idA, idB);
  for (const id of [...sa.keys()].filter((x) => !counterparts.some(([y]) => y === x))) compare(id, undefined);
  for (const id of [...sb.keys()].filter((x) => !counterparts.some(([, y]) => y === x))) compare(undefined, id);
  if (!parts.length) return graded('same', 'the corresponding provisions survive for as long, after the same ends');
  return graded(combine(parts.map((p) => p.grade)), parts.map((p) => p.reason).join('; '));
}

// --- The rows --------------------------------------------------------------------------------

export function membershipRows(a: TreatyFile, b: TreatyFile, counterparts: Counterparts): LifecycleRow[] {
  const none = { provisions: { a: [] as string[], b: [] as string[] }, words: { a: null, b: null } };
  const from = (rules: (t: TreatyFile) => readonly { provision?: string; attestedBy?: { cite: string } }[]) => {
    const sa = sourcesOf(a, rules(a));
    const sb = sourcesOf(b, rules(b));
    return { provisions: { a: sa.ids, b: sb.ids }, words: { a: sa.words, b: sb.words } };
  };
  const suspension = from((t) => (t.lifecycle.suspension ? [t.lifecycle.suspension] : []));
  const endsOn = from((t) => t.lifecycle.endsOn);
  const minimum = from((t) => (t.lifecycle.minimumParties ? [t.lifecycle.minimumParties] : []));
  const survival = from((t) => t.lifecycle.survival);
  return [
    row('withdrawal-of-one-party', perPartyText(a), perPartyText(b), gradePerParty(a, b), 'withdrawal-alone', none.provisions, none.words),
    row('accession', accessionText(a), accessionText(b), gradeAccession(a, b), 'accession', none.provisions, none.words),
    row(
      'suspension',
      suspensionText(a),
      suspensionText(b),
      gradeSuspension(a.lifecycle.suspension, b.lifecycle.suspension),
      'suspension',
      suspension.provisions,
      suspension.words,
    ),
    row(
      'ends-on-outside-event',
      endsOnText(a),
      endsOnText(b),
      gradeEndsOn(a.lifecycle.endsOn, b.lifecycle.endsOn),
      'outside-end',
      endsOn.provisions,
      endsOn.words,
    ),
    row('minimum-parties', minimumText(a), minimumText(b), gradeMinimum(a, b), 'minimum-parties', minimum.provisions, minimum.words),
    row('survival', survivalText(a), survivalText(b), gradeSurvival(a, b, counterparts), 'survival', survival.provisions, survival.words),
  ];
}

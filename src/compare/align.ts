/**
 * Aligning the provisions of two treaties: which of B's provisions does each of A's correspond to?
 *
 * A pair's score weighs what the two do first (kind 1, act 2, trigger 2, roles 1, topic tags 3:
 * 9 parts of 12) and the similarity of their quoted words second (3 parts of 12); each part is
 * reported as a reason. Pairs scoring MATCH_SCORE or more are taken best first, in two passes.
 * First one-to-one: two unmatched provisions make a match. Then one-to-many: a provision left
 * unmatched joins a match if it scores as much with the match's single provision on the other side
 * and does the same kind of thing as it (same kind, trigger events and fluents, standing or not),
 * as when B splits A's single prohibition in two. A procedural clause pairs only with a procedural clause,
 * its role in the lifecycle (entry into force, duration) standing for its act; the lifecycle rows
 * compare them. The score is symmetric and ties are broken by provision ids, so aligning B with A
 * gives the same pairs as aligning A with B.
 */
import { type Condition, conditionsOf, type Provision } from '../model/index.js';
import type { AlignmentReason } from './schema.js';
import { isContent, jaccard, phrasesOf, quotedList, sameWords, textSimilarity, wordsOf } from './words.js';

export const MATCH_SCORE = 0.42;

const WEIGHTS = { kind: 1, act: 2, trigger: 2, roles: 1, tags: 3, text: 3 } as const;

export interface ScoredPair {
  a: Provision;
  b: Provision;
  score: number;
  reasons: AlignmentReason[];
}

export interface Alignment {
  matches: { a: Provision[]; b: Provision[]; pairs: ScoredPair[] }[];
  onlyInA: { provision: Provision; nearest: { id: string; score: number } | null }[];
  onlyInB: { provision: Provision; nearest: { id: string; score: number } | null }[];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What a condition is about, constraints aside: `event:armed-attack`, `fluent:state-of-war`. */
export function conditionTopic(c: Condition): string {
  if ('inForceFor' in c) return `in-force-for:${c.inForceFor}`;
  return 'fluent' in c ? `fluent:${c.fluent}` : `event:${c.event}`;
}

const BINDING = new Set(['obligation', 'prohibition']);

/**
 * How alike two provisions are, and why. Symmetric: score(a, b) = score(b, a). A procedural clause's
 * role (the lifecycle aspect it sets: "entry into force", "duration") stands for its act.
 */
export function scorePair(a: Provision, b: Provision, roleA?: string, roleB?: string): ScoredPair {
  const reasons: AlignmentReason[] = [];
  const add = (feature: AlignmentReason['feature'], similarity: number, detail: string) =>
    reasons.push({ feature, weight: WEIGHTS[feature], similarity: round(similarity), detail });

  if (a.kind === b.kind) add('kind', 1, `same kind of norm (${a.kind})`);
  else if (BINDING.has(a.kind) && BINDING.has(b.kind)) add('kind', 0.5, `kinds differ, both binding: ${a.kind} vs ${b.kind}`);
  else add('kind', 0, `kinds differ: ${a.kind} vs ${b.kind}`);

  if (roleA !== undefined && roleA === roleB) add('act', 1, `both set the ${roleA}`);
  else if (a.act && b.act) {
    const same = a.act.type === b.act.type;
    // Event types are named in words (hostile-alliance-joined, hostile-action-joined): share words, share some of what is done.
    const overlap = same ? 1 : jaccard(new Set(a.act.type.split('-')), new Set(b.act.type.split('-')));
    add('act', overlap, same ? `same act (${named(a.act.type)})` : `acts differ: ${named(a.act.type)} vs ${named(b.act.type)}`);
  } else if (!a.act && !b.act)
    add('act', 0.25, (roleA ?? roleB) ? `only ${roleA ? 'A' : 'B'} sets the ${roleA ?? roleB}` : 'neither names an act');
  else add('act', 0, `only ${a.act ? 'A' : 'B'} names an act (${named((a.act ?? b.act)!.type)})`);

  const topicsA = new Set(conditionsOf(a.trigger).map(conditionTopic));
  const topicsB = new Set(conditionsOf(b.trigger).map(conditionTopic));
  add('trigger', topicsA.size || topicsB.size ? jaccard(topicsA, topicsB) : 0.5, triggerWords([...topicsA], [...topicsB]));

  add('roles', (a.bearer === b.bearer ? 0.5 : 0) + ((a.beneficiary ?? null) === (b.beneficiary ?? null) ? 0.5 : 0), rolesWords(a, b));

  const tagsA = new Set(a.tags);
  const tagsB = new Set(b.tags);
  const sharedTags = a.tags.filter((t) => tagsB.has(t)).sort();
  add(
    'tags',
    overlap(tagsA, tagsB),
    sharedTags.length
      ? `shared topics: ${sharedTags.join(', ')}`
      : `no shared topic (A: ${a.tags.join(', ') || 'none'}; B: ${b.tags.join(', ') || 'none'})`,
  );

  const text = textSimilarity(a.quote.text, b.quote.text);
  add(
    'text',
    text,
    `quoted words ${Math.round(text * 100)}% alike${sameWords(a.quote.text, b.quote.text) ? ': the same words' : wordsInCommon(a.quote.text, b.quote.text)}`,
  );

  const total = reasons.reduce((s, r) => s + r.weight * r.similarity, 0) / reasons.reduce((s, r) => s + r.weight, 0);
  // Two provisions formalized alike in every field (a treaty compared with itself) are wholly alike,
  // though each part above scores a shared absence (no trigger, no act) below 1.
  return { a, b, score: sameFormalization(a, b) ? 1 : round(total), reasons };
}

/** Overlap coefficient: shared tags over the smaller tag list (a narrow provision inside a broad one scores 1); 0 if either has none. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.min(a.size, b.size);
}

/**
 * Does `b` do the same kind of thing as `a` (kind, trigger events and fluents, standing or not)? A
 * provision joins a match as a further partner only then: B's two limbs of A's one prohibition do,
 * a new crisis-consultation duty with a trigger does not join a standing duty to consult.
 */
function sameShape(a: Provision, b: Provision): boolean {
  const topics = (p: Provision) => conditionsOf(p.trigger).map(conditionTopic).sort().join(' ');
  return a.kind === b.kind && a.continuing === b.continuing && topics(a) === topics(b);
}

/** May these two be paired at all? Procedural clauses only with procedural clauses. */
function comparable(a: Provision, b: Provision): boolean {
  return (a.kind === 'procedural') === (b.kind === 'procedural');
}

/** A tie-break key that does not depend on which treaty is A: the two ids, in order. */
function pairKey(p: ScoredPair): string {
  const [x, y] = [p.a.id, p.b.id].sort();
  return `${x}\u0000${y}`;
}

/** Highest score first; equal scores in the order of their ids (code-unit order, the same everywhere). */
function bestFirst(x: ScoredPair, y: ScoredPair): number {
  const kx = pairKey(x);
  const ky = pairKey(y);
  return y.score - x.score || (kx < ky ? -1 : kx > ky ? 1 : 0);
}

export function align(
  aList: readonly Provision[],
  bList: readonly Provision[],
  roles: ReadonlyMap<Provision, string> = new Map(),
): Alignment {
  const scored: ScoredPair[] = [];
  for (const a of aList) for (const b of bList) if (comparable(a, b)) scored.push(scorePair(a, b, roles.get(a), roles.get(b)));
  const ranked = [...scored].sort(bestFirst);

  const partnersOfA = new Map<Provision, Provision[]>();
  const partnersOfB = new Map<Provision, Provision[]>();
  const accepted: ScoredPair[] = [];
  const accept = (p: ScoredPair) => {
    partnersOfA.set(p.a, [...(partnersOfA.get(p.a) ?? []), p.b]);
    partnersOfB.set(p.b, [...(partnersOfB.get(p.b) ?? []), p.a]);
    accepted.push(p);
  };
  /** `centre` (on one side) has only partners whose sole partner is `centre`: a star it may extend. */
  const isCentre = (centre: Provision, own: Map<Provision, Provision[]>, other: Map<Provision, Provision[]>) =>
    (own.get(centre) ?? []).every((partner) => (other.get(partner) ?? []).length === 1);

  const eligible = ranked.filter((p) => p.score >= MATCH_SCORE);
  // First one-to-one, best first; then further partners for provisions still unmatched, so that a
  // provision never joins a match when a partner of its own was to be had.
  for (const p of eligible) if (!partnersOfA.has(p.a) && !partnersOfB.has(p.b)) accept(p);
  for (const p of eligible) {
    const aTaken = partnersOfA.has(p.a);
    const bTaken = partnersOfB.has(p.b);
    if (aTaken && !bTaken && isCentre(p.a, partnersOfA, partnersOfB) && sameShape(p.a, p.b)) accept(p);
    else if (bTaken && !aTaken && isCentre(p.b, partnersOfB, partnersOfA) && sameShape(p.a, p.b)) accept(p);
  }

  // Accepted pairs form stars (one provision on one side, one or more on the other): one match each.
  const indexA = new Map(aList.map((p, i) => [p, i]));
  const indexB = new Map(bList.map((p, i) => [p, i]));
  const inOrder = (x: ScoredPair, y: ScoredPair) => indexA.get(x.a)! - indexA.get(y.a)! || indexB.get(x.b)! - indexB.get(y.b)!;
  const matches: Alignment['matches'] = [];
  const placed = new Set<ScoredPair>();
  for (const first of [...accepted].sort(inOrder)) {
    if (placed.has(first)) continue;
    const centreIsA = (partnersOfA.get(first.a) ?? []).length > 1 || (partnersOfB.get(first.b) ?? []).length === 1;
    const pairs = accepted.filter((p) => (centreIsA ? p.a === first.a : p.b === first.b)).sort(inOrder);
    for (const p of pairs) placed.add(p);
    matches.push({ a: [...new Set(pairs.map((p) => p.a))], b: [...new Set(pairs.map((p) => p.b))], pairs });
  }

  const nearest = (p: Provision, side: 'a' | 'b') => {
    const own = scored.filter((s) => (side === 'a' ? s.a : s.b) === p).sort(bestFirst);
    const best = own[0];
    return best ? { id: (side === 'a' ? best.b : best.a).id, score: best.score } : null;
  };
  return {
    matches,
    onlyInA: aList.filter((p) => !partnersOfA.has(p)).map((p) => ({ provision: p, nearest: nearest(p, 'a') })),
    onlyInB: bList.filter((p) => !partnersOfB.has(p)).map((p) => ({ provision: p, nearest: nearest(p, 'b') })),
  };
}

/** The same formalization, whatever the provisions' ids. */
function sameFormalization(a: Provision, b: Provision): boolean {
  const { id: _a, ...restA } = a;
  const { id: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** An id in words: "armed-attack" → "armed attack". */
const named = (id: string) => id.replace(/-/g, ' ');

/** A trigger's topic in words: "armed attack", "state of war", "in force for P10Y". */
function topicWords(topic: string): string {
  const [kind, id] = topic.split(':') as [string, string];
  return kind === 'in-force-for' ? `the treaty in force for ${id}` : named(id);
}

/** What two triggers share and where they differ, in words. */
function triggerWords(a: readonly string[], b: readonly string[]): string {
  if (!a.length && !b.length) return 'neither has a trigger: both hold while in force';
  const list = (xs: readonly string[]) => xs.map(topicWords).join(' and ');
  if (!a.length || !b.length) return `only ${a.length ? 'A' : 'B'} has a trigger (${list(a.length ? a : b)})`;
  const shared = a.filter((t) => b.includes(t));
  const onlyA = a.filter((t) => !b.includes(t));
  const onlyB = b.filter((t) => !a.includes(t));
  if (!shared.length) return `triggers differ: ${list(a)} vs ${list(b)}`;
  if (!onlyA.length && !onlyB.length) return `same trigger (${list(shared)})`;
  return [
    `triggers share ${list(shared)}`,
    ...(onlyA.length ? [`only A has ${list(onlyA)}`] : []),
    ...(onlyB.length ? [`only B has ${list(onlyB)}`] : []),
  ].join('; ');
}

/** Bearer and beneficiary, the same or not, in words. */
function rolesWords(a: Provision, b: Provision): string {
  const role = (x: string | undefined) => (x ? named(x) : 'none named');
  const one = (what: string, plural: string, x: string | undefined, y: string | undefined) =>
    (x ?? null) === (y ?? null) ? `same ${what} (${role(x)})` : `${plural} differ: ${role(x)} vs ${role(y)}`;
  return `${one('bearer', 'bearers', a.bearer, b.bearer)}; ${one('beneficiary', 'beneficiaries', a.beneficiary, b.beneficiary)}`;
}

/** The quotes' words in common and each one's own, as the quotes write them: `: both say "…"; only A says "…"`. */
function wordsInCommon(a: string, b: string): string {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  const keysA = new Set(wa.filter(isContent).map((w) => w.key));
  const keysB = new Set(wb.filter(isContent).map((w) => w.key));
  const both = phrasesOf(a, wa, (w) => isContent(w) && keysB.has(w.key)).map(clip);
  const onlyA = phrasesOf(a, wa, (w) => isContent(w) && !keysB.has(w.key)).map(clip);
  const onlyB = phrasesOf(b, wb, (w) => isContent(w) && !keysA.has(w.key)).map(clip);
  const parts = [
    ...(both.length ? [`both say ${quotedList(both)}`] : []),
    ...(onlyA.length ? [`only A says ${quotedList(onlyA)}`] : []),
    ...(onlyB.length ? [`only B says ${quotedList(onlyB)}`] : []),
  ];
  return parts.length ? `: ${parts.join('; ')}` : '';
}

/** A long passage cut to its first twelve words, the cut marked "…". */
function clip(phrase: string): string {
  const words = phrase.split(' ');
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : phrase;
}

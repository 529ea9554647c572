/**
 * The plain-language summary: a few sentences a journalist could quote, each resting on named
 * provisions and their exact words. Built only from the graded comparison, never from the treaties'
 * ids or contents directly, so every sentence says what the data says.
 */
import { basisOf } from './refs.js';
import type {
  BehaviourComparison,
  Claim,
  ClaimBasis,
  ComparisonCounts,
  FieldDifference,
  Grade,
  LifecycleRow,
  Match,
  OnlyIn,
  PairComparison,
  ProvisionRef,
  TreatyInfo,
} from './schema.js';
import { compareWording } from './wording.js';
import { gradeCountWords } from './counts.js';

const VERB: Record<Grade, string> = {
  widens: 'widens',
  narrows: 'narrows',
  same: 'is the same in substance',
  unclear: 'changes in a way the rules cannot grade',
};
const VERB_PLURAL: Record<Grade, string> = {
  widens: 'widen',
  narrows: 'narrow',
  same: 'are the same in substance',
  unclear: 'change in a way the rules cannot grade',
};
const OVERALL: Record<Grade, string> = {
  widens: 'B commits more, or in more cases',
  narrows: 'B commits less, or in fewer cases',
  same: 'the same commitment, in other words',
  unclear: 'the changes cannot be graded one way',
};

/** Field names for sentences where the values differ from pair to pair. */
const FIELD_NAMES: Partial<Record<FieldDifference['field'], string>> = {
  'act.type': 'act',
  'act.text': "act's wording",
  'trigger.text': "trigger's wording",
  'legal-bound': 'legal bound',
  'subject-to': 'subject-to clause',
};

/** The phrases a wording difference turns on, as `"x" → "y"`. */
function phraseChanges(d: FieldDifference): string {
  if (!d.words.a || !d.words.b) return '';
  const changes = compareWording(d.words.a, d.words.b)
    .changes.filter((c) => c.grade !== 'same')
    .map((c) => `"${c.a}" → "${c.b}"`);
  return changes.length ? ` (${changes.join('; ')})` : '';
}

/** One difference as a clause of a sentence. */
function point(d: FieldDifference): string {
  switch (d.field) {
    case 'trigger':
      return `the trigger's conditions ${VERB_PLURAL[d.grade]}`;
    case 'trigger.text':
      return `the trigger's words ${VERB_PLURAL[d.grade]}${phraseChanges(d)}`;
    case 'act.text':
      return `the words of the act ${VERB_PLURAL[d.grade]}${phraseChanges(d)}`;
    case 'act.type':
      return d.a && d.b
        ? `the act is another one (${d.a} → ${d.b}), which the rules cannot grade`
        : `${d.a ? 'A' : 'B'} names an act (${d.a ?? d.b}) where the other has a standing duty`;
    case 'timing':
      return d.grade === 'same'
        ? `"${d.words.a}" and "${d.words.b}" give the same deadline under every reading of the vocabulary`
        : `the timing ${VERB[d.grade]} ("${d.words.a ?? '—'}" → "${d.words.b ?? '—'}")`;
    case 'means':
      return d.grade === 'same' ? `"${d.words.a}" and "${d.words.b}" owe the same means` : `the means owed ${VERB[d.grade]}`;
    case 'legal-bound':
    case 'condition':
    case 'subject-to':
    case 'scope': {
      const name = d.field === 'legal-bound' ? 'legal bound' : d.field === 'subject-to' ? 'subject-to clause' : d.field;
      if (!d.words.a)
        return `B adds a ${name} ("${d.words.b}"), which ${d.grade === 'narrows' ? 'narrows the duty to what it allows' : VERB[d.grade]}`;
      if (!d.words.b) return `B drops the ${name} ("${d.words.a}"), which ${d.grade === 'widens' ? 'widens the duty' : VERB[d.grade]}`;
      return `the ${name} ${VERB[d.grade]} (${d.reason})`;
    }
    case 'area':
      if (!d.a)
        return `B bounds the duty to an area${d.words.b ? ` ("${d.words.b}")` : ''}: an attack elsewhere gives rise to no duty (${d.grade})`;
      if (!d.b) return `B drops A's area${d.words.a ? ` ("${d.words.a}")` : ''}: the duty arises wherever the event lies (${d.grade})`;
      return `the area the duty is bounded to ${VERB[d.grade]}`;
    case 'act.kind':
      return d.rule === 'act-discretion'
        ? `what counts as performance ${VERB_PLURAL[d.grade].replace(/^(widen|narrow)$/, '$1s')}, left to the bearer's judgement ("${d.words.b ?? d.words.a}") and decided by a reading`
        : `the kinds of act owed ${VERB_PLURAL[d.grade]}`;
    case 'exceptions':
      if (!d.a) return `B adds an exception (${d.b}), which ${d.grade === 'narrows' ? 'narrows the rule' : VERB[d.grade]}`;
      if (!d.b) return `B drops the exception (${d.a}), which ${d.grade === 'widens' ? 'widens the rule' : VERB[d.grade]}`;
      return `the exceptions ${VERB_PLURAL[d.grade]}`;
    case 'kind':
      return `the kind of commitment changes from ${d.a} to ${d.b} (${d.grade})`;
    case 'bearer':
    case 'beneficiary':
      return `the ${d.field} changes from ${d.a ?? 'none'} to ${d.b ?? 'none'} (${d.grade})`;
    default:
      return `${d.field.replace('lifecycle.', '')} ${VERB[d.grade]}`;
  }
}

/** The footing of a pair's claim: the exact words of each difference, or the whole quotes. */
function pairBasis(pair: PairComparison, differences: readonly FieldDifference[]): ClaimBasis[] {
  const out: ClaimBasis[] = [];
  const add = (b: ClaimBasis) => {
    if (!out.some((x) => x.treaty === b.treaty && x.provision === b.provision && x.words === b.words)) out.push(b);
  };
  for (const d of differences) {
    if (d.words.a) add(basisOf(pair.a, d.words.a));
    if (d.words.b) add(basisOf(pair.b, d.words.b));
  }
  if (!out.some((x) => x.provision === pair.a.id && x.treaty === pair.a.treaty)) add(basisOf(pair.a));
  if (!out.some((x) => x.provision === pair.b.id && x.treaty === pair.b.treaty)) add(basisOf(pair.b));
  return out;
}

/** The differences worth a sentence: graded ones, and sameness that had to be argued (other words). */
const telling = (d: FieldDifference) => d.grade !== 'unclear' || d.field === 'kind' || d.field === 'trigger' || d.field === 'act.type';

function pairClaim(a: TreatyInfo, b: TreatyInfo, pair: PairComparison): Claim {
  const shown = pair.differences.filter(telling);
  const unclear = pair.differences.filter((d) => !telling(d)).map((d) => d.field);
  const points = shown.map((d) =>
    d.field === 'trigger.text' && pair.identical.includes('trigger')
      ? `${point(d)}, read literally (the formalization encodes both triggers alike)`
      : point(d),
  );
  if (unclear.length) points.push(`other changes the rules leave ungraded: ${unclear.join(', ')}`);
  const text = `${a.id} ${pair.a.label} → ${b.id} ${pair.b.label} (${pair.b.summary.replace(/\.$/, '')}): ${OVERALL[pair.grade]}.${points.length ? ` ${capitalise(points.join('; '))}.` : ''}`;
  return { text, grade: pair.grade, basis: pairBasis(pair, shown) };
}

function splitClaim(a: TreatyInfo, b: TreatyInfo, match: Match): Claim {
  const first = match.pairs[0]!;
  const single = match.a.length === 1;
  const centre = single ? first.a : first.b;
  const centreTreaty = single ? a.id : b.id;
  const others = match.pairs.map((p) => (single ? p.b : p.a));
  const list = match.pairs.map((p) => `${(single ? p.b : p.a).id} (${(single ? p.b : p.a).label}: ${p.grade})`).join(', ');
  // Differences every pair shares (same field and grade) are said once: in full where the values agree too.
  const shared = first.differences.filter(
    (d) => telling(d) && match.pairs.every((p) => p.differences.some((x) => x.field === d.field && x.grade === d.grade)),
  );
  const common = shared.map((d) =>
    match.pairs.every((p) => p.differences.some((x) => x.field === d.field && x.a === d.a && x.b === d.b))
      ? point(d)
      : `the ${FIELD_NAMES[d.field] ?? d.field} ${VERB[d.grade]}`,
  );
  const text = `${centreTreaty} ${centre.label} (${centre.summary.replace(/\.$/, '')}) corresponds to ${others.length} provisions of ${single ? b.id : a.id}: ${list}.${common.length ? ` In each, ${common.join('; ')}.` : ''}`;
  const basis = [basisOf(centre), ...others.map((o) => basisOf(o))];
  return { text, grade: null, basis };
}

function lifecycleClaim(a: TreatyInfo, b: TreatyInfo, rows: readonly LifecycleRow[]): Claim | undefined {
  const changed = rows.filter((r) => r.grade !== 'same' || r.a !== r.b);
  if (!changed.length) return undefined;
  const text = `Lifecycle: ${changed.map((r) => `${r.aspect.replace(/-/g, ' ')}: ${a.id} ${r.a}; ${b.id} ${r.b} (${r.grade})`).join('. ')}.`;
  const basis: ClaimBasis[] = [];
  for (const r of changed) {
    for (const [side, treaty] of [
      ['a', a.id],
      ['b', b.id],
    ] as const) {
      const words = r.words[side];
      const provision = r.provisions[side][0];
      if (words && provision && !basis.some((x) => x.treaty === treaty && x.provision === provision))
        basis.push({ treaty, provision, article: '', words });
    }
  }
  return { text, grade: null, basis };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface SummaryInput {
  a: TreatyInfo;
  b: TreatyInfo;
  /** The counts of the lists below (countItems): the overview states these, never counts of its own. */
  counts: ComparisonCounts;
  matches: readonly Match[];
  onlyInA: readonly OnlyIn[];
  onlyInB: readonly OnlyIn[];
  lifecycle: readonly LifecycleRow[];
  /** Article labels of procedural provisions (`treaty/provision`), for lifecycle claims. */
  labels: ReadonlyMap<string, string>;
  /** B's standing duties (continuing, no trigger): new ones are grouped in one sentence. */
  standing: ReadonlySet<string>;
  /** The scenario run against both, if any. */
  behaviour: BehaviourComparison | null;
  /** Every provision of both treaties by `treaty/provision`, for the footing of behaviour claims. */
  refs: ReadonlyMap<string, ProvisionRef>;
}

/** Where the scenario's outcomes differ, in one sentence, resting on the provisions concerned. */
function behaviourClaim(input: SummaryInput, b: BehaviourComparison): Claim {
  const rows = b.runs.flatMap((run) => run.rows.filter((r) => r.differs).map((r) => ({ run, r })));
  const multi = b.runs.length > 1;
  const told = rows.map(
    ({ run, r }) =>
      `${
        multi
          ? `under ${Object.entries(run.readings)
              .map(([t, x]) => `${t} ${x}`)
              .join(', ')}, `
          : ''
      }${r.note}`,
  );
  const text = `Run on "${b.scenario}", each treaty as if in force from ${b.firstDay}: ${rows.length ? `the outcomes differ ${rows.length} time${rows.length === 1 ? '' : 's'}: ${told.join('; ')}` : 'the outcomes are the same'}.`;
  const basis: ClaimBasis[] = [];
  for (const { r } of rows) {
    for (const [treaty, cell] of [
      [input.a.id, r.a],
      [input.b.id, r.b],
    ] as const) {
      const ref = cell ? input.refs.get(`${treaty}/${cell.provision}`) : undefined;
      if (ref && !basis.some((x) => x.treaty === treaty && x.provision === ref.id)) basis.push(basisOf(ref));
    }
  }
  return { text, grade: null, basis };
}

export function summarize(input: SummaryInput): Claim[] {
  const { a, b, matches, onlyInA, onlyInB, counts: n } = input;
  const g = n.grades;
  const claims: Claim[] = [
    {
      text: `${a.id} has ${a.provisions} provisions and ${b.id} ${b.provisions}. ${n.alignedA} of ${a.id}'s correspond to ${n.alignedB} of ${b.id}'s (${n.matches} ${n.matches === 1 ? 'match' : 'matches'}, ${n.pairs} aligned ${n.pairs === 1 ? 'pair' : 'pairs'}: ${gradeCountWords(g.pairs)}); ${n.onlyInA} of ${a.id}'s have no counterpart in ${b.id} (${gradeCountWords(g.onlyInA)}), and ${n.onlyInB} of ${b.id}'s are new (${gradeCountWords(g.onlyInB)}). Lifecycle: ${n.lifecycle} aspects (${gradeCountWords(g.lifecycle)}).`,
      grade: null,
      basis: [],
    },
  ];
  for (const m of matches) {
    if (m.pairs.length === 1) {
      const pair = m.pairs[0]!;
      if (pair.differences.length && pair.a.kind !== 'procedural') claims.push(pairClaim(a, b, pair));
    } else claims.push(splitClaim(a, b, m));
  }
  for (const o of onlyInA.filter((x) => x.provision.kind !== 'procedural')) {
    claims.push({
      text: `${b.id} has no counterpart to ${a.id} ${o.provision.label}: ${o.provision.summary.replace(/\.$/, '')} (${o.grade}).`,
      grade: o.grade,
      basis: [basisOf(o.provision)],
    });
  }
  const added = onlyInB.filter((x) => x.provision.kind !== 'procedural');
  const standing = (o: OnlyIn) => input.standing.has(o.provision.id);
  for (const o of added) {
    if (!standing(o))
      claims.push({
        text: `New in ${b.id} (${o.provision.label}): ${o.provision.summary.replace(/\.$/, '')} (${o.grade}).`,
        grade: o.grade,
        basis: [basisOf(o.provision)],
      });
  }
  const standingDuties = added.filter(standing);
  if (standingDuties.length) {
    claims.push({
      text: `${b.id} also adds ${standingDuties.length} standing ${standingDuties.length === 1 ? 'duty' : 'duties'} with no counterpart in ${a.id}: ${standingDuties.map((o) => `${o.provision.summary.replace(/\.$/, '').replace(/^The parties must /, '')} (${o.provision.label})`).join('; ')}.`,
      grade: standingDuties.every((o) => o.grade === standingDuties[0]!.grade) ? standingDuties[0]!.grade : 'unclear',
      basis: standingDuties.map((o) => basisOf(o.provision)),
    });
  }
  const life = lifecycleClaim(a, b, input.lifecycle);
  if (life)
    claims.push({
      ...life,
      basis: life.basis.map((x) => ({ ...x, article: input.labels.get(`${x.treaty}/${x.provision}`) ?? x.article })),
    });
  if (input.behaviour) claims.push(behaviourClaim(input, input.behaviour));
  return claims;
}

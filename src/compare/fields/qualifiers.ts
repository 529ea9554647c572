/**
 * The qualifiers that bound a duty or colour it: legal bounds, conditions, subject-to clauses,
 * scope, purpose and manner. Rules: legal-bound, condition, subject-to, scope, purpose-manner,
 * wording-table (see ../rules.ts).
 */
import type { Provision, Qualifier } from '../../model/index.js';
import { setRelation } from '../grade.js';
import type { Grade } from '../schema.js';
import { compareWording } from '../wording.js';
import { sameWords, tokens } from '../words.js';
import { difference, type FieldResult } from './difference.js';

type QualifierType = Qualifier['type'];

function ofType(p: Provision, type: QualifierType): Qualifier[] {
  return p.qualifiers.filter((q) => q.type === type);
}

const joinTexts = (list: Qualifier[]) => (list.length ? list.map((q) => q.text).join('; ') : null);
const normal = (text: string) => tokens(text).join(' ');

const WHAT: Record<'legal-bound' | 'condition' | 'subject-to', { one: string; added: string; dropped: string }> = {
  'legal-bound': {
    one: 'legal bound',
    added: 'the duty is owed only within what it allows',
    dropped: "A's duty was owed only within what it allowed",
  },
  condition: { one: 'condition', added: 'the duty arises only once it is met', dropped: "A's duty arose only once it was met" },
  'subject-to': { one: 'subject-to clause', added: 'the duty yields to what it names', dropped: "A's duty yielded to what it named" },
};

/** A restricting qualifier's members, by normalized key, with their words: its instruments, or its words. */
function members(type: 'legal-bound' | 'condition' | 'subject-to', list: Qualifier[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const q of list) {
    const named = type === 'legal-bound' && q.instruments?.length ? q.instruments : [q.text];
    for (const words of named) out.set(normal(words), words);
  }
  return out;
}

/** Qualifiers that restrict a duty: more of them narrows, fewer widens. */
export function compareRestrictions(type: 'legal-bound' | 'condition' | 'subject-to', a: Provision, b: Provision): FieldResult {
  const qa = ofType(a, type);
  const qb = ofType(b, type);
  if (!qa.length && !qb.length) return null;
  const values = { a: joinTexts(qa), b: joinTexts(qb) };
  const ma = members(type, qa);
  const mb = members(type, qb);
  const relation = setRelation(new Set(ma.keys()), new Set(mb.keys()));
  const { one, added, dropped } = WHAT[type];
  if (relation === 'equal') {
    if (values.a === values.b) return null;
    return difference(
      type,
      values,
      'same',
      type,
      `the same ${one}${type === 'legal-bound' ? ' (the same instruments)' : ''} in other words`,
      values,
    );
  }
  // The same words with the instruments listed otherwise: a difference of formalization, not of the treaties.
  if (values.a !== null && values.b !== null && sameWords(values.a, values.b))
    return difference(
      type,
      values,
      'same',
      type,
      `the same words; the formalizations list what they name otherwise (A: ${[...ma.values()].join('; ')}; B: ${[...mb.values()].join('; ')})`,
      values,
    );
  if (relation === 'other')
    return difference(
      type,
      values,
      'unclear',
      type,
      `the ${one}s differ: neither takes in the other (A: ${[...ma.values()].join('; ')}; B: ${[...mb.values()].join('; ')})`,
      values,
    );
  const more = relation === 'superset';
  const [bigger, smaller] = more ? [mb, ma] : [ma, mb];
  const extra = [...bigger]
    .filter(([key]) => !smaller.has(key))
    .map(([, words]) => words)
    .join('; ');
  const shared = [...smaller.values()].join('; ');
  const both = shared ? `; both name ${shared}` : '';
  const reason = more ? `B adds a ${one} (${extra}): ${added}${both}` : `B drops A's ${one} (${extra}): ${dropped}${both}`;
  return difference(type, values, more ? 'narrows' : 'widens', type, reason, values);
}

const WORLD = new Set(['world', 'the world', 'throughout the world', 'worldwide', 'global']);

/** Scope: geographic (regions) or of another nature (a forum, a subject). */
export function compareScope(a: Provision, b: Provision): FieldResult {
  // Where either provision has places (its structured scope), the area field grades where; regions in words only quote it.
  const placed = a.scope !== undefined || b.scope !== undefined;
  const scopes = (p: Provision) => ofType(p, 'scope').filter((q) => !placed || !q.regions?.length);
  const qa = scopes(a);
  const qb = scopes(b);
  if (!qa.length && !qb.length) return null;
  const values = { a: joinTexts(qa), b: joinTexts(qb) };
  if (!qa.length || !qb.length) {
    const added = !qa.length;
    const q = (qa.length ? qa : qb)[0]!;
    const nature = q.regions?.length ? 'geographic scope' : 'scope';
    return difference(
      'scope',
      values,
      added ? 'narrows' : 'widens',
      'scope',
      added ? `B adds a ${nature}, "${q.text}": owed only within it` : `B drops A's ${nature}, "${q.text}": owed beyond it`,
      values,
    );
  }
  const regionsA = qa.flatMap((q) => q.regions ?? []).map((r) => r.toLowerCase());
  const regionsB = qb.flatMap((q) => q.regions ?? []).map((r) => r.toLowerCase());
  if (regionsA.length && regionsB.length) {
    const globalA = regionsA.some((r) => WORLD.has(r));
    const globalB = regionsB.some((r) => WORLD.has(r));
    let grade: Grade;
    if (globalA || globalB) grade = globalA && globalB ? 'same' : globalB ? 'widens' : 'narrows';
    else {
      const relation = setRelation(new Set(regionsA), new Set(regionsB));
      grade = relation === 'equal' ? 'same' : relation === 'superset' ? 'widens' : relation === 'subset' ? 'narrows' : 'unclear';
    }
    if (grade === 'same' && values.a === values.b) return null;
    return difference(
      'scope',
      values,
      grade,
      'scope',
      `regions: ${regionsA.join(', ')} in A, ${regionsB.join(', ')} in B${grade === 'same' ? ': the same reach' : ''}`,
      values,
    );
  }
  if (regionsA.length || regionsB.length)
    return difference(
      'scope',
      values,
      'unclear',
      'scope',
      'one scope is geographic, the other of another nature (a forum, a subject)',
      values,
    );
  if (values.a !== null && values.b !== null && sameWords(values.a, values.b)) return null;
  const { grade, reason } = compareWording(values.a!, values.b!);
  return difference('scope', values, grade === 'same' ? 'same' : 'unclear', 'scope', `scopes of another nature: ${reason}`, values);
}

/** Purpose and manner: interpretive colour, unclear when changed. */
export function compareColour(type: 'purpose' | 'manner', a: Provision, b: Provision): FieldResult {
  const qa = ofType(a, type);
  const qb = ofType(b, type);
  const values = { a: joinTexts(qa), b: joinTexts(qb) };
  if (values.a === values.b || (values.a && values.b && sameWords(values.a, values.b))) return null;
  if (!values.a || !values.b) {
    return difference(
      type,
      values,
      'unclear',
      'purpose-manner',
      `B ${values.a ? 'drops' : 'adds'} a ${type} clause ("${values.a ?? values.b}"): it guides how the duty is read, but adds or removes no case`,
      values,
    );
  }
  const grade: Grade = compareWording(values.a, values.b).grade === 'same' ? 'same' : 'unclear';
  return difference(
    type,
    values,
    grade,
    'purpose-manner',
    grade === 'same' ? `the same ${type} in other words` : `another ${type}: it guides how the duty is read, but adds or removes no case`,
    values,
  );
}

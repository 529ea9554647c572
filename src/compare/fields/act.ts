/**
 * The act owed, forbidden or allowed: its event type, its sub-kinds and its verbatim words.
 * Rules: act-type, act-kinds, wording-table (see ../rules.ts).
 */
import type { Provision, VocabularyFile } from '../../model/index.js';
import { combine, setRelation } from '../grade.js';
import type { Grade } from '../schema.js';
import { compareWording } from '../wording.js';
import { sameWords } from '../words.js';
import { difference, type FieldResult } from './difference.js';

export function compareActType(a: Provision, b: Provision): FieldResult {
  const ta = a.act?.type ?? null;
  const tb = b.act?.type ?? null;
  if (ta === tb) return null;
  const values = {
    a: a.act ? `${a.act.description} (event "${a.act.type}")` : null,
    b: b.act ? `${b.act.description} (event "${b.act.type}")` : null,
  };
  const reason =
    ta && tb
      ? `a different act: "${ta}" in A, "${tb}" in B; neither takes in the other`
      : `${ta ? 'A' : 'B'} names an act ("${ta ?? tb}"), ${ta ? 'B' : 'A'} a standing duty with no single act`;
  return difference('act.type', values, 'unclear', 'act-type', reason, { a: a.act?.text ?? null, b: b.act?.text ?? null });
}

/** The kinds that count on one side: a fixed list, the kinds under each reading of a term (the bearer's discretion), or none. */
type Kinds = { fixed: readonly string[] } | { term: string; readings: Record<string, readonly string[]> } | null;

function kindsOf(p: Provision): Kinds {
  if (p.act?.kindByReading) return { term: p.act.kindByReading.term, readings: p.act.kindByReading.readings };
  return p.act?.kind ? { fixed: p.act.kind } : null;
}

function describeKinds(k: Kinds, vocabulary: VocabularyFile): string | null {
  if (!k) return null;
  if ('fixed' in k) return k.fixed.join(', ');
  const words = vocabulary.terms.find((t) => t.id === k.term)?.text[0];
  const each = Object.entries(k.readings).map(([reading, kinds]) => `under ${reading}, ${kinds.join(', ')}`);
  return `as the bearer decides${words ? ` ("${words}")` : ''}, term ${k.term}: ${each.join('; ')}`;
}

/** A grade from one list of kinds to another: more widens, fewer narrows, others unclear. */
function byKinds(a: readonly string[], b: readonly string[]): Grade {
  const relation = setRelation(new Set(a), new Set(b));
  return relation === 'equal' ? 'same' : relation === 'superset' ? 'widens' : relation === 'subset' ? 'narrows' : 'unclear';
}

/** The verbatim words a side's kinds rest on: the contested term's words where they stand in the quote, else the act's words. */
function kindWords(p: Provision, k: Kinds, vocabulary: VocabularyFile): string | null {
  if (k && 'term' in k) {
    const quote = p.quote.text.toLowerCase();
    const found = vocabulary.terms.find((t) => t.id === k.term)?.text.find((w) => quote.includes(w.toLowerCase()));
    if (found) return found;
  }
  return p.act?.text ?? null;
}

export function compareActKinds(a: Provision, b: Provision, vocabulary: VocabularyFile): FieldResult {
  if (!a.act || !b.act) return null;
  const ka = kindsOf(a);
  const kb = kindsOf(b);
  if (!ka && !kb) return null;
  const values = { a: describeKinds(ka, vocabulary), b: describeKinds(kb, vocabulary) };
  if (!ka || !kb)
    return difference(
      'act.kind',
      values,
      'unclear',
      'act-kinds',
      `${ka ? 'A' : 'B'} lists sub-kinds (${values.a ?? values.b}), ${ka ? 'B' : 'A'} none`,
    );
  if ('fixed' in ka && 'fixed' in kb) {
    const grade = byKinds(ka.fixed, kb.fixed);
    if (grade === 'same') return null;
    const reason =
      grade === 'unclear'
        ? `other sub-kinds: ${values.a} in A, ${values.b} in B`
        : `B lists ${grade === 'widens' ? 'more' : 'fewer'} sub-kinds of the act: ${values.b} (A: ${values.a})`;
    return difference('act.kind', values, grade, 'act-kinds', reason);
  }
  // The bearer's discretion on one side or both: reading by reading (the same term on both sides), or every pair of readings.
  const listA =
    'fixed' in ka ? [{ reading: null, kinds: ka.fixed }] : Object.entries(ka.readings).map(([reading, kinds]) => ({ reading, kinds }));
  const listB =
    'fixed' in kb ? [{ reading: null, kinds: kb.fixed }] : Object.entries(kb.readings).map(([reading, kinds]) => ({ reading, kinds }));
  const sameTerm = 'term' in ka && 'term' in kb && ka.term === kb.term;
  const per = listA.flatMap((x) =>
    listB
      .filter((y) => !sameTerm || x.reading === y.reading)
      .map((y) => ({
        readings: [x.reading, y.reading].filter((r) => r !== null).join(' / '),
        grade: byKinds(x.kinds, y.kinds),
        a: x.kinds,
        b: y.kinds,
      })),
  );
  const grade = combine(per.map((p) => p.grade));
  if (grade === 'same' && values.a === values.b) return null;
  const who = 'term' in ka && 'term' in kb ? 'both leave' : `${'term' in kb ? 'B' : 'A'} leaves`;
  const differing = per
    .filter((p) => p.grade !== 'same')
    .map((p) => `under ${p.readings}, ${p.a.join(', ')} in A and ${p.b.join(', ')} in B (${p.grade})`);
  const reason = `${who} what counts as performance to the bearer's judgement, which a reading decides: ${
    differing.length ? differing.join('; ') : 'the same kinds under every reading'
  }`;
  return difference('act.kind', values, grade, 'act-discretion', reason, {
    a: kindWords(a, ka, vocabulary),
    b: kindWords(b, kb, vocabulary),
  });
}

export function compareActText(a: Provision, b: Provision): FieldResult {
  const ta = a.act?.text;
  const tb = b.act?.text;
  if (!ta || !tb || sameWords(ta, tb)) return null;
  const { grade, reason } = compareWording(ta, tb);
  return difference('act.text', { a: ta, b: tb }, grade, 'wording-table', reason, { a: ta, b: tb });
}

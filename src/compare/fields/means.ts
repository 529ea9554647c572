/**
 * Means owed ("with all the means at its disposal"): by extent first, then by words.
 * Rules: means-extent, wording-table (see ../rules.ts).
 */
import type { Provision, Qualifier } from '../../model/index.js';
import { byAmount } from '../grade.js';
import { compareWording } from '../wording.js';
import { sameWords } from '../words.js';
import { difference, type FieldResult } from './difference.js';

const EXTENT: Record<NonNullable<Qualifier['extent']>, number> = { all: 3, possible: 2, necessary: 1 };

function meansOf(p: Provision): Qualifier | undefined {
  return p.qualifiers.find((q) => q.type === 'means');
}

export function compareMeans(a: Provision, b: Provision): FieldResult {
  const qa = meansOf(a);
  const qb = meansOf(b);
  if (!qa && !qb) return null;
  const describe = (q: Qualifier | undefined) => (q ? `"${q.text}"${q.extent ? ` (extent: ${q.extent})` : ''}` : null);
  const values = { a: describe(qa), b: describe(qb) };
  const words = { a: qa?.text ?? null, b: qb?.text ?? null };
  if (!qa || !qb) {
    const q = (qa ?? qb)!;
    const added = !qa;
    if (q.extent !== 'all')
      return difference(
        'means',
        values,
        'unclear',
        'means-extent',
        `B ${added ? 'adds' : 'drops'} a means clause ("${q.text}") that is not "all" means`,
        words,
      );
    return difference(
      'means',
      values,
      added ? 'widens' : 'narrows',
      'means-extent',
      added ? `B adds that all means are owed ("${q.text}")` : `B drops "${q.text}": all means are no longer owed in words`,
      words,
    );
  }
  if (sameWords(qa.text, qb.text) && qa.extent === qb.extent) return null;
  if (!qa.extent || !qb.extent) {
    if (qa.extent !== qb.extent)
      return difference('means', values, 'unclear', 'means-extent', 'only one side states the extent of the means owed', words);
  } else if (qa.extent !== qb.extent) {
    const grade = byAmount(EXTENT[qa.extent], EXTENT[qb.extent]);
    return difference(
      'means',
      values,
      grade,
      'means-extent',
      `B owes ${grade === 'widens' ? 'more' : 'less'}: "${qb.extent}" means rather than "${qa.extent}"`,
      words,
    );
  }
  const { grade, reason } = compareWording(qa.text, qb.text);
  return difference(
    'means',
    values,
    grade,
    'means-extent',
    `${qa.extent ? `the same extent ("${qa.extent}"); ` : ''}the words: ${reason}`,
    words,
  );
}

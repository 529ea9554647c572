/**
 * The act owed, forbidden or allowed: its event type, its sub-kinds and its verbatim words.
 * Rules: act-type, act-kinds, wording-table (see ../rules.ts).
 */
import type { Provision } from '../../model/index.js';
import { setRelation } from '../grade.js';
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

export function compareActKinds(a: Provision, b: Provision): FieldResult {
  if (!a.act || !b.act) return null;
  const ka = a.act.kind;
  const kb = b.act.kind;
  if (!ka && !kb) return null;
  const values = { a: ka ? ka.join(', ') : null, b: kb ? kb.join(', ') : null };
  if (!ka || !kb)
    return difference(
      'act.kind',
      values,
      'unclear',
      'act-kinds',
      `${ka ? 'A' : 'B'} lists sub-kinds (${(ka ?? kb)!.join(', ')}), ${ka ? 'B' : 'A'} none`,
    );
  const relation = setRelation(new Set(ka), new Set(kb));
  if (relation === 'equal') return null;
  const grade: Grade = relation === 'superset' ? 'widens' : relation === 'subset' ? 'narrows' : 'unclear';
  const reason =
    grade === 'unclear'
      ? `other sub-kinds: ${values.a} in A, ${values.b} in B`
      : `B lists ${grade === 'widens' ? 'more' : 'fewer'} sub-kinds of the act: ${values.b} (A: ${values.a})`;
  return difference('act.kind', values, grade, 'act-kinds', reason);
}

export function compareActText(a: Provision, b: Provision): FieldResult {
  const ta = a.act?.text;
  const tb = b.act?.text;
  if (!ta || !tb || sameWords(ta, tb)) return null;
  const { grade, reason } = compareWording(ta, tb);
  return difference('act.text', { a: ta, b: tb }, grade, 'wording-table', reason, { a: ta, b: tb });
}

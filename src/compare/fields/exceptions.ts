/**
 * Exceptions that defeat a rule ("this undertaking does not impair the inherent right of … self-defence")
 * and provisions whose words are cut off in the source. Rules: exceptions, incomplete (see ../rules.ts).
 */
import type { Provision, ProvisionException } from '../../model/index.js';
import { setRelation } from '../grade.js';
import type { Grade } from '../schema.js';
import { difference, type FieldResult } from './difference.js';

/** What an exception excuses, ids and words aside: the act kinds it lets through and the act that must accompany it. */
function exceptionKey(e: ProvisionException): string {
  const requires = e.requires ? `${e.requires.event}/${e.requires.by}/${e.requires.within ?? 'any time'}` : '-';
  return `${[...(e.kind ?? [])].sort().join(',')}|${requires}`;
}

const describeAll = (list: readonly ProvisionException[] | undefined) => (list?.length ? list.map((e) => e.description).join('; ') : null);
const quotesOf = (list: readonly ProvisionException[] | undefined) => (list?.length ? list.map((e) => e.quote.text).join(' … ') : null);

export function compareExceptions(a: Provision, b: Provision): FieldResult {
  if (!a.exceptions?.length && !b.exceptions?.length) return null;
  const values = { a: describeAll(a.exceptions), b: describeAll(b.exceptions) };
  const words = { a: quotesOf(a.exceptions), b: quotesOf(b.exceptions) };
  const relation = setRelation(new Set((a.exceptions ?? []).map(exceptionKey)), new Set((b.exceptions ?? []).map(exceptionKey)));
  if (relation === 'equal') {
    if (values.a === values.b) return null;
    return difference(
      'exceptions',
      values,
      'same',
      'exceptions',
      'the same exceptions (the same acts excused, on the same terms) in other words',
      words,
    );
  }
  // More exceptions: the rule yields in more cases, so B commits less.
  const grade: Grade = relation === 'superset' ? 'narrows' : relation === 'subset' ? 'widens' : 'unclear';
  const reason =
    grade === 'narrows'
      ? `B adds an exception (${values.b}): the rule yields where it applies`
      : grade === 'widens'
        ? `B drops an exception of A's (${values.a}): the rule no longer yields there`
        : 'the exceptions differ: neither takes in the other';
  return difference('exceptions', values, grade, 'exceptions', reason, words);
}

export function compareIncomplete(a: Provision, b: Provision): FieldResult {
  if (!a.incomplete && !b.incomplete) return null;
  if (a.incomplete && b.incomplete && a.quote.text === b.quote.text) return null;
  const values = { a: a.incomplete ? `cut off: ${a.incomplete.reason}` : null, b: b.incomplete ? `cut off: ${b.incomplete.reason}` : null };
  const which = a.incomplete && b.incomplete ? 'both provisions are' : `${a.incomplete ? "A's" : "B's"} provision is`;
  return difference(
    'incomplete',
    values,
    'unclear',
    'incomplete',
    `${which} cut off in the only source: what the missing words add or take away is not known`,
    { a: a.incomplete ? a.quote.text : null, b: b.incomplete ? b.quote.text : null },
  );
}

/**
 * Kind, bearer, beneficiary and standing duty: who owes what sort of commitment to whom.
 * Rules: kind-force, role-scope, beneficiary-named, continuing (see ../rules.ts).
 */
import { type Provision, STANDARD_ROLES } from '../../model/index.js';
import { byAmount } from '../grade.js';
import { difference, type FieldResult } from './difference.js';

/** Binding force of a kind; undefined: not on the scale (a permission, a procedural clause). */
const FORCE: Partial<Record<Provision['kind'], number>> = { declaration: 1, obligation: 2, prohibition: 2 };

export function compareKind(a: Provision, b: Provision): FieldResult {
  if (a.kind === b.kind) return null;
  const fa = FORCE[a.kind];
  const fb = FORCE[b.kind];
  const values = { a: a.kind, b: b.kind };
  if (fa === undefined || fb === undefined || fa === fb) {
    return difference(
      'kind',
      values,
      'unclear',
      'kind-force',
      `${article(a.kind)} and ${article(b.kind)} are different sorts of commitment: neither is more binding than the other`,
    );
  }
  const grade = byAmount(fa, fb);
  return difference(
    'kind',
    values,
    grade,
    'kind-force',
    grade === 'widens'
      ? `B makes binding what A only declared: ${article(a.kind)} became ${article(b.kind)}`
      : `B only declares what A made binding: ${article(a.kind)} became ${article(b.kind)}`,
  );
}

function article(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** A role in plain words: `other-party` → "the other party", `attacked-party` → "the attacked party". */
export function describeRole(role: string): string {
  if (role === 'each-party') return 'each party';
  if (role === 'all-parties') return 'all the parties jointly';
  if (role === 'other-party') return 'the other party';
  return `the ${role.replace(/-/g, ' ')}`;
}

const isStandard = (role: string) => (STANDARD_ROLES as readonly string[]).includes(role);

/** How many parties a role takes in: each party 3, the other party 2, a party the trigger names 1. */
function reach(role: string, field: 'bearer' | 'beneficiary'): number | 'joint' {
  if (role === 'each-party') return 3;
  // Owed to all the parties is owed to each of them; borne by all jointly is another sort of duty.
  if (role === 'all-parties') return field === 'beneficiary' ? 3 : 'joint';
  if (role === 'other-party') return 2;
  return 1;
}

export function compareRole(field: 'bearer' | 'beneficiary', ra: string | undefined, rb: string | undefined): FieldResult {
  if (ra === rb) return null;
  const values = { a: ra ? describeRole(ra) : null, b: rb ? describeRole(rb) : null };
  if (ra === undefined || rb === undefined) {
    return difference(
      field,
      values,
      'unclear',
      'beneficiary-named',
      `${ra ? 'A' : 'B'} owes it to ${describeRole((ra ?? rb)!)}; ${ra ? 'B' : 'A'} names no beneficiary (owed to the parties generally)`,
    );
  }
  const xa = reach(ra, field);
  const xb = reach(rb, field);
  if (xa === 'joint' || xb === 'joint') {
    return difference(
      field,
      values,
      'unclear',
      'role-scope',
      `a joint duty of all the parties together is not more or less than one borne by ${describeRole(xa === 'joint' ? rb : ra)}`,
    );
  }
  if (!isStandard(ra) && !isStandard(rb)) {
    return difference(
      field,
      values,
      'unclear',
      'role-scope',
      `${describeRole(ra)} and ${describeRole(rb)} are named by different triggers`,
    );
  }
  const grade = byAmount(xa, xb);
  const who = field === 'bearer' ? 'bears it' : 'is owed it';
  return difference(
    field,
    values,
    grade,
    'role-scope',
    grade === 'same'
      ? `the same parties: ${describeRole(ra)} and ${describeRole(rb)} take in the same parties`
      : `${grade === 'widens' ? 'more' : 'fewer'} parties: in B ${describeRole(rb)} ${who}, in A ${describeRole(ra)}`,
  );
}

const DUTIES = new Set(['obligation', 'prohibition']);

/** Standing or discharged by one act: a question only duties answer (a declaration owes no act). */
export function compareContinuing(a: Provision, b: Provision): FieldResult {
  if (a.continuing === b.continuing || !DUTIES.has(a.kind) || !DUTIES.has(b.kind)) return null;
  const word = (c: boolean) => (c ? 'a standing duty: no single act discharges it' : 'discharged by the act owed');
  const grade = byAmount(Number(a.continuing), Number(b.continuing));
  return difference(
    'continuing',
    { a: word(a.continuing), b: word(b.continuing) },
    grade,
    'continuing',
    grade === 'widens'
      ? 'B makes it a standing duty, which no single act discharges'
      : 'B makes it a duty that one act discharges, where A made it a standing one',
  );
}

/** Building one graded difference: the field, both values, the grade, the rule and why. */
import type { RuleId } from '../rules.js';
import type { Field, FieldDifference, Grade } from '../schema.js';

export interface Values {
  a: string | null;
  b: string | null;
}

export function difference(
  field: Field,
  values: Values,
  grade: Grade,
  rule: RuleId,
  reason: string,
  words: Values = { a: null, b: null },
): FieldDifference {
  return { field, a: values.a, b: values.b, grade, rule, reason, words: { a: words.a, b: words.b } };
}

/** What a field comparator gives: a difference, or null when the field is the same on both sides. */
export type FieldResult = FieldDifference | null;

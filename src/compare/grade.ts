/** Grades and how they combine: the arithmetic every rule shares, written once. */
import type { Grade, GradeCounts } from './schema.js';

/** The grade seen from the other side: what widens from A to B narrows from B to A. */
export function flip(grade: Grade): Grade {
  if (grade === 'widens') return 'narrows';
  if (grade === 'narrows') return 'widens';
  return grade;
}

/** More of something that reaches further in B than in A widens; less narrows. */
export function byAmount(a: number, b: number): Grade {
  if (b > a) return 'widens';
  if (b < a) return 'narrows';
  return 'same';
}

/**
 * Several grades as one: `same` when all are; their common grade when the others agree; `unclear`
 * when one is unclear or they pull both ways.
 */
export function combine(grades: readonly Grade[]): Grade {
  const moving = new Set(grades.filter((g) => g !== 'same'));
  if (moving.size === 0) return 'same';
  if (moving.size === 1) return [...moving][0]!;
  return 'unclear';
}

export function countGrades(grades: readonly Grade[]): GradeCounts {
  const counts: GradeCounts = { widens: 0, narrows: 0, same: 0, unclear: 0 };
  for (const g of grades) counts[g]++;
  return counts;
}

/** Set relations, for rules on lists: B has more, fewer, others, or the same members. */
export type SetRelation = 'equal' | 'superset' | 'subset' | 'other';

export function setRelation(a: ReadonlySet<string>, b: ReadonlySet<string>): SetRelation {
  const aInB = [...a].every((x) => b.has(x));
  const bInA = [...b].every((x) => a.has(x));
  if (aInB && bInA) return 'equal';
  if (aInB) return 'superset';
  if (bInA) return 'subset';
  return 'other';
}

/**
 * The counts a comparison states, each computed from the very items it lists: aligned pairs by
 * their grade, provisions in one treaty only by theirs, lifecycle rows by theirs, and all of them
 * together. The summary's first sentence, `pacta diff`'s headings and the web page's header read
 * these, so that no count says one thing above a list that shows another (issue 19: "widens 0"
 * counted the aligned pairs above a list of eleven items marked widens, most of them new provisions).
 */
import { GRADES, type ComparisonCounts, type Grade, type GradeCounts, type LifecycleRow, type Match, type OnlyIn } from './schema.js';

/** How many of these items have each grade. */
export function byGrade(items: readonly { grade: Grade }[]): GradeCounts {
  const counts: GradeCounts = { widens: 0, narrows: 0, same: 0, unclear: 0 };
  for (const x of items) counts[x.grade]++;
  return counts;
}

export interface CountedItems {
  matches: readonly Match[];
  onlyInA: readonly OnlyIn[];
  onlyInB: readonly OnlyIn[];
  lifecycle: readonly LifecycleRow[];
}

export function countItems(c: CountedItems): ComparisonCounts {
  const pairs = c.matches.flatMap((m) => m.pairs);
  const all = [...pairs, ...c.onlyInA, ...c.onlyInB, ...c.lifecycle];
  return {
    matches: c.matches.length,
    pairs: pairs.length,
    alignedA: new Set(c.matches.flatMap((m) => m.a)).size,
    alignedB: new Set(c.matches.flatMap((m) => m.b)).size,
    onlyInA: c.onlyInA.length,
    onlyInB: c.onlyInB.length,
    lifecycle: c.lifecycle.length,
    grades: {
      pairs: byGrade(pairs),
      onlyInA: byGrade(c.onlyInA),
      onlyInB: byGrade(c.onlyInB),
      lifecycle: byGrade(c.lifecycle),
      all: byGrade(all),
    },
  };
}

/** "1 narrows, 10 unclear": the grades that occur, in the order of GRADES; "none" when there are no items. */
export function gradeCountWords(counts: GradeCounts): string {
  const parts = GRADES.filter((g) => counts[g] > 0).map((g) => `${counts[g]} ${g}`);
  return parts.length ? parts.join(', ') : 'none';
}

/** Each list's count in words, for its heading: the same wording in the text, Markdown and HTML reports. */
export function listCounts(n: ComparisonCounts): { aligned: string; onlyInA: string; onlyInB: string; lifecycle: string } {
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return {
    aligned: `${plural(n.matches, 'match', 'matches')}, ${plural(n.pairs, 'pair', 'pairs')}: ${gradeCountWords(n.grades.pairs)}`,
    onlyInA: `${n.onlyInA}: ${gradeCountWords(n.grades.onlyInA)}`,
    onlyInB: `${n.onlyInB}: ${gradeCountWords(n.grades.onlyInB)}`,
    lifecycle: `${plural(n.lifecycle, 'aspect', 'aspects')}: ${gradeCountWords(n.grades.lifecycle)}`,
  };
}

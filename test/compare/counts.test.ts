/**
 * The counts a comparison states are the lists' own (issue 19: the page's header said "widens 0"
 * above eleven items marked widens): for every pair of corpus treaties, in both orders and each
 * with itself, each count is the number of listed items of its kind and grade; the summary's
 * overview and the reports' headings say those numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTreaties, comparisonMarkdown, type TreatyComparison } from '../../src/compare/index.js';
import { byGrade, gradeCountWords, listCounts } from '../../src/compare/counts.js';
import { GRADES } from '../../src/compare/schema.js';
import { realCorpus } from './support.js';

const IDS = realCorpus().treaties.map((t) => t.treaty.id);

function assertCountsAreTheLists(c: TreatyComparison): void {
  const n = c.counts;
  const pairs = c.matches.flatMap((m) => m.pairs);
  const lists = { pairs, onlyInA: c.onlyInA, onlyInB: c.onlyInB, lifecycle: c.lifecycle } as const;
  assert.deepEqual(
    [n.matches, n.pairs, n.onlyInA, n.onlyInB, n.lifecycle],
    [c.matches.length, pairs.length, c.onlyInA.length, c.onlyInB.length, c.lifecycle.length],
  );
  assert.equal(n.alignedA, new Set(c.matches.flatMap((m) => m.a)).size);
  assert.equal(n.alignedB, new Set(c.matches.flatMap((m) => m.b)).size);
  for (const [list, items] of Object.entries(lists))
    for (const g of GRADES)
      assert.equal(
        n.grades[list as keyof typeof lists][g],
        (items as readonly { grade: string }[]).filter((x) => x.grade === g).length,
        `${list} ${g}`,
      );
  for (const g of GRADES)
    assert.equal(
      n.grades.all[g],
      Object.values(lists).reduce((sum, items) => sum + (items as readonly { grade: string }[]).filter((x) => x.grade === g).length, 0),
    );
  // The overview states these numbers, and each list's heading in the Markdown report too.
  const overview = c.summary[0]!.text;
  assert.ok(overview.includes(`(${n.matches} ${n.matches === 1 ? 'match' : 'matches'}, ${n.pairs} aligned`), overview);
  assert.ok(overview.includes(`${n.onlyInA} of ${c.a.id}'s have no counterpart`), overview);
  assert.ok(overview.includes(`${n.onlyInB} of ${c.b.id}'s are new`), overview);
  const md = comparisonMarkdown(c);
  assert.ok(md.includes(`## Aligned provisions (${listCounts(n).aligned})`));
  assert.ok(md.includes(`## Lifecycle (${listCounts(n).lifecycle})`));
}

describe('the counts are the lists', () => {
  for (const a of IDS)
    for (const b of IDS)
      it(`${a} → ${b}`, () => {
        assertCountsAreTheLists(compareTreaties(realCorpus(), a, b));
      });

  it('1961 → 2024: no aligned pair widens; ten new provisions and one lifecycle row do', () => {
    const c = compareTreaties(realCorpus(), 'ussr-prk-1961', 'prk-rus-2024');
    assert.deepEqual(c.counts.grades.pairs, { widens: 0, narrows: 1, same: 0, unclear: 10 });
    assert.deepEqual(c.counts.grades.onlyInB, { widens: 10, narrows: 0, same: 0, unclear: 0 });
    assert.deepEqual(c.counts.grades.all, { widens: 11, narrows: 2, same: 12, unclear: 11 });
    assert.equal(
      c.summary[0]!.text,
      "ussr-prk-1961 has 8 provisions and prk-rus-2024 21. 6 of ussr-prk-1961's correspond to 11 of prk-rus-2024's (6 matches, 11 aligned pairs: 1 narrows, 10 unclear); 2 of ussr-prk-1961's have no counterpart in prk-rus-2024 (1 narrows, 1 same), and 10 of prk-rus-2024's are new (10 widens). Lifecycle: 13 aspects (1 widens, 11 same, 1 unclear).",
    );
    assert.deepEqual(listCounts(c.counts), {
      aligned: '6 matches, 11 pairs: 1 narrows, 10 unclear',
      onlyInA: '2: 1 narrows, 1 same',
      onlyInB: '10: 10 widens',
      lifecycle: '13 aspects: 1 widens, 11 same, 1 unclear',
    });
  });

  it('grades in words: those that occur, in order; none for an empty list', () => {
    assert.equal(gradeCountWords(byGrade([{ grade: 'unclear' }, { grade: 'widens' }, { grade: 'unclear' }])), '1 widens, 2 unclear');
    assert.equal(gradeCountWords(byGrade([])), 'none');
  });
});

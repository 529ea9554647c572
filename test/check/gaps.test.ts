/**
 * Incomplete sources (issue 15): gaps listed under a source (a marker standing where text is
 * missing, or the words after which it is), found in the source or refused at their line and column;
 * coverage that counts them apart from covered and non-operative text and never calls such a source
 * complete; incomplete provisions listed among the gaps; and a warning when a gap cuts a provision's
 * words that is not marked incomplete. The fixture is test/fixtures/corpus-gaps.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { evaluateScenario } from '../../src/engine/evaluate.js';
import { checkExpectations } from '../../src/engine/expectations.js';
import { mutatedCopy } from './support.js';
import { type CompiledCorpus, coverageFigure, describeCoverage, type SourceCoverage } from '../../src/model/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GAPS = join(ROOT, 'test', 'fixtures', 'corpus-gaps');
const TEXT = readFileSync(join(GAPS, 'gap-pact', 'sources', 'treaty.txt'), 'utf8');

/** A copy of the gaps fixture with `find` replaced by `replace` in the treaty folder's file. */
function mutated(...edits: { file?: string; find: string | RegExp; replace: string }[]): string {
  return mutatedCopy(GAPS, ...edits.map((e) => ({ ...e, file: join('gap-pact', e.file ?? 'treaty.yaml') })));
}

function findings(root: string): string[] {
  return checkCorpus(root).diagnostics.map((d) => `${relative(root, d.file)}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
}

function coverageOf(root: string): SourceCoverage {
  return checkCorpus(root).treaties[0]!.coverage[0]!;
}

const afterWords = 'with all the means at its';
const cutAt = TEXT.indexOf(afterWords) + afterWords.length;
const markerAt = TEXT.indexOf('[NOT RETRIEVED]');

describe('gaps in a source: the fixture', () => {
  const result = checkCorpus(GAPS);
  const coverage = result.treaties[0]!.coverage[0]!;

  it('checks clean: both gaps found, the cut provision marked incomplete', () => {
    assert.deepEqual(result.diagnostics, []);
  });
  it('counts the gaps apart: 100% of the text present, but not complete', () => {
    assert.deepEqual(coverage.totals, {
      sentences: 9,
      covered: 6,
      'non-operative': 2,
      gap: 1,
      partial: 0,
      uncovered: 0,
      percent: 100,
      gaps: 2,
    });
    assert.equal(coverage.complete, false);
    assert.deepEqual(coverage.gaps, [
      {
        kind: 'source',
        what: "the rest of Article 3's sentence",
        gap: 0,
        after: afterWords,
        at: { start: cutAt, end: cutAt },
        provisions: ['art3-mutual-assistance'],
      },
      {
        kind: 'source',
        what: 'Article 4 (not retrieved)',
        gap: 1,
        marker: '[NOT RETRIEVED]',
        at: { start: markerAt, end: markerAt + '[NOT RETRIEVED]'.length },
      },
    ]);
  });
  it('a sentence that is only a marker is a gap, not uncovered text', () => {
    const s = coverage.sentences.find((x) => x.unit === 'Article 4, paragraph 1')!;
    assert.deepEqual([s.text, s.status, s.by], ['[NOT RETRIEVED]', 'gap', ['gap:1']]);
  });
  it('says so in words: never 100% alone', () => {
    assert.equal(coverageFigure(coverage), 'complete except for 2 gaps');
    assert.equal(
      describeCoverage(coverage),
      "covered 75% · non-operative 25% · gaps: 2 (the rest of Article 3's sentence; Article 4 (not retrieved))",
    );
  });
  it("the scenario's expectations hold: the cut duty is unknown, the whole one discharged", () => {
    const corpus = result.compiled as CompiledCorpus;
    const scenarios = loadCorpus(GAPS).corpus.treaties.flatMap((t) => t.scenarios.map((s) => s.value));
    assert.equal(scenarios.length, 1);
    const failures = checkExpectations(evaluateScenario(corpus, scenarios[0]!), scenarios[0]!.expect)
      .filter((o) => !o.passed)
      .map((o) => `expected ${o.expected}; got ${o.actual.join(' | ')}`);
    assert.deepEqual(failures, []);
  });
});

describe('gaps in a source: what check refuses or warns of', () => {
  it('a gap that cuts a provision not marked incomplete: a warning at its quote (gap-cuts-provision)', () => {
    const root = mutated({ find: /^ {4}incomplete: .*\n/m, replace: '' });
    assert.deepEqual(findings(root), [
      'gap-pact/treaty.yaml:58:37: warning gap-cuts-provision: provision "art3-mutual-assistance" is cut by the gap "the rest of Article 3\'s sentence" of source "text-en" (it stands right after its quote, mid-sentence), but is not marked incomplete',
    ]);
    const hint = checkCorpus(root).diagnostics[0]!.hint;
    assert.equal(
      hint,
      'its words are cut, so say so: add `incomplete: { reason: "…" }` to provision "art3-mutual-assistance" (what is missing), and outcomes resting on it become unknown',
    );
    // Still one gap each: the cut is the listed gap, no provision gap of its own.
    assert.deepEqual(
      coverageOf(root).gaps.map((g) => [g.kind, g.what, g.provisions ?? []]),
      [
        ['source', "the rest of Article 3's sentence", []],
        ['source', 'Article 4 (not retrieved)', []],
      ],
    );
  });
  it('`after` words inside a quote: the warning says inside', () => {
    const root = mutated({
      find: '      - { marker: "[NOT RETRIEVED]"',
      replace: '      - { after: "enter into consultations with it", what: "a clause of Article 1" }\n      - { marker: "[NOT RETRIEVED]"',
    });
    assert.deepEqual(findings(root), [
      'gap-pact/treaty.yaml:39:37: warning gap-cuts-provision: provision "art1-consultation" is cut by the gap "a clause of Article 1" of source "text-en" (it stands inside its quote), but is not marked incomplete',
    ]);
  });
  it('a gap right after a quote that ends its sentence cuts nothing', () => {
    const root = mutated({
      find: '      - { marker: "[NOT RETRIEVED]"',
      replace:
        '      - { after: "directed against the other Party.", what: "Article 2, paragraph 2" }\n      - { marker: "[NOT RETRIEVED]"',
    });
    assert.deepEqual(findings(root), []);
    assert.equal(coverageOf(root).totals.gaps, 3);
  });
  it('a marker not in the source: an error at the marker (gap-not-found)', () => {
    const root = mutated({ find: 'marker: "[NOT RETRIEVED]"', replace: 'marker: "[NOT FOUND]"' });
    assert.deepEqual(findings(root), [
      // The marker not found, its sentence is text no provision covers.
      'gap-pact/sources/treaty.txt:19:1: error sentence-not-covered: Article 4, paragraph 1: operative sentence not covered: "[NOT RETRIEVED]"',
      'gap-pact/treaty.yaml:21:19: error gap-not-found: gap "Article 4 (not retrieved)": its marker is not in the source: "[NOT FOUND]"',
    ]);
  });
  it('words to follow not in the source: an error at them, with the closest passage', () => {
    const root = mutated({ find: 'after: "with all the means at its"', replace: 'after: "with all the means at her"' });
    const d = checkCorpus(root).diagnostics;
    assert.deepEqual(findings(root), [
      'gap-pact/treaty.yaml:20:18: error gap-not-found: gap "the rest of Article 3\'s sentence": the words it follows are not in the source: "with all the means at her"',
    ]);
    assert.equal(
      d[0]!.hint,
      'the closest passage reads "assistance with all the means at"; copy the words exactly (only whitespace may differ)',
    );
  });
  it('a second gap naming a marker that stands once: an error', () => {
    const root = mutated({
      find: '      - { marker: "[NOT RETRIEVED]", what: "Article 4 (not retrieved)" }',
      replace:
        '      - { marker: "[NOT RETRIEVED]", what: "Article 4 (not retrieved)" }\n      - { marker: "[NOT RETRIEVED]", what: "Article 5" }',
    });
    assert.deepEqual(findings(root), [
      'gap-pact/treaty.yaml:22:19: error gap-not-found: gap "Article 5": its marker "[NOT RETRIEVED]" occurs 1 time in the source, and this is gap 2 to name it',
    ]);
  });
  it('a marker twice in the source and one gap naming it: a warning (the first is taken)', () => {
    const root = mutated({ file: 'sources/treaty.txt', find: 'Done at Rome', replace: '[NOT RETRIEVED]\n\nDone at Rome' });
    assert.deepEqual(
      findings(root).filter((f) => f.includes('quote-ambiguous')),
      [
        'gap-pact/treaty.yaml:21:19: warning quote-ambiguous: gap "Article 4 (not retrieved)": its marker occurs 2 times in the source; gaps naming it take its occurrences in order',
      ],
    );
  });
  it('a marker with `after` words must follow them', () => {
    const ok = mutated({ find: '{ marker: "[NOT RETRIEVED]",', replace: '{ after: "Article 4", marker: "[NOT RETRIEVED]",' });
    assert.deepEqual(findings(ok), []);
    const bad = mutated({ find: '{ marker: "[NOT RETRIEVED]",', replace: '{ after: "Article 5", marker: "[NOT RETRIEVED]",' });
    assert.deepEqual(findings(bad), [
      'gap-pact/sources/treaty.txt:19:1: error sentence-not-covered: Article 4, paragraph 1: operative sentence not covered: "[NOT RETRIEVED]"',
      'gap-pact/treaty.yaml:21:39: error gap-not-found: gap "Article 4 (not retrieved)": the marker "[NOT RETRIEVED]" does not follow the words "Article 5" in the source',
    ]);
  });
  it('a gap that says no place, and an incomplete provision no gap cuts, are gaps without a place or at the quote’s end', () => {
    const root = mutated({
      find: '      - { after: "with all the means at its", what: "the rest of Article 3\'s sentence" }\n',
      replace: '      - { what: "Article 7 (the report leaves it out)" }\n',
    });
    assert.deepEqual(findings(root), []);
    const c = coverageOf(root);
    assert.deepEqual(c.gaps, [
      { kind: 'source', what: 'Article 7 (the report leaves it out)', gap: 0 },
      { kind: 'source', what: 'Article 4 (not retrieved)', gap: 1, marker: '[NOT RETRIEVED]', at: { start: markerAt, end: markerAt + 15 } },
      {
        kind: 'provision',
        what: 'the sentence breaks off after "with all the means at its" in the only copy: what follows (a limit, a condition) is not known',
        provisions: ['art3-mutual-assistance'],
        at: { start: cutAt, end: cutAt },
      },
    ]);
    assert.equal(
      describeCoverage(c),
      'covered 75% · non-operative 25% · gaps: 3 (Article 7 (the report leaves it out); Article 4 (not retrieved); art3-mutual-assistance incomplete: the sentence breaks off after "with all the means at its" in the only copy: what follows (a limit, a condition) is not known)',
    );
  });
});

describe('gaps of the bundled corpus', () => {
  const result = checkCorpus(join(ROOT, 'corpus'));
  it('the KCNA report lacks Article 22 (entry into force): one gap with no place; the other texts none', () => {
    const rows = result.treaties.map((t) => [t.id, t.coverage[0]!.complete, t.coverage[0]!.gaps, coverageFigure(t.coverage[0]!)]);
    assert.deepEqual(rows, [
      ['anzus-1951', true, [], '100%'],
      ['north-atlantic-1949', true, [], '100%'],
      [
        'prk-rus-2024',
        false,
        [{ kind: 'source', what: 'Article 22 on entry into force is not in the report', gap: 0 }],
        'complete except for 1 gap',
      ],
      ['ussr-prk-1961', true, [], '100%'],
    ]);
    assert.equal(
      describeCoverage(result.treaties.find((t) => t.id === 'prk-rus-2024')!.coverage[0]!),
      'covered 95.2% · non-operative 4.7% · gaps: 1 (Article 22 on entry into force is not in the report)',
    );
  });
});

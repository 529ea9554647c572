/**
 * Issue 18: reading YAML and scenarios is bounded. Each limit is refused with a located error that
 * names it; reading is linear in the input; every position reported lies within the file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkCorpus } from '../../src/check/compile.js';
import { validateScenarioText } from '../../src/check/index.js';
import { parseYaml, validateYaml } from '../../src/corpus/index.js';
import { YAML_LIMITS } from '../../src/corpus/yaml-file.js';
import { appendAll, type Diagnostic, MAX_DIAGNOSTICS, SCENARIO_LIMITS, ScenarioFile, TreatyFile } from '../../src/model/index.js';
import { MINIMAL_CORPUS, mutatedCorpus } from './support.js';

const BUNDLED = join(import.meta.dirname, '..', '..', 'corpus');
const bundled = checkCorpus(BUNDLED).corpus;

const located = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}: ${d.code}: ${d.message}`;
const scenarioErrors = (text: string, corpus = bundled) => validateScenarioText(corpus, 's.yaml', text).diagnostics.map(located);

/** A minimal corpus whose vocabulary has these terms, each with this many readings r0, r1, …. */
function corpusWithTerms(terms: Record<string, number>): ReturnType<typeof checkCorpus>['corpus'] {
  const yaml = Object.entries(terms)
    .map(
      ([id, n]) =>
        `  - id: ${id}\n    text: [${id}]\n    description: "A term."\n    readings:\n${Array.from({ length: n }, (_, i) => `      - { id: r${i}, description: "Reading ${i}." }`).join('\n')}\n    default: r0`,
    )
    .join('\n');
  const root = mutatedCorpus({ file: 'vocabulary.yaml', find: /terms:[\s\S]*$/, replace: `terms:\n${yaml}\n` });
  return checkCorpus(root).corpus;
}

describe('scenario bounds (SCENARIO_LIMITS)', () => {
  it('refuse a reading asked for twice, at the repeat', () => {
    const text = 'title: x\nreadings:\n  state-of-war: [declared-war, armed-hostilities, declared-war]\n';
    assert.deepEqual(scenarioErrors(text), [
      's.yaml:3:51: repeated-reading: readings.state-of-war[2]: reading "declared-war" is asked for twice (also at readings.state-of-war[0])',
    ]);
  });

  it('refuse twenty copies of three terms’ readings (8,000 runs) before any run', () => {
    const copies = (list: string[]) => `[${Array.from({ length: 20 }, () => list.join(', ')).join(', ')}]`;
    const text = `title: x\nreadings:\n  state-of-war: ${copies(['declared-war'])}\n  immediately: ${copies(['no-fixed-deadline'])}\n  without-delay: ${copies(['no-fixed-deadline'])}\n`;
    const codes = validateScenarioText(bundled, 's.yaml', text).diagnostics.map((d) => d.code);
    assert.equal(codes.filter((c) => c === 'repeated-reading').length, 57);
    assert.deepEqual(
      scenarioErrors(text).filter((m) => !m.includes('repeated-reading')),
      [
        's.yaml:3:17: too-many-readings: readings.state-of-war: 20 readings asked for, over the limit of 16 per term',
        's.yaml:4:16: too-many-readings: readings.immediately: 20 readings asked for, over the limit of 16 per term',
        's.yaml:5:18: too-many-readings: readings.without-delay: 20 readings asked for, over the limit of 16 per term',
        's.yaml:3:3: too-many-combinations: readings: 20 × 20 × 20 = 8000 combinations of readings, over the limit of 64 runs per scenario',
      ],
    );
  });

  it('refuse more readings of one term than the limit, each a different reading', () => {
    const corpus = corpusWithTerms({ many: SCENARIO_LIMITS.maxReadingsPerTerm + 1 });
    const list = Array.from({ length: SCENARIO_LIMITS.maxReadingsPerTerm + 1 }, (_, i) => `r${i}`).join(', ');
    assert.deepEqual(scenarioErrors(`title: x\nreadings:\n  many: [${list}]\n`, corpus), [
      's.yaml:3:9: too-many-readings: readings.many: 17 readings asked for, over the limit of 16 per term',
    ]);
  });

  it('refuse more combinations than the limit', () => {
    const corpus = corpusWithTerms({ a: 9, b: 8 });
    const list = (n: number) => Array.from({ length: n }, (_, i) => `r${i}`).join(', ');
    const d = validateScenarioText(corpus, 's.yaml', `title: x\nreadings:\n  a: [${list(9)}]\n  b: [${list(8)}]\n`).diagnostics;
    assert.deepEqual(d.map(located), [
      's.yaml:3:3: too-many-combinations: readings: 9 × 8 = 72 combinations of readings, over the limit of 64 runs per scenario',
    ]);
    assert.equal(d[0]!.path, 'readings');
    assert.equal(d[0]!.hint, 'ask for fewer readings, or split the scenario into several, each with at most 64 combinations');
    // 8 × 8 = 64 is within it.
    assert.deepEqual(scenarioErrors(`title: x\nreadings:\n  a: [${list(8)}]\n  b: [${list(8)}]\n`, corpus), []);
  });

  it('refuse more events than the limit before validating them one by one', () => {
    const n = SCENARIO_LIMITS.maxEvents + 1;
    const text = `{"title": "x",\n "events": [${Array.from({ length: n }, () => '{}').join(',')}]}`;
    const started = performance.now();
    assert.deepEqual(scenarioErrors(text), ['s.yaml:2:12: too-many-events: events: 50001 events, over the limit of 50000 per scenario']);
    assert.ok(performance.now() - started < 20_000);
  });
});

describe('reading YAML is linear and never throws', () => {
  it('finds a duplicate key with a Set per mapping: same code, message and place as the parser', () => {
    const { diagnostics } = parseYaml('f.yaml', 'title: x\nevents: []\ntitle: y\n');
    assert.deepEqual(diagnostics.map(located), ['f.yaml:3:1: yaml-duplicate-key: YAML syntax: Map keys must be unique']);
    assert.equal(diagnostics[0]!.hint, 'remove or rename one of the two keys');
    const flow = parseYaml('f.yaml', '{"a": 1, "b": 2, "a": 3}').diagnostics;
    assert.deepEqual(flow.map(located), ['f.yaml:1:18: yaml-duplicate-key: YAML syntax: Map keys must be unique']);
    // Keys of different types are different keys, as for the parser.
    assert.deepEqual(parseYaml('f.yaml', '1: a\n"1": b\n').diagnostics, []);
  });

  it('reads a mapping of 40,000 keys in seconds, not minutes (quadratic before: ~60 s)', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `"k${i}": ${i}`).join(', ');
    const started = performance.now();
    const { diagnostics } = parseYaml('f.json', `{${keys}, "k7": 0}`);
    const ms = performance.now() - started;
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['yaml-duplicate-key'],
    );
    assert.ok(ms < 15_000, `took ${ms} ms`);
  });

  it('report an alias to a missing anchor as a located error', () => {
    const { diagnostics } = parseYaml('f.yaml', 'title: x\nevents: *evnts\n');
    assert.deepEqual(diagnostics.map(located), [
      'f.yaml:2:9: yaml-bad-alias: YAML syntax: alias *evnts refers to no anchor &evnts before it',
    ]);
  });

  it('report an alias bomb (billion laughs) as a located error', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${prev}`).join(', ')}]`);
    }
    const { yaml, diagnostics } = parseYaml('f.yaml', `${levels.join('\n')}\ntitle: *i\n`);
    assert.deepEqual(diagnostics, []);
    const started = performance.now();
    const validated = validateYaml(yaml, ScenarioFile);
    assert.ok(performance.now() - started < 5_000);
    assert.deepEqual(validated.diagnostics.map(located), [
      `f.yaml:2:8: yaml-resource-exhaustion: YAML: the aliases expand to too much (more than ${YAML_LIMITS.maxAliasCount} weighted alias uses)`,
    ]);
  });

  it('report 100,000 unclosed brackets as one located error, not a stack overflow', () => {
    const { diagnostics } = parseYaml('f.yaml', `title: x\nevents: ${'['.repeat(100_000)}`);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.code, 'yaml-too-deep');
    assert.equal(diagnostics[0]!.message, 'YAML: mappings and lists nested more than 64 levels deep');
    assert.equal(diagnostics[0]!.line, 2);
  });

  it('refuse nesting deeper than the limit, at the first level too deep', () => {
    const depth = YAML_LIMITS.maxDepth + 1;
    const text = `{"title": "x", "events": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const { diagnostics } = parseYaml('f.json', text);
    assert.deepEqual(diagnostics.map(located), [
      `f.json:1:${26 + depth - 2}: yaml-too-deep: YAML: mappings and lists nested more than 64 levels deep`,
    ]);
    const within = `{"title": "x", "events": ${'['.repeat(depth - 2)}${']'.repeat(depth - 2)}}`;
    assert.deepEqual(parseYaml('f.json', within).diagnostics, []);
  });

  it('read a file with bare CR line ends as lines, not as one empty line', () => {
    const { yaml, diagnostics } = parseYaml('f.yaml', 'title: Old Mac\rdescription: lines end with CR\rhistory: false\r');
    assert.deepEqual(diagnostics, []);
    const value = validateYaml(yaml, ScenarioFile).value;
    assert.equal(value?.title, 'Old Mac');
    assert.equal(value?.history, false);
    const bad = parseYaml('f.yaml', 'title: x\rtitle: y\r').diagnostics;
    assert.deepEqual(bad.map(located), ['f.yaml:2:1: yaml-duplicate-key: YAML syntax: Map keys must be unique']);
  });

  it('place a finding at the end of a CRLF line on the CR, within the line (a seed of the property below found the LF)', () => {
    // Line 2 is "  - { q: {]" and a CR: 11 characters; the parser's second finding points at the LF after the CR.
    const { diagnostics } = parseYaml('f.yaml', 'x:\n  - { q: {]\r\n[ s: d } }\n');
    assert.deepEqual(
      diagnostics.filter((d) => d.line === 2).map((d) => d.column),
      [11, 12],
    );
  });

  it('place every finding within the file, whatever the mutation (property over mutated corpus files)', () => {
    const files = ['demo-pact/treaty.yaml', 'demo-pact/history.yaml', 'demo-pact/scenarios/basic.yaml', 'vocabulary.yaml'].map((f) =>
      readFileSync(join(MINIMAL_CORPUS, f), 'utf8'),
    );
    const pieces = ['[', ']', '{', '}', ':', '"', "'", '\n', '\r', ' ', '- ', '&a ', '*a', '#', '\t', '|', '>', '? ', ',', '\\', 'x'];
    const mutation = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        let text = files[which]!;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert.join('') + text.slice(at + m.cut);
        }
        const { yaml, diagnostics } = parseYaml('f.yaml', text);
        const all = diagnostics.some((d) => d.severity === 'error')
          ? diagnostics
          : [...validateYaml(yaml, which === 0 ? TreatyFile : ScenarioFile).diagnostics];
        const lines = yaml.text.split('\n');
        for (const d of all) {
          if (d.line === 0) continue;
          assert.ok(d.line >= 1 && d.line <= lines.length, `${located(d)}: line out of the file (${lines.length} lines)`);
          const length = lines[d.line - 1]!.replace(/\r$/, '').length;
          assert.ok(d.column >= 1 && d.column <= length + 1, `${located(d)}: column out of line ${d.line} (${length} characters)`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findings are bounded (MAX_DIAGNOSTICS) and gathered without spreading', () => {
  it('report the first 1,000 findings of a scenario and one that counts the rest', () => {
    const events = Array.from({ length: 1500 }, (_, i) => `  - { id: e${i}, date: 1985-13-01, type: armed-attack, source: x }`).join('\n');
    const d = validateScenarioText(bundled, 's.yaml', `title: x\nevents:\n${events}\n`).diagnostics;
    assert.equal(d.length, MAX_DIAGNOSTICS + 1);
    assert.equal(
      located(d[0]!),
      's.yaml:3:21: schema: events[0].date: "1985-13-01" is not a calendar date: there is no month 13 (months run from 01 to 12)',
    );
    assert.equal(located(d.at(-1)!), 's.yaml:0:0: too-many-diagnostics: 500 more findings not shown (at most 1000 are reported)');
  });

  it('bound the findings of a corpus check with thousands of invalid history events', () => {
    const events = Array.from(
      { length: 3000 },
      (_, i) => `  - { id: e${i}, date: 1995-01-01, type: no-such-type, by: ZZZ, source: { cite: x } }`,
    );
    const root = mutatedCorpus({ file: 'demo-pact/history.yaml', find: /events:[\s\S]*$/, replace: `events:\n${events.join('\n')}\n` });
    const d = checkCorpus(root).diagnostics;
    assert.equal(d.length, MAX_DIAGNOSTICS + 1);
    assert.equal(d.at(-1)!.code, 'too-many-diagnostics');
  });

  it('append any number of findings (push(...list) overflows the stack past ~100,000)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => i);
    assert.equal(appendAll([], many).length, 300_000);
  });
});

describe('a source file stays inside the corpus', () => {
  const T = 'demo-pact/treaty.yaml';
  const errorsFor = (root: string) =>
    checkCorpus(root)
      .diagnostics.filter((d) => d.code === 'source-outside-corpus')
      .map((d) => `${relative(root, d.file)}:${d.line}:${d.column}: ${d.message}`);

  it('refuse a path through .. out of the corpus', () => {
    const root = mutatedCorpus({ file: T, find: 'file: sources/demo.txt', replace: 'file: ../../../../../../../../etc/passwd' });
    assert.deepEqual(errorsFor(root), [
      `${T}:8:26: source "demo-en": file "../../../../../../../../etc/passwd" leads outside the corpus folder`,
    ]);
  });

  it('refuse an absolute path', () => {
    const root = mutatedCorpus({ file: T, find: 'file: sources/demo.txt', replace: 'file: /etc/passwd' });
    assert.deepEqual(errorsFor(root), [`${T}:8:26: source "demo-en": file "/etc/passwd" is an absolute path`]);
  });

  it('refuse a symbolic link out of the corpus', () => {
    const root = mutatedCorpus({ file: T, find: 'file: sources/demo.txt', replace: 'file: sources/link.txt' });
    const outside = join(root, '..', `outside-${process.pid}-${Date.now()}`);
    mkdirSync(outside, { recursive: true });
    writeFileSync(join(outside, 'secret.txt'), 'secret\n');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'demo-pact', 'sources', 'link.txt'));
    assert.deepEqual(errorsFor(root), [
      `${T}:8:26: source "demo-en": file "sources/link.txt" is a link to a file outside the corpus folder`,
    ]);
  });

  it('accept a link that stays inside the corpus', () => {
    const root = mutatedCorpus({ file: T, find: 'file: sources/demo.txt', replace: 'file: sources/link.txt' });
    symlinkSync(join(root, 'demo-pact', 'sources', 'demo.txt'), join(root, 'demo-pact', 'sources', 'link.txt'));
    assert.deepEqual(errorsFor(root), []);
    assert.ok(!checkCorpus(root).diagnostics.some((d) => d.severity === 'error'));
  });
});

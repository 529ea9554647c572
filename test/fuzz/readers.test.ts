/**
 * Fuzzing the YAML readers: mutated corpus files (states, vocabulary, treaty, history) through the
 * corpus loader, and mutated scenario files through `validateScenarioText` (what `pacta run` and the
 * API read). For every input: diagnostics or a value, never an exception; each call within its time
 * bound; every diagnostic's line and column inside the file it names (line 0 meaning the whole file).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { validateScenarioText } from '../../src/check/index.js';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Diagnostic } from '../../src/model/index.js';
import { LONG, mutated, params, Tally, TEXT_TOKENS } from './support.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const BOUND_MS = LONG ? 10_000 : 5_000;
const tallies: Tally[] = [];
after(() => tallies.forEach((tally) => console.log(tally.line())));

/** YAML's own tokens, besides the text ones: what breaks a YAML reader. */
const YAML_TOKENS = [
  '- ',
  ': ',
  '{',
  '}',
  '[',
  ']',
  '&a ',
  '*a',
  '*b',
  '!!str ',
  '? ',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '  ',
  '\t',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '<<: *a\n',
  '0x',
  '9999-12-31',
  '1e309',
  'null',
  '~',
];
const mutate = (text: string) =>
  fc.oneof(
    mutated(text, LONG ? 10 : 5),
    // YAML-shaped edits: a token inserted at a line start or anywhere.
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...YAML_TOKENS, ...TEXT_TOKENS)), { minLength: 1, maxLength: 8 }).map((edits) => {
      let s = text;
      for (const [at, token] of edits) {
        const i = at % (s.length + 1);
        s = s.slice(0, i) + token + s.slice(i);
      }
      return s;
    }),
  );

/** Every diagnostic's place lies inside the file it names. */
function assertLocated(diagnostics: readonly Diagnostic[], textOf: (file: string) => string | undefined): void {
  for (const d of diagnostics) {
    const text = textOf(d.file);
    if (text === undefined) continue; // a folder or a file that does not exist: no place inside to check
    const where = `${d.file}:${d.line}:${d.column} (${d.code}: ${d.message})`;
    assert.ok(Number.isInteger(d.line) && Number.isInteger(d.column) && d.line >= 0 && d.column >= 0, where);
    if (d.line === 0) {
      assert.equal(d.column, 0, `${where}: line 0 with a column`);
      continue;
    }
    // YAML breaks lines at CRLF, LF and a bare CR; Pacta's own messages count LF. Either numbering will do.
    const fits = (lines: string[]) => d.line <= lines.length && d.column >= 1 && d.column <= lines[d.line - 1]!.length + 1;
    const byLf = text.split('\n');
    const byAny = text.split(/\r\n|\n|\r/);
    assert.ok(fits(byAny) || fits(byLf), `${where}: outside the file (${byAny.length} lines)`);
  }
}

describe('fuzz: scenario files through validateScenarioText', () => {
  const { corpus } = loadCorpus(CORPUS);
  const scenarios = readdirSync(CORPUS).flatMap((treaty) => {
    try {
      const dir = join(CORPUS, treaty, 'scenarios');
      return readdirSync(dir).map((name) => ({ name: `${treaty}/scenarios/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
    } catch {
      return [];
    }
  });
  it(`mutations of the ${scenarios.length} corpus scenarios: diagnostics located, no exception`, () => {
    const t = new Tally('validateScenarioText on mutated scenarios', BOUND_MS);
    tallies.push(t);
    const input = fc.constantFrom(...scenarios).chain((s) => mutate(s.text).map((text) => ({ name: s.name, text })));
    fc.assert(
      fc.property(input, ({ name, text }) => {
        const { result, ms } = t.time(text, () => validateScenarioText(corpus, name, text));
        assert.ok(ms <= BOUND_MS, `took ${ms.toFixed(0)} ms`);
        assert.ok(result.scenario !== undefined || result.diagnostics.length > 0);
        assertLocated(result.diagnostics, (file) => (file === name ? text : undefined));
      }),
      params(40, 3_000),
    );
  });
});

describe('fuzz: corpus files through the corpus loader', () => {
  const copy = mkdtempSync(join(tmpdir(), 'pacta-fuzz-corpus-'));
  cpSync(CORPUS, copy, { recursive: true });
  after(() => rmSync(copy, { recursive: true, force: true }));
  const files = [
    'states.yaml',
    'vocabulary.yaml',
    ...readdirSync(CORPUS).flatMap((d) => (d.endsWith('.yaml') ? [] : [`${d}/treaty.yaml`, `${d}/history.yaml`])),
  ];
  it(`mutations of ${files.join(', ')}: diagnostics located, no exception`, () => {
    const t = new Tally('loadCorpus on mutated corpus files', BOUND_MS);
    tallies.push(t);
    const input = fc
      .constantFrom(...files)
      .chain((file) => mutate(readFileSync(join(CORPUS, file), 'utf8')).map((text) => ({ file, text })));
    fc.assert(
      fc.property(input, ({ file, text }) => {
        const path = join(copy, file);
        const original = readFileSync(join(CORPUS, file), 'utf8');
        writeFileSync(path, text);
        try {
          const { result, ms } = t.time(text, () => loadCorpus(copy));
          assert.ok(ms <= BOUND_MS, `took ${ms.toFixed(0)} ms`);
          assertLocated(result.diagnostics, (named) => {
            const full = isAbsolute(named) ? named : resolve(named);
            try {
              return full === path ? text : readFileSync(full, 'utf8');
            } catch {
              return undefined;
            }
          });
        } finally {
          writeFileSync(path, original);
        }
      }),
      params(20, 1_000),
    );
  });
});

/**
 * One bad-input case per error message of `pacta check`: each a copy of the minimal fixture corpus
 * with one change, tested for its exact message and location (`file:line:column: message`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnosticsOf, errorsOf, MINIMAL_CORPUS, mutatedCorpus } from './support.js';

const T = 'demo-pact/treaty.yaml';
const H = 'demo-pact/history.yaml';
const S = 'demo-pact/scenarios/basic.yaml';

interface Case {
  name: string;
  file: string;
  find: string;
  replace: string;
  /** Exactly these errors (or, with `among`, at least this one). */
  errors: string[];
  among?: boolean;
}

const cases: Case[] = [
  {
    name: 'YAML syntax error keeps the parser position',
    file: T,
    find: 'parties: [AAA, BBB]',
    replace: 'parties: [AAA, BBB',
    errors: [`${T}:5:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]`],
  },
  {
    name: 'duplicate YAML key',
    file: T,
    find: 'shortTitle: Demo Pact (1990)',
    replace: 'shortTitle: Demo Pact (1990)\nshortTitle: Again',
    errors: [`${T}:4:1: YAML syntax: Map keys must be unique`],
  },
  {
    name: 'unknown field',
    file: T,
    find: '    kind: obligation',
    replace: '    kind: obligation\n    kindd: duty',
    errors: [`${T}:15:5: provisions[0]: unknown field "kindd"`],
  },
  {
    name: 'value not in an enumeration',
    file: T,
    find: '    kind: obligation',
    replace: '    kind: duty',
    errors: [`${T}:17:11: provisions[0].kind: must be one of "obligation", "prohibition", "permission", "declaration", "procedural"`],
  },
  {
    name: 'missing required field',
    file: T,
    find: '    summary: The other party must assist an attacked party immediately.\n',
    replace: '',
    errors: [`${T}:15:5: provisions[0].summary: missing required field (expected string)`],
  },
  {
    name: 'wrong type',
    file: T,
    find: 'parties: [AAA, BBB]',
    replace: 'parties: 5',
    errors: [`${T}:4:10: parties: expected array, got number 5`],
  },
  {
    name: 'impossible date',
    file: T,
    find: 'date: 1990-03-01',
    replace: 'date: 1990-02-30',
    errors: [`${T}:5:36: signature.date: "1990-02-30" is not a calendar date: February 1990 has 28 days`],
  },
  {
    name: 'impossible duration',
    file: T,
    find: 'renewalTerm: P5Y',
    replace: 'renewalTerm: PT5H',
    errors: [
      `${T}:11:63: lifecycle.duration.renewalTerm: "PT5H" has a time part: treaty durations are whole years, months, weeks and days; drop the part from T on`,
    ],
  },
  {
    name: 'unknown state',
    file: T,
    find: 'parties: [AAA, BBB]',
    replace: 'parties: [AAA, XXX]',
    errors: [`${T}:4:16: unknown state "XXX": not a code, name or alias in states.yaml; codes are ISO 3166-1 alpha-3 (e.g. AAA)`],
  },
  {
    name: 'unknown event type',
    file: T,
    find: 'trigger: { event: armed-attack',
    replace: 'trigger: { event: armed-atack',
    errors: [`${T}:22:23: unknown event type "armed-atack": did you mean armed-attack?`],
  },
  {
    name: 'unknown fluent',
    file: T,
    find: 'trigger: { event: armed-attack, where: { against: attacked-party } }',
    replace: 'trigger: { fluent: state-of-peace, subject: attacked-party }',
    errors: [`${T}:22:24: unknown fluent "state-of-peace"`],
  },
  {
    name: 'unknown role',
    file: T,
    find: 'bearer: other-party',
    replace: 'bearer: the-other',
    errors: [`${T}:19:13: unknown role "the-other"`],
  },
  {
    name: 'unknown contested term',
    file: T,
    find: 'term: immediately',
    replace: 'term: promptly',
    errors: [`${T}:25:50: unknown contested term "promptly"`],
  },
  {
    name: 'duplicate provision id',
    file: T,
    find: '  - id: art2-lifecycle',
    replace: '  - id: art1-assistance',
    errors: [`${T}:28:9: provision "art1-assistance" is defined twice`],
    among: true,
  },
  {
    name: 'quote not in the source',
    file: T,
    find: 'the other Party shall immediately extend assistance to it." }',
    replace: 'the other Party shall promptly extend assistance to it." }',
    errors: [
      `${T}:27:37: quote not found in source "demo-en": "Should either Party suffer armed attack, the other Party shall promptly extend assistance…"`,
    ],
    among: true,
  },
  {
    name: 'operative sentence not covered',
    file: T,
    find: '  - { part: preamble, reason: Recital., quote: { source: demo-en, text: "Desiring to preserve peace," } }\n',
    replace: '',
    errors: ['demo-pact/sources/demo.txt:5:1: preamble, recital 1: operative sentence not covered: "Desiring to preserve peace,"'],
  },
  {
    name: 'qualifier words not in the quote',
    file: T,
    find: '{ type: timing, text: immediately',
    replace: '{ type: timing, text: forthwith',
    errors: [`${T}:25:31: qualifier text "forthwith" is not in the provision's quote`],
  },
  {
    name: 'trigger words not in the quote',
    file: T,
    find: 'triggerText: Should either Party',
    replace: 'triggerText: If either Party',
    errors: [`${T}:21:18: triggerText "If either Party suffer armed attack" is not in the provision's quote`],
  },
  {
    name: 'unknown source',
    file: T,
    find: 'quote: { source: demo-en, text: "Should',
    replace: 'quote: { source: demo-fr, text: "Should',
    errors: [`${T}:27:22: unknown source "demo-fr"`],
    among: true,
  },
  {
    name: 'unknown provision named by the lifecycle',
    file: T,
    find: 'durationProvision: art2-lifecycle',
    replace: 'durationProvision: art9-lifecycle',
    errors: [`${T}:12:22: unknown provision "art9-lifecycle"`],
  },
  { name: 'missing source file', file: T, find: 'file: sources/demo.txt', replace: 'file: sources/missing.txt', errors: [], among: true },
  {
    name: 'event without a role its type requires',
    file: H,
    find: 'parties: [AAA, BBB], source',
    replace: 'source',
    errors: [`${H}:2:5: a "ratifications-exchanged" event needs "parties"`],
  },
  {
    name: 'recorded event without a source',
    file: H,
    find: ', source: fixture',
    replace: '',
    errors: [`${H}:2:5: events[0].source: missing required field`],
  },
  {
    name: 'event field its type does not have',
    file: S,
    find: 'by: CCC',
    replace: 'by: CCC, to: AAA',
    errors: [`${S}:3:70: a "armed-attack" event has no field "to"`],
  },
  {
    name: 'state acting after it ceased to exist',
    file: S,
    find: 'date: 1995-01-10, type: armed-attack',
    replace: 'date: 2001-01-10, type: armed-attack',
    errors: [`${S}:3:61: state "CCC" no longer existed on 2001-01-10 (its last day was 1999-12-31)`],
  },
  {
    name: 'unknown reading',
    file: S,
    find: 'title: An attack on Borduria',
    replace: 'title: An attack on Borduria\nreadings: { immediately: [at-once] }',
    errors: [`${S}:2:27: term "immediately" has no reading "at-once"`],
  },
  {
    name: 'dropping an event that is not recorded',
    file: S,
    find: 'title: An attack on Borduria',
    replace: 'title: An attack on Borduria\ndrop: [demo-pact/exchange-2]',
    errors: [`${S}:2:8: treaty "demo-pact" has no recorded event "exchange-2"`],
  },
];

describe('pacta check: one fixture per error message', () => {
  it('the unmodified fixture corpus checks clean', () => {
    assert.deepEqual(errorsOf(MINIMAL_CORPUS), []);
  });
  for (const c of cases) {
    it(c.name, () => {
      const root = mutatedCorpus({ file: c.file, find: c.find, replace: c.replace });
      const errors = errorsOf(root);
      if (c.among) for (const e of c.errors) assert.ok(errors.includes(e), `expected ${e}\nin\n${errors.join('\n')}`);
      else assert.deepEqual(errors, c.errors);
      assert.ok(errors.length > 0, 'the change must produce an error');
    });
  }
  it('every error says what to do', () => {
    for (const c of cases) {
      const root = mutatedCorpus({ file: c.file, find: c.find, replace: c.replace });
      for (const d of diagnosticsOf(root)) assert.ok(d.hint && d.hint.length > 10, `${c.name}: no hint for ${d.message}`);
    }
  });
  it('a quote not in the source shows the closest passage and how far it agrees', () => {
    const root = mutatedCorpus({
      file: T,
      find: 'the other Party shall immediately extend',
      replace: 'the other Party shall promptly extend',
    });
    const d = diagnosticsOf(root).find((x) => x.code === 'quote-not-found')!;
    assert.match(d.hint!, /reads "Should either Party suffer armed attack, the other Party shall immediately extend assista…"/);
    assert.match(d.hint!, /agrees with it up to "…Party suffer armed attack, the other Party shall "/);
    assert.match(d.hint!, /demo\.txt:11\)/);
  });
  it('a missing source file is reported at the file: line of treaty.yaml', () => {
    const root = mutatedCorpus({ file: T, find: 'file: sources/demo.txt', replace: 'file: sources/missing.txt' });
    const d = diagnosticsOf(root).find((x) => x.code === 'file-missing')!;
    assert.equal(`${d.line}:${d.column}`, '8:26');
    assert.match(d.message, /^source "demo-en": .*sources\/missing\.txt: file not found$/);
  });
  it('a source that is not UTF-8 is reported with the offset of the first bad byte', async () => {
    const { writeFileSync } = await import('node:fs');
    const root = mutatedCorpus();
    writeFileSync(`${root}/demo-pact/sources/demo.txt`, Buffer.from([0x41, 0x42, 0x0a, 0x43, 0xff, 0x44]));
    const d = diagnosticsOf(root).find((x) => x.code === 'not-utf8')!;
    assert.match(d.message, /not valid UTF-8 \(first bad byte at offset 4\)/);
  });
  it('a binary source file is refused', async () => {
    const { writeFileSync } = await import('node:fs');
    const root = mutatedCorpus();
    writeFileSync(`${root}/demo-pact/sources/demo.txt`, Buffer.from([0x00, 0x01, 0x02, 0x03]));
    assert.ok(diagnosticsOf(root).some((x) => x.code === 'binary-file'));
  });
});

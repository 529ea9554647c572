/** `pacta ingest`: output, exit status and the exact message for every kind of bad input. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ingestSummary } from '../../src/faces/cli/commands/ingest.js';
import type { Article, Division, StructuredDocument } from '../../src/model/index.js';
import { assertGolden } from '../support/golden.js';
import { PLAIN, SOURCES, goldenPath } from '../text/support.js';
import { pacta } from './support.js';

/** Scratch files live in the repository's ignored test-output/, so that paths in messages are stable. */
const SCRATCH = 'test-output/cli-ingest';

/** The CLI in this process (./support.ts), as if PACTA_DEBUG were unset. */
const cli = (...args: string[]) => pacta(args, { env: { PACTA_DEBUG: '' } });

before(() => {
  rmSync(SCRATCH, { recursive: true, force: true });
  mkdirSync(SCRATCH, { recursive: true });
  writeFileSync(`${SCRATCH}/empty.txt`, '');
  writeFileSync(`${SCRATCH}/binary.pdf`, Buffer.from('%PDF-1.4\n\u0000\u0001\u0002stream', 'latin1'));
  writeFileSync(`${SCRATCH}/latin1.txt`, Buffer.from('Article 1\n\nLe Traité est signé.\n', 'latin1'));
  writeFileSync(`${SCRATCH}/utf16.txt`, Buffer.from('\uFEFFArticle 1', 'utf16le'));
  writeFileSync(`${SCRATCH}/minutes.txt`, 'Minutes of the meeting\n\nThe delegations met and decided nothing.\n');
  // 50 MB without writing 50 MB: a sparse file. The CLI must refuse it from its size alone.
  writeFileSync(`${SCRATCH}/huge.txt`, '');
  truncateSync(`${SCRATCH}/huge.txt`, 50 * 1024 * 1024);
});

after(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('pacta ingest: success', { concurrency: true }, () => {
  for (const file of [SOURCES.unts, SOURCES.news, PLAIN.multilateral]) {
    it(`--json prints the golden document for ${file}`, async () => {
      const run = await cli('ingest', file, '--json');
      assert.equal(run.stderr, '');
      assert.equal(run.status, 0);
      assertGolden(goldenPath(file), run.stdout, { update: false });
    });
  }

  it('prints a readable summary', async () => {
    const run = await cli('ingest', PLAIN.ownLine);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(
      run.stdout,
      [
        'test/fixtures/text/plain/own-line-headings.txt: treaty-text (985 characters, sha256 43144a993261…)',
        'title: Agreement on Scientific Co-operation',
        'language: en',
        'metadata:',
        '  signed  Oslo, 2010-06-01',
        'preamble: parties, 1 recital, 0 plenipotentiaries, agreement formula',
        'articles (4):',
        '  Article 1 – Purpose: 1 paragraph, "The purpose of this Agreement is to promote co-operation in …"',
        '  Article 2 – Definitions: 2 paragraphs, "1. For the purposes of this Agreement, "joint research" means …"',
        '  Article 3 – Joint Committee: 1 paragraph, "The Parties shall establish a Joint Committee, which shall meet …"',
        '  Article 4 – Entry into force and duration: 1 paragraph, "This Agreement shall enter into force on signature and shall …"',
        'closing: "DONE at Oslo on 1 June 2010 in duplicate in …"',
        '  date: 2010-06-01',
        'signatures (2):',
        '  E. HANSEN for Kingdom of Norway',
        '  G. JONSDOTTIR for Republic of Iceland',
        'removed (1):',
        '  test/fixtures/text/plain/own-line-headings.txt:22:1: page-number: "- 2 -"',
        '',
      ].join('\n'),
    );
  });

  it('summarises the UNTS record: metadata, footnote, signatures, removed', async () => {
    const run = await cli('ingest', SOURCES.unts);
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    for (const expected of [
      '  registration number  6045',
      '  signed               Moscow, 1961-07-06',
      '  official languages   Russian, Korean',
      '  registered           UNION OF SOVIET SOCIALIST REPUBLICS, 1962-01-23',
      '  translation          yes ([TRANSLATION — TRADUCTION])',
      '  entry into force     1961-09-10',
      '  Article 6: 2 paragraphs, "This Treaty shall enter into force on the date of …"',
      '  1 "Came into force on 10 September 1961, the date of …"; annotates /title; interrupts /articles/0/paragraphs/0',
      '  N. KHRUSHCHEV for UNION OF SOVIET SOCIALIST REPUBLICS',
      '  corpus/ussr-prk-1961/sources/000_df94f2d4f29a19fa.txt:3:1: page-number: "760"',
    ]) {
      assert.ok(lines.includes(expected), `missing line: ${expected}\n---\n${run.stdout}`);
    }
  });

  it('ingests a document without structure with a warning, and succeeds', async () => {
    const run = await cli('ingest', `${SCRATCH}/minutes.txt`);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 0);
    assert.equal(
      run.stdout,
      [
        'test-output/cli-ingest/minutes.txt: treaty-text (65 characters, sha256 fbc91b7f9c60…)',
        'title: —',
        'language: en',
        'paragraphs (2):',
        '   1 body "Minutes of the meeting"',
        '   2 body "The delegations met and decided nothing."',
        'test-output/cli-ingest/minutes.txt: warning: no recognisable structure: no article headings, no UN Treaty Series registration marks, no news dateline; the text is kept as 2 unnumbered paragraphs',
        '',
      ].join('\n'),
    );
    const json = await cli('ingest', `${SCRATCH}/minutes.txt`, '--json');
    assert.equal(json.status, 0);
    assert.deepEqual(
      (JSON.parse(json.stdout) as { warnings: { code: string }[] }).warnings.map((w) => w.code),
      ['no-structure'],
    );
  });
});

describe('pacta ingest: divisions, languages, party codes and dates in the summary', { concurrency: true }, () => {
  it('prints the divisions as an outline with their articles under them', async () => {
    const run = await cli('ingest', 'test/fixtures/text/corpus/part-words-chapter-roman.txt');
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    const from = lines.indexOf('articles (5) in 5 divisions:');
    assert.deepEqual(lines.slice(from, from + 11), [
      'articles (5) in 5 divisions:',
      '  PART ONE – GENERAL PROVISIONS',
      '    CHAPTER I – OBJECTIVES AND DEFINITIONS',
      '      Article 1 – Objectives: 1 paragraph, "The objectives of this Convention are to enhance the conservation …"',
      '      Article 2 – Definitions: 1 paragraph, "For the purposes of this Convention, "fishery" means the activity …"',
      '    CHAPTER II – FUNDAMENTAL PRINCIPLE',
      '      Article 3 – Fundamental principle: 1 paragraph, "The Parties shall take the measures necessary to ensure the …"',
      '  PART TWO – INSTITUTIONS',
      '    CHAPTER III – CONFERENCE OF THE PARTIES',
      '      Article 4 – Conference of the Parties: 1 paragraph, "A Conference of the Parties is hereby established. It shall …"',
      '      Article 5 – Secretariat: 1 paragraph, "The Conference of the Parties shall designate a secretariat."',
    ]);
  });

  it('keeps an annex’s articles, numbered again, under the annex', async () => {
    const run = await cli('ingest', 'test/fixtures/text/corpus/annex-renumbered.txt');
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    const from = lines.indexOf('articles (6) in 1 division:');
    assert.deepEqual(lines.slice(from, from + 8), [
      'articles (6) in 1 division:',
      '  Article 1: 1 paragraph, "The Parties shall co-operate closely in the conservation and management …"',
      '  Article 2: 1 paragraph, "Any dispute concerning the interpretation of this Agreement shall be …"',
      '  Article 3: 1 paragraph, "This Agreement shall enter into force on the date of …"',
      '  ANNEX – ARBITRAL PROCEDURE',
      '    Article 1: 1 paragraph, "The arbitral tribunal shall consist of three members. Each Party …"',
      '    Article 2: 1 paragraph, "If either Party fails to appoint a member within two …"',
      '    Article 3: 1 paragraph, "The award of the tribunal shall be final and binding …"',
    ]);
  });

  it('the North Atlantic Treaty: its language, its date in words, and the Dutch text as another expression', async () => {
    const run = await cli('ingest', 'test/fixtures/text/sources/north-atlantic-treaty-1949.md');
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    for (const expected of [
      'language: en',
      'articles (14):',
      '  date: 1949-04-04',
      'other expression: nl, 14 articles, title "NOORD-ATLANTISCH VERDRAG"',
    ])
      assert.ok(lines.includes(expected), `missing line: ${expected}\n---\n${run.stdout}`);
  });

  it('ANZUS with --corpus: the parties the corpus knows with their codes; the date left blank, not guessed', async () => {
    const run = await cli('ingest', 'test/fixtures/text/sources/anzus-1951-initialled.md', '--corpus', 'corpus');
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    for (const expected of [
      '  parties  Australia (AUS); New Zealand (NZL); United States (USA)',
      '  date left blank: ..this..day of 1951 (not guessed)',
    ])
      assert.ok(lines.includes(expected), `missing line: ${expected}\n---\n${run.stdout}`);
    // Without a corpus no state is known: no codes.
    const plain = await cli('ingest', 'test/fixtures/text/sources/anzus-1951-initialled.md');
    assert.ok(plain.stdout.split('\n').includes('  parties  Australia; New Zealand; United States'), plain.stdout);
  });

  it('--corpus that is not a corpus exits 2', async () => {
    const run = await cli('ingest', PLAIN.ownLine, '--corpus', SCRATCH);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'test-output/cli-ingest: error: not a corpus folder (no states.yaml)\n  hint: give the folder that holds states.yaml, vocabulary.yaml and the treaty folders\n',
    );
  });

  it('--corpus whose states.yaml is invalid exits 2, naming the file, line and column of each fault', async () => {
    const corpus = `${SCRATCH}/bad-states`;
    mkdirSync(corpus, { recursive: true });
    writeFileSync(`${corpus}/states.yaml`, 'states:\n  - { code: usa }\n');
    const run = await cli('ingest', PLAIN.ownLine, '--corpus', corpus);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      [
        `${corpus}/states.yaml:2:13: error: states[0].code: a state code is three capital letters (ISO 3166-1 alpha-3, or ISO 3166-3 for historic states, e.g. SUN)`,
        '  hint: correct the value as the message says',
        `${corpus}/states.yaml:2:5: error: states[0].name: missing required field (expected string)`,
        '  hint: add the field',
        '',
      ].join('\n'),
    );
  });
});

describe('the ingest summary of a hand-made document', () => {
  // Every piece is found in RAW (offsets matter only for the outline's order and the removed lines).
  const RAW =
    'TITLE\nPART I\nArticle 1\nOne.\nCHAPTER 1\nArticle 2\nTwo.\nArticle 3\nThree.\nDONE\nANNEX\nA list.\nArticle 1\nFour.\nVERDRAG\n';
  const at = (text: string, from = 0) => {
    const start = RAW.indexOf(text, from);
    assert.ok(start >= 0, text);
    return { text, spans: [{ start, end: start + text.length }] };
  };
  const article = (label: string, body: string, from: number, division: number | null): Article => ({
    number: label.slice(-1),
    arabic: Number(label.slice(-1)),
    sortKey: label.slice(-1).padStart(4, '0'),
    division,
    label: at(label, from),
    heading: null,
    paragraphs: [{ ...at(body, from), number: null, level: 1 }],
    text: body,
    spans: at(body, from).spans,
  });
  const division = (kind: Division['kind'], label: string, parent: number | null, level: number, paragraphs: string[] = []): Division => ({
    kind,
    number: null,
    label: at(label),
    heading: null,
    parent,
    level,
    paragraphs: paragraphs.map((p) => at(p)),
  });
  const annexAt = RAW.indexOf('ANNEX');
  const doc: StructuredDocument = {
    kind: 'treaty-text',
    source: { file: 'hand-made.txt', length: RAW.length, bytes: RAW.length, sha256: 'ab'.repeat(32), bom: false, lineEndings: 'lf' },
    language: null,
    title: at('TITLE'),
    metadata: {
      parties: [
        { value: 'Australia', code: 'AUS', ...at('TITLE') },
        { value: 'Ruritania', ...at('TITLE') },
      ],
    },
    metadataLines: [],
    preamble: null,
    divisions: [
      division('part', 'PART I', null, 1),
      division('chapter', 'CHAPTER 1', 0, 2),
      division('annex', 'ANNEX', null, 1, ['A list.']),
    ],
    articles: [
      article('Article 1', 'One.', 0, 0),
      article('Article 2', 'Two.', 0, 1),
      article('Article 3', 'Three.', 0, null),
      article('Article 1', 'Four.', annexAt, 2),
    ],
    paragraphs: [],
    footnotes: [],
    closing: { ...at('DONE'), place: null, date: null, dateLeftBlank: { value: '1951', ...at('DONE') }, copies: null, languages: [] },
    signatures: [],
    otherExpressions: [
      {
        language: 'nl',
        title: at('VERDRAG'),
        preamble: null,
        divisions: [division('part', 'PART I', null, 1)],
        articles: [article('Article 1', 'One.', 0, 0)],
        closing: null,
        signatures: [],
        text: 'VERDRAG',
        spans: at('VERDRAG').spans,
      },
      {
        language: 'und',
        title: null,
        preamble: null,
        divisions: [],
        articles: [],
        closing: null,
        signatures: [],
        text: 'A list.',
        spans: at('A list.').spans,
      },
    ],
    removed: [],
    warnings: [],
  };

  it('prints the language, parties with codes, the outline, the blank date and each other expression, exactly', () => {
    assert.equal(
      ingestSummary(doc, RAW),
      [
        'hand-made.txt: treaty-text (113 characters, sha256 abababababab…)',
        'title: TITLE',
        'language: —',
        'metadata:',
        '  parties  Australia (AUS); Ruritania',
        'articles (4) in 3 divisions:',
        '  PART I',
        '    Article 1: 1 paragraph, "One."',
        '    CHAPTER 1',
        '      Article 2: 1 paragraph, "Two."',
        '  Article 3: 1 paragraph, "Three."',
        '  ANNEX: 1 paragraph outside articles, "A list."',
        '    Article 1: 1 paragraph, "Four."',
        'closing: "DONE"',
        '  date left blank: DONE (not guessed)',
        'other expression: nl, 1 article, 1 division, title "VERDRAG"',
        'other expression: und, 0 articles, title —',
        '',
      ].join('\n'),
    );
  });
});

describe('pacta ingest: bad input exits 2 with one clear message', { concurrency: true }, () => {
  const cases: [string, string[], string][] = [
    [
      'a missing file',
      ['ingest', `${SCRATCH}/nope.txt`],
      'test-output/cli-ingest/nope.txt: error: no such file\n  hint: check the path (it is relative to the current directory)\n',
    ],
    [
      'a directory',
      ['ingest', SCRATCH],
      'test-output/cli-ingest: error: is a directory, not a file\n  hint: give the path of one text file\n',
    ],
    [
      'an empty file',
      ['ingest', `${SCRATCH}/empty.txt`],
      'test-output/cli-ingest/empty.txt:1:1: error: the file is empty: there is nothing to ingest\n  hint: check that you passed the right file\n',
    ],
    [
      'a binary file',
      ['ingest', `${SCRATCH}/binary.pdf`],
      'test-output/cli-ingest/binary.pdf:2:1: error: binary data, not text: NUL byte at byte offset 9\n  hint: pacta ingest reads plain UTF-8 text; extract the text first (e.g. `pdftotext` for a PDF, "Save as plain text" in a word processor)\n',
    ],
    [
      'a file that is not UTF-8',
      ['ingest', `${SCRATCH}/latin1.txt`],
      'test-output/cli-ingest/latin1.txt:3:9: error: not valid UTF-8 at byte offset 19: byte 0x20 cannot follow 0xE9 in a UTF-8 sequence\n  hint: save the file as UTF-8, or convert it, e.g. `iconv -f WINDOWS-1252 -t UTF-8 test-output/cli-ingest/latin1.txt > converted.txt` if it is a Western European legacy encoding\n',
    ],
    [
      'a UTF-16 file',
      ['ingest', `${SCRATCH}/utf16.txt`],
      'test-output/cli-ingest/utf16.txt:1:1: error: the file is UTF-16 text (it starts with a UTF-16 byte-order mark); pacta ingest reads UTF-8\n  hint: convert it first, e.g. `iconv -f UTF-16 -t UTF-8 test-output/cli-ingest/utf16.txt > converted.txt`\n',
    ],
    [
      'a 50 MB file',
      ['ingest', `${SCRATCH}/huge.txt`, '--json'],
      'test-output/cli-ingest/huge.txt: error: file is too large to ingest: 50.0 MB (52428800 bytes); the limit is 10.0 MB (10485760 bytes)\n  hint: a treaty text is far smaller than this; check that this is the right file, or split it into one document per treaty\n',
    ],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const run = await cli(...args);
      assert.equal(run.stderr, message);
      assert.equal(run.stdout, '');
      assert.equal(run.status, 2);
    });
  }

  it('a missing argument is bad usage', async () => {
    const run = await cli('ingest');
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, "error: missing required argument 'file'\n(run `pacta --help` for the list of commands)\n");
  });
});

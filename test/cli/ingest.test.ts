/** `pacta ingest`: output, exit status and the exact message for every kind of bad input. */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
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
        'metadata:',
        '  signed  Oslo, 2010-06-01',
        'preamble: parties, 1 recital, 0 plenipotentiaries, agreement formula',
        'articles (4):',
        '  Article 1 – Purpose: 1 paragraph, "The purpose of this Agreement is to promote co-operation in …"',
        '  Article 2 – Definitions: 2 paragraphs, "1. For the purposes of this Agreement, "joint research" means …"',
        '  Article 3 – Joint Committee: 1 paragraph, "The Parties shall establish a Joint Committee, which shall meet …"',
        '  Article 4 – Entry into force and duration: 1 paragraph, "This Agreement shall enter into force on signature and shall …"',
        'closing: "DONE at Oslo on 1 June 2010 in duplicate in …"',
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

/** The UN Treaty Series record No. 6045 (USSR–DPRK, 1961), pinned field by field. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { SOURCES, assertLeavesDisjoint, assertSpansInBounds, assertTextsFromSpans, readFixture, slices } from './support.js';

const { bytes, raw } = readFixture(SOURCES.unts);
const doc = ingest(bytes, SOURCES.unts);
const values = <T extends { value: unknown }>(list: readonly T[] | undefined): unknown[] => (list ?? []).map((item) => item.value);

describe('UNTS record 6045: kind, source and title', () => {
  it('is recognised as a UNTS record', () => assert.equal(doc.kind, 'unts-record'));

  it('describes its source', () => {
    assert.deepEqual(doc.source, {
      file: SOURCES.unts,
      length: 5271,
      bytes: 5287,
      sha256: '991821fd1738d861f11e439526074b5c6959fbc4fe054930d350aa612720b183',
      bom: false,
      lineEndings: 'lf',
    });
  });

  it('reads the title from the record heading, around the footnote marker', () => {
    assert.equal(
      doc.title?.text,
      "TREATY OF FRIENDSHIP, CO-OPERATION AND MUTUAL ASSISTANCE BETWEEN THE UNION OF SOVIET SOCIALIST REPUBLICS AND THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
    );
    assert.deepEqual(slices(raw, doc.title!.spans), [
      'TREATY OF FRIENDSHIP, CO-OPERATION AND MUTUAL ASSISTANCE',
      "BETWEEN THE UNION OF SOVIET SOCIALIST REPUBLICS AND THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
    ]);
  });
});

describe('UNTS record 6045: metadata', () => {
  const m = doc.metadata;
  it('registration number', () => {
    assert.equal(m.registrationNumber?.value, '6045');
    assert.deepEqual(slices(raw, m.registrationNumber!.spans), ['6045']);
  });
  it('parties, as the English title block names them', () => {
    assert.deepEqual(values(m.parties), ['UNION OF SOVIET SOCIALIST REPUBLICS', "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"]);
  });
  it('titles in English and French', () => {
    assert.deepEqual(
      m.titles?.map((t) => [t.language, t.value]),
      [
        ['en', 'Treaty of friendship, co-operation and mutual assistance'],
        ['fr', "Traité d'amitié, de coopération et d'assistance mutuelle"],
      ],
    );
  });
  it('place and date of signature', () => {
    assert.equal(m.signature?.place?.value, 'Moscow');
    assert.equal(m.signature?.date?.value, '1961-07-06');
    assert.equal(m.signature?.date?.text, '6 July 1961');
  });
  it('official languages', () => assert.deepEqual(values(m.officialLanguages), ['Russian', 'Korean']));
  it('who registered it and when', () => {
    assert.equal(m.registration?.by?.value, 'UNION OF SOVIET SOCIALIST REPUBLICS');
    assert.equal(m.registration?.by?.text, 'Union of Soviet Socialist Republics');
    assert.equal(m.registration?.date?.value, '1962-01-23');
  });
  it('the text is a translation', () => {
    assert.equal(m.translation?.value, true);
    assert.equal(m.translation?.text, '[TRANSLATION — TRADUCTION]');
  });
  it('entry into force, from the footnote to the title', () => assert.equal(m.entryIntoForce?.value, '1961-09-10'));
  it('states nothing a news report would', () => {
    for (const key of ['publisher', 'feed', 'capturedOn', 'date', 'dateline', 'signatories', 'endMark', 'sourceLine'] as const) {
      assert.equal(m[key], undefined, key);
    }
  });
  it('keeps the lines the metadata comes from', () => {
    assert.deepEqual(
      doc.metadataLines.map((line) => [line.role, line.language ?? null, line.text]),
      [
        ['registration-number', null, 'No. 6045'],
        ['parties', 'en', "UNION OF SOVIET SOCIALIST REPUBLICS and DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"],
        ['title', 'en', 'Treaty of friendship, co-operation and mutual assistance.'],
        ['signed', 'en', 'Signed at Moscow, on 6 July 1961'],
        ['official-languages', 'en', 'Official texts: Russian and Korean.'],
        ['registration', 'en', 'Registered by the Union of Soviet Socialist Republics on 23 January 1962.'],
        ['parties', 'fr', 'UNION DES RÉPUBLIQUES SOCIALISTES SOVIÉTIQUES et RÉPUBLIQUE POPULAIRE DÉMOCRATIQUE DE CORÉE'],
        ['title', 'fr', "Traité d'amitié, de coopération et d'assistance mutuelle."],
        ['signed', 'fr', 'Signé à Moscou, le 6 juillet 1961'],
        ['official-languages', 'fr', 'Textes officiels russe et coréen.'],
        ['registration', 'fr', "Enregistré par l'Union des Républiques socialistes soviétiques le 23 janvier 1962."],
        ['translation-notice', null, '[TRANSLATION — TRADUCTION]'],
        ['registration-number', null, 'No. 6045.'],
        ['signed', 'en', 'SIGNED AT MOSCOW, ON 6 JULY 1961'],
      ],
    );
  });
});

describe('UNTS record 6045: the page-break footnote', () => {
  const [note] = doc.footnotes;
  it('has one footnote, marker 1, with its text', () => {
    assert.equal(doc.footnotes.length, 1);
    assert.equal(note?.marker, '1');
    assert.equal(
      note?.text,
      'Came into force on 10 September 1961, the date of the exchange of the instruments of ratification at Pyongyang, in accordance with article 6.',
    );
  });
  it('is anchored at the marker in the title line, and annotates the title', () => {
    assert.equal(note?.anchor?.piece, '/title');
    assert.deepEqual(slices(raw, note!.anchor!.spans), ['<sup>1</sup>']);
    const before = raw.slice(note!.anchor!.spans[0]!.start - 10, note!.anchor!.spans[0]!.start);
    assert.equal(before, 'ASSISTANCE');
  });
  it('stands inside the first paragraph of Article 1, which it interrupts', () => {
    assert.equal(note?.placement.interrupts, '/articles/0/paragraphs/0');
    assert.deepEqual(slices(raw, note!.placement.spans), [`<sup>1</sup> ${note!.text}`]);
  });
  it('leaves Article 1, paragraph 1 as one sentence with two spans', () => {
    const paragraph = doc.articles[0]!.paragraphs[0]!;
    assert.equal(
      paragraph.text,
      'The Contracting Parties declare that they will continue to participate in all international action designed to safeguard peace and security in the Far East and throughout the world and will contribute to the realization of these lofty aims.',
    );
    assert.deepEqual(slices(raw, paragraph.spans), [
      'The Contracting Parties declare that they will continue to participate in all international action designed to safeguard peace and security in the Far',
      'East and throughout the world and will contribute to the realization of these lofty aims.',
    ]);
  });
});

describe('UNTS record 6045: preamble', () => {
  const preamble = doc.preamble!;
  it('opens with the parties', () => {
    assert.equal(
      preamble.parties?.text,
      "The Presidium of the Supreme Soviet of the Union of Soviet Socialist Republics and the Presidium of the Supreme National Assembly of the Democratic People's Republic of Korea,",
    );
  });
  it('has five recitals, in order', () => {
    assert.deepEqual(
      preamble.recitals.map((r) => r.text.split(' ').slice(0, 2).join(' ')),
      ['Anxious to', 'Desiring to', 'Resolved to', 'Convinced that', 'Have decided'],
    );
  });
  it('names the two plenipotentiaries, their offices and for whom they act', () => {
    assert.deepEqual(
      preamble.plenipotentiaries.map((p) => [p.name?.value, p.office?.value, p.appointedBy?.value, p.party?.value]),
      [
        [
          'Nikita Sergeevich Khrushchev',
          'Chairman of the Council of Ministers of the USSR',
          'The Presidium of the Supreme Soviet of the Union of Soviet Socialist Republics',
          'UNION OF SOVIET SOCIALIST REPUBLICS',
        ],
        [
          'Kim Il Sung',
          "Chairman of the Cabinet of Ministers of the Democratic People's Republic of Korea",
          "The Presidium of the Supreme National Assembly of the Democratic People's Republic of Korea",
          "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
        ],
      ],
    );
  });
  it('ends with the agreement formula', () => {
    assert.equal(
      preamble.agreement?.text,
      'The two plenipotentiary representatives, having exchanged their full powers, found in good and due form, have agreed as follows:',
    );
  });
});

describe('UNTS record 6045: articles', () => {
  it('has articles 1 to 6 with the right paragraph counts', () => {
    assert.deepEqual(
      doc.articles.map((a) => [a.number, a.arabic, a.label.text, a.heading, a.paragraphs.length]),
      [
        ['1', 1, 'Article 1', null, 2],
        ['2', 2, 'Article 2', null, 1],
        ['3', 3, 'Article 3', null, 1],
        ['4', 4, 'Article 4', null, 1],
        ['5', 5, 'Article 5', null, 1],
        ['6', 6, 'Article 6', null, 2],
      ],
    );
  });
  it('keeps labels without their Markdown (*Article 1*, #### *Article 2*)', () => {
    assert.deepEqual(slices(raw, doc.articles[0]!.label.spans), ['Article 1']);
    assert.deepEqual(slices(raw, doc.articles[1]!.label.spans), ['Article 2']);
    assert.equal(raw.slice(doc.articles[1]!.label.spans[0]!.start - 6, doc.articles[1]!.label.spans[0]!.start), '#### *');
  });
  it('gives Article 6 its two paragraphs', () => {
    assert.deepEqual(
      doc.articles[5]!.paragraphs.map((p) => [p.number, p.level, p.text.slice(0, 40)]),
      [
        [null, 1, 'This Treaty shall enter into force on th'],
        [null, 1, 'This Treaty shall remain in force for te'],
      ],
    );
  });
  it('gives each article its text, the footnote left out', () => {
    assert.ok(doc.articles[0]!.text.includes('in the Far East and throughout the world'));
    assert.ok(!doc.articles[0]!.text.includes('Came into force'));
    assert.equal(doc.articles[0]!.spans.length, 2);
  });
});

describe('UNTS record 6045: closing and signatures', () => {
  it('reads the closing formula', () => {
    const closing = doc.closing!;
    assert.equal(
      closing.text,
      'DONE at Moscow, on 6 July 1961, in two copies, each in the Russian and Korean languages, both texts being equally authentic.',
    );
    assert.equal(closing.place?.value, 'Moscow');
    assert.equal(closing.date?.value, '1961-07-06');
    assert.equal(closing.copies?.value, 2);
    assert.equal(closing.copies?.text, 'in two copies');
    assert.deepEqual(values(closing.languages), ['Russian', 'Korean']);
  });
  it('reads who signed, for whom', () => {
    assert.deepEqual(
      doc.signatures.map((s) => [s.forWhom?.text, s.name?.text, s.party?.value, s.party?.text]),
      [
        [
          'By authorization of the Presidium of the Supreme Soviet of the Union of Soviet Socialist Republics:',
          'N. KHRUSHCHEV',
          'UNION OF SOVIET SOCIALIST REPUBLICS',
          'Union of Soviet Socialist Republics',
        ],
        [
          "By authorization of the Presidium of the Supreme National Assembly of the Democratic People's Republic of Korea:",
          'KIM IL SUNG',
          "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
          "Democratic People's Republic of Korea",
        ],
      ],
    );
  });
});

describe('UNTS record 6045: removed spans, warnings, invariants', () => {
  it('removes the stray page number and the rules', () => {
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, r.text]),
      [
        ['page-number', '760'],
        ['separator', '---'],
        ['separator', '---'],
        ['separator', '---'],
      ],
    );
    assert.deepEqual(doc.removed[0]!.spans, [{ start: 2, end: 5 }]);
  });
  it('has no warnings and no document-level paragraphs', () => {
    assert.deepEqual(doc.warnings, []);
    assert.deepEqual(doc.paragraphs, []);
  });
  it('every text is what its spans say', () => assertTextsFromSpans(raw, doc));
  it('every span is inside the text', () => assertSpansInBounds(raw, doc));
  it('leaf pieces do not overlap', () => assertLeavesDisjoint(doc));
});

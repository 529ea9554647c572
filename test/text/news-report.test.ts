/** The KCNA page on the 2024 DPRK–Russia treaty, as an aggregator captured it, pinned field by field. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingest } from '../../src/text/index.js';
import { SOURCES, assertLeavesDisjoint, assertSpansInBounds, assertTextsFromSpans, readFixture, slices } from './support.js';

const { bytes, raw } = readFixture(SOURCES.news);
const doc = ingest(bytes, SOURCES.news);
const provisions = doc.paragraphs.filter((p) => p.role === 'body');

describe('KCNA report: kind, headline, dates', () => {
  it('is recognised as a news report', () => assert.equal(doc.kind, 'news-report'));
  it('has the headline as its title', () => {
    assert.equal(doc.title?.text, 'DPRK-Russia Treaty on Comprehensive Strategic Partnership');
    assert.deepEqual(doc.title?.spans, [{ start: 49, end: 106 }]);
  });
  it('keeps the capture date apart from the report’s date', () => {
    assert.equal(doc.metadata.capturedOn?.value, '2026-02-22');
    assert.equal(doc.metadata.capturedOn?.text, 'February 22, 2026');
    assert.deepEqual(doc.metadata.capturedOn?.spans, [{ start: 0, end: 17 }]);
    assert.equal(doc.metadata.date?.value, '2024-06-20');
    assert.equal(doc.metadata.date?.text, '20/06/2024');
  });
  it('reads the dateline, its year from the report’s date', () => {
    const dateline = doc.metadata.dateline!;
    assert.equal(dateline.text, 'Pyongyang, June 20 (KCNA)');
    assert.equal(dateline.place.value, 'Pyongyang');
    assert.equal(dateline.date?.value, '2024-06-20');
    assert.equal(dateline.date?.text, 'June 20');
    assert.equal(dateline.agency?.value, 'KCNA');
  });
  it('names the publisher and the aggregator’s feed', () => {
    assert.equal(doc.metadata.publisher?.value, 'KCNA');
    assert.equal(doc.metadata.feed?.value, 'KCNA.kp (En)');
  });
  it('reads the treaty title, the signatories and the signature date from the lead', () => {
    assert.deepEqual(
      doc.metadata.titles?.map((t) => [t.language, t.value]),
      [['en', 'Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation']],
    );
    assert.deepEqual(
      doc.metadata.signatories?.map((s) => [s.name.value, s.office?.value]),
      [
        [
          'Kim Jong Un',
          "general secretary of the Workers' Party of Korea and president of the State Affairs of the Democratic People's Republic of Korea",
        ],
        ['Vladimir Vladimirovich Putin', 'president of the Russian Federation'],
      ],
    );
    assert.equal(doc.metadata.signature?.date?.value, '2024-06-19');
    assert.equal(doc.metadata.signature?.date?.text, 'June 19');
    assert.equal(doc.metadata.signature?.place, undefined);
  });
  it('keeps the end mark, out of the last paragraph', () => {
    assert.equal(doc.metadata.endMark?.value, '-0-');
    assert.deepEqual(slices(raw, doc.metadata.endMark!.spans), ['-0-']);
  });
  it('converts the source line’s Juche date (Juche 113 = 2024)', () => {
    const line = doc.metadata.sourceLine!;
    assert.equal(line.text, 'www.kcna.kp (Juche113.6.20.)');
    assert.equal(line.url.value, 'www.kcna.kp');
    assert.deepEqual(line.date, { value: '2024-06-20', text: 'Juche113.6.20.', spans: line.date!.spans, calendar: 'juche' });
    assert.deepEqual(slices(raw, line.date!.spans), ['Juche113.6.20.']);
  });
  it('states nothing a UNTS record would', () => {
    for (const key of ['registrationNumber', 'parties', 'officialLanguages', 'registration', 'translation', 'entryIntoForce'] as const) {
      assert.equal(doc.metadata[key], undefined, key);
    }
  });
  it('keeps its metadata lines in order', () => {
    assert.deepEqual(
      doc.metadataLines.map((line) => [line.role, line.text]),
      [
        ['captured-on', 'February 22, 2026Feb 22, 2026'],
        ['source-info', 'Date: 20/06/2024 | Source: KCNA.kp (En) | Read original version at source'],
        ['dateline', 'Pyongyang, June 20 (KCNA)'],
        ['end-mark', '-0-'],
        ['source-line', 'www.kcna.kp (Juche113.6.20.)'],
      ],
    );
  });
});

describe('KCNA report: body', () => {
  it('has the lead paragraph first, without its dateline', () => {
    const lead = doc.paragraphs[0]!;
    assert.equal(lead.role, 'lead');
    assert.equal(
      lead.text,
      'Kim Jong Un , general secretary of the Workers\' Party of Korea and president of the State Affairs of the Democratic People\'s Republic of Korea, and Vladimir Vladimirovich Putin, president of the Russian Federation, signed the "Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation" on June 19.',
    );
  });
  it('has exactly 20 provision paragraphs, in order', () => {
    assert.equal(doc.paragraphs.length, 21);
    assert.equal(provisions.length, 20);
    assert.ok(provisions[0]!.text.startsWith('According to the treaty, the two sides, taking into account'));
    assert.equal(provisions[19]!.text, 'This treaty shall be in indefinite effect.');
    assert.deepEqual(slices(raw, provisions[19]!.spans), ['This treaty shall be in indefinite effect.']);
  });
  it('opens each provision with the expected words', () => {
    assert.deepEqual(
      provisions.map((p) => p.text.split(' ').slice(0, 4).join(' ')),
      [
        'According to the treaty,',
        'The two sides shall',
        'The two sides shall',
        'In case a direct',
        'In case any one',
        'Each side is obliged',
        'The two sides, with',
        'The two sides shall',
        'The two sides shall',
        'The two sides shall',
        'The two sides shall',
        'Both sides shall support',
        'The two sides shall',
        'The two sides shall',
        'The two sides shall',
        'In case any third',
        'The two sides shall',
        'The two sides shall',
        'The two sides shall',
        'This treaty shall be',
      ],
    );
  });
  it('has none of the site’s clutter in its text', () => {
    const body = [doc.title!.text, ...doc.paragraphs.map((p) => p.text)].join('\n');
    for (const clutter of [
      'Farming Preparations',
      'More From',
      'More Articles',
      'Press Review',
      'KCNA.kp (En)',
      'Read original version',
      'Juche',
      '-0-',
      'February 22, 2026',
      'Mineral Springs',
    ]) {
      assert.ok(!body.includes(clutter), clutter);
    }
  });
});

describe('KCNA report: removed clutter', () => {
  it('removes the aggregator’s feed label and the site navigation, each with a reason', () => {
    const firstLine = (start: number): string => raw.slice(start).split('\n')[0]!;
    assert.deepEqual(
      doc.removed.map((r) => [r.reason, firstLine(r.spans[0]!.start)]),
      [
        ['aggregator-header', 'KCNA KCNA.kp (En)'],
        ['site-navigation', 'More From KCNA.kp (En)'],
        ['related-article', 'Farming Preparations Brisk in DPRK'],
        ['related-article', 'Mineral Springs in DPRK'],
        ['related-article', 'Many Rural Dwelling Houses Built in DPRK'],
        ['related-article', 'Third WPK Congress Recorded in History of Korean Revolution'],
        ['related-article', 'Meeting with War Veteran'],
        ['related-article', 'Innovations Made in Concentrated Iron Ore Production'],
        ['related-article', 'Birth Anniversary of Chairman Kim Jong Il Marked in China'],
        ['related-article', 'Congratulations to Ninth Congress of WPK from CPV Central Committee'],
        ['related-article', "Chairman Kim Jong Il's Birth Anniversary Celebrated Abroad"],
        ['related-article', 'Congratulations to C.C., WPK from C.C., LPRP'],
        ['related-article', 'More Senior Middle School Graduates in DPRK Volunteer for Army'],
        ['related-article', 'Second Congress of WPK Recorded in History of Korean Revolution'],
        ['related-article', 'Press Review'],
        ['related-article', 'New Fireproof Paint Developed'],
        ['related-article', 'Press Review'],
        ['related-article', 'School Uniform and Footwear Production Boosted in DPRK'],
        ['related-article', 'Production Increased at Fishery Units in DPRK'],
        ['site-navigation', 'More Articles'],
      ],
    );
  });
  it('covers each related-article group (headline, repeat, teaser, date, teaser) with one span', () => {
    const first = doc.removed[2]!;
    assert.equal(first.spans.length, 1);
    assert.equal(
      first.text,
      'Farming Preparations Brisk in DPRK Farming Preparations Brisk in DPRK Pyongyang, February 22 (KCNA) -- The agricultural workers in South Hwanghae Province of the DPRK are making full preparations for February 22, 2026 Pyongyang, February 22 (KCNA) -- The agricultural workers in South Hwanghae Province of the DPRK are making full preparations for',
    );
  });
  it('leaves no line of the page unaccounted for', () => {
    const covered = (offset: number): boolean =>
      [doc.title!, ...doc.metadataLines, ...doc.paragraphs, ...doc.removed].some((piece) =>
        piece.spans.some((span) => span.start <= offset && offset < span.end),
      );
    let offset = 0;
    for (const line of raw.split('\n')) {
      const first = line.search(/\S/);
      if (first >= 0 && line.trim() !== '--') assert.ok(covered(offset + first), `line at ${offset} not covered: ${line.slice(0, 40)}`);
      offset += line.length + 1;
    }
  });
});

describe('KCNA report: invariants', () => {
  it('has no warnings', () => assert.deepEqual(doc.warnings, []));
  it('every text is what its spans say', () => assertTextsFromSpans(raw, doc));
  it('every span is inside the text', () => assertSpansInBounds(raw, doc));
  it('leaf pieces do not overlap', () => assertLeavesDisjoint(doc));
  it('has no treaty structure', () => {
    assert.equal(doc.preamble, null);
    assert.deepEqual(doc.articles, []);
    assert.equal(doc.closing, null);
    assert.deepEqual(doc.signatures, []);
    assert.deepEqual(doc.footnotes, []);
  });
});

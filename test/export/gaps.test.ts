/**
 * Incomplete sources in every export (issue 15), on test/fixtures/corpus-gaps: the JSON export gives
 * a source's gaps and unknown ATOP codes as null with the reason (format 1.2, valid against its
 * schema); the CSV cell says `unknown`; Akoma Ntoso says value="unknown" and stays valid; the
 * literate document never calls the source complete and says what is missing where.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { exportAkn } from '../../src/export/akn/index.js';
import { exportCsv } from '../../src/export/csv/index.js';
import { buildJsonExport } from '../../src/export/json/index.js';
import { exportJsonSchemaText, TreatyExport } from '../../src/export/json/schema.js';
import { buildLiterate } from '../../src/export/literate/build.js';
import { literateHtml } from '../../src/export/literate/html.js';
import { literateMarkdown } from '../../src/export/literate/markdown.js';
import { GAPS, inputOf, validateAkn, xpath } from './support.js';

const input = inputOf('gap-pact', GAPS);
const text = input.check.sourceTexts.get('text-en')!;
const cutAt = text.indexOf('with all the means at its') + 'with all the means at its'.length;
const markerAt = text.indexOf('[NOT RETRIEVED]');
const ARTICLE_4 = 'Article 4 (not retrieved)';
const GAP_4 = [{ source: 'text-en', gap: 1, what: ARTICLE_4 }];
const ART3_REASON =
  'provision art3-mutual-assistance (article 3) is incomplete (the sentence breaks off after "with all the means at its" in the only copy: what follows (a limit, a condition) is not known) and, as far as its words go, matches rule military-assistance-on-attack';
const GAP_REASON = `the source has a gap that could hold such a clause: ${ARTICLE_4}`;

describe('JSON export of an incomplete source (format 1.2)', () => {
  const data = buildJsonExport(input);
  it('is valid against the published schema and the zod schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(exportJsonSchemaText()));
    const json = JSON.parse(JSON.stringify(data));
    assert.ok(validate(json), JSON.stringify(validate.errors));
    assert.doesNotThrow(() => TreatyExport.parse(json));
    assert.equal(data.formatVersion, '1.2');
  });
  it("gives the source's gaps beside its coverage", () => {
    assert.deepEqual(data.sources[0]!.coverage, {
      sentences: 9,
      percent: 100,
      gaps: [
        {
          what: "the rest of Article 3's sentence",
          provisions: ['art3-mutual-assistance'],
          after: 'with all the means at its',
          at: { start: cutAt, end: cutAt },
        },
        { what: ARTICLE_4, marker: '[NOT RETRIEVED]', at: { start: markerAt, end: markerAt + 15 } },
      ],
    });
  });
  it('gives unknown codes as null with the reason; a code earned by a whole provision as 1', () => {
    assert.deepEqual(data.atop, [
      {
        code: 'DEFENSE',
        value: null,
        provisions: [],
        reason: `${ART3_REASON}; and ${GAP_REASON}`,
        incomplete: [{ provision: 'art3-mutual-assistance', article: '3', rule: 'military-assistance-on-attack' }],
        gaps: GAP_4,
      },
      { code: 'OFFENSE', value: null, provisions: [], reason: GAP_REASON, incomplete: [], gaps: GAP_4 },
      { code: 'NEUTRAL', value: null, provisions: [], reason: GAP_REASON, incomplete: [], gaps: GAP_4 },
      {
        code: 'NONAGG',
        value: 1,
        provisions: [{ provision: 'art2-no-hostile-alliance', article: '2', rule: 'no-force-or-hostile-action-against-partner' }],
      },
      { code: 'CONSUL', value: null, provisions: [], reason: GAP_REASON, incomplete: [], gaps: GAP_4 },
    ]);
  });
});

describe('CSV export of an incomplete source', () => {
  it('says unknown in the cell, and what leaves each code open in atop_provisions', () => {
    const [header, row] = exportCsv([input]).split('\r\n');
    const cols = header!.split(',');
    const cells = row!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const at = (name: string) => cells[cols.indexOf(name)];
    assert.deepEqual(['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL'].map(at), ['unknown', 'unknown', 'unknown', '1', 'unknown']);
    assert.equal(
      at('atop_provisions'),
      '"DEFENSE unknown: art3-mutual-assistance incomplete, gap Article 4 (not retrieved); OFFENSE unknown: gap Article 4 (not retrieved); NEUTRAL unknown: gap Article 4 (not retrieved); NONAGG: art2-no-hostile-alliance; CONSUL unknown: gap Article 4 (not retrieved)"',
    );
  });
});

describe('Akoma Ntoso export of an incomplete source', () => {
  const xml = exportAkn(input);
  const el = (name: string) => `*[local-name()='${name}']`;
  it('validates with xmllint', () => {
    const r = validateAkn(xml);
    assert.ok(r.ok, r.output);
  });
  it('gives each unknown code value="unknown" with its reason; classifies only the code earned', () => {
    assert.equal(
      xpath(xml, `//${el('atop')}/${el('code')}/@value`),
      ' value="unknown"\n value="unknown"\n value="unknown"\n value="1"\n value="unknown"',
    );
    assert.equal(xpath(xml, `string(//${el('code')}[@name='OFFENSE']/${el('reason')})`), GAP_REASON);
    assert.equal(xpath(xml, `string(//${el('code')}[@name='DEFENSE']/${el('provision')}[@incomplete='true'])`), 'art3-mutual-assistance');
    assert.equal(xpath(xml, `//${el('classification')}/${el('keyword')}/@value`), ' value="NONAGG"');
  });
  it('lists the gaps under the source, and marks the provision incomplete', () => {
    assert.equal(
      xpath(xml, `//${el('source')}/${el('gap')}`),
      `<pacta:gap after="with all the means at its" start="${cutAt}" end="${cutAt}" provisions="art3-mutual-assistance">the rest of Article 3's sentence</pacta:gap>\n` +
        `<pacta:gap marker="[NOT RETRIEVED]" start="${markerAt}" end="${markerAt + 15}">${ARTICLE_4}</pacta:gap>`,
    );
    assert.match(xpath(xml, `string(//${el('provision')}[@id='art3-mutual-assistance']/${el('incomplete')})`), /^the sentence breaks off/);
  });
});

describe('literate document of an incomplete source', () => {
  const doc = buildLiterate(input.treaty, input.check);
  it('never calls the source complete, and says what is missing where it stands', () => {
    const md = literateMarkdown(doc);
    assert.ok(
      md.includes(
        "File `sources/treaty.txt`; 9 sentences; of the text the source has, 100% covered or marked non-operative; complete except for 2 gaps: the rest of Article 3's sentence; Article 4 (not retrieved).",
      ),
    );
    assert.ok(md.includes('### Article 4, paragraph 1\n\n> [NOT RETRIEVED]\n\n*Text missing: Article 4 (not retrieved).*\n'));
    assert.ok(!md.includes('*Not covered.*'));
    const html = literateHtml(doc, (id) => input.check.sourceTexts.get(id)!);
    assert.ok(html.includes('<p class="gap-note">Text missing: the rest of Article 3\'s sentence.</p>'));
  });
});

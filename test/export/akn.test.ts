/**
 * Akoma Ntoso export: both treaties validate against the OASIS schema (xmllint, on every run), match
 * their reviewed golden files, keep the source's words exactly, and keep every link between words
 * and rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportAkn } from '../../src/export/akn/index.js';
import { spansText } from '../../src/export/akn/inline.js';
import { treatyIris } from '../../src/export/akn/names.js';
import { MINIMAL, MULTILATERAL, TREATIES, assertGolden, inputOf, squash, validateAkn, xpath } from './support.js';

const xmlOf = new Map(TREATIES.map((id) => [id, exportAkn(inputOf(id))]));
const xml = (id: (typeof TREATIES)[number]) => xmlOf.get(id)!;
const attrValues = (text: string, name: string) => [...text.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);
const el = (name: string) => `*[local-name()='${name}']`;

describe('AKN export: valid against akomantoso30.xsd', () => {
  for (const id of TREATIES) {
    it(`${id} validates with xmllint`, () => {
      const r = validateAkn(xml(id));
      assert.ok(r.ok, r.output);
    });
    it(`${id} matches its golden file`, () => assertGolden(`${id}.akn.xml`, xml(id)));
  }
  it('the fixture treaties validate too (a multilateral treaty; a plain treaty text)', () => {
    for (const [id, root] of [
      ['north-atlantic-1949', MULTILATERAL],
      ['demo-pact', MINIMAL],
    ] as const) {
      const r = validateAkn(exportAkn(inputOf(id, root)));
      assert.ok(r.ok, `${id}: ${r.output}`);
    }
  });
  it('is deterministic: the same corpus gives the same bytes', () => {
    assert.equal(exportAkn(inputOf('ussr-prk-1961')), xml('ussr-prk-1961'));
  });
});

describe('AKN export: identification by the naming convention (AKN4UN treaty)', () => {
  it('FRBR Work, Expression and Manifestation IRIs of the registered 1961 treaty', () => {
    const iris = treatyIris(inputOf('ussr-prk-1961').treaty, 'en');
    assert.equal(iris.workThis, '/akn/un/act/treaty/1961-07-06/unts-6045/!main');
    assert.equal(iris.expressionThis, '/akn/un/act/treaty/1961-07-06/unts-6045/eng@/!main');
    assert.equal(iris.manifestationThis, '/akn/un/act/treaty/1961-07-06/unts-6045/eng@/!main.xml');
    const x = xml('ussr-prk-1961');
    assert.match(x, /<act name="treaty">/);
    assert.match(x, /<FRBRcountry value="un"\/>/);
    assert.match(x, /<FRBRdate date="1961-07-06" name="signature"\/>/);
    assert.match(x, /<FRBRlanguage language="eng"\/>/);
    assert.match(x, /<FRBRauthoritative value="false"\/>/);
    assert.match(
      x,
      /<FRBRtranslation href="\/akn\/un\/act\/treaty\/1961-07-06\/unts-6045\/rus@" fromLanguage="rus" authoritative="false" by="#publisher"\/>/,
    );
    assert.match(x, /<FRBRtranslation href="[^"]*\/kor@" fromLanguage="kor"/);
  });
  it('an unregistered treaty is numbered by its Pacta id', () => {
    assert.match(xml('prk-rus-2024'), /<FRBRthis value="\/akn\/un\/act\/treaty\/2024-06-19\/prk-rus-2024\/eng@\/!main.xml"\/>/);
  });
  it('every eId is unique and every local reference resolves', () => {
    for (const id of TREATIES) {
      const x = xml(id);
      const eIds = attrValues(x, 'eId');
      assert.equal(new Set(eIds).size, eIds.length, `${id}: duplicate eIds`);
      const known = new Set(eIds);
      const refs = ['refersTo', 'href', 'source', 'start', 'end', 'as', 'by', 'dictionary', 'concept', 'ref', 'in']
        .flatMap((a) => attrValues(x, a).flatMap((v) => v.split(' ')))
        .filter((v) => v.startsWith('#'));
      for (const ref of refs) assert.ok(known.has(ref.slice(1)), `${id}: ${ref} refers to no eId`);
    }
  });
});

describe('AKN export: the text, exactly', () => {
  for (const id of TREATIES) {
    it(`${id}: every unit's text is the structured document's text`, () => {
      const input = inputOf(id);
      const source = input.treaty.sources[0]!;
      const doc = input.check.documents.get(source.id)!;
      const raw = input.check.sourceTexts.get(source.id)!;
      const x = xml(id);
      doc.articles.forEach((a, i) =>
        a.paragraphs.forEach((p, j) => {
          const eId = `art_${a.number}__para_${j + 1}`;
          assert.equal(
            squash(xpath(x, `string(//${el('paragraph')}[@eId='${eId}'])`)),
            p.text,
            `${id} article ${i + 1} paragraph ${j + 1}`,
          );
        }),
      );
      const body = doc.paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
      const exported = xpath(x, `//${el('body')}//${el('p')}`)
        .split(/<\/p>/)
        .map((s) =>
          squash(s.replace(/<[^>]+>/g, ''))
            .replace(/&amp;/g, '&')
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        )
        .filter(Boolean);
      if (body.length) assert.deepEqual(exported, body);
      for (const r of doc.preamble?.recitals ?? []) assert.ok(x.includes(`<p>${escapeXml(spansText(raw, r.spans))}</p>`), r.text);
    });
  }
  it('1961: footnote 1 is an authorialNote at its marker in the title; Article 1 stays one sentence', () => {
    const x = xml('ussr-prk-1961');
    assert.equal(xpath(x, `count(//${el('docTitle')}/${el('authorialNote')})`), '1');
    assert.equal(
      squash(xpath(x, `string(//${el('authorialNote')}[@eId='preface__longTitle_1__authorialNote_1'])`)),
      'Came into force on 10 September 1961, the date of the exchange of the instruments of ratification at Pyongyang, in accordance with article 6.',
    );
    assert.match(x, /MUTUAL ASSISTANCE<authorialNote marker="1" placement="bottom" eId="preface__longTitle_1__authorialNote_1">/);
    assert.match(x, /<\/authorialNote> BETWEEN THE <party /);
    assert.match(
      xpath(x, `string(//${el('paragraph')}[@eId='art_1__para_1'])`),
      /peace and security in the Far East and throughout the world and will contribute to the realization of these lofty aims\./,
    );
    assert.equal(xpath(x, `count(//${el('body')}//${el('authorialNote')})`), '0');
  });
  it('1961: preface, preamble and conclusions carry parties, place, date, recitals, plenipotentiaries and signatures', () => {
    const x = xml('ussr-prk-1961');
    assert.match(
      x,
      /Signed at <location eId="[^"]+" refersTo="#loc_moscow">Moscow<\/location>, on <docDate date="1961-07-06">6 July 1961<\/docDate>/,
    );
    assert.equal(xpath(x, `count(//${el('preface')}//${el('party')})`), '4');
    assert.equal(xpath(x, `count(//${el('recitals')}/${el('recital')})`), '5');
    assert.equal(xpath(x, `count(//${el('container')}[@name='plenipotentiaries']/${el('p')})`), '2');
    assert.equal(xpath(x, `count(//${el('conclusions')}//${el('signature')})`), '2');
    assert.match(x, /<formula name="enactingFormula" eId="preamble__formula_1" refersTo="#nonop_9">/);
    // The plenipotentiary and the signatory are one person.
    assert.match(x, /refersTo="#nikita-sergeevich-khrushchev">N. KHRUSHCHEV<\/person>/);
  });
  it('2024: paragraphs the reports number are articles with an editorial num; the others stay unnumbered', () => {
    const x = xml('prk-rus-2024');
    const nums = xpath(x, `//${el('article')}/${el('num')}`);
    assert.deepEqual(
      [...nums.matchAll(/>(Article \d+)</g)].map((m) => m[1]),
      ['Article 1', 'Article 2', 'Article 3', 'Article 4', 'Article 5', 'Article 8', 'Article 16'],
    );
    assert.equal(xpath(x, `count(//${el('article')}/${el('num')}[@status='editorial'])`), '7');
    assert.equal(xpath(x, `count(//${el('body')}/${el('paragraph')})`), '13');
    assert.match(
      x,
      /<TLCConcept eId="attestation_art_1" [^>]*showAs="Attested as Article 1 by TASS \(5 December 2024\) and Hankyoreh."\/>/,
    );
  });
});

describe('AKN export: the rules travel with the text', () => {
  for (const id of TREATIES) {
    it(`${id}: each provision is referred to from the unit its words stand in, and described in analysis`, () => {
      const input = inputOf(id);
      const x = xml(id);
      for (const p of input.treaty.provisions) {
        const unit = xpath(x, `//${el('paragraph')}[contains(concat(' ', @refersTo, ' '), ' #prov_${p.id} ')]/@eId`);
        assert.ok(unit.trim(), `${p.id}: no paragraph refers to it`);
        assert.match(x, new RegExp(`<pacta:provision id="${p.id}" concept="#prov_${p.id}" [^>]*in="#[^"]+"`), `${p.id}: not in analysis`);
        assert.match(x, new RegExp(`<TLCConcept eId="prov_${p.id}" `));
      }
      input.treaty.nonOperative.forEach((_, i) =>
        assert.match(x, new RegExp(` refersTo="[^"]*#nonop_${i + 1}\\b`), `non-operative mark ${i + 1} is not referred to`),
      );
    });
  }
  it('1961 Art. 1(2): trigger, act and qualifiers in the analysis', () => {
    const x = xml('ussr-prk-1961');
    assert.match(x, /<pacta:event type="armed-attack" against="attacked-party" by="any-state"\/>/);
    assert.match(x, /<pacta:fluent id="state-of-war" subject="attacked-party"\/>/);
    assert.match(x, /<pacta:act type="assistance-provided" kinds="military other">/);
    assert.match(x, /<pacta:qualifier type="timing" term="immediately">/);
  });
  it('2024: a paragraph holding two rules marks the words of each', () => {
    const x = xml('prk-rus-2024');
    assert.match(
      x,
      /<p><span refersTo="#prov_art5-no-hostile-agreement">Each side is obliged [^<]*other core interests,<\/span> <span refersTo="#prov_art5-no-hostile-action">nor to take part in such actions.<\/span><\/p>/,
    );
    assert.match(
      x,
      /<p><span refersTo="#nonop_2">According to the treaty,<\/span> <span refersTo="#prov_art1-strategic-partnership">the two sides/,
    );
  });
});

describe('AKN export: lifecycle and temporal data', () => {
  it('1961: entry into force 1961-09-10, renewals, end 1996-09-10 computed from the notice', () => {
    const x = xml('ussr-prk-1961');
    assert.match(
      x,
      /<eventRef eId="eref_computed-entry-into-force" date="1961-09-10" source="#pacta" refersTo="#event_computed-entry-into-force"\/>/,
    );
    assert.match(x, /<eventRef eId="eref_notice-1995" date="1995-08-07" source="#cite_notice-1995" refersTo="#event_notice-1995"\/>/);
    assert.match(x, /<eventRef eId="eref_computed-end" date="1996-09-10" source="#pacta" refersTo="#event_computed-end"\/>/);
    assert.match(x, /<timeInterval start="#eref_computed-entry-into-force" end="#eref_computed-end" refersTo="#concept_in-force"\/>/);
    assert.match(x, /<temporalGroup eId="tmpg_term-6">\s*<timeInterval start="#eref_computed-term-6" end="#eref_computed-end"/);
    assert.match(x, /<eventRef eId="eref_signature" date="1961-07-06" source="#cite_signature" type="generation"/);
  });
  it('2024: in force from 2024-12-04, open-ended', () => {
    const x = xml('prk-rus-2024');
    assert.match(x, /<timeInterval start="#eref_computed-entry-into-force" refersTo="#concept_in-force"\/>/);
    assert.match(x, /<eventRef eId="eref_computed-entry-into-force" date="2024-12-04"/);
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

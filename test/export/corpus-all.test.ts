/**
 * Every treaty folder of `corpus/` renders (literate Markdown and HTML), exports (Akoma Ntoso valid
 * against the OASIS schema, JSON valid against its schema, CSV) and appears in the full-text search,
 * by its title's words and by the words of one of its quotes. The treaties are read from the corpus
 * folders, so a treaty added to the corpus is covered as soon as it lands: multilateral parties,
 * Roman article numbers, a Markdown source, another language's expression in the source.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCorpus } from '../../src/check/compile.js';
import { exportAkn } from '../../src/export/akn/index.js';
import { MEMBER_COLUMNS, TREATY_COLUMNS } from '../../src/export/csv/index.js';
import { buildLiterate, exportCsv, exportJson, literateHtml, literateMarkdown, TreatyExport } from '../../src/export/index.js';
import { corpusSearchEntries, Store } from '../../src/store/index.js';
import { corpusPassages } from '../../src/text/index.js';
import { CORPUS, inputsOf, validateAkn } from './support.js';

const FOLDERS = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(CORPUS, d.name)).includes('treaty.yaml'))
  .map((d) => d.name)
  .sort();

const check = checkCorpus(CORPUS);
const compiled = check.compiled!;
const treatyOf = (id: string) => compiled.treaties.find((t) => t.treaty.id === id)!.treaty;

/** "Article 5", "Article IV": how the literate document heads an article's passages. */
const articleHeading = (article: string) => `Article ${article}`;

/** RFC 4180 rows (CRLF line ends, quoted fields with doubled quotes). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** The first few words of a text that the search tokenizer keeps (letters and digits). */
const leadingWords = (text: string, n: number) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, n).join(' ');

describe('every treaty of the corpus: render, export, search', () => {
  it('the corpus checks clean and its folders are its treaties', () => {
    assert.deepEqual(
      check.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`),
      [],
    );
    assert.deepEqual(compiled.treaties.map((t) => t.treaty.id).sort(), FOLDERS);
  });

  const inputs = inputsOf(CORPUS);
  const store = new Store(':memory:');
  store.indexCorpus(corpusSearchEntries(compiled, corpusPassages(check.treaties)));

  for (const id of FOLDERS) {
    describe(id, () => {
      const treaty = treatyOf(id);
      const numbered = [...new Set(treaty.provisions.map((p) => p.article).filter((a) => a !== 'unknown'))];

      it('renders as Markdown and HTML: its title, every provision, every numbered article', () => {
        const treatyCheck = check.treaties.find((t) => t.id === id)!;
        const doc = buildLiterate(treaty, treatyCheck);
        const md = literateMarkdown(doc);
        const html = literateHtml(doc, (source) => treatyCheck.sourceTexts.get(source) ?? '');
        assert.ok(md.startsWith(`# ${treaty.shortTitle}\n`), md.slice(0, 80));
        assert.ok(html.includes(`<h1>${treaty.shortTitle.replace(/&/g, '&amp;')}</h1>`));
        for (const p of treaty.provisions) {
          assert.ok(md.includes(`**\`${p.id}\`**`), `${p.id} in the Markdown`);
          assert.ok(html.includes(`data-provision="${p.id}"`), `${p.id}'s words highlighted in the HTML`);
          assert.ok(html.includes(`id="${p.id}"`), `${p.id} described in the HTML`);
        }
        // Every article the sources number heads its passages ("Article 5", "Article IV"); a source of
        // unnumbered paragraphs (a news report) has none.
        const printed = [...treatyCheck.documents.values()].flatMap((d) => d.articles.map((a) => a.number));
        for (const article of numbered.filter((a) => printed.includes(a))) {
          assert.ok(md.includes(`### ${articleHeading(article)}`), `${articleHeading(article)} heads a passage of the Markdown`);
          assert.ok(html.includes(`<h3>${articleHeading(article)}`), `${articleHeading(article)} heads a passage of the HTML`);
        }
        assert.doesNotMatch(md + html, /undefined|NaN|\[object Object\]/);
      });

      it('exports to Akoma Ntoso, valid against the OASIS schema, every provision tied to its article', () => {
        const xml = exportAkn(inputs.get(id)!);
        const verdict = validateAkn(xml);
        assert.ok(verdict.ok, verdict.output);
        const eIds = new Set([...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!));
        for (const p of treaty.provisions) {
          const element = xml.match(new RegExp(`<pacta:provision id="${p.id}"[^>]*>`))?.[0];
          assert.ok(element, `${p.id} is in the rules`);
          assert.ok(xml.includes(`refersTo="#prov_${p.id}"`), `${p.id}'s words are marked in the body`);
          // `in`: the body elements holding its words, space-separated references.
          const where = element.match(/ in="([^"]+)"/)?.[1]?.split(' ') ?? [];
          for (const ref of where) assert.ok(eIds.has(ref.replace(/^#/, '')), `${p.id} sits in ${ref}, an element of the body`);
        }
        for (const article of numbered) assert.ok(eIds.has(`art_${article.replace(/[^\p{L}\p{N}]+/gu, '_')}`), `art_${article}`);
      });

      it('exports to JSON, valid against the export schema', () => {
        const json = JSON.parse(exportJson(inputs.get(id)!)) as unknown;
        const parsed = TreatyExport.parse(json);
        assert.deepEqual(
          parsed.treaty.provisions.map((p) => p.id),
          treaty.provisions.map((p) => p.id),
        );
      });

      it('exports to CSV: one row, its parties and signature', () => {
        const rows = csvRows(exportCsv([inputs.get(id)!]));
        assert.deepEqual(rows[0], [...TREATY_COLUMNS]);
        assert.equal(rows.length, 2);
        const row = Object.fromEntries(TREATY_COLUMNS.map((c, i) => [c, rows[1]![i]]));
        assert.deepEqual(
          [row.treaty_id, row.parties, row.signature_date, row.signature_place],
          [id, treaty.parties.join(';'), treaty.signature.date, treaty.signature.place],
        );
        for (const code of ['DEFENSE', 'OFFENSE', 'NEUTRAL', 'NONAGG', 'CONSUL']) assert.match(row[code] ?? '', /^(0|1|unknown)$/);
        // With --members: a row per state bound, every original party among them, each with the day it was bound from.
        const members = csvRows(exportCsv([inputs.get(id)!], { members: true }));
        assert.deepEqual(members[0], [TREATY_COLUMNS[0], ...MEMBER_COLUMNS, ...TREATY_COLUMNS.slice(1)]);
        const bound = members.slice(1).map((r) => ({ member: r[1]!, from: r[3]! }));
        for (const party of treaty.parties)
          assert.ok(
            bound.some((m) => m.member === party),
            `${party} is a member row`,
          );
        for (const m of bound) assert.match(m.from, /^\d{4}-\d{2}-\d{2}$/, `${m.member} from "${m.from}"`);
      });

      it("appears in search by its title's words and by a quote's words", () => {
        const title = treaty.titles.en ?? treaty.shortTitle;
        const byTitle = store.search(title, 100).hits;
        assert.ok(
          byTitle.some((h) => h.treaty === id),
          `"${title}" finds ${id}: ${JSON.stringify(byTitle.map((h) => h.treaty))}`,
        );
        // The operative provision with the longest quote: its opening words find it.
        const p = [...treaty.provisions].sort((x, y) => y.quote.text.length - x.quote.text.length)[0]!;
        const words = leadingWords(p.quote.text, 8);
        const hits = store.search(words, 100).hits;
        assert.ok(
          hits.some((h) => h.treaty === id && h.kind === 'provision' && h.ref === p.id),
          `"${words}" finds ${id}/${p.id}`,
        );
        assert.ok(
          hits.some((h) => h.treaty === id && h.kind === 'source'),
          `"${words}" finds ${id}'s source text`,
        );
      });
    });
  }
});

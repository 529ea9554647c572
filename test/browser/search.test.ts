/**
 * Search in a real browser (the built UI, a real server on the bundled corpus, Debian's Chromium):
 * plain-text snippets with the words found in <mark>; a source hit opens the reader at that passage,
 * scrolled to and highlighting the words; a bracket query; a provision hit labelled as the treaty
 * numbers it; an imported document's word found, its hit opening the passage in the kept document.
 * Screenshots at 1280 and 1920 px go to test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { missingBrowser, openPage, screenshot, SKIP_BROWSER, startHarness, type Harness } from './support.js';

const missing = missingBrowser();
const FULL_HD = { width: 1920, height: 1080 };

describe('search in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    assert.deepEqual(h?.pageErrors ?? [], []);
    await h?.close();
  });

  const hits = (page: Page) => page.locator('ol.search-hits > li');
  const search = async (page: Page, q: string) => {
    await page.getByLabel('Search the treaties, their sources and your imported documents').fill(q);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('.search-summary').waitFor();
  };

  test('"armed attack": plain snippets, the words marked; a source hit opens the reader scrolled to them, highlighted', async () => {
    const page = await openPage(h, '/');
    await search(page, 'armed attack');
    assert.equal(await page.locator('.search-summary').innerText(), '19 matches for armed… attack…');
    assert.equal(page.url(), `${h.server.url}/?q=armed+attack`);
    // No Markdown in any snippet; every mark is one of the words asked for.
    for (const snippet of await page.locator('.search-hits .snippet').allInnerTexts()) assert.doesNotMatch(snippet, /\*\*|#{2,}|<sup>/);
    const marks = await page.locator('.search-hits .snippet mark').allInnerTexts();
    assert.ok(marks.length >= 19 * 2);
    assert.deepEqual([...new Set(marks.map((m) => m.toLowerCase()))].sort(), ['armed', 'attack']);
    await screenshot(page, 'search-armed-attack-1280');

    // The North Atlantic Treaty's Article 6 passage in its source.
    const hit = hits(page).filter({ hasText: 'Article 6, paragraph 1' }).filter({ hasText: 'source text' }).first();
    assert.equal(
      await hit.locator('.snippet').innerText(),
      'For the purpose of Article 5, an armed attack on one or more of the Parties is deemed to include an armed attack',
    );
    await hit.getByRole('link').click();
    await page.waitForURL(/\/treaties\/north-atlantic-1949\?source=nat-1949-en&span=\d+-\d+$/);
    const found = page.locator('mark.found');
    await found.first().waitFor();
    assert.equal((await found.allInnerTexts()).join(''), 'armed attack on one or more of the Parties is deemed to include an armed attack');
    // Scrolled to: the words found stand in the viewport.
    const box = await found.first().boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `the words found are in view: ${JSON.stringify(box)}`);
    await page.screenshot({ path: 'test-output/screenshots/search-reader-passage-1280.png' });
    await page.close();
  });

  test('"[TRANSLATION": the bracket is text, the word alone is marked, and the hit leads to that line', async () => {
    const page = await openPage(h, '/?q=%5BTRANSLATION');
    await page.locator('.search-summary').waitFor();
    assert.equal(await page.locator('.search-summary').innerText(), '1 match for TRANSLATION…');
    const first = hits(page).first();
    assert.equal(await first.locator('.snippet').innerText(), '[TRANSLATION — TRADUCTION]');
    assert.deepEqual(await first.locator('.snippet mark').allInnerTexts(), ['TRANSLATION']);
    assert.equal(await first.locator('.search-where').innerText(), 'heading of the record');
    await first.getByRole('link').click();
    await page.locator('mark.found').first().waitFor();
    assert.equal(await page.locator('mark.found').innerText(), 'TRANSLATION');
    await page.close();
  });

  test('a provision of Art. 1(2) is labelled "Article 1(2)" and opens the provision; punctuation only is explained', async () => {
    const page = await openPage(h, '/?q=suffer+armed+attack+coalition');
    await page.locator('.search-summary').waitFor();
    const provision = hits(page).filter({ hasText: 'provision' }).first();
    assert.equal(await provision.locator('.search-where').innerText(), 'Article 1(2)');
    assert.match(await provision.getByRole('link').innerText(), /, Article 1\(2\): /);
    await provision.getByRole('link').click();
    await page.waitForURL(/\/treaties\/ussr-prk-1961\?provision=art1-mutual-assistance$/);
    // More matches than are shown: the page says so.
    await page.goto(`${h.server.url}/?q=Parties`);
    await page.locator('.search-summary').waitFor();
    assert.match(await page.locator('.search-summary').innerText(), /^\d{3} matches for Parties… \(the best 20 shown\)$/);
    assert.equal(await hits(page).count(), 20);
    await page.goto(`${h.server.url}/?q=${encodeURIComponent('( * "')}`);
    assert.equal(
      await page.locator('.search-summary').innerText(),
      'Nothing to search for in “( * "”: search looks for words (letters and digits); punctuation and brackets only separate them.',
    );
    await page.close();
  });

  test('an imported document: kept, its word found, the hit opens the passage with the word marked', async () => {
    const page = await openPage(h, '/import', FULL_HD);
    const text =
      'TREATY OF THE TWO VALLEYS\n\nArticle 1\n\nThe Parties shall jointly maintain the *Aldervale* footbridge.\n\nArticle 2\n\nThis Treaty may be denounced by notice.\n';
    const kept = await page.evaluate(
      async (body) => {
        const r = await fetch('/api/documents', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await r.json()) as { id: string };
      },
      { name: 'two-valleys.md', text },
    );
    await page.goto(`${h.server.url}/?q=Aldervale`);
    await page.locator('.search-summary').waitFor();
    const hit = hits(page).first();
    assert.equal(await hit.locator('.badge').innerText(), 'imported document');
    assert.equal(await hit.locator('.search-where').innerText(), 'Article 1');
    assert.equal(await hit.locator('.snippet').innerText(), 'The Parties shall jointly maintain the Aldervale footbridge.');
    assert.deepEqual(await hit.locator('.snippet mark').allInnerTexts(), ['Aldervale']);
    await screenshot(page, 'search-imported-document-1920');
    await hit.getByRole('link', { name: 'two-valleys.md' }).click();
    await page.waitForURL(new RegExp(`/import\\?document=${kept.id}&passage=%2Farticles%2F0%2Fparagraphs%2F0&span=\\d+-\\d+$`));
    const passage = page.locator('.found-passage');
    await passage.locator('mark.found').waitFor();
    assert.equal(await passage.locator('h2').innerText(), 'Found in two-valleys.md'); // the quotes are the <q>'s own
    assert.equal(await passage.locator('mark.found').innerText(), 'Aldervale');
    await screenshot(page, 'search-document-passage-1920');
    // Its structure, from the document already loaded: no second request for it.
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/api/documents/${kept.id}`)) asked.push(r.url());
    });
    await passage.getByRole('button', { name: 'Show its structure' }).click();
    await page.getByRole('status').filter({ hasText: 'Opened “two-valleys.md”.' }).waitFor();
    assert.deepEqual(asked, []);
    // The 1920 px results for the treaties too: the 1961 treaty's "denounce", the North Atlantic Treaty's "denunciation" (a word family), the document's "denounced".
    await page.goto(`${h.server.url}/?q=denounce`);
    await page.locator('.search-summary').waitFor();
    assert.equal(await page.locator('.search-summary').innerText(), '5 matches for denounce… (or denunciation…)');
    await screenshot(page, 'search-denounce-1920');
    await page.close();
  });
});

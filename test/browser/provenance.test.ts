/**
 * Provenance in plain view (issue 19), in a real browser (as reader.test.ts: the built UI, a real
 * server on the bundled corpus, Debian's Chromium): each treaty's reader names its source as a
 * researcher cites it (the UNTS record by series, number, registration and translation; the Dutch
 * copy of the North Atlantic Treaty by repository, commit and address; the ANZUS draft by its DAFP
 * volume and document; KCNA's report by agency, title and date), and no text on the page names one of
 * the project's files ("FACTS.md", "see sources/README.md", "recorded in history.yaml").
 * Screenshots at 1280 and 1920 px.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { internalFileNames } from '../../src/check/user-facing-text.js';
import { missingBrowser, openPage, screenshot, SKIP_BROWSER, startHarness, WIDE, type Harness } from './support.js';

const missing = missingBrowser();
const WIDEST = { width: 1920, height: 1080 };

/** What each reader must say of its source, in the words of the citation. */
const CITATIONS: Record<string, RegExp[]> = {
  'ussr-prk-1961': [
    /United Nations, Treaty Series, No\. 6045: Treaty of friendship, co-operation and mutual assistance between the Union of Soviet Socialist Republics and the Democratic People's Republic of Korea, signed at Moscow on 6 July 1961, registered by the USSR on 23 January 1962; English translation \('\[TRANSLATION — TRADUCTION\]'\)/,
    /The copy held does not give the volume of the Series\./,
  ],
  'prk-rus-2024': [
    /Korean Central News Agency \(KCNA\), English service, "DPRK-Russia Treaty on Comprehensive Strategic Partnership", Pyongyang, 20 June 2024/,
  ],
  'north-atlantic-1949': [
    /statengeneraal\/laws-markdown, at commit 93893fdacfcbc17da246cac8c34103b71ddbd015: https:\/\/github\.com\/statengeneraal\/laws-markdown\/blob\/93893fdacfcbc17da246cac8c34103b71ddbd015\/verdrag\/navo-verdrag\/BWBV0005760\/README\.md/,
  ],
  'anzus-1951': [
    /Documents on Australian Foreign Policy \(Department of Foreign Affairs and Trade\), vol\. 21, The ANZUS Treaty, 1951, doc\. 105/,
  ],
};

describe('provenance in the reader, in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  for (const [treaty, citations] of Object.entries(CITATIONS)) {
    test(`${treaty}: the source cited in full, and no project file named anywhere on the page`, async () => {
      const page = await openPage(h, `/treaties/${treaty}`);
      await page.locator('h1').first().waitFor();
      // The recorded events and the provisions are on the page once the treaty has loaded.
      await page.waitForLoadState('networkidle');
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const citation of citations) assert.match(text, citation);
      // A web address is the address of a published copy, not a project file (the guard's own rule).
      assert.deepEqual(
        internalFileNames(text).map((n) => `${n.name}: …${text.slice(Math.max(0, n.offset - 60), n.offset + n.name.length + 20)}…`),
        [],
      );
      assert.deepEqual(h.pageErrors, []);
      if (treaty === 'ussr-prk-1961') {
        await screenshot(page, 'provenance-reader-1961-1280');
        const wide = await openPage(h, `/treaties/${treaty}`, WIDEST);
        await wide.locator('h1').first().waitFor();
        await wide.waitForLoadState('networkidle');
        await screenshot(wide, 'provenance-reader-1961-1920');
        await wide.close();
      }
      if (treaty === 'north-atlantic-1949') await screenshot(page, 'provenance-reader-nat-1280');
      await page.close();
    });
  }

  test('the page at 1280 px shows the citation without a horizontal scroll', async () => {
    const page = await openPage(h, '/treaties/north-atlantic-1949', WIDE);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page scrolls sideways: a long citation or address is not wrapped');
    await page.close();
  });
});

/**
 * The defence network page in a real browser (as workbench.test.ts: the built UI, a real server on
 * the bundled corpus, Debian's Chromium): the SVG drawing of a day with exact counts, an edge's
 * panel with its quote (by click and by keyboard), the slider, the day field and the steps moving
 * the day and the URL, "Who must help?" answering from a shareable URL, and the compare page's list
 * of every pair. Screenshots at 1280 px and 390 px go to test-output/screenshots/.
 *
 * The counts are the corpus's facts: on 1985-01-01 the North Atlantic Treaty has 16 parties (the 12
 * founders, Greece and Turkey 1952-02-18, the Federal Republic of Germany 1955-05-06, Spain
 * 1982-05-30), each owing the 15 others: 16·15 = 240 edges on 120 lines; ANZUS's three parties owe
 * each other: 6 edges on 3 lines; the 1961 treaty binds the USSR and the DPRK both ways: 2 edges on
 * 1 line. 248 edges, 124 lines, 20 states. From 1986-08-11 the United States' obligations towards
 * New Zealand are suspended: 247 edges, the USA–NZL line one-way (New Zealand still owes the
 * United States).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { missingBrowser, NARROW, openPage, screenshot, SKIP_BROWSER, startHarness, type Harness } from './support.js';

const missing = missingBrowser();
const MUTUAL_ASSISTANCE_WORDS = 'Should either of the Contracting Parties suffer armed attack';
const ANZUS_ART4_WORDS = 'Each Party recognises that an armed attack in the Pacific area on any of the Parties';

describe('the defence network page in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  const summary = (page: Page) => page.locator('.network-summary');
  const waitForDay = async (page: Page, date: string) => {
    await page.locator(`.network-day[data-date="${date}"]:not(.pending)`).waitFor();
  };
  const tableRows = (page: Page, treaty?: string) =>
    page.getByTestId('edge-table').locator(treaty ? `tbody tr[data-treaty="${treaty}"]` : 'tbody tr');

  test('1985-01-01: 248 edges on 124 lines between 20 states; a line opens its treaty, articles, quotes and days', async () => {
    const page = await openPage(h, '/network?at=1985-01-01');
    await waitForDay(page, '1985-01-01');
    const drawing = page.getByTestId('network-drawing');
    assert.equal(await drawing.locator('g.net-link').count(), 124);
    assert.equal(await drawing.locator('g.net-node').count(), 20);
    assert.equal(await tableRows(page).count(), 248);
    assert.equal(await tableRows(page, 'north-atlantic-1949').count(), 16 * 15);
    assert.equal(await tableRows(page, 'anzus-1951').count(), 6);
    assert.equal(await tableRows(page, 'ussr-prk-1961').count(), 2);
    assert.equal(await tableRows(page, 'prk-rus-2024').count(), 0);
    assert.match(
      await summary(page).innerText(),
      /^On 1985-01-01: 248 directed edges \(defence \(DEFENSE\), owed or unknown\) between 20 states, drawn as 124 lines\.$/,
    );
    // Labels: the state's name (or a shorter one the corpus records) and its code.
    assert.equal(await drawing.locator('g.net-node[data-state="PRK"] text').textContent(), 'North Korea (PRK)');
    assert.equal(await drawing.locator('g.net-node[data-state="BEL"] text').textContent(), 'Belgium (BEL)');
    // One line with two arrowheads for a pair owing each other.
    assert.equal(await drawing.locator('g.net-link[data-link="anzus-1951|NZL|USA"]').getAttribute('data-direction'), 'both-ways');
    // The legend counts each treaty's edges on the day.
    assert.match(await page.locator('.network-legend li[data-treaty="north-atlantic-1949"]').innerText(), /240 edges/);
    assert.match(await page.locator('.network-legend li[data-treaty="prk-rus-2024"]').innerText(), /none on this day/);

    // A click on the 1961 treaty's line: both directions, Article 1's words, the days.
    await drawing.locator('g.net-link[data-link="ussr-prk-1961|PRK|SUN"]').click();
    const panel = page.getByTestId('edge-panel');
    await panel.waitFor();
    assert.equal(await panel.getByRole('heading', { level: 2 }).innerText(), 'PRK ⇄ SUN');
    const soviet = panel.locator('article[data-from="SUN"][data-to="PRK"]');
    const text = await soviet.innerText();
    assert.ok(text.includes(MUTUAL_ASSISTANCE_WORDS), 'the quote of Article 1');
    assert.match(text, /Since\s+1961-09-10/);
    assert.match(text, /Until\s+1991-12-25 \(the first day it no longer holds\)/);
    assert.equal(
      await soviet.locator('blockquote[data-provision="art1-mutual-assistance"] a').getAttribute('href'),
      '/treaties/ussr-prk-1961?provision=art1-mutual-assistance',
    );

    // The keyboard: Tab to the ANZUS line between New Zealand and the United States, Enter opens it.
    const anzus = drawing.locator('g.net-link[data-link="anzus-1951|NZL|USA"]');
    await anzus.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="edge-panel"][data-link="anzus-1951|NZL|USA"]').waitFor();
    const us = page.getByTestId('edge-panel').locator('article[data-from="USA"][data-to="NZL"]');
    assert.ok((await us.innerText()).includes(ANZUS_ART4_WORDS), 'the quote of Article IV');
    // The provision that earns the code drawn (DEFENSE) comes first; Article III's consultation (CONSUL) after.
    assert.deepEqual(await us.locator('blockquote').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('data-provision'))), [
      'art4-common-danger',
      'art3-consultation',
    ]);
    assert.match(await us.innerText(), /Since\s+1952-04-29[^]*Until\s+1986-08-11/);
    // Enter on a legend row brings its treaty forward and fades the others.
    await page.locator('.network-legend li[data-treaty="anzus-1951"] button').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.network-legend li[data-treaty="anzus-1951"] button').getAttribute('aria-pressed'), 'true');
    assert.equal(await drawing.locator('g.net-link.faded').count(), 124 - 3);
    await screenshot(page, 'network');

    // The downloads: the day's edge list (a header and one line per edge) and the dyad-year data.
    const edgeList = (await page.getByRole('link', { name: 'CSV edge list' }).getAttribute('href')) ?? '';
    assert.equal(edgeList, '/api/network?at=1985-01-01&code=DEFENSE&format=edges');
    const csv = (await (await fetch(h.server.url + edgeList)).text()).trimEnd().split(/\r?\n/);
    assert.equal(csv[0], 'from,to,treaty,codes,unknown,since,until');
    assert.equal(csv.length, 1 + 248);
    const dyadYears = (await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')) ?? '';
    assert.equal(dyadYears, '/api/network/dyad-years?format=csv');
    const rows = await (await fetch(h.server.url + dyadYears)).text();
    assert.match(rows, /^stateA,stateB,year,treaty,atopid,defense,offense,neutral,nonagg,consul,start,end,provisions\r?\n/);

    // A row of the table opens its line too.
    await page.getByTestId('edge-table').locator('tr[data-from="BEL"][data-to="CAN"] button').click();
    await page.locator('[data-testid="edge-panel"][data-link="north-atlantic-1949|BEL|CAN"]').waitFor();
    assert.match(
      await page.getByTestId('edge-panel').innerText(),
      /The Parties agree that an armed attack against one or more of them in Europe or North America/,
    );
    await page.close();
  });

  test('the slider, the day field and the steps change the day drawn and the URL', async () => {
    const page = await openPage(h, '/network?at=1985-01-01');
    await waitForDay(page, '1985-01-01');
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/network\?at=1985-01-02$/);
    await waitForDay(page, '1985-01-02');
    assert.equal(await slider.getAttribute('aria-valuetext'), '1985-01-02');
    assert.equal(await page.getByLabel('Day (YYYY-MM-DD)').inputValue(), '1985-01-02');

    // The day the United States' obligations towards New Zealand are suspended.
    await page.getByLabel('Day (YYYY-MM-DD)').fill('1986-08-11');
    await page.waitForURL(/at=1986-08-11/);
    await waitForDay(page, '1986-08-11');
    assert.equal(await tableRows(page).count(), 247);
    assert.equal(await page.getByTestId('edge-table').locator('tr[data-from="USA"][data-to="NZL"]').count(), 0);
    assert.equal(await page.getByTestId('edge-table').locator('tr[data-from="NZL"][data-to="USA"]').count(), 1);
    assert.equal(
      await page.getByTestId('network-drawing').locator('g.net-link[data-link="anzus-1951|NZL|USA"]').getAttribute('data-direction'),
      'one-way',
    );

    // The steps go to the corpus's previous and next changes, named on the buttons.
    const previous = page.getByRole('button', { name: /Previous change/ });
    const label = await previous.innerText();
    const day = /\((\d{4}-\d{2}-\d{2})\)/.exec(label)?.[1];
    assert.ok(day && day < '1986-08-11', label);
    await previous.click();
    await page.waitForURL(new RegExp(`at=${day}$`));
    await waitForDay(page, day);

    // Another obligation: every edge, whatever its code.
    await page.getByLabel('Obligation drawn', { exact: true }).selectOption({ label: 'any of them' });
    await page.waitForURL(new RegExp(`at=${day}&code=any$`));
    await page.locator(`.network-day[data-date="${day}"]:not(.pending)`).filter({ hasText: 'any obligation' }).waitFor();

    // A day that is not one is named, and nothing is drawn for it.
    await page.goto(`${h.server.url}/network?at=1985-02-30`);
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /at=1985-02-30 is not a day of the calendar: write the day as YYYY-MM-DD/);
    assert.equal(await page.getByTestId('network-drawing').count(), 0);
    await page.close();
  });

  test('who must help: an attack on New Zealand in 1990 by a state outside the alliance, asked in the form and shared by its URL', async () => {
    const page = await openPage(h, '/network?view=help');
    const form = page.getByRole('form', { name: 'Who must help?' });
    await form.waitFor();
    // Nothing asked without the state attacked and the day.
    await form.getByRole('button', { name: 'Who must help?' }).click();
    assert.equal(await form.locator('#help-against-error').innerText(), 'choose the state attacked');
    assert.equal(await form.getByLabel('On (YYYY-MM-DD)').getAttribute('aria-invalid'), 'true');

    await form.getByLabel('By (the attacker)').selectOption('CHN');
    await form.getByLabel('Against (the state attacked)').selectOption('NZL');
    await form.getByLabel('Place (gazetteer ids)').fill('nzl-territory');
    await form.getByLabel('On (YYYY-MM-DD)').fill('1990-01-01');
    await form.getByRole('button', { name: 'Who must help?' }).click();
    await page.waitForURL(/\/network\?view=help&by=CHN&against=NZL&place=nzl-territory&on=1990-01-01$/);
    const check = async () => {
      const answer = page.getByTestId('help-answer');
      const owed = answer.locator('.duty-group[data-treaty="anzus-1951"][data-provision="art4-common-danger"]');
      await owed.waitFor();
      assert.ok((await owed.locator('blockquote').innerText()).includes(ANZUS_ART4_WORDS));
      assert.deepEqual(
        await owed
          .locator('tbody tr')
          .evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-bearer')}→${r.getAttribute('data-beneficiary')}`)),
        ['AUS→NZL'],
      );
      // A deadline is said by its last day: within seven days of 1990-01-01, due by 1990-01-07 (the last day).
      const report = answer.locator('.duty-group[data-treaty="anzus-1951"][data-provision="art4-report-security-council"]');
      assert.ok((await report.locator('thead').innerText()).includes('Due by (last day)'));
      assert.deepEqual((await report.locator('tbody tr[data-bearer="AUS"] td:nth-of-type(5)').allInnerTexts()).sort(), [
        '1990-01-01',
        '1990-01-07',
        'none',
      ]);
      // The United States owes nothing under Article IV: suspended since 1986-08-11.
      const suspended = answer.locator('[data-testid="owes-nothing"] tr[data-provision="art4-common-danger"][data-reason="suspended"]');
      assert.match(
        await suspended.innerText(),
        /USA's obligations towards NZL under anzus-1951 are suspended on 1990-01-01: suspended since 1986-08-11[^]*USA → NZL/,
      );
      assert.match(await answer.locator('.not-party').innerText(), /CHN is not a party to any treaty of the corpus/);
    };
    await check();
    await screenshot(page, 'network-help');
    // The URL carries the question: a reload (or a colleague) gets the same form and answer.
    await page.reload();
    await check();
    assert.equal(await page.getByLabel('Against (the state attacked)').inputValue(), 'NZL');
    assert.equal(await page.getByRole('tab', { name: 'Who must help?' }).getAttribute('aria-selected'), 'true');
    // A question the server refuses: its message stands next to the field at fault.
    await page.goto(`${h.server.url}/network?view=help&against=NZL&on=1990-01-01`);
    assert.match(await page.locator('#help-by-error').innerText(), /^an event of type armed-attack must name "by" \(add "by STATE"/);
    assert.equal(await page.getByLabel('By (the attacker)').getAttribute('aria-invalid'), 'true');
    await page.close();
  });

  test('the compare page lists every pair of the corpus, each opening its comparison', async () => {
    const treaties = ((await (await fetch(`${h.server.url}/api/treaties`)).json()) as { treaties: unknown[] }).treaties.length;
    assert.ok(treaties >= 4, `${treaties} treaties`);
    const page = await openPage(h, '/compare');
    const pairs = page.getByRole('navigation', { name: /Every pair in the corpus/ }).locator('li');
    await pairs.first().waitFor();
    assert.equal(await pairs.count(), (treaties * (treaties - 1)) / 2);
    await page.locator('li[data-pair="north-atlantic-1949:anzus-1951"] a').click();
    await page.waitForURL(/\/compare\?a=north-atlantic-1949&b=anzus-1951$/);
    assert.equal(await page.getByLabel('Treaty A').inputValue(), 'north-atlantic-1949');
    assert.equal(await page.getByLabel('Treaty B').inputValue(), 'anzus-1951');
    await page.locator('.comparison .treaty-head.side-b').filter({ hasText: 'ANZUS' }).waitFor();
    assert.equal(await page.locator('li[data-pair="north-atlantic-1949:anzus-1951"] a').getAttribute('aria-current'), 'page');
    await screenshot(page, 'compare-all-pairs');
    await page.close();
  });

  test('the network page reads on a narrow screen (390 px)', async () => {
    const pages: [string, string, (page: Page) => Promise<void>][] = [
      ['/network?at=1985-01-01', 'narrow-network', (p) => waitForDay(p, '1985-01-01')],
      [
        '/network?view=help&by=CHN&against=NZL&place=nzl-territory&on=1990-01-01',
        'narrow-network-help',
        async (p) => void (await p.locator('.duty-group').first().waitFor()),
      ],
    ];
    for (const [path, name, ready] of pages) {
      const page = await openPage(h, path, NARROW);
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px on a narrow screen`);
      await screenshot(page, name);
      await page.close();
    }
  });

  test('the pages reported no errors', () => {
    assert.deepEqual(h.pageErrors, []);
  });
});

/**
 * The compare page in Chromium (issue 19): the counts above the lists are the lists' own counts; a
 * treaty compared with itself shows every aligned pair 100% alike; an alignment reason in plain
 * words, quoting the provisions as written; a scenario chosen runs against both treaties and shows
 * each provision's outcome under A and under B, what differs first, with the assumptions stated;
 * the choice lives in the URL. Screenshots at 1280 and 1920 px.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { missingBrowser, openPage, screenshot, SCREENSHOTS, SKIP_BROWSER, startHarness, type Harness } from './support.js';

const missing = missingBrowser();
const FULL_HD = { width: 1920, height: 1080 };
const INVASION = 'corpus/prk-rus-2024/scenarios/invasion-of-russia.yaml';

/** The number in a cell of the counts table (`list:grade` or `list:total`). */
const count = async (page: Page, key: string) => Number(await page.locator(`.count-table td[data-count="${key}"]`).innerText());

describe('the compare page in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
    assert.deepEqual(h?.pageErrors ?? [], []);
  });

  test('every count in the header is the number of items listed below it', async () => {
    const page = await openPage(h, '/compare?a=ussr-prk-1961&b=prk-rus-2024');
    await page.locator('section.pair').first().waitFor();
    const listed = {
      pairs: page.locator('section[aria-labelledby="aligned-heading"] section.pair'),
      onlyInA: page.locator('section[aria-labelledby^="only-only-in-a"] li.card'),
      onlyInB: page.locator('section[aria-labelledby^="only-only-in-b"] li.card'),
      lifecycle: page.locator('table.lifecycle-rows tbody tr'),
    };
    let all = 0;
    for (const [list, items] of Object.entries(listed)) {
      assert.equal(await count(page, `${list}:total`), await items.count(), `${list}: the total is the number listed`);
      for (const grade of ['widens', 'narrows', 'same', 'unclear']) {
        const shown = items.and(page.locator(list === 'lifecycle' ? `.grade-row-${grade}` : `.grade-border-${grade}`));
        assert.equal(await count(page, `${list}:${grade}`), await shown.count(), `${list} ${grade}`);
      }
      all += await items.count();
    }
    assert.equal(await count(page, 'all:total'), all);
    // The finding: "widens 0" above the ten new provisions marked widens. Each list is now counted on its own.
    assert.equal(await count(page, 'pairs:widens'), 0);
    assert.equal(await count(page, 'onlyInB:widens'), 10);
    assert.match(await page.locator('#aligned-heading').innerText(), /^Aligned provisions \(6 matches, 11 pairs\)$/);
    await screenshot(page, 'compare-counts-1280');
    await page.close();
  });

  test('an alignment reason says in words what the two share, quoting them as written', async () => {
    const page = await openPage(h, '/compare?a=north-atlantic-1949&b=prk-rus-2024');
    const pair = page.locator('section.pair[data-pair="art8-no-conflicting-engagement:art5-no-hostile-agreement"]');
    await pair.waitFor();
    await pair.getByText('Why these two are aligned').click();
    assert.equal(
      await pair.locator('li[data-feature="kind"]').innerText(),
      'Kind of norm (100% alike, weight 1): same kind of norm (prohibition)',
    );
    assert.equal(
      await pair.locator('li[data-feature="act"]').innerText(),
      'What is done (0% alike, weight 2): acts differ: conflicting engagement entered vs hostile agreement concluded',
    );
    const act = pair.locator('tr[data-field="act.text"]');
    assert.match(
      await act.innerText(),
      /only A says "enter into any international engagement in conflict with this Treaty"; only B says "conclude with any third country any agreement encroaching upon the other side's sovereignty, security,/,
    );
    assert.doesNotMatch(await act.innerText(), /side' |\bthi\b/);
    await pair.screenshot({ path: join(SCREENSHOTS, 'compare-reasons-1280.png') });
    await page.close();
  });

  test('a treaty compared with itself: every aligned pair is 100% alike, nothing only in one', async () => {
    const page = await openPage(h, '/compare?a=north-atlantic-1949&b=north-atlantic-1949');
    await page.locator('section.pair').first().waitFor();
    assert.match(await page.locator('.self-comparison').innerText(), /^A treaty compared with itself/);
    const alike = await page.locator('section.pair .alike').allInnerTexts();
    assert.ok(alike.length > 10, `${alike.length} pairs`);
    assert.deepEqual([...new Set(alike)], ['alike 100%']);
    assert.deepEqual([await count(page, 'onlyInA:total'), await count(page, 'onlyInB:total')], [0, 0]);
    assert.equal(await count(page, 'pairs:same'), alike.length);
    await screenshot(page, 'compare-self-1280');
    await page.close();
  });

  test('a scenario chosen shows each provision under A and under B, the differences first, and stays in the URL', async () => {
    const page = await openPage(h, '/compare?a=ussr-prk-1961&b=prk-rus-2024', FULL_HD);
    await page.locator('section.pair').first().waitFor();
    await page.getByLabel('Scenario to run against both (optional)').selectOption(INVASION);
    await page.waitForURL(/scenario=corpus%2Fprk-rus-2024%2Fscenarios%2Finvasion-of-russia\.yaml/);
    const behaviour = page.locator('section.behaviour');
    await behaviour.waitFor();
    assert.equal(
      await page.locator('#behaviour-heading').innerText(),
      'Behaviour under “Armed invasion of Russian territory in 2025 (hypothetical)”',
    );
    assert.match(
      await behaviour.locator('.assumptions').innerText(),
      /each is evaluated as if it entered into force on the scenario's first day, 2025-03-01/,
    );
    assert.doesNotMatch(await behaviour.innerText(), /states\.yaml|\[20\d\d-/);
    // The run where "without delay" is seven days: the 1961 duty discharged, the 2024 one breached; listed first.
    const run = behaviour
      .locator('.behaviour-run')
      .filter({ hasText: 'state-of-war: armed-hostilities; without-delay: within-seven-days' });
    const first = run.locator('tbody tr').first();
    assert.equal(await first.getAttribute('data-provisions'), 'art1-mutual-assistance:art4-mutual-assistance');
    assert.equal(await first.getAttribute('data-differs'), 'yes');
    assert.match(
      await first.locator('th').innerText(),
      /^differs Art\. 1\(2\) art1-mutual-assistance ↔ Art\. 4 art4-mutual-assistance \(aligned\)$/,
    );
    // The run with a difference comes first, above the summary.
    assert.equal(
      await behaviour
        .locator('.behaviour-run')
        .first()
        .innerText()
        .then((t) => t.includes('within-seven-days')),
      true,
    );
    assert.equal(await first.locator('td.cell-a').innerText(), 'discharged discharged on 2025-03-10 (arose on 2025-03-01)');
    assert.equal(
      await first.locator('td.cell-b').innerText(),
      'breached breached: deadline passed, last day 2025-03-07 (arose on 2025-03-01)',
    );
    await screenshot(page, 'compare-scenario-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'compare-scenario-1280');

    // The URL round-trip: the same address opens the same choice; going back to no scenario drops the table.
    const url = page.url();
    const again = await openPage(h, url.slice(h.server.url.length));
    await again.locator('section.behaviour').waitFor();
    assert.equal(await again.getByLabel('Scenario to run against both (optional)').inputValue(), INVASION);
    assert.equal(await again.getByLabel('Treaty A').inputValue(), 'ussr-prk-1961');
    await again.getByLabel('Scenario to run against both (optional)').selectOption('');
    await again.waitForURL((u) => !u.search.includes('scenario='));
    await again.locator('section.pair').first().waitFor();
    assert.equal(await again.locator('section.behaviour').count(), 0);
    await again.close();
    await page.close();
  });

  test('a saved scenario can be chosen too', async () => {
    const saved = await fetch(`${h.server.url}/api/scenarios`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Attack on the DPRK, 2025 (saved)',
        scenario: {
          title: 'Attack on the DPRK, 2025 (saved)',
          events: [{ id: 'attack', date: '2025-05-01', type: 'armed-attack', by: 'USA', against: 'PRK', source: 'hypothetical' }],
        },
      }),
    });
    const { id } = (await saved.json()) as { id: string };
    const page = await openPage(h, '/compare?a=ussr-prk-1961&b=prk-rus-2024');
    await page.locator('section.pair').first().waitFor();
    await page.getByLabel('Scenario to run against both (optional)').selectOption({ label: 'Attack on the DPRK, 2025 (saved)' });
    await page.waitForURL(new RegExp(`scenario=${id}$`));
    assert.equal(await page.locator('#behaviour-heading').innerText(), 'Behaviour under “Attack on the DPRK, 2025 (saved)”');
    assert.match(await page.locator('section.behaviour .assumptions').innerText(), /scenario's first day, 2025-05-01/);
    await page.close();
  });

  test('an unknown scenario in the URL is refused by name', async () => {
    const answer = await fetch(`${h.server.url}/api/diff?a=ussr-prk-1961&b=prk-rus-2024&scenario=corpus/nowhere.yaml`);
    assert.equal(answer.status, 400);
    const problem = (await answer.json()) as { detail: string; errors: { field: string }[] };
    assert.equal(problem.detail, 'scenario: no corpus scenario file or saved scenario "corpus/nowhere.yaml"');
    const page = await openPage(h, '/compare?a=ussr-prk-1961&b=prk-rus-2024&scenario=corpus/nowhere.yaml');
    await page.getByText('Could not load the comparison').waitFor();
    assert.match(await page.locator('main').innerText(), /no corpus scenario file or saved scenario "corpus\/nowhere\.yaml"/);
    await page.close();
  });
});

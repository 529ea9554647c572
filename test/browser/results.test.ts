/**
 * The workbench's results in a real browser (issue 19): what the scenario set off first, the
 * standing duties folded into one line, filters whose counts match the rows, tables that fit their
 * box with every Explain button in view, readings only for the terms the treaties use, and the events
 * editor's choices (an event type's kinds; a state typed by its alias). Screenshots at 1280 and 1920.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { missingBrowser, NARROW, openPage, screenshot, SCREENSHOTS, SKIP_BROWSER, startHarness, type Harness } from './support.js';

const missing = missingBrowser();
const INVASION = 'Armed invasion of Russian territory in 2025 (hypothetical)';
const NATO_ATTACKS = "Attacks inside Article 6's area";
const WIDTHS = [1280, 1440, 1920];

const art4 = (page: Page, where: 'outcomes' | 'why-not', beneficiary = 'RUS') =>
  page
    .getByTestId(where)
    .locator(`tr[data-provision="art4-mutual-assistance"][data-binding="${beneficiary === 'RUS' ? 'PRK/RUS' : 'RUS/PRK'}"]`);

async function load(page: Page, title: string): Promise<void> {
  const select = page.getByLabel('A corpus scenario');
  await select.waitFor();
  const value = await select.locator('option', { hasText: title }).first().getAttribute('value');
  await select.selectOption(value!);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await page.waitForFunction((t) => (document.querySelector('#scenario-title') as HTMLInputElement | null)?.value.startsWith(t), title);
}

async function run(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('results-list').waitFor();
}

/** The window's view from the top of the results (a long page's full screenshot takes too long). */
async function resultsShot(page: Page, name: string): Promise<void> {
  await page.locator('.workbench-results').evaluate((e) => e.scrollIntoView());
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), timeout: 60_000 });
}

/** Nothing in the results scrolls sideways, and every Explain button lies inside the results and the window. */
async function assertFits(page: Page, label: string): Promise<void> {
  const box = await page.evaluate(() => {
    const results = document.querySelector('[data-testid="results-list"]') as HTMLElement;
    const r = results.getBoundingClientRect();
    const outside = [...results.querySelectorAll('button')]
      .filter((b) => b.textContent === 'Explain')
      .map((b) => b.getBoundingClientRect())
      .filter((b) => b.left < r.left - 0.5 || b.right > r.right + 0.5 || b.right > window.innerWidth);
    const scrolling = [results, ...results.querySelectorAll('table, details, section')].filter(
      (e) => (e as HTMLElement).scrollWidth > (e as HTMLElement).clientWidth + 1,
    );
    return {
      outside: outside.length,
      scrolling: scrolling.map((e) => e.className || e.tagName),
      page: document.documentElement.scrollWidth - window.innerWidth,
      buttons: results.querySelectorAll('button').length,
    };
  });
  assert.ok(box.buttons > 0, `${label}: Explain buttons`);
  assert.equal(box.outside, 0, `${label}: ${box.outside} Explain buttons outside the results`);
  assert.deepEqual(box.scrolling, [], `${label}: parts wider than their box`);
  assert.ok(box.page <= 1, `${label}: the page scrolls sideways by ${box.page}px`);
}

describe('workbench results in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 300_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  test('the Art. 4 duty under each reading: discharged, breached by its deadline’s last day, and why not under declared-war', async () => {
    const page = await openPage(h, '/workbench', { width: 1280, height: 900 });
    await load(page, INVASION);
    // Only the contested terms of the 2024 treaty are offered (not the North Atlantic Treaty's or ANZUS's).
    const terms = await page.locator('details.readings fieldset.term').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-term')));
    assert.deepEqual(terms, ['state-of-war', 'immediately', 'without-delay']);
    await run(page);
    const tabs = page.getByRole('tab');
    assert.deepEqual(await tabs.allInnerTexts(), [
      'state-of-war: armed-hostilities, without-delay: no-fixed-deadline',
      'state-of-war: armed-hostilities, without-delay: within-seven-days',
      'state-of-war: declared-war, without-delay: no-fixed-deadline',
      'state-of-war: declared-war, without-delay: within-seven-days',
    ]);
    // The readings said are those of the terms the treaty uses.
    assert.equal(
      await page.getByTestId('readings-line').innerText(),
      'Readings: immediately = no-fixed-deadline · state-of-war = armed-hostilities · without-delay = no-fixed-deadline',
    );

    // What the scenario set off comes first: the Art. 4 duty, in plain dates.
    const first = page.getByTestId('outcomes').locator('tbody tr').first();
    assert.equal(await first.getAttribute('data-provision'), 'art4-mutual-assistance');
    assert.equal(await art4(page, 'outcomes').getAttribute('data-outcome'), 'discharged');
    assert.match(await art4(page, 'outcomes').innerText(), /discharged on 2025-03-10 by aid \(arose on 2025-03-01\)/);
    // RUS's duty to the DPRK did not arise: why not, visible.
    assert.ok(await art4(page, 'why-not', 'PRK').isVisible());
    assert.match(await art4(page, 'why-not', 'PRK').innerText(), /with attacked-party PRK\) — never on a day the treaty applied/);
    // The chart labels the scenario's duty on the first row.
    const bar = page
      .getByTestId('run-chart')
      .getByRole('button', { name: /art4-mutual-assistance, PRK → RUS: discharged on 2025-03-10 by aid/ });
    assert.equal(await bar.count(), 1);
    await screenshot(page, 'results-invasion-1280');
    await resultsShot(page, 'results-invasion-top-1280');

    await tabs.nth(1).click();
    assert.equal(await art4(page, 'outcomes').getAttribute('data-outcome'), 'breached');
    assert.match(await art4(page, 'outcomes').innerText(), /breached: deadline passed, last day 2025-03-07 \(arose on 2025-03-01\)/);

    for (const n of [2, 3]) {
      await tabs.nth(n).click();
      await art4(page, 'why-not').waitFor();
      assert.equal(await art4(page, 'outcomes').count(), 0);
      assert.ok(await art4(page, 'why-not').isVisible(), 'the why-not row is open');
      assert.equal(await art4(page, 'why-not').getAttribute('data-outcome'), 'not-triggered');
      assert.match(
        await art4(page, 'why-not').innerText(),
        /Event "armed-attack" \(against attacked-party, by any-state\) and attacked-party is in "state-of-war" \(with attacked-party RUS\) — never on a day the treaty applied, under state-of-war: declared-war\./,
      );
    }
    // Where the readings differ, each outcome in words, the differing terms only.
    const differences = await page.getByTestId('differences').innerText();
    assert.match(
      differences,
      /state-of-war: armed-hostilities, without-delay: no-fixed-deadline\s+discharged\s+discharged on 2025-03-10 by aid/,
    );
    assert.doesNotMatch(differences, /deems-necessary|discharged from/);
    await page.close();
  });

  test('the standing duties are one line that opens; the filters change the rows and the chart, their counts match, and they stay from tab to tab', async () => {
    const page = await openPage(h, '/workbench', { width: 1280, height: 900 });
    await load(page, INVASION);
    await run(page);
    const standing = page.getByTestId('standing');
    const summary = standing.locator('summary');
    const folded = await summary.innerText();
    const n = Number(/^(\d+) standing duties held throughout, none breached — show$/.exec(folded)?.[1]);
    assert.ok(n >= 10, folded);
    assert.equal(await standing.locator('tr[data-outcome]').count(), 0);
    await summary.click();
    await standing.locator('tr[data-outcome]').first().waitFor();
    assert.equal(await standing.locator('tr[data-outcome]').count(), n);
    assert.match(await summary.innerText(), /— hide$/);
    assert.deepEqual(
      [
        ...new Set(await standing.locator('tr[data-outcome]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome')))),
      ].sort(),
      ['active', 'kept'],
    );
    await summary.click();

    const rows = () => page.getByTestId('results-list').locator('tr[data-outcome]');
    const count = async (outcome: string) => Number(await page.locator(`.outcome-filter [data-outcome="${outcome}"] .count`).innerText());
    // Ticking an outcome shows as many rows as its count.
    await page.locator('.outcome-filter [data-outcome="not-triggered"] input').check();
    assert.equal(await rows().count(), await count('not-triggered'));
    assert.match(await page.getByTestId('results-count').innerText(), new RegExp(`^${await count('not-triggered')} of \\d+ rows shown`));
    // A party: the counts follow (RUS owes nothing under Art. 4 here, PRK does).
    await page.getByTestId('filter-party').selectOption('PRK');
    const prk = await count('not-triggered');
    assert.equal(await rows().count(), prk);
    assert.ok(
      (await rows().evaluateAll((rs) => rs.map((r) => r.getAttribute('data-binding')!))).every((b) => b.split(/[/+]/).includes('PRK')),
      'every row shown concerns PRK',
    );
    await page.locator('.outcome-filter [data-outcome="not-triggered"] input').uncheck();
    await page.locator('.outcome-filter [data-outcome="discharged"] input').check();
    assert.equal(await count('discharged'), 1);
    assert.deepEqual(await rows().evaluateAll((rs) => rs.map((r) => r.getAttribute('data-provision'))), ['art4-mutual-assistance']);
    // The chart follows: the one duty shown is its one duty bar; no standing row; PRK's rows, not RUS's.
    const chart = page.getByTestId('run-chart');
    const barNames = () => chart.locator('.tl-bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
    const dutyBars = await chart
      .locator('.tl-bar[role="button"]')
      .evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
    assert.equal(dutyBars.length, 1, dutyBars.join('\n'));
    assert.match(dutyBars[0]!, /art4-mutual-assistance, PRK → RUS: discharged on 2025-03-10 by aid/);
    assert.ok(
      (await barNames()).every((b) => !/standing duties/.test(b) && !/^RUS\b/.test(b)),
      (await barNames()).join('\n'),
    );
    // The legend says what is drawn: the discharged duty, no state of affairs (RUS's is filtered away), no standing row.
    const legend = await page.getByRole('list', { name: 'Chart legend' }).innerText();
    assert.match(legend, /discharged/);
    assert.doesNotMatch(legend, /state of affairs|standing duties|active|kept/);
    await resultsShot(page, 'results-filtered-prk-discharged-1280');
    // Kept from one reading's tab to the next: there the duty was breached, so none is shown, and "discharged" stays offered at 0.
    await page.getByRole('tab').nth(1).click();
    await page.getByTestId('filter-party').waitFor();
    assert.equal(await page.getByTestId('filter-party').inputValue(), 'PRK');
    assert.equal(await count('discharged'), 0);
    assert.equal(await page.locator('.outcome-filter [data-outcome="discharged"] input').isChecked(), true);
    assert.equal(await rows().count(), 0);
    assert.equal(await chart.locator('.tl-bar[role="button"]').count(), 0);
    await page.locator('.outcome-filter [data-outcome="breached"] input').check();
    assert.deepEqual(await rows().evaluateAll((rs) => rs.map((r) => r.getAttribute('data-outcome'))), ['breached']);
    assert.equal(await chart.locator('.tl-bar[role="button"]').count(), 1);
    await page.getByRole('button', { name: 'Show all' }).click();
    assert.match(await page.getByTestId('results-count').innerText(), /^\d+ rows: 1 set off or decided by the scenario/);
    await page.close();
  });

  test('the results fit their box at 1280, 1440, 1920 and 390 px, every Explain button in view, a treaty of 32 parties too', async () => {
    for (const [title, name] of [
      [INVASION, 'results'],
      [NATO_ATTACKS, 'results-nato'],
    ] as const) {
      for (const width of WIDTHS) {
        const page = await openPage(h, '/workbench', { width, height: 1000 });
        await load(page, title);
        await run(page);
        if (width !== 1440) await resultsShot(page, `${name}-top-${width}`);
        // The folded lines open, so that their rows (a joint duty of every party among them) are measured too.
        await page.getByTestId('standing').locator('summary').click();
        await page.getByTestId('standing').locator('tr[data-outcome]').first().waitFor();
        await assertFits(page, `${name} at ${width}`);
        if (width !== 1440 && name === 'results') await screenshot(page, `${name}-${width}`);
        await page.close();
      }
    }
    // On a phone the tables become a card per row, the Explain button in each.
    const page = await openPage(h, '/workbench', NARROW);
    await load(page, INVASION);
    await run(page);
    await page.getByTestId('standing').locator('summary').click();
    await assertFits(page, 'results at 390');
    await resultsShot(page, 'results-top-390');
    await page.close();
  });

  test('the kinds offered are the event type’s; a state typed “Russia” is taken as RUS; a state the API refuses is answered at its field', async () => {
    const page = await openPage(h, '/workbench', { width: 1280, height: 900 });
    await load(page, INVASION);
    await page.getByRole('button', { name: '+ Add event' }).click();
    const row = page.locator('fieldset.event-row').nth(2);
    await row.getByLabel('Date (YYYY-MM-DD)').fill('2025-03-12');
    await row.getByLabel('Type').selectOption('assistance-provided');
    const kinds = row.getByTestId('kind-choice').locator('input[type="checkbox"]');
    assert.deepEqual(await kinds.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)), ['military', 'other']);
    // A type that lists no kinds offers none.
    await row.getByLabel('Type').selectOption('armed-attack');
    assert.equal(await row.getByTestId('kind-choice').count(), 0);
    await row.getByLabel('Type').selectOption('assistance-provided');
    await kinds.nth(1).check();

    const by = row.getByLabel('By (acting state)');
    await by.fill('Russia');
    await by.blur();
    assert.equal(await by.inputValue(), 'RUS');
    assert.match(await row.getByTestId('state-named').first().innerText(), /“Russia”: Russian Federation/);
    const to = row.getByLabel(/^To/);
    await to.fill('DPRK');
    await to.blur();
    assert.equal(await to.inputValue(), 'PRK');
    await run(page);
    assert.equal(await page.getByRole('alert').count(), 0);
    // The aid from Russia to the DPRK (kind "other") is now an event of the run.
    await page.getByTestId('outcomes').locator('tr').first().waitFor();

    // A name that is no state is sent as typed; the API's answer stands at the field.
    await to.fill('Rusia');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('alert').waitFor();
    const error = row.locator(`[id$="-to-error"]`);
    await error.waitFor();
    assert.match(await error.innerText(), /Rusia/);
    assert.equal(await to.getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'results-inputs');
    await page.close();
  });

  test('a place is offered from the gazetteer, one after another with commas, named under the field; a place refused is answered at it', async () => {
    const page = await openPage(h, '/workbench', { width: 1280, height: 900 });
    await load(page, INVASION);
    const row = page.locator('fieldset.event-row').first();
    await row.locator('summary', { hasText: 'More: treaty, place, note' }).click();
    const place = row.getByLabel('Place');
    const offered = () => place.evaluate((input) => [...(input as HTMLInputElement).list!.options].map((o) => [o.value, o.label] as const));
    await place.fill('');
    const first = await offered();
    assert.ok(
      first.some(([v, l]) => v === 'kursk-oblast' && l === 'Kursk Oblast (region)'),
      JSON.stringify(first.slice(0, 5)),
    );
    // After a comma: the places written stay in front of each choice, and are not offered again.
    await place.fill('kursk-oblast, ru');
    const second = await offered();
    assert.ok(second.some(([v]) => v === 'kursk-oblast, rus-territory'));
    assert.ok(second.every(([v]) => v.startsWith('kursk-oblast, ') && v !== 'kursk-oblast, kursk-oblast'));
    await place.fill('kursk-oblast, rus-territory');
    assert.match(await row.getByTestId('places-named').innerText(), /^Kursk Oblast · .*Russia/);
    // An id the gazetteer lacks: the API's did-you-mean at the field; "More" stays open on it.
    await place.fill('kursk-oblats');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const error = row.locator('[id$="-place-error"]');
    await error.waitFor();
    assert.match(await error.innerText(), /unknown place "kursk-oblats"[^]*use one of the nearest: kursk-oblast/);
    assert.equal(await place.getAttribute('aria-invalid'), 'true');
    assert.equal(await row.locator('details.more').getAttribute('open'), '');
    await screenshot(page, 'results-place-refused');
    await page.close();
  });

  test('the pages reported no errors', () => {
    assert.deepEqual(h.pageErrors, []);
  });
});

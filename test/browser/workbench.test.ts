/**
 * The web workbench in a real browser: the corpus, the treaty reader, the scenario workbench (run,
 * explanation, save and reopen, validation errors), the comparison and the import, at 1280×800 and
 * on a narrow screen. Each page's screenshot is kept under test-output/screenshots/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { missingBrowser, NARROW, openPage, screenshot, SKIP_BROWSER, startHarness, type Harness } from './support.js';

const missing = missingBrowser();
const ATTACK_1985 = 'Attack on the DPRK in 1985 (hypothetical)';
const MUTUAL_ASSISTANCE_WORDS = 'Should either of the Contracting Parties suffer armed attack';

test('Chromium is there for the browser tests', { skip: SKIP_BROWSER }, () => {
  assert.equal(missing, null, missing ?? '');
});

describe('web workbench in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  const loadAttack1985 = async (page: Page) => {
    await page.getByLabel('A corpus scenario').selectOption({ label: ATTACK_1985 });
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByLabel('Title').first().waitFor();
    assert.equal(await page.locator('#scenario-title').inputValue(), ATTACK_1985);
  };

  test('the corpus lists the treaties with parties, signature and status today', async () => {
    const page = await openPage(h, '/');
    const cards = page.getByRole('list', { name: 'Treaties' }).locator('li.treaty-card');
    await cards.first().waitFor();
    // The two bundled bilateral treaties, ANZUS and the North Atlantic Treaty (issue 17).
    assert.equal(await cards.count(), 4);
    const old = page.locator('li[data-treaty="ussr-prk-1961"]');
    assert.match(await old.innerText(), /1961-07-06, Moscow/);
    assert.match(await old.innerText(), /terminated\s+since 1996-09-10/);
    assert.match(await page.locator('li[data-treaty="prk-rus-2024"]').innerText(), /in force\s+since 2024-12-04/);

    await page.getByLabel('Search the treaties, their sources and your imported documents').fill('armed attack');
    await page.getByRole('button', { name: 'Search' }).click();
    const hit = page.getByRole('link', { name: /Assistance \(1961\), Article 1\(2\): If a party is attacked/ });
    await hit.waitFor();
    await screenshot(page, 'corpus');
    await hit.click();
    await page.waitForURL(/\/treaties\/ussr-prk-1961\?provision=art1-mutual-assistance/);
    await page.getByTestId('rule-panel').waitFor();
    await page.close();
  });

  test('the reader highlights each quote; Article 1(2) selects art1-mutual-assistance and shows its rule', async () => {
    const page = await openPage(h, '/treaties/ussr-prk-1961');
    await page.getByRole('heading', { name: 'Text and rules' }).waitFor();
    // The footnote that breaks Article 1(1) at a page break stands where it is, marked as such.
    const footnote = page.locator('.inline-footnote');
    assert.match(await footnote.innerText(), /footnote 1 · stands here, at a page break/i);
    assert.equal(
      (await page.locator('mark[data-provision="art1-peace-action"]').count()) >= 2,
      true,
      'the two spans of Article 1(1) are both highlighted',
    );
    // Non-operative passages are greyed with their reason.
    assert.match(await page.locator('.non-operative-reason').first().innerText(), /Preamble/);

    const highlight = page.locator('mark[data-provision="art1-mutual-assistance"]').first();
    assert.match(await highlight.innerText(), /^Should either of the Contracting Parties suffer armed attack/);
    await highlight.click();
    await page.waitForURL(/provision=art1-mutual-assistance/);
    const rule = page.getByTestId('rule-panel');
    await rule.waitFor();
    const text = await rule.innerText();
    assert.match(text, /Article 1\(2\)/);
    assert.match(text, /art1-mutual-assistance/);
    assert.match(text, /obligation/);
    assert.match(text, /other-party/);
    assert.match(text, /attacked-party/);
    assert.match(text, /armed-attack/);
    assert.match(text, /assistance-provided/);
    assert.match(text, /immediately/);
    // The lifecycle chart is drawn, with the same facts in a table: each span by its first and last day.
    await page.getByTestId('lifecycle-chart').locator('svg.timeline-svg').waitFor();
    await page.getByText('The lifecycle as a table').click();
    assert.match(await page.locator('.lifecycle table').first().innerText(), /1991-09-10\s+1996-09-09\s+6\s+1995-09-10/);
    // One row per party below the treaty's: Russia bound in the USSR's place from the succession, named as such.
    const chartLabel = (await page.getByTestId('lifecycle-chart').getAttribute('aria-label')) ?? '';
    assert.match(chartLabel, /one row each: Treaty; SUN; RUS, continuing SUN; PRK;/);
    const russia = page.locator('.lifecycle table.party-table tr[data-party="SUN"][data-state="RUS"]').first();
    assert.match(await russia.innerText(), /^SUN\s+RUS, continuing SUN\s+in force\s+1991-12-25\s+1996-09-09/);
    await screenshot(page, 'reader');

    // Why not? The duty on a day under the recorded history: in 1985 no attack put either party in a state of war.
    const why = rule.getByTestId('why-not-panel');
    await why.locator('summary').click();
    await why.getByLabel('Day (YYYY-MM-DD), under the recorded history').fill('1985-03-02');
    await why.locator('li[data-outcome="not-triggered"]').nth(1).waitFor();
    const answer = await why.innerText();
    assert.match(answer, /On 1985-03-02 the treaty is\s+in force\.\s+No duty of it arose by that day:/);
    assert.match(answer, /SUN → PRK\s+not triggered\s+Event "armed-attack"/);

    // Keyboard: Tab reaches a highlight; Enter selects it.
    const peace = page.locator('mark[data-provision="art1-peace-action"][tabindex="0"]');
    await peace.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/provision=art1-peace-action/);
    assert.match(await page.getByTestId('rule-panel').innerText(), /art1-peace-action/);
    await page.close();
  });

  test('a corpus scenario runs; the mutual-assistance outcome opens its explanation; the duties that did not arise say why not', async () => {
    const page = await openPage(h, '/workbench');
    await loadAttack1985(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const row = page.getByTestId('outcomes').locator('tr[data-provision="art1-mutual-assistance"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-outcome'), 'discharged');
    await page.getByTestId('run-chart').locator('svg.timeline-svg').waitFor();
    // The duty PRK would owe the USSR did not arise: listed after those that did, with its outcome and why not.
    const whyNot = page.getByTestId('why-not').locator('tr[data-provision="art1-mutual-assistance"]');
    assert.equal(await whyNot.count(), 1);
    assert.ok(await whyNot.isVisible(), 'the not-triggered row is visible');
    assert.equal(await whyNot.getAttribute('data-outcome'), 'not-triggered');
    const reason = await whyNot.innerText();
    assert.match(reason, /PRK → SUN/);
    // The outcome is said once for the provision's bindings where no duty arose, on its line.
    assert.match(
      await page.getByTestId('why-not').locator('details[data-provision="art1-mutual-assistance"] > summary').innerText(),
      /not triggered/,
    );
    assert.match(
      reason,
      /Event "armed-attack" \(against attacked-party, by any-state\) and attacked-party is in "state-of-war" \(with attacked-party SUN\) — never on a day the treaty applied, under state-of-war: armed-hostilities\./,
    );
    await row.getByRole('button', { name: /Explain/ }).click();
    const explanation = page.getByTestId('explanation');
    await explanation.waitFor();
    const text = await explanation.innerText();
    assert.ok(text.includes(MUTUAL_ASSISTANCE_WORDS), 'the quote of Article 1(2)');
    assert.match(text, /Article 1/);
    assert.match(await explanation.locator('code.event-id', { hasText: /^e1$/ }).innerText(), /e1/);
    assert.match(text, /source: hypothetical/);
    assert.match(text, /state-of-war read as armed-hostilities/);
    // The other reading: no state of war, so no duty; the difference is shown.
    assert.match(await page.locator('.differences').innerText(), /not triggered/);
    await screenshot(page, 'workbench-run');
    await page.getByRole('tab', { name: 'state-of-war: declared-war' }).click();
    await page.getByTestId('why-not').locator('tr[data-provision="art1-mutual-assistance"]').nth(1).waitFor();
    assert.equal(await page.getByTestId('outcomes').locator('tr[data-provision="art1-mutual-assistance"]').count(), 0);
    assert.deepEqual(
      await page
        .getByTestId('why-not')
        .locator('tr[data-provision="art1-mutual-assistance"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-outcome'))),
      ['not-triggered', 'not-triggered'],
    );
    // A why-not row opens its explanation too, its last step saying why.
    await page
      .getByTestId('why-not')
      .locator('tr[data-provision="art1-mutual-assistance"]')
      .nth(1)
      .getByRole('button', { name: /Explain/ })
      .click();
    assert.match(
      await page.getByTestId('explanation').innerText(),
      /no duty arose[^]*Not triggered: [^]*under state-of-war: declared-war\./,
    );
    await page.close();
  });

  test('a scenario built in the form is saved, and reopened after a reload with the same events', async () => {
    const page = await openPage(h, '/workbench');
    await loadAttack1985(page);
    const title = 'Attack on the DPRK, my variant';
    await page.locator('#scenario-title').fill(title);
    await page.getByRole('button', { name: '+ Add event' }).click();
    const third = page.locator('fieldset.event-row').nth(2);
    await third.getByLabel('Date (YYYY-MM-DD)').fill('1985-04-01');
    await third.getByLabel('Type').selectOption('hostilities-ended');
    await third.getByRole('checkbox', { name: 'USA' }).check();
    await third.getByRole('checkbox', { name: 'PRK' }).check();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('outcomes').locator('tr[data-provision="art1-mutual-assistance"]').waitFor();
    await page.getByRole('button', { name: 'Save…' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved “${title}”` })
      .waitFor();
    await page.waitForURL(/saved=/);

    await page.reload();
    await page.getByRole('button', { name: `Open ${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Opened “${title}”` })
      .waitFor();
    const ids = await page.locator('fieldset.event-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    assert.deepEqual(ids, ['e1', 'e2', 'e3']);
    assert.equal(await page.locator('fieldset.event-row').nth(2).getByLabel('Date (YYYY-MM-DD)').inputValue(), '1985-04-01');
    assert.equal(await page.locator('fieldset.event-row').nth(0).getByLabel('Type').inputValue(), 'armed-attack');
    assert.equal(await page.locator('#scenario-title').inputValue(), title);
    await screenshot(page, 'workbench-reopened');
    await page.close();
  });

  test("the API's validation errors stand next to the event at fault", async () => {
    const page = await openPage(h, '/workbench');
    await page.getByRole('button', { name: '+ Add event' }).click();
    const row = page.locator('fieldset.event-row').first();
    await row.getByLabel('Date (YYYY-MM-DD)').fill('1985-02-30');
    await row.getByLabel('Type').selectOption('armed-attack');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /the scenario is not valid/);
    assert.match(await row.locator('.field-error').first().innerText(), /February 1985 has 28 days/);
    assert.equal(await row.getByLabel('Date (YYYY-MM-DD)').getAttribute('aria-invalid'), 'true');
    await screenshot(page, 'workbench-errors');
    await page.close();
  });

  test('the comparison aligns the mutual-assistance provisions and grades their differences', async () => {
    const page = await openPage(h, '/compare?a=ussr-prk-1961&b=prk-rus-2024');
    const pair = page.locator('section.pair[data-pair="art1-mutual-assistance:art4-mutual-assistance"]');
    await pair.waitFor();
    const text = await pair.innerText();
    assert.match(text, /narrows|widens|unclear/);
    assert.ok(text.includes(MUTUAL_ASSISTANCE_WORDS));
    assert.ok((await pair.locator('tr[data-field]').count()) > 0, 'graded field differences');
    assert.ok((await pair.locator('mark.diff').count()) > 0, 'the differing words are highlighted');
    assert.match(await page.getByRole('heading', { name: 'Summary' }).locator('..').innerText(), /Art\. 1\(2\)/);
    assert.match(await page.locator('table.lifecycle-rows').innerText(), /notice/);
    assert.ok((await page.locator('.only-in li').count()) > 0, 'provisions in one treaty only');
    await screenshot(page, 'compare');
    await page.close();
  });

  test('an imported text is previewed, kept, listed and reopened', async () => {
    const page = await openPage(h, '/import');
    const text = [
      'AGREEMENT BETWEEN THE REPUBLIC OF ARCADIA AND THE KINGDOM OF BORDURIA ON FISHERIES',
      '',
      'The Republic of Arcadia and the Kingdom of Borduria,',
      '',
      'Desiring to conserve the fish stocks of their common waters,',
      '',
      'Have agreed as follows:',
      '',
      'Article 1',
      '',
      'The Parties shall exchange catch data every year.',
      '',
      'Article 2',
      '',
      'This Agreement shall enter into force on the date of its signature.',
      '',
      'Done at Arcadia City, on 1 March 2020.',
    ].join('\n');
    // An uploaded file is read as text into the form.
    await page
      .getByLabel('Upload a file (read as text)')
      .setInputFiles({ name: 'uploaded.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.getByText('Read uploaded.txt').waitFor();
    assert.equal(await page.getByLabel('Or paste the text').inputValue(), text);
    assert.equal(await page.getByLabel('Name').inputValue(), 'uploaded.txt');
    // A pasted text, the same way.
    await page.getByLabel('Or paste the text').fill('');
    await page.getByLabel('Name').fill('fisheries.txt');
    await page.getByLabel('Or paste the text').fill(text);
    await page.getByRole('button', { name: 'Preview the structure' }).click();
    const preview = page.getByTestId('ingest-preview');
    await preview.waitFor();
    assert.match(await preview.getByRole('list', { name: 'Articles' }).innerText(), /Article 1[\s\S]*exchange catch data[\s\S]*Article 2/);
    await screenshot(page, 'import-preview');
    await preview.getByRole('button', { name: 'Keep' }).click();
    await preview.getByRole('button', { name: 'Kept ✓' }).waitFor();
    const kept = page.getByRole('list', { name: 'Kept documents' });
    await kept.getByText('fisheries.txt').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Open fisheries.txt' }).click();
    await page.getByTestId('ingest-preview').getByText('exchange catch data', { exact: false }).waitFor();
    await screenshot(page, 'import-kept');
    await page.close();
  });

  test('every page reads on a narrow screen (390 px)', async () => {
    const pages: [string, string, (page: Page) => Promise<void>][] = [
      ['/', 'narrow-corpus', async (p) => void (await p.locator('li.treaty-card').first().waitFor())],
      [
        '/treaties/ussr-prk-1961?provision=art1-mutual-assistance',
        'narrow-reader',
        async (p) => void (await p.getByTestId('rule-panel').waitFor()),
      ],
      [
        '/workbench',
        'narrow-workbench',
        async (p) => {
          await loadAttack1985(p);
          await p.getByRole('button', { name: 'Run', exact: true }).click();
          await p
            .getByTestId('outcomes')
            .locator('tr[data-provision="art1-mutual-assistance"]')
            .getByRole('button', { name: /Explain/ })
            .click();
          await p.getByTestId('explanation').waitFor();
        },
      ],
      ['/compare?a=ussr-prk-1961&b=prk-rus-2024', 'narrow-compare', async (p) => void (await p.locator('section.pair').first().waitFor())],
      ['/import', 'narrow-import', async (p) => void (await p.getByRole('heading', { name: 'Kept documents' }).waitFor())],
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

/**
 * The treaty reader in a real browser (as workbench.test.ts: the built UI, a real server on the
 * bundled corpus, Debian's Chromium): the status on a chosen day (the date box, its key days, the
 * address's ?at=), per party with a continuator named in its predecessor's place, the next
 * deadlines from that day, how the 1961 treaty ended, and the recorded events with their sources
 * and notes in full, each with an anchor the explanations link to. Screenshots at 1280 and 1920 px.
 *
 * The facts are the corpus's: the 1961 treaty entered into force on 1961-09-10 for ten years, then
 * renewed five years at a time unless notice is given a year before a term ends; term 5 runs from
 * 1986-09-10 to 1991-09-10, term 6 to 1996-09-10 (notice by 1995-09-10); the Russian Federation,
 * continuing the USSR from 1991-12-25, gave notice on 1995-08-07, so the treaty ended on 1996-09-10.
 * On 1980-01-01 the North Atlantic Treaty binds 15 of its 32 parties: the 12 founders, Greece and Turkey
 * (from 1952-02-18) and the Federal Republic of Germany (from 1955-05-06), not yet Spain
 * (from 1982-05-30); a notice of withdrawal that day would take effect a year later, on 1981-01-01.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { TreatyDetail } from '../../src/faces/web/api/types.js';
import { missingBrowser, openPage, screenshot, SCREENSHOTS, SKIP_BROWSER, startHarness, WIDE, type Harness } from './support.js';

const missing = missingBrowser();
const WIDEST = { width: 1920, height: 1080 };

describe('the treaty reader in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  const headline = (page: Page) => page.getByTestId('day-headline');
  const waitForDay = async (page: Page, day: string) => {
    await page.locator(`[data-testid="day-headline"]:has-text("On ${day}:")`).waitFor();
  };
  const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();

  test('(a) the date box set to 1990-01-01: in force, term 5, its span said with its last day, visible without scrolling', async () => {
    const page = await openPage(h, '/treaties/ussr-prk-1961');
    await page.locator('#status-day').fill('1990-01-01');
    await waitForDay(page, '1990-01-01');
    assert.equal(
      (await headline(page).innerText()).replace(/\s+/g, ' ').trim(),
      'in force On 1990-01-01: In force from 1986-09-10 to 1991-09-10 (last day 1991-09-09), term 5.',
    );
    assert.equal(new URL(page.url()).searchParams.get('at'), '1990-01-01');
    // The answer stands in the first screen at 1280 × 800, no scrolling through tables.
    const box = await headline(page).boundingBox();
    assert.ok(box && box.y + box.height <= WIDE.height, `the answer is at ${box?.y} px, below the first screen`);
    const deadlines = await text(page, 'day-deadlines');
    assert.match(deadlines, /Term 5 ends 1991-09-10 \(last day 1991-09-09\)\./);
    assert.match(
      deadlines,
      /To stop its renewal: notice by 1990-09-10 \(last day\); a notice given by then ends the treaty on 1991-09-10, when term 5 ends\./,
    );
    // Each party that day: the USSR itself, the Russian Federation in its place only from 1991-12-25.
    const sun = page.locator('[data-testid="day-parties"] tr[data-party="SUN"]');
    assert.equal(await sun.getAttribute('data-state'), 'SUN');
    assert.match(
      await sun.innerText(),
      /in force from 1961-09-10 to 1991-12-25 \(last day 1991-12-24\); then Russian Federation \(RUS\) bound in its place/,
    );
    // No interval notation anywhere in the day's answer.
    assert.doesNotMatch(await page.getByTestId('day-status').innerText(), /\[\d{4}-\d{2}-\d{2},|open-ended\)|until \d{4}/);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-day-1990-1280.png') });
    await page.close();
  });

  test('(b) a day in term 6: notice by 1995-09-10 (last day) for the term ending 1996-09-10; the end caused by the Russian Federation’s notice of 1995-08-07', async () => {
    const page = await openPage(h, '/treaties/ussr-prk-1961?at=1995-06-01');
    await waitForDay(page, '1995-06-01');
    let deadlines = await text(page, 'day-deadlines');
    assert.match(deadlines, /Term 6 ends 1996-09-10 \(last day 1996-09-09\)\./);
    assert.match(
      deadlines,
      /To stop its renewal: notice by 1995-09-10 \(last day\); a notice given by then ends the treaty on 1996-09-10, when term 6 ends\./,
    );
    // After the deadline, still in term 6: the deadline said, and that it has passed.
    await page.locator('#status-day').fill('1995-10-01');
    await waitForDay(page, '1995-10-01');
    deadlines = await text(page, 'day-deadlines');
    assert.match(deadlines, /To stop the renewal of term 6: notice by 1995-09-10 \(last day\), a day already past on 1995-10-01\./);
    assert.match(deadlines, /The recorded acts end it on 1996-09-10 \(last day in force 1996-09-09\)\./);
    const end =
      'Ended on 1996-09-10 (last day in force 1996-09-09): Russian Federation (RUS), continuing the Union of Soviet Socialist Republics (SUN), ' +
      "gave the notice of 1995-08-07 to Democratic People's Republic of Korea (PRK) (recorded event notice-1995), in time to stop its renewal at the end of term 6: " +
      'notice by 1995-09-10 (last day).';
    const said = async (where: string) => (await page.locator(where).getByTestId('lifecycle-end').innerText()).replace(/\s+/g, ' ').trim();
    assert.equal(await said('section.lifecycle'), end);
    assert.equal(await said('section.day-status'), end);
    const summary = await text(page, 'lifecycle-summary');
    assert.match(summary, /^In force from 1961-09-10 to 1996-09-10 \(last day 1996-09-09\), in 6 terms\./);
    // The continuator, bound in the USSR's place.
    const sun = page.locator('[data-testid="day-parties"] tr[data-party="SUN"]');
    assert.equal(await sun.getAttribute('data-state'), 'RUS');
    assert.equal(
      (await sun.locator('th').innerText()).replace(/\s+/g, ' ').trim(),
      'Russian Federation (RUS), continuing the Union of Soviet Socialist Republics (SUN) from 1991-12-25',
    );
    assert.match(await sun.innerText(), /in force from 1991-12-25 to 1996-09-10 \(last day 1996-09-09\)/);
    // Its explanation names the succession.
    await sun.getByRole('button', { name: /^explain \(\d+ steps\)$/ }).click();
    const why = page.locator('[data-testid="day-parties"] tr[data-party-why="SUN"]');
    assert.match(await why.locator('.explanation .step-succession').first().innerText(), /1991-12-25/);
    await screenshot(page, 'reader-day-1995-1280');
    await page.close();
  });

  test('(c) recorded events: every event by date, its citation and note in full, each with an anchor the explanation links to', async () => {
    const detail = (await (await fetch(`${h.server.url}/api/treaties/ussr-prk-1961`)).json()) as TreatyDetail;
    const page = await openPage(h, '/treaties/ussr-prk-1961?at=1996-09-10');
    await waitForDay(page, '1996-09-10');
    assert.equal(
      (await headline(page).innerText()).replace(/\s+/g, ' ').trim(),
      'terminated On 1996-09-10: Terminated on 1996-09-10 (last day in force 1996-09-09).',
    );
    const events = page.locator('.recorded-event');
    assert.deepEqual(await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-event'))), [
      'signature',
      'ratifications-exchanged',
      'notice-1995',
    ]);
    const notice = page.locator('#event-notice-1995');
    const said = (await notice.innerText()).replace(/\s+/g, ' ');
    assert.match(said, /^1995-08-07 Denunciation notice by Russian Federation \(RUS\) · to Democratic People's Republic of Korea \(PRK\)/);
    // The citation and its note exactly as the data gives them, never shortened.
    const recorded = detail.history.find((e) => e.id === 'notice-1995');
    assert.ok(recorded && typeof recorded.source === 'object' && recorded.source.note, 'the corpus records the 1995 notice with a note');
    assert.ok(said.includes(`Source: ${recorded.source.cite}`), said);
    assert.ok(said.includes(`Note on the source: ${recorded.source.note.replace(/\s+/g, ' ')}`), said);
    assert.match(recorded.source.note, /1995-08-07/);
    for (const e of detail.history) {
      const cite = typeof e.source === 'string' ? e.source : e.source.cite;
      assert.ok((await page.locator(`#event-${e.id}`).innerText()).replace(/\s+/g, ' ').includes(cite.replace(/\s+/g, ' ')), e.id);
    }
    // The explanation of the day names the notice and links to it.
    await page.getByText(/^Why: the explanation, step by step/).click();
    await page.locator('.day-why a.event-id', { hasText: 'notice-1995' }).click();
    assert.equal(new URL(page.url()).hash, '#event-notice-1995');
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'event-notice-1995');
    await page.setViewportSize(WIDEST);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-events-1920.png') });
    await page.close();
  });

  test('(d) a multilateral treaty on 1980-01-01: Greece and Turkey parties, Spain not yet; a notice of withdrawal would take effect on 1981-01-01', async () => {
    const page = await openPage(h, '/treaties/north-atlantic-1949?at=1980-01-01');
    await waitForDay(page, '1980-01-01');
    assert.match(await headline(page).innerText(), /In force from 1949-08-24 \(open-ended\)\./);
    assert.equal(await text(page, 'day-party-counts'), 'On 1980-01-01: in force for 15 of 32 parties; not in force for 17.');
    await page.getByText('Each party on 1980-01-01 (32)').click();
    const row = (code: string) => page.locator(`[data-testid="day-parties"] tr[data-party="${code}"]`);
    for (const code of ['GRC', 'TUR']) {
      assert.equal(await row(code).locator('td[data-label="Status"]').innerText(), 'in force');
      assert.equal(await row(code).locator('td[data-label="On that day"]').innerText(), 'in force from 1952-02-18 (open-ended)');
    }
    assert.equal(await row('ESP').locator('td[data-label="Status"]').innerText(), 'not in force');
    assert.equal(await row('ESP').locator('td[data-label="On that day"]').innerText(), 'not yet bound: bound from 1982-05-30');
    assert.equal(
      await text(page, 'day-deadlines'),
      'Next deadlines from 1980-01-01 No term to run out. A notice of denunciation or withdrawal given on 1980-01-01 would take effect on 1981-01-01 (last day bound 1980-12-31).',
    );
    await page.setViewportSize(WIDEST);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-nato-1980-1920.png') });
    // A pair suspended that day is said in words (ANZUS: the United States' obligations towards New Zealand, from 1986-08-11).
    await page.goto(`${h.server.url}/treaties/anzus-1951?at=1990-01-01`);
    await waitForDay(page, '1990-01-01');
    assert.equal(
      (await page.locator('.day-suspensions li').innerText()).trim(),
      "USA's obligations towards NZL suspended from 1986-08-11 (open-ended)",
    );
    await page.close();
  });

  test('(e) ?at= round-trips: the box shows it, a key day sets it, a reload keeps it; a day that is not one is refused in words', async () => {
    const page = await openPage(h, '/treaties/ussr-prk-1961?at=1990-01-01');
    await waitForDay(page, '1990-01-01');
    assert.equal(await page.locator('#status-day').inputValue(), '1990-01-01');
    await page.getByRole('button', { name: /^Ended 1996-09-10$/ }).click();
    await waitForDay(page, '1996-09-10');
    assert.equal(new URL(page.url()).searchParams.get('at'), '1996-09-10');
    assert.equal(await page.getByRole('button', { name: /^Ended 1996-09-10$/ }).getAttribute('aria-pressed'), 'true');
    await page.reload();
    await waitForDay(page, '1996-09-10');
    assert.equal(await page.locator('#status-day').inputValue(), '1996-09-10');

    await page.goto(`${h.server.url}/treaties/ussr-prk-1961?at=1990-13-45`);
    const alert = page.getByTestId('day-status').getByRole('alert');
    assert.equal(
      (await alert.innerText()).replace(/\s+/g, ' ').trim(),
      'Not a day: “1990-13-45” is not a day: there is no month 13 (months run from 01 to 12). The page shows nothing for it; choose a day above.',
    );
    await page.locator('#status-day').fill('1961-09-10');
    await waitForDay(page, '1961-09-10');
    assert.equal(new URL(page.url()).searchParams.get('at'), '1961-09-10');
    await page.setViewportSize(WIDEST);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SCREENSHOTS, 'reader-day-1961-1920.png') });
    await page.close();
    assert.deepEqual(h.pageErrors, []);
  });
});

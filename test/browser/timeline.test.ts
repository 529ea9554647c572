/**
 * The SVG timelines in Chromium: the reader's lifecycle chart and a workbench run's chart draw a
 * focusable bar per interval, named in the one wording of time; Enter opens a bar as a click does;
 * the table alternative lists the same facts; zoom and pan; the chart fits its box from 390 to 1920
 * px. And the bundle those pages load stays under 300 kB gzipped. Screenshots: timeline-*.png.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import {
  ensureBuilt,
  missingBrowser,
  NARROW,
  openPage,
  SCREENSHOTS,
  SKIP_BROWSER,
  startHarness,
  WEB_ROOT,
  type Harness,
} from './support.js';

const missing = missingBrowser();
/** The limit on the web UI's scripts and styles, gzipped (README, "Limits"). */
const BUNDLE_LIMIT = 300_000;
const ATTACK_1985 = 'Attack on the DPRK in 1985 (hypothetical)';
const FULL_HD = { width: 1920, height: 1080 };
const WIDE = { width: 1280, height: 900 };

test('the web UI’s scripts and styles weigh under 300 kB gzipped', { timeout: 120_000 }, async () => {
  await ensureBuilt();
  const assets = join(WEB_ROOT, 'assets');
  const files = readdirSync(assets).filter((name) => /\.(js|css)$/.test(name));
  assert.ok(files.some((name) => name.endsWith('.js')) && files.some((name) => name.endsWith('.css')), files.join(', '));
  const sizes = files.map((name) => [name, gzipSync(readFileSync(join(assets, name)), { level: 9 }).length] as const);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  assert.ok(total < BUNDLE_LIMIT, `${total} bytes gzipped (${sizes.map(([n, s]) => `${n} ${s}`).join(', ')}), over ${BUNDLE_LIMIT}`);
  // No chart library is bundled: the charts are drawn by the app.
  for (const name of files.filter((n) => n.endsWith('.js')))
    assert.doesNotMatch(readFileSync(join(assets, name), 'utf8'), /echarts|zrender/i);
});

const labels = (chart: Locator, selector: string) =>
  chart.locator(selector).evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

async function chartShot(page: Page, chart: Locator, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await chart.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

describe('SVG timelines in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 240_000 }, () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(async () => {
    await h?.close();
  });

  test('the reader’s lifecycle chart: a named, focusable bar per interval; Enter explains; the table says the same', async () => {
    const page = await openPage(h, '/treaties/ussr-prk-1961', WIDE);
    const chart = page.getByTestId('lifecycle-chart');
    await chart.locator('svg.timeline-svg').waitFor();
    assert.match(
      (await chart.locator('svg > title').textContent()) ?? '',
      /^Lifecycle of .+ as a timeline, one row each: Treaty; SUN; RUS, continuing SUN; PRK;/,
    );

    // 8 bars of the treaty (signed, 6 terms, terminated), 2 + 2 of the USSR then Russia, 3 of the DPRK, 6 notice windows.
    const bars = await labels(chart, '.tl-bar');
    assert.equal(bars.length, 21, bars.join('\n'));
    assert.ok(bars.includes('Treaty: Term 5, from 1986-09-10 to 1991-09-10 (last day 1991-09-09)'), bars.join('\n'));
    assert.ok(bars.includes('RUS, continuing SUN: in force, from 1991-12-25 to 1996-09-10 (last day 1996-09-09)'), bars.join('\n'));
    assert.ok(bars.includes('Treaty: terminated, from 1996-09-10 (open-ended)'), bars.join('\n'));
    // A notice window's last day is its deadline.
    assert.ok(
      bars.some((b) => b.startsWith('Notice windows: ') && b.endsWith(', from 1991-09-10 to 1995-09-11 (last day 1995-09-10)')),
      bars.join('\n'),
    );
    const markers = await labels(chart, '.tl-marker');
    assert.equal(markers.length, 3, markers.join('\n'));
    assert.match(markers[2] ?? '', /^Recorded events: denunciation-notice \(notice-1995\), on 1995-08-07; source: /);
    // Every url(#…) reference (the clip, the stripes of a hatched bar) names an element of the page.
    const references = await chart.locator('svg [clip-path], svg [fill^="url("]').evaluateAll((els) =>
      els.map((e) => {
        const id = /^url\(#(.+)\)$/.exec(e.getAttribute('clip-path') ?? e.getAttribute('fill') ?? '')?.[1] ?? '';
        return [id, document.getElementById(id) !== null] as const;
      }),
    );
    assert.ok(references.length > 0);
    for (const [id, found] of references) assert.ok(found, `url(#${id}) names nothing`);
    // Status bars open their explanation (buttons); notice windows and events do not.
    assert.equal(await chart.locator('.tl-bar[role="button"]').count(), 15);
    await chartShot(page, chart, 'timeline-reader-1280');

    // Keyboard: focus a bar, its details pop up; Tab goes to the next; Enter opens its explanation.
    const term5 = chart.locator('.tl-bar[aria-label^="Treaty: Term 5,"]');
    await term5.focus();
    const popover = await chart.locator('.timeline-popover').innerText();
    assert.match(popover, /^Term 5/);
    assert.match(popover, /\nfrom 1986-09-10 to 1991-09-10 \(last day 1991-09-09\)\n/);
    assert.doesNotMatch(popover, /→/);
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Treaty: Term 6, from 1991-09-10 to 1996-09-10 (last day 1996-09-09)',
    );
    await page.keyboard.press('Enter');
    const why = page.locator('#interval-heading');
    await why.waitFor();
    assert.match(await why.innerText(), /1991-09-10/);
    assert.match(await why.innerText(), /term 6/);

    // The table alternative lists every bar and marker with the same days.
    await chart.getByRole('button', { name: 'Show as a table' }).click();
    const table = chart.locator('table.timeline-table');
    assert.equal(await table.locator('tbody tr').count(), 24);
    const term5Row = table
      .locator('tbody tr[data-kind="bar"]')
      .filter({ has: page.locator('td[data-label="What"]', { hasText: /^Term 5$/ }) });
    assert.equal(await term5Row.count(), 1);
    assert.deepEqual((await term5Row.locator('td').allInnerTexts()).slice(0, 5), [
      'Treaty',
      'Term 5',
      '1986-09-10',
      '1991-09-10',
      '1991-09-09',
    ]);
    const notice = table.locator('tbody tr[data-kind="marker"]', { hasText: 'notice-1995' });
    assert.deepEqual((await notice.locator('td').allInnerTexts()).slice(0, 5), [
      'Recorded events',
      'denunciation-notice (notice-1995)',
      '1995-08-07',
      '—',
      '1995-08-07',
    ]);

    // Zoom in: fewer bars drawn, the window said in dates; the whole span brings them all back.
    const window = chart.locator('.timeline-window');
    const before = await window.innerText();
    await chart.getByRole('button', { name: 'Zoom in' }).click();
    await chart.getByRole('button', { name: 'Zoom in' }).click();
    assert.notEqual(await window.innerText(), before);
    assert.ok((await chart.locator('.tl-bar').count()) < 21);
    await chart.getByRole('button', { name: 'Earlier' }).click();
    // Ctrl + wheel over the chart zooms too (a plain wheel scrolls the page).
    const zoomed = await window.innerText();
    const box = (await chart.locator('.timeline-box').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 200);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="lifecycle-chart"] .timeline-window')?.textContent !== text,
      zoomed,
    );
    const wheeled = await window.innerText();
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(100);
    assert.equal(await window.innerText(), wheeled);
    await chart.getByRole('button', { name: 'Whole span' }).click();
    assert.equal(await chart.locator('.tl-bar').count(), 21);
    assert.equal(await window.innerText(), before);
    await page.close();
  });

  test('at 1920 and at 390 px the chart fills its box and nothing overflows the page', async () => {
    for (const [viewport, name] of [
      [FULL_HD, 'timeline-reader-1920'],
      [NARROW, 'timeline-reader-390'],
    ] as const) {
      const page = await openPage(h, '/treaties/ussr-prk-1961', viewport);
      const chart = page.getByTestId('lifecycle-chart');
      const svg = chart.locator('svg.timeline-svg');
      await svg.waitFor();
      await page.waitForTimeout(100);
      const [svgWidth, boxWidth] = await Promise.all([
        svg.evaluate((e) => e.getBoundingClientRect().width),
        chart.locator('.timeline-box').evaluate((e) => e.clientWidth),
      ]);
      assert.ok(Math.abs(svgWidth - boxWidth) <= 1, `${name}: svg ${svgWidth} in a box of ${boxWidth}`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: the page scrolls sideways`);
      assert.equal(await chart.locator('.tl-bar').count(), 21);
      await chartShot(page, chart, name);
      await page.close();
    }
  });

  test('a workbench run’s chart: a bar per interval and duty, the duty’s bar explains on Enter, the table lists them all', async () => {
    const page = await openPage(h, '/workbench', WIDE);
    await page.getByLabel('A corpus scenario').selectOption({ label: ATTACK_1985 });
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await page.getByLabel('Title').first().waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const chart = page.getByTestId('run-chart');
    await chart.locator('svg.timeline-svg').waitFor();
    // First the scenario's window; the whole span draws every bar the table lists.
    await chart.getByRole('button', { name: 'Whole span' }).click();
    await chart.getByRole('button', { name: 'Show as a table' }).click();
    // The window chosen stays when the page draws the chart again.
    assert.equal(await chart.getByRole('button', { name: 'Whole span' }).isDisabled(), true);
    const rows = chart.locator('table.timeline-table tbody tr');
    const barRows = await chart.locator('table.timeline-table tbody tr[data-kind="bar"]').count();
    assert.equal(await chart.locator('.tl-bar').count(), barRows);
    assert.equal(await chart.locator('.tl-marker').count(), (await rows.count()) - barRows);

    const bars = await labels(chart, '.tl-bar[role="button"]');
    // The row names the binding (provision, bearer → beneficiary); the bar its outcome and days.
    const duty = bars.find((b) => /^art1-mutual-assistance\W+SUN → PRK: /.test(b) && /discharged/.test(b));
    assert.ok(duty, bars.join('\n'));
    assert.match(duty, /, from 1985-\d\d-\d\d to 1985-\d\d-\d\d \(last day 1985-\d\d-\d\d\)$/);
    // Status bars are not buttons: only duties open an explanation here.
    assert.ok(
      bars.every((b) => !/ — status: /.test(b)),
      bars.join('\n'),
    );
    await chartShot(page, chart, 'timeline-run-1280');
    await chart.locator(`.tl-bar[aria-label="${duty}"]`).focus();
    await page.keyboard.press('Enter');
    const explanation = page.getByTestId('explanation');
    await explanation.waitFor();
    assert.match(await explanation.innerText(), /Article 1/);
    await page.close();
    assert.deepEqual(h.pageErrors, []);
  });
});

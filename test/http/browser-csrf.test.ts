/**
 * Another site cannot write to the workbench from a real browser (issue 18, finding 3): a page on
 * another origin, opened in Chromium, posts a saved scenario as a text/plain form and as a no-cors
 * fetch (what a browser lets any page send without asking), and nothing is saved; a name rebound to
 * the server's address (DNS rebinding) is answered 421.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';
import { CHROMIUM, missingBrowser, ROOT, SKIP_BROWSER } from '../browser/support.js';

const missing = missingBrowser();

/** The attacker's page: a text/plain form whose body is JSON, submitted on load, and a no-cors fetch. */
function attackPage(target: string): string {
  const name = '{"title":"csrf form","scenario":{"title":"x","description":"';
  const body = JSON.stringify({ title: 'csrf fetch', scenario: { title: 'x' } });
  return `<!doctype html><title>elsewhere</title>
<form id="f" method="POST" action="${target}/api/scenarios" enctype="text/plain">
  <input type="hidden" name='${name}' value='"}}'>
</form>
<script>
  fetch(${JSON.stringify(`${target}/api/scenarios`)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(body)} })
    .catch(() => undefined)
    .finally(() => document.getElementById('f').submit());
</script>`;
}

describe('another site, in Chromium', { skip: SKIP_BROWSER || missing !== null, timeout: 120_000 }, () => {
  let server: RunningServer;
  let elsewhere: Server;
  let browser: Browser;
  const log: string[] = [];
  before(async () => {
    server = await startServer({
      corpusRoot: join(ROOT, 'corpus'),
      dataDir: mkdtempSync(join(tmpdir(), 'pacta-csrf-')),
      port: 0,
      host: '127.0.0.1',
      log: (line) => log.push(line),
    });
    elsewhere = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(attackPage(server.url)));
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        `--host-resolver-rules=MAP rebound.test 127.0.0.1`,
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await new Promise((done) => elsewhere?.close(done));
    await server?.close();
  });

  test('a text/plain form and a no-cors fetch from another origin save nothing', async () => {
    const page = await browser.newPage();
    // Another origin (localhost is another site than 127.0.0.1), on another port.
    const port = (elsewhere.address() as { port: number }).port;
    const refused = page.waitForResponse(
      (r) =>
        r.url() === `${server.url}/api/scenarios` &&
        r.request().method() === 'POST' &&
        r.request().postData()?.includes('csrf form') === true,
    );
    await page.goto(`http://localhost:${port}/`);
    const answer = await refused;
    assert.equal(answer.status(), 403);
    await page.close();
    const posts = log.filter((line) => line.startsWith('POST /api/scenarios '));
    assert.equal(posts.length, 2, log.join('\n'));
    for (const line of posts) assert.match(line, /^POST \/api\/scenarios 403 /);
    assert.deepEqual(server.store.listScenarios(), []);
  });

  test('a name rebound to the server (DNS rebinding) is answered 421', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://rebound.test:${server.port}/api/scenarios`);
    assert.equal(response?.status(), 421);
    assert.match(await page.innerText('body'), /this server does not answer for host \\"rebound.test:\d+\\"/);
    await page.close();
  });
});

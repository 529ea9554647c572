/**
 * Browser tests of the web workbench: the UI built by Vite (once, when web-dist/ is missing or
 * older than its sources), a real server on a random loopback port with a fresh database folder,
 * and Debian's Chromium driven by playwright-core. Screenshots go to test-output/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Where the UI is built; PACTA_WEB_DIST gives another folder (so that parallel runs do not build over each other). */
export const WEB_ROOT = process.env.PACTA_WEB_DIST ?? join(ROOT, 'web-dist');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = process.env.PACTA_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or null. A missing browser is a failure, never a silent skip:
 * the UI would go untested. `PACTA_SKIP_BROWSER=1` skips them on purpose (the reason is printed).
 */
export function missingBrowser(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `no Chromium at ${CHROMIUM}: the browser tests need Debian's chromium (apt-get install -y chromium), or PACTA_CHROMIUM=/path/to/chromium; set PACTA_SKIP_BROWSER=1 to skip them on purpose`;
}

/** The browser tests are skipped only when asked to (`PACTA_SKIP_BROWSER=1`). */
export const SKIP_BROWSER = process.env.PACTA_SKIP_BROWSER === '1' ? 'PACTA_SKIP_BROWSER=1' : false;

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function isFresh(): boolean {
  const index = join(WEB_ROOT, 'index.html');
  const sources = Math.max(newest(join(ROOT, 'src', 'faces', 'web')), newest(join(ROOT, 'vite.config.ts')));
  return existsSync(index) && statSync(index).mtimeMs >= sources;
}

/** How long a build may hold the lock before another test process takes it as abandoned. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * Builds the UI unless web-dist/ is newer than everything it is built from. The test files run in
 * parallel processes (--test-concurrency), and two of them building into one folder at once empty it
 * under each other (CI failed so: ENOENT on a .br being written). So one process builds while holding
 * a lock folder (mkdir is atomic); the others wait for it, then find the build fresh.
 */
export async function ensureBuilt(): Promise<void> {
  if (isFresh()) return;
  const lock = `${WEB_ROOT}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    if (isFresh()) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: WEB_ROOT, emptyOutDir: true } });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  dataDir: string;
  /** Problems the pages reported (uncaught errors, console errors), to assert there were none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-browser-'));
  const server = await startServer({
    corpusRoot: join(ROOT, 'corpus'),
    dataDir,
    port: 0,
    host: '127.0.0.1',
    webRoot: WEB_ROOT,
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const harness: Harness = {
    server,
    browser,
    dataDir,
    pageErrors: [],
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 390, height: 844 };

/** A fresh page at a viewport size, reporting its errors to the harness. */
export async function openPage(h: Harness, path: string, viewport = WIDE): Promise<Page> {
  const page = await h.browser.newPage({ viewport, deviceScaleFactor: 1 });
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => h.pageErrors.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    // A 400 is the API refusing a scenario on purpose (the validation test); anything else counts.
    if (message.type() === 'error' && !/status of 400 \(Bad Request\)/.test(message.text()))
      h.pageErrors.push(`${path}: console: ${message.text()}`);
  });
  await page.goto(h.server.url + path);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  // Charts draw on the next frame after their data arrives.
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// Covers src/faces/http/static.ts against a real server: the web UI's hashed assets cached as
// immutable and sent precompressed (br, gzip) or compressed on the fly, the app shell revalidated by
// its ETag, API answers (JSON and problem+json) compressed when asked and intact, identity when not.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';
import { IMMUTABLE, matchesEtag, REVALIDATE } from '../../src/faces/http/static.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly these headers, the body as sent (not decompressed). */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(base + path, { method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const decode = (a: Answer): string => {
  const encoding = a.headers['content-encoding'];
  if (encoding === 'gzip') return gunzipSync(a.body).toString('utf8');
  if (encoding === 'br') return brotliDecompressSync(a.body).toString('utf8');
  assert.equal(encoding, undefined, `an encoding this test does not read: ${String(encoding)}`);
  return a.body.toString('utf8');
};

// A built UI in miniature: a shell, a hashed script with its .br and .gz (as the build writes them), a style without.
const SCRIPT = `export const words = [${Array.from({ length: 400 }, (_, i) => `"word ${i}"`).join(', ')}];\n`;
const STYLE = Array.from({ length: 120 }, (_, i) => `.rule-${i} { color: #123456; margin: ${i}px; }`).join('\n');
const SHELL =
  '<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>';

describe('static assets and compression (real server)', () => {
  let server: RunningServer;
  let web: string;
  let dataDir: string;
  before(async () => {
    web = mkdtempSync(join(tmpdir(), 'pacta-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), SHELL);
    writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js'), SCRIPT);
    writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(web, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(SCRIPT));
    writeFileSync(join(web, 'assets', 'index-Ef56Gh78.css'), STYLE);
    dataDir = mkdtempSync(join(tmpdir(), 'pacta-static-'));
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', webRoot: web, log: () => undefined });
  });
  after(async () => {
    await server?.close();
    rmSync(web, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends a hashed script brotli-compressed to a browser that accepts br, cached for a year as immutable', async () => {
    const a = await get(server.url, '/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(a.status, 200);
    assert.equal(a.headers['content-encoding'], 'br');
    assert.equal(a.headers['cache-control'], IMMUTABLE);
    assert.equal(IMMUTABLE, 'public, max-age=31536000, immutable');
    assert.match(String(a.headers['vary']), /Accept-Encoding/i);
    assert.match(String(a.headers['content-type']), /^(text|application)\/javascript/);
    assert.ok(a.headers['last-modified'], 'Last-Modified is given');
    assert.equal(decode(a), SCRIPT);
  });

  it('sends it gzip-compressed to a client that accepts only gzip, and as it is to one that accepts none', async () => {
    const gz = await get(server.url, '/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['cache-control'], IMMUTABLE);
    assert.equal(decode(gz), SCRIPT);
    const plain = await get(server.url, '/assets/index-Ab12Cd34.js');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString('utf8'), SCRIPT);
    assert.equal(plain.headers['cache-control'], IMMUTABLE);
    assert.match(
      String(plain.headers['vary']),
      /Accept-Encoding/i,
      'a cache must not give the plain answer to a client that asked for gzip',
    );
  });

  it('compresses on the fly an asset the build left uncompressed', async () => {
    const a = await get(server.url, '/assets/index-Ef56Gh78.css', { 'accept-encoding': 'gzip' });
    assert.equal(a.status, 200);
    assert.equal(a.headers['content-encoding'], 'gzip');
    assert.equal(a.headers['cache-control'], IMMUTABLE);
    assert.match(String(a.headers['content-type']), /^text\/css/);
    assert.equal(decode(a), STYLE);
  });

  it('answers a missing asset 404 in problem+json, not with the app shell, and not cached as immutable', async () => {
    const a = await get(server.url, '/assets/index-00000000.js', { 'accept-encoding': 'gzip' });
    assert.equal(a.status, 404);
    assert.match(String(a.headers['content-type']), /^application\/problem\+json/);
    assert.notEqual(a.headers['cache-control'], IMMUTABLE);
    assert.equal((JSON.parse(decode(a)) as { status: number }).status, 404);
  });

  it('gives the app shell for the client’s routes, revalidated each time, and 304 for the ETag the client has', async () => {
    const first = await get(server.url, '/treaties/ussr-prk-1961');
    assert.equal(first.status, 200);
    assert.equal(first.headers['cache-control'], REVALIDATE);
    assert.equal(REVALIDATE, 'no-cache');
    assert.equal(first.body.toString('utf8'), SHELL);
    const etag = String(first.headers['etag']);
    assert.match(etag, /^"[\w-]{22}"$/);
    const again = await get(server.url, '/', { 'if-none-match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers['cache-control'], REVALIDATE);
    const weak = await get(server.url, '/workbench', { 'if-none-match': `"other", W/${etag}` });
    assert.equal(weak.status, 304);
    const stale = await get(server.url, '/', { 'if-none-match': '"an-older-build"' });
    assert.equal(stale.status, 200);
  });

  it('compresses API JSON when asked, and sends it as it is when not', async () => {
    const gz = await get(server.url, '/api/treaties', { 'accept-encoding': 'gzip' });
    assert.equal(gz.status, 200);
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.match(String(gz.headers['vary']), /Accept-Encoding/i);
    const plain = await get(server.url, '/api/treaties');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(JSON.parse(decode(gz)), JSON.parse(plain.body.toString('utf8')));
  });

  it('sends an API error (problem+json) compressed and intact', async () => {
    // A long unknown id makes the problem longer than the 1 kB below which nothing is compressed.
    const id = 'no-such-treaty-'.repeat(80);
    const gz = await get(server.url, `/api/treaties/${id}`, { 'accept-encoding': 'gzip' });
    const plain = await get(server.url, `/api/treaties/${id}`);
    assert.equal(gz.status, 404);
    assert.match(String(gz.headers['content-type']), /^application\/problem\+json/);
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(gz.body.length < plain.body.length, `${gz.body.length} bytes compressed, ${plain.body.length} plain`);
    const problem = JSON.parse(decode(gz)) as { status: number; detail?: string; title?: string };
    assert.deepEqual(problem, JSON.parse(plain.body.toString('utf8')));
    assert.equal(problem.status, 404);
  });
});

describe('matchesEtag', () => {
  it('matches the tag itself, its weak form, one in a list, and *; nothing else', () => {
    assert.equal(matchesEtag('"abc"', '"abc"'), true);
    assert.equal(matchesEtag('W/"abc"', '"abc"'), true);
    assert.equal(matchesEtag('"x", W/"abc"', '"abc"'), true);
    assert.equal(matchesEtag('*', '"abc"'), true);
    assert.equal(matchesEtag('"abcd"', '"abc"'), false);
    assert.equal(matchesEtag(undefined, '"abc"'), false);
    assert.equal(matchesEtag('', '"abc"'), false);
  });
});

/**
 * The built web UI as the server gives it, and compression for every answer:
 * - hashed assets (`/assets/*`, their names change with their content) cached for a year as
 *   immutable, served from the `.br`/`.gz` files the build writes beside them where the client
 *   accepts one, with Last-Modified; a missing asset is a 404, never the app shell;
 * - the app shell (index.html, for every other GET outside /api/) revalidated on each visit
 *   (`no-cache`) against its ETag, so a new build is seen at once;
 * - every other text answer (JSON, problem+json, HTML, JS, CSS) compressed with gzip or deflate
 *   when the client accepts it, with `Vary: Accept-Encoding`.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Hono } from 'hono';
import { notFound } from './app.js';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Whether an If-None-Match header names this ETag (weak comparison: a compressed answer's ETag is marked W/). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/**
 * Serves the web UI built into `webRoot`: its assets (serveStatic wants their folder relative to the
 * working directory), and the shell for the client's routes. A missing asset is a 404 problem.
 */
export function serveWebUi(app: Hono, webRoot: string): void {
  const root = relative(process.cwd(), webRoot) || '.';
  app.use(
    '/assets/*',
    async (c, next) => {
      await next();
      if (c.res.status === 200 || c.res.status === 206 || c.res.status === 304) c.header('Cache-Control', IMMUTABLE);
    },
    serveStatic({ root, precompressed: true }),
  );
  app.get('/assets/*', (c) => notFound(c));
  // The UI routes on the client: every other GET gets the app shell.
  const shell = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const etag = `"${createHash('sha256').update(shell).digest('base64url').slice(0, 22)}"`;
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    c.header('Cache-Control', REVALIDATE);
    c.header('ETag', etag);
    if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return c.html(shell);
  });
}

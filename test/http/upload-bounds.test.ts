/**
 * A document uploaded to be ingested is read up to the limit, never buffered whole (issue 16): a body
 * that declares more than the limit is refused before it is read, and a chunked body (no length
 * declared: a pipe on the client's side) is refused as soon as it passes the limit, however much more
 * the client would send. Both answers are the 413 problem naming the limit.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TEXT_BODY_LIMIT } from '../../src/faces/http/limits.js';
import { startServer, type RunningServer } from '../../src/faces/http/server.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const CHUNK = Buffer.alloc(64 * 1024, 'a');

interface Refusal {
  status: number;
  body: { status?: number; detail?: string; errors?: unknown };
  connection: string | undefined;
  /** Bytes of body the client had written when the answer came. */
  sent: number;
}

/**
 * POSTs to `path`, on a raw socket (an HTTP client stops reading its answer when a write fails, and
 * the server closes the connection on a body it refuses), a JSON document whose text never ends
 * (chunk after chunk, as long as the server reads), or, with `declared`, headers declaring that many
 * bytes and nothing after them.
 */
function upload(server: RunningServer, path: string, declared?: number): Promise<Refusal> {
  return new Promise((resolve, reject) => {
    const { hostname, port, host } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    let sent = 0;
    let answer = '';
    let answered = false;
    const finish = (): void => {
      const [head = '', body = ''] = answer.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0);
      const connection = /^connection: *(.*)$/im.exec(head)?.[1]?.trim();
      const length = Number(/^content-length: *(\d+)$/im.exec(head)?.[1] ?? body.length);
      resolve({ status, body: JSON.parse(body.slice(0, length)) as Refusal['body'], connection, sent });
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answered = true;
      answer += chunk;
    });
    // Closed without an answer: the error (if any) has rejected already; otherwise say so.
    socket.on('close', () => (answered ? finish() : reject(new Error('the connection closed without an answer'))));
    // The server closes the connection after its answer: writes that race it fail, which is expected.
    socket.on('error', (error) => (answered ? undefined : reject(error)));
    const framing = declared === undefined ? 'transfer-encoding: chunked' : `content-length: ${declared}`;
    socket.write(`POST ${path} HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`);
    if (declared !== undefined) return;
    const chunk = (data: string | Buffer): boolean => {
      const bytes = Buffer.from(data);
      sent += bytes.length;
      return socket.write(Buffer.concat([Buffer.from(`${bytes.length.toString(16)}\r\n`), bytes, Buffer.from('\r\n')]));
    };
    chunk('{"name": "endless.txt", "text": "');
    const pump = (): void => {
      // A client that would send for ever; the bound is the server's. 64 MiB is far past the limit.
      while (!answered && !socket.destroyed && sent < 64 * 1024 * 1024) {
        if (!chunk(CHUNK)) return void socket.once('drain', pump);
      }
      // A server that read it all gets the end of the document and answers: `sent` then says so.
      if (!answered && !socket.destroyed) socket.write(`${(2).toString(16)}\r\n"}\r\n0\r\n\r\n`);
    };
    pump();
  });
}

/**
 * The upload, tried again (at most three times in all) when the connection breaks before any answer
 * could be read: the server closes the connection right after its 413, and a client write racing that
 * close can fail (EPIPE, ECONNRESET) and take the unread answer with it. That race is the client's
 * socket, not the bound under test; any other failure, or three in a row, fails the test.
 */
async function uploadTrying(server: RunningServer, path: string): Promise<Refusal> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await upload(server, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error;
    }
  }
}

describe('HTTP: a document upload is bounded by the ingest limit', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-upload-'));
  let server: RunningServer;
  before(async () => {
    server = await startServer({ corpusRoot: CORPUS, dataDir, port: 0, host: '127.0.0.1', log: () => undefined });
  });
  after(async () => server.close());

  for (const path of ['/api/ingest', '/api/documents']) {
    it(`${path}: a chunked body is refused (413) once past the limit, the rest left unread`, async () => {
      const refusal = await uploadTrying(server, path);
      assert.equal(refusal.status, 413);
      assert.equal(refusal.body.detail, `the request body is over ${TEXT_BODY_LIMIT} bytes`);
      assert.deepEqual(refusal.body.errors, [{ field: '(body)', message: `at most ${TEXT_BODY_LIMIT} bytes` }]);
      assert.equal(refusal.connection, 'close');
      // Past the limit by at most what the sockets hold in flight (a few MiB), not the 64 MiB offered.
      assert.ok(refusal.sent > TEXT_BODY_LIMIT, `sent ${refusal.sent}`);
      assert.ok(refusal.sent < TEXT_BODY_LIMIT + 16 * 1024 * 1024, `sent ${refusal.sent}`);
    });

    it(`${path}: a body declaring more than the limit is refused (413) before any of it is read`, async () => {
      const refusal = await upload(server, path, TEXT_BODY_LIMIT + 1);
      assert.equal(refusal.status, 413);
      assert.equal(refusal.body.detail, `the request body is over ${TEXT_BODY_LIMIT} bytes`);
      assert.equal(refusal.sent, 0);
    });
  }
});

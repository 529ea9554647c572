/**
 * What the server refuses before any route sees a request, and what it adds to every answer:
 * a foreign Host (DNS rebinding: 421), a write from another site (Origin, Sec-Fetch-Site: 403), a
 * body not labelled JSON or YAML (415; a cross-origin form can only send text/plain and form types),
 * a JSON body with too many values or nested too deep (413/400); security headers on every response;
 * the request log's line with control characters escaped.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { networkInterfaces, hostname } from 'node:os';
import { InputError } from '../../model/index.js';
import type { HttpLimits } from './limits.js';
import { ProblemError } from './problem.js';

/**
 * Sent with every answer (API, static assets, the app shell, errors). Inline styles are allowed: the
 * literate rendering carries its own stylesheet, and the charts set style attributes; scripts come
 * only from the server itself.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]']);

/** A host as it stands in a URL, before its port: an IPv6 address in brackets. */
export const hostInUrl = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** A host as it appears in a Host header: an IPv6 address in brackets, lower case. */
const hostName = (host: string) => hostInUrl(host).toLowerCase();

/**
 * The Host header values the server answers to: the loopback names and the configured host, each
 * with the port (and bare, on port 80). Bound to every interface (0.0.0.0, ::), also this machine's
 * name and its interfaces' addresses.
 */
export function allowedHosts(host: string, port: number): string[] {
  const names = new Set([...LOOPBACK_NAMES, hostName(host)]);
  if (WILDCARD.has(host)) {
    names.add(hostname().toLowerCase());
    for (const addresses of Object.values(networkInterfaces())) for (const a of addresses ?? []) names.add(hostName(a.address));
  }
  return [...names].flatMap((name) => (port === 80 ? [`${name}:${port}`, name] : [`${name}:${port}`]));
}

/** Refuses a request whose Host the server does not answer for (421): a rebound DNS name points a foreign site at it. */
export function hostGuard(allowed: () => readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host');
    const hosts = allowed();
    if (host === undefined || !hosts.includes(host.toLowerCase()))
      throw new ProblemError(
        421,
        host === undefined ? 'the request has no Host header' : `this server does not answer for host ${JSON.stringify(host)}`,
        [{ field: 'host', message: `must be one of ${hosts.join(', ')}`, hint: `open the workbench at http://${hosts[0]}` }],
      );
    await next();
  };
}

/**
 * Refuses a write (POST, PUT, PATCH, DELETE) sent by a page of another site (403): `Sec-Fetch-Site`
 * must not be cross-site or same-site (another port of the same host is the same site, not the same
 * origin), and `Origin`, when sent, must be the server's own.
 */
export function writeGuard(allowed: () => readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (WRITES.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      if (site !== undefined && site !== 'same-origin' && site !== 'none')
        throw new ProblemError(403, `a page of another site may not change the workbench (Sec-Fetch-Site: ${site})`, [
          {
            field: 'sec-fetch-site',
            message: 'must be same-origin or none',
            hint: 'use the workbench itself, or call the API from outside a browser',
          },
        ]);
      const origin = c.req.header('origin');
      const own = allowed().map((host) => `http://${host}`);
      if (origin !== undefined && !own.includes(origin.toLowerCase()))
        throw new ProblemError(403, `a page of another site may not change the workbench (Origin: ${origin})`, [
          {
            field: 'origin',
            message: `must be the server's own origin, ${own[0]}`,
            hint: 'use the workbench itself, or call the API from outside a browser',
          },
        ]);
    }
    await next();
  };
}

export const YAML_TYPES = ['application/yaml', 'text/yaml', 'application/x-yaml'] as const;

/** The media type of a request body (lower case, without parameters), or undefined. */
export function mediaType(c: Context): string | undefined {
  const type = c.req.header('content-type');
  return type === undefined ? undefined : type.split(';')[0]!.trim().toLowerCase();
}

/** Refuses a body whose Content-Type is not one of `types` (415), naming the header. */
export function requireBodyType(types: readonly string[]): MiddlewareHandler {
  const wanted = types.length === 1 ? types[0]! : `${types.slice(0, -1).join(', ')} or ${types.at(-1)!}`;
  return async (c, next) => {
    const type = mediaType(c);
    if (type === undefined || !types.includes(type))
      throw new ProblemError(
        415,
        `the body must be sent with the header Content-Type: ${wanted} (${type === undefined ? 'none was sent' : `not ${JSON.stringify(c.req.header('content-type'))}`})`,
        [{ field: 'content-type', message: `must be ${wanted}`, hint: `send the header Content-Type: ${types[0]!}` }],
      );
    await next();
  };
}

/** A JSON body's text as a value: JSON.parse, then bounded in values and depth (walked iteratively). */
export function parseJsonBody(text: string, limits: BodyLimits): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError({
      file: 'request body',
      line: 0,
      column: 0,
      code: 'bad-json',
      message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'send a JSON object',
    });
  }
  boundValue(value, limits);
  return value;
}

type BodyLimits = Pick<HttpLimits, 'bodyValues' | 'objectKeys' | 'bodyDepth'>;

/**
 * Throws the problem for a value with more than `bodyValues` keys and elements in all (413), an
 * object with more than `objectKeys` keys (413), or nesting deeper than `bodyDepth` (400).
 */
function boundValue(value: unknown, { bodyValues, objectKeys, bodyDepth }: BodyLimits): void {
  let values = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > bodyDepth)
      throw new ProblemError(400, `the body is nested more than ${bodyDepth} levels deep`, [
        { field: '(body)', message: `at most ${bodyDepth} levels of objects and arrays` },
      ]);
    const children = Array.isArray(item) ? (item as unknown[]) : Object.values(item);
    if (!Array.isArray(item) && children.length > objectKeys)
      throw new ProblemError(413, `an object in the body has more than ${objectKeys} keys`, [
        { field: '(body)', message: `at most ${objectKeys} keys in one object` },
      ]);
    values += children.length;
    if (values > bodyValues)
      throw new ProblemError(413, `the body has more than ${bodyValues} values`, [
        { field: '(body)', message: `at most ${bodyValues} object keys and array elements in all` },
      ]);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

/** A text for the request log: control characters (a line feed would start a forged line) escaped as \xNN / \uNNNN. */
export function escapeForLog(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\\]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

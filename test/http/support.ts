/** A request to a real server with exactly the headers given (Host included, which fetch will not send). */
import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  type: string;
  text: string;
  headers: Headers;
  json: Record<string, unknown> & { errors?: { field: string; message: string; hint?: string }[] };
}

export function raw(
  base: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((done, fail) => {
    const req = request(base + path, { method, headers: options.headers ?? {} }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') headers.set(name, value);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        done({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', text, headers, json: json as RawAnswer['json'] });
      });
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

/** A JSON request as the workbench sends it (same origin). */
export const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

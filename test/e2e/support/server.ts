/**
 * A tiny HTTP server on 127.0.0.1 for the browser tests: serves test/fixtures/pages/ and pages
 * a test registers inline. No network beyond loopback.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const PAGES = path.resolve(import.meta.dirname, '../../fixtures/pages');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** Serve `body` at `pathname` (e.g. `/inline/a.html`). */
  route(pathname: string, body: string, type?: string): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const inline = new Map<string, { body: string; type: string }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hit = inline.get(url.pathname);
    if (hit) {
      res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store' });
      res.end(hit.body);
      return;
    }
    const file = path.join(PAGES, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(PAGES) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    route(pathname, body, type = 'text/html; charset=utf-8') {
      inline.set(pathname, { body, type });
      return origin + pathname;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Tiny static file server for the browser tests: serves a folder (default
 * dist/) on a free localhost port, with Astro's directory format
 * (/ky/region/aravan/ -> .../index.html), a redirect for a missing trailing
 * slash, and a 404 for anything else. No dependencies; nothing leaves
 * localhost. Every request path is recorded so tests can inspect them.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

export interface StaticServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Paths requested so far (with query string), in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Resolve a URL path to a file inside root, or null (never escapes root). */
export function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const abs = normalize(join(root, path));
  if (abs !== root && !abs.startsWith(root + sep)) return null;
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    if (!path.endsWith('/')) return { redirect: `${path}/` };
    const index = join(abs, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return existsSync(abs) ? { file: abs } : null;
}

/** Start serving `root` on 127.0.0.1 at a free port. */
export async function startServer(root: string): Promise<StaticServer> {
  const dir = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const hit = resolveFile(dir, url);
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`404 ${url}`);
      return;
    }
    if ('redirect' in hit) {
      res.writeHead(301, { location: hit.redirect });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(hit.file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(hit.file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

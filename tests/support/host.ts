/**
 * A host page server on its own port (another origin than the site's): the
 * embed tests' story pages, given as functions returning HTML, plus pym.js
 * from node_modules at /pym.js.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ROOT } from './site';

const PYM = join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js');

export interface HostServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serve `pages` (path -> HTML) and /pym.js on 127.0.0.1; any other path is a 404. */
export async function startHost(pages: Record<string, () => string>): Promise<HostServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/pym.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(PYM));
      return;
    }
    const page = Object.hasOwn(pages, path) ? pages[path] : undefined;
    res.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page === undefined ? '404' : page());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

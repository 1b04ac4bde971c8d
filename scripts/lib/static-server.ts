import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import sirv, { type RequestHandler } from 'sirv';

/**
 * A built site served from 127.0.0.1 as a typical static host serves it
 * (sirv, with gzip for text): hashed `_astro/` files cached for a year,
 * everything else revalidated, 404.html for unknown paths. The benchmarks use
 * it as it is; the offline tests use its controls as well: deploying another
 * build at the same address while a reader has the site open, and the
 * network going away (every connection cut, as when a train enters a tunnel).
 */
export interface StaticServer {
  origin: string;
  /** Serves another built site from now on: a new deployment. */
  deploy(dir: string): void;
  /** Cuts every connection while true. */
  setDown(down: boolean): void;
  /** Answers `pathname` (with the base) with this text instead of the file. */
  override(pathname: string, body: string, type: string): void;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  dir: string;
  /** 0: any free port (the origin says which). */
  port: number;
  /** The path the site is served under, such as `/guide/`. */
  base?: string;
}

export async function startStaticServer({ dir, port, base = '/' }: StaticServerOptions): Promise<StaticServer> {
  let root = path.resolve(dir);
  let down = false;
  const overrides = new Map<string, { body: string; type: string }>();
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    const page = path.join(root, '404.html');
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  const files = (folder: string): RequestHandler =>
    sirv(folder, {
      etag: true,
      onNoMatch: notFound,
      setHeaders: (response, pathname) => {
        response.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  let serve = files(root);
  // Every text response is compressed, small ones too, as static hosts do (compression skips those under 1 KB by default).
  const gzip = compression({ threshold: 0 });
  const server = createServer((request, response) => {
    if (down) return request.socket.destroy();
    const url = new URL(request.url ?? '/', 'http://host');
    const override = overrides.get(decodeURIComponent(url.pathname));
    if (override) {
      response.writeHead(200, { 'Content-Type': override.type, 'Cache-Control': 'no-cache' });
      return response.end(override.body);
    }
    if (!url.pathname.startsWith(base)) return notFound(request, response);
    // sirv serves the folder at /; the site lives under the base.
    request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    gzip(request as never, response as never, () => serve(request, response));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploy: (next) => {
      root = path.resolve(next);
      serve = files(root);
    },
    setDown: (value) => {
      down = value;
    },
    override: (pathname, body, type) => overrides.set(pathname, { body, type }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

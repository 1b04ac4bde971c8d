import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES } from '../support/content-types';

/**
 * A static host for the offline tests, which need what `astro preview` cannot
 * give: deploying another build at the same address while a reader has the
 * site open, and the network going away (the host stops answering: every
 * connection is cut, as when a train enters a tunnel).
 */
export interface StaticHost {
  origin: string;
  /** Serves another built site from now on: a new deployment. */
  deploy(dir: string): void;
  /** Cuts every connection while true. */
  setDown(down: boolean): void;
  /** Answers `path` (under the base) with this text instead of the file. */
  override(pathname: string, body: string, type: string): void;
  close(): Promise<void>;
}

export async function startStaticHost({ dir, base, port }: { dir: string; base: string; port: number }): Promise<StaticHost> {
  let root = path.resolve(dir);
  let down = false;
  const overrides = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((request, response) => {
    if (down) return request.socket.destroy();
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const override = overrides.get(pathname);
    if (override) {
      response.writeHead(200, { 'Content-Type': override.type, 'Cache-Control': 'no-cache' });
      return response.end(override.body);
    }
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound(response);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!existsSync(file)) return notFound(response);
    // As a static host would: HTML and sw.js revalidate, hashed files keep.
    const immutable = pathname.includes('/_astro/');
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(readFileSync(file));
  });
  const notFound = (response: import('node:http').ServerResponse) => {
    const page = path.join(root, '404.html');
    response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! });
    response.end(existsSync(page) ? readFileSync(page) : 'Not found');
  };
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    deploy: (next) => {
      root = path.resolve(next);
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

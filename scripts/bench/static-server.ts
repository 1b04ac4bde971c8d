import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE, CONTENT_TYPES } from '../../tests/support/content-types.ts';

/**
 * Serves a built site from 127.0.0.1 as a typical static host does: gzip for
 * text, long caching for hashed assets, 404.html for unknown paths. For the
 * benchmark only (npm start uses astro preview).
 */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const ext = path.extname(file);
    const headers: Record<string, string> = { 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream' };
    if (url.pathname.includes('/_astro/')) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
    else response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

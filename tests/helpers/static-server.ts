import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Resolves a URL path to a file the way a static host does: a folder serves its index.html, and nothing outside
 * the root is ever reachable.
 */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  if (!existsSync(target)) return undefined;
  if (statSync(target).isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return target;
}

/** Serves a built site on 127.0.0.1 at a free port, with 404.html for every miss, as the site's host would. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveStaticFile(root, path);
    // A folder asked for without its slash moves to it, so relative URLs on its page resolve as they will when hosted.
    if (file?.endsWith(`${sep}index.html`) && !path.endsWith('/') && !path.endsWith('/index.html')) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const notFound = join(root, '404.html');
    const [status, served] = file ? [200, file] : [404, existsSync(notFound) ? notFound : undefined];
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const body = readFileSync(served);
    response.writeHead(status, { 'content-type': contentTypeFor(served), 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (error?: unknown) => void;

/**
 * Serves Open Graph images under `npm run dev`, each drawn when asked for (`imageAt`) at the path a build publishes it
 * at, so that a card can be looked at while its content is written. Any other request goes on to Astro.
 */
export function ogImageMiddleware(imageAt: (pathname: string) => Promise<Uint8Array | undefined>) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const raw = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!raw.startsWith('/og/') || !raw.endsWith('.png')) {
      next();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(raw);
    } catch {
      next();
      return;
    }
    imageAt(pathname)
      .then((png) => {
        if (!png) {
          next();
          return;
        }
        // The same URL shows another card after an edit and a restart: never kept by the browser.
        response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'no-store' });
        response.end(png);
      })
      .catch(next);
  };
}

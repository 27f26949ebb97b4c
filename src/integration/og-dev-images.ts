import type { IncomingMessage, ServerResponse } from 'node:http';

type Next = (error?: unknown) => void;

/**
 * Serves Open Graph images under `npm run dev`, each drawn when asked for (`imageAt`): the pages' meta tags point at
 * them, and a card can be looked at while its content is written. Any other request goes on to Astro.
 */
export function ogImageMiddleware(imageAt: (pathname: string) => Promise<Uint8Array | undefined>) {
  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith('/og/') || !pathname.endsWith('.png')) {
      next();
      return;
    }
    imageAt(pathname)
      .then((png) => {
        if (!png) {
          next();
          return;
        }
        // Drawn from content that may change at any moment: never kept by the browser.
        response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'no-store' });
        response.end(png);
      })
      .catch(next);
  };
}

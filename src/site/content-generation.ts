/**
 * Under the dev server, a page records which reading of the content it was drawn with, and its script reports that
 * number once it is connected: a page drawn while an edit was being read, whose reload the server sent before the page
 * could hear it, is then reloaded again.
 */

const shared = globalThis as typeof globalThis & { __bulletinContentGeneration?: number };

export const CONTENT_GENERATION_META = 'bulletin-content-generation';

/** The message a page sends the dev server with the reading of the content it shows. */
export const CONTENT_DRAWN_EVENT = 'bulletin:content-drawn';

/** How many times the dev server has read edited content into the pages. */
export function contentGeneration(): number {
  return shared.__bulletinContentGeneration ?? 0;
}

export function setContentGeneration(generation: number): void {
  shared.__bulletinContentGeneration = generation;
}

/** The dev server's script on every page. */
export const REPORT_DRAWN_CONTENT_SCRIPT = `if (import.meta.hot) {
  const drawn = document.querySelector('meta[name="${CONTENT_GENERATION_META}"]')?.getAttribute('content');
  if (drawn !== null && drawn !== undefined) import.meta.hot.send('${CONTENT_DRAWN_EVENT}', { generation: Number(drawn) });
}`;

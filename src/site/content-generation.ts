/**
 * Under the dev server, a page records which reading of the content was in place when it was asked for, and its script reports that
 * number once it is connected: a page drawn while an edit was being read, whose reload the server sent before the page
 * could hear it, is then reloaded again.
 */

const shared = globalThis as typeof globalThis & { __bulletinPageGenerations?: Map<string, number> };

export const CONTENT_GENERATION_META = 'bulletin-content-generation';

/** The message a page sends the dev server with the reading of the content it shows. */
export const CONTENT_DRAWN_EVENT = 'bulletin:content-drawn';

function pageGenerations(): Map<string, number> {
  shared.__bulletinPageGenerations ??= new Map();
  return shared.__bulletinPageGenerations;
}

/**
 * Notes the reading of the content in place when a page was asked for. It is taken then, not while the page is drawn:
 * a reading that lands halfway through would leave the page with older content but the newer number.
 */
export function recordPageGeneration(pathname: string, generation: number): void {
  pageGenerations().set(pathname, generation);
}

/** The reading of the content a page was asked for at, if the dev server noted one. */
export function pageGeneration(pathname: string): number | undefined {
  return pageGenerations().get(pathname);
}

/** The dev server's script on every page. */
export const REPORT_DRAWN_CONTENT_SCRIPT = `if (import.meta.hot) {
  const drawn = document.querySelector('meta[name="${CONTENT_GENERATION_META}"]')?.getAttribute('content');
  if (drawn !== null && drawn !== undefined) import.meta.hot.send('${CONTENT_DRAWN_EVENT}', { generation: Number(drawn) });
}`;

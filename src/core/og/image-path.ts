/**
 * Where the card of a page is published: the page's path under /og/, as one PNG file ("/releases/2023-06-20/" →
 * "/og/releases/2023-06-20.png", "/" → "/og/index.png"), so that every page has its own stable image URL.
 */
export function ogImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed === '' ? 'index' : trimmed}.png`;
}

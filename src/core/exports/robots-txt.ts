/** Everything on the site is public by construction (the embargo gate decides what exists), so crawlers may read it all. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

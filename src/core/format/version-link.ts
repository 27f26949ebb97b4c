import type { SiteConfig } from '../schemas/site.ts';

/**
 * Where a fixed version links: its own page when the site names one (`versionUrl`), else the downloads page. A
 * reader told "fixed in 18.16.1" should land on 18.16.1, not on whatever the downloads page offers today.
 */
export function versionLink(site: Pick<SiteConfig, 'versionUrl' | 'downloadsUrl'>, version: string): string | undefined {
  return site.versionUrl?.replaceAll('{version}', encodeURIComponent(version)) ?? site.downloadsUrl;
}

import type { SiteConfig } from '../schemas/site.ts';

/** A version as the project writes it on its own: "v20.3.1" for Node.js, "8.4.0" for curl. */
export function versionLabel(site: Pick<SiteConfig, 'versionPrefix'>, version: string): string {
  return `${site.versionPrefix}${version}`;
}

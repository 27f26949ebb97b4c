import type { AstroIntegration } from 'astro';
import { loadSiteConfig } from '../core/content/load';
import { resolveContentRoots } from '../core/content/roots';
import { resolveNow } from '../core/lifecycle/now';
import { getSiteModel } from '../site/site-model';

/** The site URL from content/site.yaml, needed before Astro starts; a broken config is reported by the checks. */
export function readSiteUrl(): string | undefined {
  return loadSiteConfig(resolveContentRoots(process.cwd())).site?.url;
}

/** Fixes the build's moment once for the whole process and reports what the build publishes. */
export function bulletin(): AstroIntegration {
  return {
    name: 'bulletin',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const now = resolveNow();
        process.env.BULLETIN_NOW = now.toISOString();
        const model = getSiteModel();
        const announced = model.releases.filter((release) => release.phase === 'announced').length;
        logger.info(
          `building for ${now.toISOString()}: ${model.releases.length} release(s) public (${announced} pre-announced), ` +
            `${model.advisories.length} advisories, ${model.reports.length} reports`,
        );
      },
    },
  };
}

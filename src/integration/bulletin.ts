import type { AstroIntegration } from 'astro';
import { resolveContentRoots } from '../core/content/roots';
import { readSiteUrl as readUrl } from '../core/content/site-url';
import { resolveNow } from '../core/lifecycle/now';
import { publishedSummary } from '../core/model/published-summary';
import { MODEL_SNAPSHOT_VARIABLE } from '../site/model-snapshot';
import { getSiteModel } from '../site/site-model';

/** The site URL from content/site.yaml, needed before Astro starts; a broken config is reported by the checks. */
export function readSiteUrl(): string | undefined {
  return readUrl(resolveContentRoots(process.cwd()));
}

/** Fixes the build's moment once for the whole process and reports what the build publishes. */
export function bulletin(): AstroIntegration {
  return {
    name: 'bulletin',
    hooks: {
      'astro:config:setup': () => {
        process.env.BULLETIN_NOW = resolveNow().toISOString();
      },
      // The content loader has read the model by now. `npm run build` reports it itself, before Astro's output.
      'astro:build:start': ({ logger }) => {
        if (process.env[MODEL_SNAPSHOT_VARIABLE]) return;
        logger.info(`building for ${process.env.BULLETIN_NOW}: public at that moment, ${publishedSummary(getSiteModel())}`);
      },
    },
  };
}

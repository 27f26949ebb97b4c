import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COMPONENTS_FOLDER } from '../core/content/body-imports.ts';
import { resolveContentRoots } from '../core/content/roots.ts';
import { readSiteUrl as readUrl } from '../core/content/site-url.ts';
import { resolveNow } from '../core/lifecycle/now.ts';
import { publishedSummary } from '../core/model/published-summary.ts';
import type { SiteModel } from '../core/model/types.ts';
import { REPORT_DRAWN_CONTENT_SCRIPT, recordPageGeneration } from '../site/content-generation.ts';
import { MODEL_SNAPSHOT_VARIABLE } from '../site/model-snapshot.ts';
import { renderableLoaderName } from '../site/renderable-loader.ts';
import { getSiteModel, replaceSiteModel } from '../site/site-model.ts';
import { reloadContentOnEdit } from './content-reload.ts';

/** The site URL from content/site.yaml, needed before Astro starts; a broken config is reported by the checks. */
export function readSiteUrl(): string | undefined {
  return readUrl(resolveContentRoots(process.cwd()));
}

const RENDERABLE: (keyof SiteModel['renderable'])[] = ['releases', 'advisories', 'reports'];

type LoadSiteModel = typeof import('../core/load-site.ts').loadSiteModel;

/**
 * The content reader, loaded through the dev server: this module was loaded with the config, whose loader is closed
 * by the time the server runs, and importing the reader with every config would slow every build's start.
 */
async function devContentReader(server: { environments: Record<string, unknown> }): Promise<LoadSiteModel> {
  const runnable = [server.environments.astro, server.environments.ssr, ...Object.values(server.environments)].find(
    (environment): environment is { runner: { import: (id: string) => Promise<{ loadSiteModel: LoadSiteModel }> } } =>
      typeof environment === 'object' && environment !== null && 'runner' in environment,
  );
  if (!runnable) throw new Error('the dev server has no environment that can load modules');
  return (await runnable.runner.import(fileURLToPath(new URL('../core/load-site.ts', import.meta.url)))).loadSiteModel;
}

/**
 * Fixes the build's moment once for the whole process and reports what the build publishes; under `npm run dev`,
 * reads the content again after every edit.
 */
export function bulletin(): AstroIntegration {
  return {
    name: 'bulletin',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        process.env.BULLETIN_NOW = resolveNow().toISOString();
        if (command === 'dev') injectScript('page', REPORT_DRAWN_CONTENT_SCRIPT);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const roots = resolveContentRoots(process.cwd());
        reloadContentOnEdit({
          server,
          roots: [roots.content, ...(roots.privateContent ? [roots.privateContent] : [])],
          projectRoot: roots.projectRoot,
          importedFrom: [join(roots.projectRoot, COMPONENTS_FOLDER)],
          read: async () => {
            const loaded = (await devContentReader(server))(roots, resolveNow());
            if (loaded.model) replaceSiteModel(loaded.model);
            return loaded;
          },
          refresh: async () => {
            await refreshContent?.({ loaders: RENDERABLE.map(renderableLoaderName) });
          },
          recordPageGeneration,
          describe: publishedSummary,
          log: logger,
        });
      },
      // The content loader has read the model by now. `npm run build` reports it itself, before Astro's output.
      'astro:build:start': ({ logger }) => {
        if (process.env[MODEL_SNAPSHOT_VARIABLE]) return;
        logger.info(`building for ${process.env.BULLETIN_NOW}: public at that moment, ${publishedSummary(getSiteModel())}`);
      },
    },
  };
}

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { BODY_TOP_HEADING } from '../core/content/body-headings.ts';
import { readsTheSameAsMarkdown } from '../core/content/markdown-equivalent.ts';
import { toProjectPath } from '../core/content/project-path.ts';
import { sourceDigestOf } from '../core/content/source-digest.ts';
import type { RenderableSource, SiteModel } from '../core/model/types.ts';
import { dependencyDigest } from './dependency-digest.ts';
import { siteModelReady } from './site-model.ts';

/**
 * Feeds a content collection with the bodies the model allows to be rendered now, and nothing else: an embargoed
 * advisory never enters the data store, so no compiled chunk can carry it.
 */
/** The entry types Astro hands to loaders (as the glob loader uses them), not part of the public context type. */
interface EntryType {
  contentModuleTypes?: unknown;
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ body: string }> | { body: string };
  getRenderFunction?: (config: LoaderContext['config']) => Promise<(entry: RenderParams) => Promise<RenderedContent>>;
}
type RenderParams = { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string };
type RenderedContent = NonNullable<Parameters<LoaderContext['store']['set']>[0]['rendered']>;

/**
 * MDX bodies that read the same as Markdown are rendered once, by the Markdown processor, and kept in the data
 * store with their digest; only bodies that use MDX are compiled into modules, which happens on every build. How a
 * body is rendered is part of every digest, so that bodies stored by an earlier way are rendered again: which
 * processor takes it, and the heading levels each collection starts at.
 */
const RENDERING = `markdown-when-equivalent+headings:${JSON.stringify(BODY_TOP_HEADING)}`;

function rendererFor(extension: string, body: string): string {
  return extension === '.mdx' && readsTheSameAsMarkdown(body) ? '.md' : extension;
}

/**
 * The file's text, which must be what the checks read: a body saved between the checks and the rendering would be
 * published beside front matter that no check has seen.
 */
async function readAsChecked(source: RenderableSource, projectRoot: string): Promise<string> {
  const bytes = await readFile(source.absolutePath);
  if (sourceDigestOf(bytes) !== source.sourceDigest) {
    const file = toProjectPath(projectRoot, source.absolutePath);
    throw new Error(`${file} changed while the site was being built, after its content was checked; build again`);
  }
  return new TextDecoder().decode(bytes);
}

/** The loader's name, by which the dev server asks Astro to run it again after an edit. */
export function renderableLoaderName(collection: keyof SiteModel['renderable']): string {
  return `bulletin-${collection}`;
}

export function renderableLoader(collection: keyof SiteModel['renderable']): Loader {
  return {
    name: renderableLoaderName(collection),
    load: async (context) => {
      const { config, store, parseData, generateDigest } = context;
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const sources = (await siteModelReady()).renderable[collection];
      const untouched = new Set(store.keys());
      const root = fileURLToPath(config.root);
      const dependencies = dependencyDigest(root);
      const renderers = new Map<EntryType, Promise<(entry: RenderParams) => Promise<RenderedContent>>>();
      for (const [id, source] of sources) {
        untouched.delete(id);
        const filePath = relative(root, source.absolutePath).split('\\').join('/');
        // The store keeps an entry whose digest is unchanged, path and all; the same text in another content
        // folder must still replace it, and so must the same text rendered another way or by upgraded dependencies.
        // The file's own part is the digest the checks took, so that an unchanged body is not read again.
        const digest = generateDigest(`${RENDERING}\0${dependencies}\0${filePath}\0${source.sourceDigest}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest) {
          if (existing.deferredRender) store.addModuleImport(filePath);
          continue;
        }
        const contents = await readAsChecked(source, root);
        const ownExtension = source.absolutePath.slice(source.absolutePath.lastIndexOf('.'));
        const ownType = entryTypes.get(ownExtension);
        if (!ownType) throw new Error(`No renderer is configured for ${ownExtension} files (${source.absolutePath})`);
        const { body } = await ownType.getEntryInfo({ contents, fileUrl: pathToFileURL(source.absolutePath) });
        const entryType = entryTypes.get(rendererFor(ownExtension, body)) ?? ownType;
        const data = await parseData({ id, data: source.data as Record<string, unknown>, filePath: source.absolutePath });
        if ('contentModuleTypes' in entryType) {
          store.set({ id, data, filePath, digest, deferredRender: true });
        } else if (entryType.getRenderFunction) {
          let render = renderers.get(entryType);
          if (!render) {
            render = entryType.getRenderFunction(config);
            renderers.set(entryType, render);
          }
          const rendered = await (await render)({ id, data, body, filePath: source.absolutePath, digest });
          store.set({ id, data, filePath, digest, rendered });
        } else {
          store.set({ id, data, filePath, digest });
        }
      }
      for (const id of untouched) store.delete(id);
    },
  };
}

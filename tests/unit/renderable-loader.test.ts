import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { sourceDigestOf } from '../../src/core/content/source-digest.ts';
import type { SiteModel } from '../../src/core/model/types.ts';
import { renderableLoader } from '../../src/site/renderable-loader.ts';
import { replaceSiteModel } from '../../src/site/site-model.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

interface StoredEntry {
  id: string;
  digest?: string;
  rendered?: { html: string };
}

/** The parts of Astro's loader context the loader uses, with a Markdown renderer that counts what it renders. */
function loaderContext() {
  const entries = new Map<string, StoredEntry>();
  const rendered: string[] = [];
  const markdown = {
    getEntryInfo: ({ contents }: { contents: string }) => ({ body: contents.replace(/^---[\s\S]*?---\n/, '') }),
    getRenderFunction: async () => async (entry: { id: string; body: string }) => {
      rendered.push(entry.id);
      return { html: `<p>${entry.body.trim()}</p>` };
    },
  };
  const context = {
    config: { root: pathToFileURL(`${PROJECT_ROOT}/`) },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: StoredEntry) => entries.set(entry.id, entry),
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => undefined,
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    entryTypes: new Map([['.md', markdown]]),
  };
  return { context: context as unknown as LoaderContext, entries, rendered };
}

/** A model whose one renderable advisory is the file at `path`, as the checks read it from `checked`. */
function modelWith(path: string, checked: string): SiteModel {
  const advisories = new Map([['CVE-2099-0001', { absolutePath: path, sourceDigest: sourceDigestOf(Buffer.from(checked)), data: {} }]]);
  return { renderable: { releases: new Map(), advisories, reports: new Map() } } as unknown as SiteModel;
}

describe('the content loader, which holds the bodies the model allows', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bulletin-loader-'));
  const path = join(folder, 'CVE-2099-0001.md');
  const text = '---\ntitle: A flaw\n---\nThe body.\n';

  it('renders a new body, then keeps it by the digest the checks took, without reading the file again', async () => {
    writeFileSync(path, text);
    replaceSiteModel(modelWith(path, text));
    const { context, entries, rendered } = loaderContext();
    await renderableLoader('advisories').load(context);
    expect(rendered).toEqual(['CVE-2099-0001']);
    expect(entries.get('CVE-2099-0001')?.rendered?.html).toBe('<p>The body.</p>');

    // Gone from the disk: an entry the store already has under the same digest must not need it.
    rmSync(path);
    await renderableLoader('advisories').load(context);
    expect(rendered).toEqual(['CVE-2099-0001']);
    expect(entries.get('CVE-2099-0001')?.rendered?.html).toBe('<p>The body.</p>');
  });

  it('renders the body again when the checks read another version of the file', async () => {
    const { context, entries, rendered } = loaderContext();
    writeFileSync(path, text);
    replaceSiteModel(modelWith(path, text));
    await renderableLoader('advisories').load(context);
    const edited = text.replace('The body.', 'The body, edited.');
    writeFileSync(path, edited);
    replaceSiteModel(modelWith(path, edited));
    await renderableLoader('advisories').load(context);
    expect(rendered).toEqual(['CVE-2099-0001', 'CVE-2099-0001']);
    expect(entries.get('CVE-2099-0001')?.rendered?.html).toBe('<p>The body, edited.</p>');
  });

  it('refuses a body saved after the checks read the file, naming the file as the checks do', async () => {
    const { context, entries } = loaderContext();
    writeFileSync(path, text.replace('The body.', 'Saved while the build ran.'));
    replaceSiteModel(modelWith(path, text));
    // Outside the project, the file is named by its absolute path, as the checks name it.
    await expect(renderableLoader('advisories').load(context)).rejects.toThrow(
      `${path} changed while the site was being built, after its content was checked; build again`,
    );
    expect(entries.size).toBe(0);
  });
});

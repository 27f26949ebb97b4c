import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentRoots } from '../content/load.ts';

export type EntryFolder = 'releases' | 'advisories';

const ENTRY_EXTENSIONS = ['.mdx', '.md'];

/** Where new releases and advisories are written: the private root when there is one, so embargoed text stays out of the public repository. */
export function rootForNewEntries(roots: ContentRoots, options: { public: boolean }): string {
  return roots.privateContent && !options.public ? roots.privateContent : roots.content;
}

/** Every file of that folder and id in either root; more than one is a duplicate that `npm run check` reports. */
export function findEntryFiles(roots: ContentRoots, folder: EntryFolder, id: string): string[] {
  const bases = [roots.content, roots.privateContent].filter((root): root is string => Boolean(root));
  return bases
    .flatMap((base) => ENTRY_EXTENSIONS.map((extension) => join(base, folder, `${id}${extension}`)))
    .filter((path) => existsSync(path));
}

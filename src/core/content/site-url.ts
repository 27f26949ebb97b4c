import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ContentRoots } from './load.ts';

export const SITE_FILES = ['site.yaml', 'site.yml'];

/**
 * The site's URL, which Astro needs in its configuration before anything else is read. Only the one field is
 * taken, from the same file and with the same YAML schema as the full reader; the checks hold it to https and
 * report a missing or broken site.yaml with its file and line.
 */
export function readSiteUrl(roots: ContentRoots): string | undefined {
  const path = SITE_FILES.map((name) => join(roots.content, name)).find((candidate) => existsSync(candidate));
  if (!path) return undefined;
  try {
    const data = load(readFileSync(path, 'utf-8'), { schema: CORE_SCHEMA });
    const url = (data as { url?: unknown } | null)?.url;
    return typeof url === 'string' && URL.canParse(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

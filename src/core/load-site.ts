import { checkContent } from './checks/check-content.ts';
import { type Diagnostic, hasErrors } from './content/diagnostic.ts';
import type { ContentSet } from './content/entry.ts';
import { type ContentRoots, loadContent } from './content/load.ts';
import { buildSiteModel } from './model/build-site-model.ts';
import type { SiteModel } from './model/types.ts';

export interface CheckedContent {
  /** Undefined when any error was found: nothing may be built from content with errors. */
  content: ContentSet | undefined;
  diagnostics: Diagnostic[];
  /** How many content files were read. */
  files: number;
}

/** Loads and checks all content: each file against its schema, then the cross-entry rules over every file that loaded. */
export function loadCheckedContent(roots: ContentRoots, now: Date): CheckedContent {
  const { content, partial, diagnostics, files } = loadContent(roots);
  diagnostics.push(...checkContent(partial, now));
  return { content: hasErrors(diagnostics) ? undefined : content, diagnostics, files };
}

export interface LoadedSite {
  model: SiteModel | undefined;
  diagnostics: Diagnostic[];
}

export function loadSiteModel(roots: ContentRoots, now: Date): LoadedSite {
  const { content, diagnostics } = loadCheckedContent(roots, now);
  return { model: content ? buildSiteModel(content, now) : undefined, diagnostics };
}

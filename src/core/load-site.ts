import { checkContent } from './checks/check-content';
import { type Diagnostic, hasErrors } from './content/diagnostic';
import type { ContentSet } from './content/entry';
import { type ContentRoots, loadContent } from './content/load';
import { buildSiteModel } from './model/build-site-model';
import type { SiteModel } from './model/types';

export interface CheckedContent {
  content: ContentSet | undefined;
  diagnostics: Diagnostic[];
}

/** Loads and checks all content: schema problems first, then cross-entry rules when every file parsed. */
export function loadCheckedContent(roots: ContentRoots, now: Date): CheckedContent {
  const { content, diagnostics } = loadContent(roots);
  if (content && !hasErrors(diagnostics)) diagnostics.push(...checkContent(content, now));
  return { content: hasErrors(diagnostics) ? undefined : content, diagnostics };
}

export interface LoadedSite {
  model: SiteModel | undefined;
  diagnostics: Diagnostic[];
}

export function loadSiteModel(roots: ContentRoots, now: Date): LoadedSite {
  const { content, diagnostics } = loadCheckedContent(roots, now);
  return { model: content ? buildSiteModel(content, now) : undefined, diagnostics };
}

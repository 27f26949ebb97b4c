import type { Diagnostic } from '../content/diagnostic';
import type { Entry } from '../content/entry';
import { historyGap, importedReleaseIds, isImportedAdvisory } from './imported-history';
import { problem, type Rule } from './rule';

const PLAIN_HTTP = /\bhttp:\/\/[^\s)>\]"']+/;

/**
 * Front-matter URLs are https by schema; links written in bodies are checked here. Plain http is a warning rather
 * than an error, since some external pages offer nothing else.
 */
export const urlsSecure: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const bodies: Entry<unknown>[] = [...content.releases, ...content.advisories, ...content.reports];
  // An imported body quotes its database, links and all.
  const importedReleases = importedReleaseIds(content.advisories);
  const imported = new Set<Entry<unknown>>([
    ...content.advisories.filter(isImportedAdvisory),
    ...content.releases.filter((release) => importedReleases.has(release.id)),
  ]);
  for (const entry of bodies) {
    entry.body.split(/\r?\n/).forEach((text, index) => {
      const url = PLAIN_HTTP.exec(text)?.[0];
      if (!url) return;
      const line = entry.bodyLine === undefined ? undefined : entry.bodyLine + index;
      const insecure: Diagnostic = {
        level: 'warning',
        file: entry.file,
        field: 'body',
        ...(line ? { line } : {}),
        message: `expected an https:// link, found ${url}`,
      };
      out.push(imported.has(entry) ? historyGap(insecure) : insecure);
    });
  }
  for (const advisory of content.advisories) {
    const seen = new Set<string>();
    advisory.data.references.forEach((reference, index) => {
      if (seen.has(reference.url))
        out.push(problem('warning', advisory, ['references', index, 'url'], `${reference.url} is listed twice; remove the repeat`));
      seen.add(reference.url);
    });
  }
  return out;
};

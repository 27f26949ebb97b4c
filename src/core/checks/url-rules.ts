import type { Diagnostic } from '../content/diagnostic.ts';
import type { Entry } from '../content/entry.ts';
import { historyGap, quotedLinks } from './imported-history.ts';
import { problem, type Rule } from './rule.ts';

const PLAIN_HTTP = /\bhttp:\/\/[^\s)>\]"']+/g;

/**
 * Front-matter URLs are https by schema; links written in bodies are checked here. Plain http is a warning rather
 * than an error, since some external pages offer nothing else.
 */
export const urlsSecure: Rule = ({ content }) => {
  const out: Diagnostic[] = [];
  const bodies: Entry<unknown>[] = [...content.releases, ...content.advisories, ...content.reports];
  const quoted = quotedLinks(content);
  for (const entry of bodies) {
    entry.body.split(/\r?\n/).forEach((text, index) => {
      const line = entry.bodyLine === undefined ? undefined : entry.bodyLine + index;
      for (const [found] of text.matchAll(PLAIN_HTTP)) {
        // The full stop or comma after a link in prose is not part of it.
        const url = found.replace(/[.,;:!?]+$/, '');
        const insecure: Diagnostic = {
          level: 'warning',
          file: entry.file,
          field: 'body',
          ...(line ? { line } : {}),
          message: `expected an https:// link, found ${url}`,
        };
        out.push(quoted.get(entry)?.has(url) ? historyGap(insecure) : insecure);
      }
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

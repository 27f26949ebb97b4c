import type { Diagnostic } from '../content/diagnostic.ts';
import { releasedFrom, releaseOutPhrase } from './public-moments.ts';
import { isBroken, problem, type Rule } from './rule.ts';

/**
 * With a private folder in use, the public one is what a public repository holds: an advisory there before its
 * release is out can be read by anyone, whatever the site shows. The site itself still keeps it back, so this is a
 * warning; the file belongs in the private folder until release:move-public moves it.
 */
export const noEmbargoedAdvisoryInPublicFolder: Rule = ({ content, now }) => {
  if (!content.privateFolder) return [];
  const out: Diagnostic[] = [];
  for (const advisory of content.advisories) {
    if (advisory.private) continue;
    const from = releasedFrom(content, advisory.data.release);
    if (from <= now.getTime()) continue;
    // This is about the repository, which the build's stop on the broken file does not protect: fail safe, and say why.
    const until = isBroken(content, 'releases', advisory.data.release)
      ? `its release file ${advisory.data.release} does not load, so it counts as not yet out`
      : releaseOutPhrase(advisory.data.release, from);
    out.push(
      problem(
        'warning',
        advisory,
        ['release'],
        `this advisory is in the public content folder before it is public (${until}): anyone who reads the public repository sees it now; move it to the private folder (BULLETIN_PRIVATE_DIR), from which release:move-public brings it back once the release is out`,
      ),
    );
  }
  return out;
};

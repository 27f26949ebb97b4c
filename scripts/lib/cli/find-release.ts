import { AuthoringError } from '../../../src/core/authoring/authoring-error.ts';
import { findEntryFiles } from '../../../src/core/authoring/content-files.ts';
import type { Diagnostic } from '../../../src/core/content/diagnostic.ts';
import type { ContentSet, Entry } from '../../../src/core/content/entry.ts';
import { loadContent } from '../../../src/core/content/load.ts';
import { isCalendarDate } from '../../../src/core/format/dates.ts';
import { targetDateAt } from '../../../src/core/lifecycle/phase.ts';
import type { ReleaseData } from '../../../src/core/schemas/release.ts';
import type { CommandContext } from './command.ts';

export interface FoundRelease extends Entry<ReleaseData> {
  content: ContentSet;
  /** The errors of release and advisory files that did not load, and are absent from `content`: one may be this release's. */
  unloaded: Diagnostic[];
}

/** The release a command edits, looked up in both content roots; anything ambiguous or invalid is a refusal. */
export function findRelease(context: CommandContext, id: string): FoundRelease {
  if (!isCalendarDate(id))
    throw new AuthoringError(`"${id}" is not a release id; expected the release's first announced date, e.g. 2031-03-10`);
  const files = findEntryFiles(context.roots, 'releases', id);
  const { content, diagnostics, partial } = loadContent(context.roots);
  if (files.length === 0 || !content) {
    const known = content?.releases.map((release) => release.id).sort() ?? [];
    // A release keeps the id of its first date: after a postponement the steward may well type the new one.
    const moved = content?.releases.find((release) => targetDateAt(release.data, context.now) === id);
    if (moved) {
      throw new AuthoringError(
        `there is no release ${id}: release ${moved.id} is now planned for ${id}, and keeps the id of its first date; use ${moved.id}`,
      );
    }
    const privateHint = context.roots.privateContent ? '' : ' (if it is in a private content folder, set BULLETIN_PRIVATE_DIR)';
    throw new AuthoringError(`there is no release ${id}${privateHint}; known releases: ${known.join(', ') || 'none'}`);
  }
  if (files.length > 1)
    throw new AuthoringError(`release ${id} exists more than once (${files.map(context.display).join(', ')}); keep one`);
  const release = content.releases.find((entry) => entry.absolutePath === files[0]);
  if (!release) throw new AuthoringError(`${context.display(files[0] ?? id)} has errors; run npm run check and fix them first`);
  // A file with an error in its body still loads; only one missing from the content can be left behind unseen.
  const loadedFiles = new Set([...content.advisories, ...content.releases].map((entry) => entry.file));
  const unloadedFiles = new Set(
    partial.sources
      .filter((source) => !source.valid && (source.collection === 'advisories' || source.collection === 'releases'))
      .map((source) => source.file)
      .filter((file) => !loadedFiles.has(file)),
  );
  const unloaded = diagnostics.filter((diagnostic) => diagnostic.level === 'error' && unloadedFiles.has(diagnostic.file));
  return { ...release, content, unloaded };
}

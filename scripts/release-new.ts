import { join } from 'node:path';
import { AuthoringError } from '../src/core/authoring/authoring-error.ts';
import { findEntryFiles, rootForNewEntries } from '../src/core/authoring/content-files.ts';
import { newRelease, parseLineList } from '../src/core/authoring/new-release.ts';
import { releaseChecklist } from '../src/core/authoring/release-checklist.ts';
import { loadContent } from '../src/core/content/load.ts';
import { DEFAULT_PRE_ANNOUNCEMENT_DAYS } from '../src/core/schemas/site.ts';
import { optionalString, parseCommandArgs, requiredString } from './lib/cli/args.ts';
import { runCommand, validateAndWrite } from './lib/cli/command.ts';

const USAGE = 'npm run release:new -- --date YYYY-MM-DD --lines 20.x,18.x [--announce YYYY-MM-DD|ISO time] [--public]';

runCommand('release:new', USAGE, (context) => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { date: { type: 'string' }, lines: { type: 'string' }, announce: { type: 'string' }, public: { type: 'boolean' } },
    { min: 0, max: 0 },
  );
  const date = requiredString(args, 'date', '2031-03-10');
  const lines = parseLineList('--lines', requiredString(args, 'lines', '20.x,18.x'));
  const noticeDays = loadContent(context.roots).content?.site.preAnnouncementDays ?? DEFAULT_PRE_ANNOUNCEMENT_DAYS;
  const release = newRelease({ date, lines, announce: optionalString(args, 'announce'), noticeDays, now: context.now });
  const existing = findEntryFiles(context.roots, 'releases', release.id);
  if (existing.length > 0) throw new AuthoringError(`release ${release.id} already exists: ${existing.map(context.display).join(', ')}`);

  const root = rootForNewEntries(context.roots, { public: args.flags.public === true });
  const inPrivateRoot = root === context.roots.privateContent;
  const path = join(root, 'releases', `${release.id}.mdx`);
  // The lead-time warning below already says what the content check would say about announcedAt.
  validateAndWrite(context, [{ absolutePath: path, text: release.text }], {
    quietFields: release.warnings.length > 0 ? ['announcedAt'] : [],
  });
  for (const warning of release.warnings) context.warn(warning);
  if (Date.parse(release.announcedAt) <= context.now.getTime()) {
    context.warn(`the pre-announcement time ${release.announcedAt} is not in the future: the next build publishes it`);
  }

  context.info(
    `✓ release ${release.id} created, pre-announced at ${release.announcedAt}${inPrivateRoot ? ' in the private content folder' : ''}`,
  );
  context.info('Next steps:');
  for (const step of releaseChecklist({ id: release.id, lines, announcedAt: release.announcedAt, inPrivateRoot })) {
    context.info(step);
  }
  context.info(context.display(path));
});

import { readFileSync } from 'node:fs';
import { parseVersionList, publishRelease } from '../src/core/authoring/publish-release.ts';
import { countOf } from '../src/core/format/count-of.ts';
import { parseCommandArgs, requiredString } from './lib/cli/args.ts';
import { momentFlag, outByMoment, runCommand, validateAndWrite, warnIfBackdated } from './lib/cli/command.ts';
import { findRelease } from './lib/cli/find-release.ts';

const USAGE = 'npm run release:publish -- <release id> --versions 20.3.1,18.16.1 [--at ISO time] [--early | --late]';

runCommand('release:publish', USAGE, (context) => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { versions: { type: 'string' }, at: { type: 'string' }, early: { type: 'boolean' }, late: { type: 'boolean' } },
    { min: 1, max: 1, name: 'the release id, e.g. 2031-03-10' },
  );
  const versions = parseVersionList(requiredString(args, 'versions', '20.3.1,18.16.1'));
  const at = momentFlag(
    'at',
    typeof args.flags.at === 'string' ? args.flags.at : undefined,
    context.now,
    'the release goes public at that moment, so give the hour the binaries are out',
  );
  const release = findRelease(context, args.positionals[0] ?? '');
  const advisories = release.content.advisories.filter((advisory) => advisory.data.release === release.id);
  const result = publishRelease(
    context.display(release.absolutePath),
    readFileSync(release.absolutePath, 'utf-8'),
    release.data,
    advisories,
    {
      releaseId: release.id,
      versions,
      at,
      now: outByMoment(context),
      early: args.flags.early === true,
      atGiven: typeof args.flags.at === 'string',
      late: args.flags.late === true,
    },
  );
  const scheduled = release.data.releasedAt;
  validateAndWrite(context, [{ absolutePath: release.absolutePath, text: result.text }], {
    // An advisory of this release that does not load is not counted above, and a build stops on any error: scheduled
    // now, the release would not go out at its moment, with no one there to see why.
    existingErrorsStop: `the build at ${at} would stop on them, so the release would not go out`,
  });
  if (scheduled) context.warn(`the publication scheduled for ${scheduled} is replaced`);
  if (advisories.length === 0) {
    const hint = context.roots.privateContent ? '' : ' (if they are in a private content folder, set BULLETIN_PRIVATE_DIR)';
    context.warn(`release ${release.id} has no advisories${hint}: its page and feeds will say it fixes nothing`);
  }
  for (const { line, version } of result.fixed) {
    // Scanners order 20.3.1-rc.1 before 20.3.1: a fix shipped as a pre-release leaves the final version looking unfixed.
    if (version.includes('-')) context.warn(`${line}: ${version} is a pre-release; is it the version users install to get the fix?`);
  }
  warnIfBackdated(
    context,
    args.flags.at,
    at,
    'the release and its advisories are dated then, though they go public only with the next build',
  );

  const when = Date.parse(at) <= context.now.getTime() ? 'the next build publishes it' : `builds from ${at} on publish it`;
  context.info(
    `✓ release ${release.id} set to publish at ${at} with ${result.fixed.map((item) => `${item.line}: ${item.version}`).join(', ')} and ${countOf(advisories.length, 'advisory', 'advisories')}; ${when}`,
  );
  const privateFiles = [release, ...advisories].filter((entry) => entry.private);
  if (privateFiles.length > 0) {
    context.info(
      `  after ${at}, npm run release:move-public -- ${release.id} moves its ${privateFiles.length} file(s) from the private content folder into content/, the public record`,
    );
  }
  context.info(context.display(release.absolutePath));
});

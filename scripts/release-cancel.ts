import { readFileSync } from 'node:fs';
import { cancelRelease } from '../src/core/authoring/cancel-release.ts';
import { formatDate } from '../src/core/format/dates.ts';
import { targetDateAt } from '../src/core/lifecycle/phase.ts';
import { parseCommandArgs, requiredString } from './lib/cli/args.ts';
import { momentFlag, outByMoment, runCommand, validateAndWrite, warnIfBackdated } from './lib/cli/command.ts';
import { findRelease } from './lib/cli/find-release.ts';

const USAGE = 'npm run release:cancel -- <release id> --note "why" [--at ISO time]';

runCommand('release:cancel', USAGE, (context) => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { note: { type: 'string' }, at: { type: 'string' } },
    { min: 1, max: 1, name: 'the release id, e.g. 2031-03-10' },
  );
  const note = requiredString(args, 'note', '"The fixes ship with the next release."');
  const at = momentFlag('at', typeof args.flags.at === 'string' ? args.flags.at : undefined, context.now);
  const release = findRelease(context, args.positionals[0] ?? '');
  const { text, unscheduled } = cancelRelease(
    context.display(release.absolutePath),
    readFileSync(release.absolutePath, 'utf-8'),
    release.data,
    {
      note,
      at,
      now: outByMoment(context),
    },
  );
  // The advisories' own warnings say that their release is cancelled; the list below says it once.
  validateAndWrite(context, [{ absolutePath: release.absolutePath, text }], { quietFields: ['release'] });
  warnIfBackdated(context, args.flags.at, at, 'feeds date the cancellation then, though readers learn of it only with the next build');

  const waiting = release.content.advisories.filter((advisory) => advisory.data.release === release.id);
  context.info(
    `✓ release ${release.id} (planned for ${formatDate(targetDateAt(release.data, new Date(at)))}) is cancelled; readers see it from ${at}`,
  );
  if (unscheduled) context.info(`  its publication, scheduled for ${unscheduled}, is called off: releasedAt is removed`);
  if (waiting.length > 0) {
    const which =
      waiting.length === 1 ? 'its advisory stays unpublished: set its' : `its ${waiting.length} advisories stay unpublished: set their`;
    context.info(`  ${which} release: to the release that ships the fix`);
    for (const advisory of waiting) context.info(`  ${context.display(advisory.absolutePath)}`);
  }
  context.info(context.display(release.absolutePath));
});

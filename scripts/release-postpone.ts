import { readFileSync } from 'node:fs';
import { postponeRelease } from '../src/core/authoring/postpone-release.ts';
import { formatDate } from '../src/core/format/dates.ts';
import { parseCommandArgs, requiredString } from './lib/cli/args.ts';
import { momentFlag, outByMoment, runCommand, validateAndWrite, warnIfBackdated } from './lib/cli/command.ts';
import { findRelease } from './lib/cli/find-release.ts';

const USAGE = 'npm run release:postpone -- <release id> --to YYYY-MM-DD --note "why" [--at ISO time]';

runCommand('release:postpone', USAGE, (context) => {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { to: { type: 'string' }, note: { type: 'string' }, at: { type: 'string' } },
    { min: 1, max: 1, name: 'the release id, e.g. 2031-03-10' },
  );
  const to = requiredString(args, 'to', '2031-03-12');
  const note = requiredString(args, 'note', '"A fix needs more review."');
  const at = momentFlag('at', typeof args.flags.at === 'string' ? args.flags.at : undefined, context.now);
  const release = findRelease(context, args.positionals[0] ?? '');
  const result = postponeRelease(context.display(release.absolutePath), readFileSync(release.absolutePath, 'utf-8'), release.data, {
    to,
    note,
    at,
    now: outByMoment(context),
  });
  validateAndWrite(context, [{ absolutePath: release.absolutePath, text: result.text }]);
  for (const warning of result.warnings) context.warn(warning);
  warnIfBackdated(context, args.flags.at, at, 'feeds date the change then, though readers learn of it only with the next build');

  context.info(`✓ release ${release.id} moves from ${formatDate(result.from)} to ${formatDate(to)}; readers see the update from ${at}`);
  context.info(context.display(release.absolutePath));
});

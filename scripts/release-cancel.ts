import { readFileSync } from 'node:fs';
import { cancelRelease } from '../src/core/authoring/cancel-release';
import { formatDate } from '../src/core/format/dates';
import { targetDateAt } from '../src/core/lifecycle/phase';
import { parseCommandArgs, requiredString } from './lib/cli/args';
import { momentFlag, runCommand, validateAndWrite } from './lib/cli/command';
import { findRelease } from './lib/cli/find-release';

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
  const text = cancelRelease(context.display(release.absolutePath), readFileSync(release.absolutePath, 'utf-8'), release.data, {
    note,
    at,
  });
  validateAndWrite(context, [{ absolutePath: release.absolutePath, text }]);

  const waiting = release.content.advisories.filter((advisory) => advisory.data.release === release.id);
  context.info(
    `✓ release ${release.id} (planned for ${formatDate(targetDateAt(release.data, new Date(at)))}) is cancelled; readers see it from ${at}`,
  );
  if (waiting.length > 0) {
    context.info(
      `  its ${waiting.length === 1 ? 'advisory stays' : `${waiting.length} advisories stay`} unpublished: set their release: to the release that ships the fixes`,
    );
    for (const advisory of waiting) context.info(`  ${context.display(advisory.absolutePath)}`);
  }
  context.info(context.display(release.absolutePath));
});

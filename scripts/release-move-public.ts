import { existsSync, readFileSync } from 'node:fs';
import { AuthoringError } from '../src/core/authoring/authoring-error.ts';
import { carryModifications, planMovePublic } from '../src/core/authoring/move-public.ts';
import { formatDiagnostic } from '../src/core/content/diagnostic.ts';
import { formatMoment } from '../src/core/format/dates.ts';
import { publicWriteMoment } from '../src/core/lifecycle/now.ts';
import { isOutBy } from '../src/core/lifecycle/phase.ts';
import { parseCommandArgs } from './lib/cli/args.ts';
import { runCommand } from './lib/cli/command.ts';
import { findRelease } from './lib/cli/find-release.ts';
import { moveFiles } from './lib/cli/move-files.ts';
import { advisoryEditTimes, releaseFixEditTimes } from './lib/content-history.ts';
import { PROJECT_ROOT } from './lib/project.ts';

const USAGE = 'npm run release:move-public -- <release id>';

runCommand('release:move-public', USAGE, (context) => {
  const args = parseCommandArgs(process.argv.slice(2), {}, { min: 1, max: 1, name: 'the release id, e.g. 2031-03-10' });
  const release = findRelease(context, args.positionals[0] ?? '');
  if (release.unloaded.length > 0) {
    throw new AuthoringError(
      `${new Set(release.unloaded.map((diagnostic) => diagnostic.file)).size} release or advisory file(s) do not load; one may be an advisory of this release, which would be left behind in the private folder. Fix them first (npm run check):`,
      release.unloaded.map((diagnostic) => formatDiagnostic(diagnostic)),
    );
  }
  const now = publicWriteMoment(context.now);
  if (isOutBy(release.data, context.now) && !isOutBy(release.data, now)) {
    throw new AuthoringError(
      `release ${release.id} is not out yet by the clock (releasedAt ${release.data.releasedAt}, and it is ${formatMoment(now)}): BULLETIN_NOW may hold files back but never move them early, since they go to the public repository`,
    );
  }
  const planned = planMovePublic(context.roots, release, release.content.advisories, now, existsSync);
  const privateFolder = [context.roots.privateContent ?? ''];
  const editedAt = new Map([...advisoryEditTimes(privateFolder, PROJECT_ROOT), ...releaseFixEditTimes(privateFolder, PROJECT_ROOT)]);
  const moves = carryModifications(planned, release, release.content.advisories, editedAt, (path) => readFileSync(path, 'utf-8'));
  moveFiles(moves, context.display);

  context.info(
    `✓ release ${release.id}, out since ${release.data.releasedAt}: ${moves.length} file(s) moved from the private content folder into the public one`,
  );
  for (const move of moves) {
    const carried = move.modified
      ? ` (modified: ${move.modified}, its last edit in the private repository, so that its record's modified never moves back)`
      : '';
    context.info(`  ${context.display(move.from)} → ${context.display(move.to)}${carried}`);
  }
  context.info('  commit them to the public repository, and their removal to the private one');
  const releaseMove = moves.find((move) => move.from === release.absolutePath);
  context.info(context.display(releaseMove?.to ?? moves[0]?.to ?? release.absolutePath));
});

import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AuthoringError } from '../src/core/authoring/authoring-error';
import { type PlannedMove, planMovePublic } from '../src/core/authoring/move-public';
import { parseCommandArgs } from './lib/cli/args';
import type { CommandContext } from './lib/cli/command';
import { runCommand } from './lib/cli/command';
import { findRelease } from './lib/cli/find-release';

const USAGE = 'npm run release:move-public -- <release id>';

/**
 * Every file is first copied into the public root (under a temporary name, then renamed), and only then are the
 * private copies removed: a failure while copying takes the copies back and leaves everything as it was.
 */
function copyAll(moves: PlannedMove[], context: CommandContext): void {
  const written: string[] = [];
  try {
    for (const move of moves) {
      mkdirSync(dirname(move.to), { recursive: true });
      const temporary = join(dirname(move.to), `.${process.pid}.bulletin-move`);
      copyFileSync(move.from, temporary);
      renameSync(temporary, move.to);
      written.push(move.to);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    for (const move of moves) rmSync(join(dirname(move.to), `.${process.pid}.bulletin-move`), { force: true });
    throw new AuthoringError(`nothing was moved: ${(error as Error).message}`, written.map(context.display));
  }
}

function removePrivateCopies(moves: PlannedMove[], context: CommandContext): void {
  const left: string[] = [];
  for (const move of moves) {
    try {
      rmSync(move.from);
    } catch {
      left.push(context.display(move.from));
    }
  }
  if (left.length > 0) {
    throw new AuthoringError(
      'the files are in the public content folder now, but these could not be removed from the private one; remove them by hand, or the build stops on the repeated ids:',
      left,
    );
  }
}

runCommand('release:move-public', USAGE, (context) => {
  const args = parseCommandArgs(process.argv.slice(2), {}, { min: 1, max: 1, name: 'the release id, e.g. 2031-03-10' });
  const release = findRelease(context, args.positionals[0] ?? '');
  const moves = planMovePublic(context.roots, release, release.content.advisories, context.now, existsSync);
  copyAll(moves, context);
  removePrivateCopies(moves, context);

  context.info(
    `✓ release ${release.id}, out since ${release.data.releasedAt}: ${moves.length} file(s) moved from the private content root into the public one`,
  );
  for (const move of moves) context.info(`  ${context.display(move.from)} → ${context.display(move.to)}`);
  context.info('  commit them to the public repository, and their removal to the private one');
  const releaseMove = moves.find((move) => move.from === release.absolutePath);
  context.info(context.display(releaseMove?.to ?? moves[0]?.to ?? release.absolutePath));
});

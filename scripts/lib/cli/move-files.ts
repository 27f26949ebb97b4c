import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { AuthoringError } from '../../../src/core/authoring/authoring-error.ts';
import type { PlannedMove } from '../../../src/core/authoring/move-public.ts';
import { placeFile } from './command.ts';

/**
 * Moves files between content roots: every file is first copied into place, and only then are the originals
 * removed. A copy that fails takes back the copies already made, so both roots are left as they were; `copy` is
 * there for tests to make one fail.
 */
export function moveFiles(
  moves: readonly PlannedMove[],
  display: (path: string) => string,
  copy: (from: string, to: string) => void = copyFileSync,
): void {
  const placed: string[] = [];
  try {
    for (const move of moves) {
      const { text } = move;
      placeFile(move.to, (temporary) => (text === undefined ? copy(move.from, temporary) : writeFileSync(temporary, text)));
      placed.push(move.to);
    }
  } catch (error) {
    for (const path of placed) rmSync(path, { force: true });
    throw new AuthoringError(`nothing was moved: ${(error as Error).message}`);
  }
  const left: string[] = [];
  for (const move of moves) {
    try {
      rmSync(move.from);
    } catch {
      left.push(display(move.from));
    }
  }
  if (left.length > 0) {
    throw new AuthoringError(
      'the files are in the public content folder now, but these could not be removed from the private one; remove them by hand, or the build stops on the repeated ids:',
      left,
    );
  }
}

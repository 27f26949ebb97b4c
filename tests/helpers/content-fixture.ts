import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SAMPLE_CONTENT } from './build-site.ts';

export interface ContentFixture {
  root: string;
  read: (path: string) => string;
  write: (path: string, text: string) => string;
  remove: (path: string) => void;
}

/** A throwaway copy of a content folder (the sample by default) that a test may change freely. */
export function contentFixture(from: string | null = SAMPLE_CONTENT): ContentFixture {
  const root = mkdtempSync(join(tmpdir(), 'bulletin-content-'));
  if (from) cpSync(from, root, { recursive: true });
  return {
    root,
    read: (path) => readFileSync(join(root, path), 'utf-8'),
    write: (path, text) => {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      return target;
    },
    remove: (path) => rmSync(join(root, path), { force: true, recursive: true }),
  };
}

/** A copy of the sample with its one release file rewritten. */
function sampleWithRelease(rewrite: (text: string) => string): string {
  const fixture = contentFixture();
  const file = 'releases/2023-06-20.mdx';
  fixture.write(file, rewrite(fixture.read(file)));
  return fixture.root;
}

/** The sample with its release cancelled on 19 June, the day before it was due. */
export function sampleWithCancelledRelease(): string {
  return sampleWithRelease((text) =>
    text.replace(
      'releasedAt: 2023-06-20T21:00:00Z',
      'cancelled:\n  at: 2023-06-19T10:00:00Z\n  note: The fixes ship with the next release.',
    ),
  );
}

/** The sample with its release moved from 20 to 22 June on 15 June: one date change, released on the new date. */
export function sampleWithMovedRelease(): string {
  return sampleWithRelease((text) =>
    text
      .replace('releasedAt: 2023-06-20T21:00:00Z', 'releasedAt: 2023-06-22T21:00:00Z')
      .replace('---\n\n', 'dateChanges:\n  - at: 2023-06-15T10:00:00Z\n    to: 2023-06-22\n    note: A fix needs more review.\n---\n\n'),
  );
}

/** The sample with its release not out: past 20 June it is overdue, with no date change to say so. */
export function sampleWithOverdueRelease(): string {
  return sampleWithRelease((text) => text.replace('releasedAt: 2023-06-20T21:00:00Z\n', ''));
}

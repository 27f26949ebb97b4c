import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthoringError } from '../../src/core/authoring/authoring-error.ts';
import { planMovePublic } from '../../src/core/authoring/move-public.ts';
import type { Entry } from '../../src/core/content/entry.ts';
import type { AdvisoryData } from '../../src/core/schemas/advisory.ts';
import type { ReleaseData } from '../../src/core/schemas/release.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

// The public folder sits deeper than the private one, so one relative path leads to two places.
const scratch = mkdtempSync(join(tmpdir(), 'bulletin-move-'));
const privateRoot = join(scratch, 'embargoed');
const publicRoot = join(scratch, 'site', 'repository', 'content');
mkdirSync(join(privateRoot, 'advisories'), { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function entry<T>(id: string, path: string, data: T, body = ''): Entry<T> {
  return {
    id,
    data,
    body,
    bodyLine: 10,
    file: path,
    absolutePath: join(privateRoot, path),
    sourceDigest: `digest of ${path}`,
    private: true,
    locate: () => undefined,
  };
}

const release = entry('2023-07-18', 'releases/2023-07-18.mdx', {
  date: '2023-07-18',
  announcedAt: '2023-07-11T18:00:00Z',
  releasedAt: '2023-07-18T20:00:00Z',
  lines: [{ line: '20.x', version: '20.3.2' }],
} as unknown as ReleaseData);

function plan(body: string) {
  const advisory = entry('CVE-2023-39001', 'advisories/CVE-2023-39001.mdx', { release: '2023-07-18' } as AdvisoryData, body);
  const roots = { projectRoot: PROJECT_ROOT, content: publicRoot, privateContent: privateRoot };
  return () => planMovePublic(roots, release, [advisory], new Date('2023-07-19T00:00:00Z'), () => false);
}

describe('moving a published release into the public folder', () => {
  it('names the alias for a site component imported by a path relative to the private folder', () => {
    const badge = relative(join(privateRoot, 'advisories'), join(PROJECT_ROOT, 'src/components/SeverityBadge.astro'));
    const move = plan(`\nimport SeverityBadge from '${badge}';\n\n<SeverityBadge severity="high" />\n`);
    expect(move).toThrow(AuthoringError);
    try {
      move();
    } catch (error) {
      expect((error as AuthoringError).details).toEqual([
        `${join(privateRoot, 'advisories/CVE-2023-39001.mdx')}:11 imports '${badge}': write '@components/SeverityBadge.astro'`,
      ]);
    }
  });

  it("names the project-root path for a module of the project's own outside the components", () => {
    const engine = relative(join(privateRoot, 'advisories'), join(PROJECT_ROOT, 'src/core/format/dates.ts'));
    try {
      plan(`\nimport { formatDate } from '${engine}';\n\nOn {formatDate('2031-03-10')}.\n`)();
      expect.unreachable('the move should be refused');
    } catch (error) {
      expect((error as AuthoringError).details).toEqual([
        `${join(privateRoot, 'advisories/CVE-2023-39001.mdx')}:11 imports '${engine}': write '/src/core/format/dates.ts'`,
      ]);
    }
  });

  it('moves a body whose imports are found from both folders', () => {
    expect(plan('\nimport SeverityBadge from \'@components/SeverityBadge.astro\';\n\n<SeverityBadge severity="high" />\n')()).toHaveLength(
      2,
    );
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent, loadSiteModel } from '../../src/core/load-site.ts';
import { buildSite, PROJECT_ROOT, runBuild, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

const RELEASE = `---
date: 2024-03-12
announcedAt: 2024-03-05T18:00:00Z
lines:
  - line: 20.x
    version: 20.11.2
releasedAt: 2024-03-12T20:00:00Z
---

Release-day text kept private until now.
`;

const ADVISORY = `---
cve: CVE-2024-900001
title: An issue kept in the private root
release: 2024-03-12
severity: medium
lines: [20.x]
credits:
  - name: Jane Doe
    role: reporter
summary: Kept out of the public repository until its release.
---

Details.
`;

/** The public sample plus a private root holding one more release and its advisory, as a team keeps embargoed work. */
function privateRoot() {
  const fixture = contentFixture(null);
  fixture.write('releases/2024-03-12.mdx', RELEASE);
  fixture.write('advisories/CVE-2024-900001.mdx', ADVISORY);
  return fixture;
}

const roots = (privateContent: string) => ({ projectRoot: PROJECT_ROOT, content: SAMPLE_CONTENT, privateContent });

describe('the private content root (BULLETIN_PRIVATE_DIR)', () => {
  it('merges its releases and advisories with the public ones, marked as private', () => {
    const { root } = privateRoot();
    const { content, diagnostics } = loadCheckedContent(roots(root), new Date('2024-03-13T00:00:00Z'));
    expect(diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
    expect(content?.releases.map((release) => [release.id, release.private])).toEqual(
      expect.arrayContaining([
        ['2023-06-20', false],
        ['2024-03-12', true],
      ]),
    );
    expect(content?.advisories.find((advisory) => advisory.id === 'CVE-2024-900001')?.private).toBe(true);
  });

  it('keeps private entries behind the same gate as public ones', () => {
    const { root } = privateRoot();
    const announced = loadSiteModel(roots(root), new Date('2024-03-06T00:00:00Z')).model;
    expect(announced?.releases.find((release) => release.id === '2024-03-12')?.phase).toBe('announced');
    expect(announced?.advisories.some((advisory) => advisory.id === 'CVE-2024-900001')).toBe(false);
    const released = loadSiteModel(roots(root), new Date('2024-03-13T00:00:00Z')).model;
    expect(released?.advisories.some((advisory) => advisory.id === 'CVE-2024-900001')).toBe(true);
  });

  it('reports an id used in both roots as an error naming both files', () => {
    const { root, write } = privateRoot();
    write('releases/2023-06-20.mdx', readFileSync(join(SAMPLE_CONTENT, 'releases', '2023-06-20.mdx'), 'utf-8'));
    write('advisories/CVE-2023-30581.mdx', readFileSync(join(SAMPLE_CONTENT, 'advisories', 'CVE-2023-30581.mdx'), 'utf-8'));
    const { content, diagnostics } = loadCheckedContent(roots(root), new Date('2024-03-13T00:00:00Z'));
    expect(content).toBeUndefined();
    const messages = diagnostics
      .filter((diagnostic) => diagnostic.level === 'error')
      .map((diagnostic) => `${diagnostic.file} ${diagnostic.message}`);
    expect(messages.some((message) => message.includes('2023-06-20') && message.includes('content/releases/2023-06-20.mdx'))).toBe(true);
    expect(
      messages.some((message) => message.includes('CVE-2023-30581') && message.includes('content/advisories/CVE-2023-30581.mdx')),
    ).toBe(true);

    const build = runBuild(['--out', join(PROJECT_ROOT, 'tests', '.output', 'private-duplicate')], {
      now: '2024-03-13T00:00:00Z',
      privateContent: root,
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('2023-06-20');
    expect(build.stderr).toContain('build failed');
  });

  it('builds the pages of a released private release and its advisory', () => {
    const { root } = privateRoot();
    const site = buildSite({ name: 'private-released', now: '2024-03-13T00:00:00Z', privateContent: root });
    expect(site.status, site.stderr).toBe(0);
    expect(site.read('releases/2024-03-12/index.html')).toContain('Release-day text kept private until now.');
    expect(site.read('advisories/CVE-2024-900001/index.html')).toContain('An issue kept in the private root');
    expect(site.exists('releases/2023-06-20/index.html')).toBe(true);
  });
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';

describe('building from one content folder after another', () => {
  it('renders bodies from the folder being built, even when the previous folder held the same files and is gone', () => {
    const first = contentFixture();
    const before = buildSite({ name: 'switch-first', now: '2023-07-01T00:00:00Z', content: first.root });
    expect(before.status, before.stderr).toBe(0);
    rmSync(first.root, { recursive: true, force: true });

    const second = contentFixture();
    const marker = 'Only the second folder says this.';
    const path = join('advisories', 'CVE-2023-30590.mdx');
    second.write(path, `${second.read(path)}\n${marker}\n`);
    const after = buildSite({ name: 'switch-second', now: '2023-07-01T00:00:00Z', content: second.root });
    expect(after.status, after.stderr).toBe(0);
    expect(after.read('advisories/CVE-2023-30590/index.html')).toContain(marker);
    expect(after.read('advisories/CVE-2023-30581/index.html')).toMatch(/<h3[^>]*>Impact<\/h3>/);
  });
});

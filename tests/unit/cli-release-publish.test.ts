import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { expectRefusal, projectPath, runCli } from '../helpers/run-cli.ts';

const RELEASE = `---
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z
lines:
  - line: 20.x
  - line: 18.x
---

Release-day text.
`;

function advisory(fields: { cve?: string; summary?: string; credits?: boolean }) {
  return `---
${fields.cve ? `cve: ${fields.cve}\n` : ''}title: Canary-free title
release: 2031-03-10
severity: high
lines: [20.x, 18.x]
${fields.credits === false ? '' : 'credits:\n  - name: Jane Doe\n    role: reporter\n'}${fields.summary ? `summary: ${fields.summary}\n` : ''}---

Body.
`;
}

const NOW = '2031-03-10T12:00:00Z';

function fixtureWith(files: Record<string, string>) {
  const fixture = contentFixture();
  const path = fixture.write('releases/2031-03-10.mdx', RELEASE);
  for (const [name, text] of Object.entries(files)) fixture.write(name, text);
  return { ...fixture, path };
}

const ready = { 'advisories/CVE-2031-0001.mdx': advisory({ cve: 'CVE-2031-0001', summary: 'One paragraph.' }) };

describe('npm run release:publish', () => {
  it('sets every fixed version and released-at, now by default', async () => {
    const { root, path } = fixtureWith(ready);
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '18.99.1,20.99.1'], { content: root, now: NOW });
    expect(result.status, result.stderr).toBe(0);
    expect(result.lastLine).toBe(projectPath(path));
    expect(readFileSync(path, 'utf-8')).toBe(`---
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z
lines:
  - line: 20.x
    version: 20.99.1
  - line: 18.x
    version: 18.99.1
releasedAt: 2031-03-10T12:00:00Z
---

Release-day text.
`);
    expect(result.stdout).toContain('20.x: 20.99.1, 18.x: 18.99.1 and 1 advisory');
    expect(result.stderr).toBe('');
  });

  it('warns of a release with no advisory, and of a fix shipped as a pre-release', async () => {
    const { root } = fixtureWith({});
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1-rc.1,18.99.1'], { content: root, now: NOW });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      '! warning: release 2031-03-10 has no advisories (if they are in a private content folder, set BULLETIN_PRIVATE_DIR): its page and feeds will say it fixes nothing',
    );
    expect(result.stderr).toContain('! warning: 20.x: 20.99.1-rc.1 is a pre-release; is it the version users install to get the fix?');
    expect(result.stderr).not.toContain('18.x: 18.99.1 is');
  });

  it('schedules the release for a later moment with --at', async () => {
    const { root, path } = fixtureWith(ready);
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at', '2031-03-10T20:00:00Z'], {
      content: root,
      now: NOW,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path, 'utf-8')).toMatch(/^releasedAt: 2031-03-10T20:00:00Z$/m);
    expect(result.stdout).toContain('builds from 2031-03-10T20:00:00Z on publish it');
  });

  it('sets a publication scheduled for later again, with other versions or another moment, until it happens', async () => {
    // A century ahead, so that the clock, which also decides whether a scheduled publication is out, stays before it.
    const later = (text: string) => text.replaceAll('2031-03', '2131-03');
    const fixture = contentFixture();
    const path = fixture.write('releases/2131-03-10.mdx', later(RELEASE));
    fixture.write('advisories/CVE-2031-0001.mdx', later(advisory({ cve: 'CVE-2031-0001', summary: 'One paragraph.' })));
    const options = { content: fixture.root, now: '2131-03-10T12:00:00Z' };
    await runCli('release-publish.ts', ['2131-03-10', '--versions', '20.99.1,18.99.1', '--at', '2131-03-10T20:00:00Z'], options);
    const again = await runCli(
      'release-publish.ts',
      ['2131-03-10', '--versions', '20.99.2,18.99.1', '--at', '2131-03-10T21:00:00Z'],
      options,
    );
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain('the publication scheduled for 2131-03-10T20:00:00Z is replaced');
    expect(readFileSync(path, 'utf-8')).toMatch(/version: 20\.99\.2\n[\s\S]*^releasedAt: 2131-03-10T21:00:00Z$/m);
    const out = await runCli('release-publish.ts', ['2131-03-10', '--versions', '20.99.3,18.99.1'], {
      content: fixture.root,
      now: '2131-03-10T22:00:00Z',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('already published (releasedAt 2131-03-10T21:00:00Z)');
  });

  it('refuses a release that is out by the clock, whatever BULLETIN_NOW says', async () => {
    // The sample's release came out in 2023; a moment before it must not reopen it.
    const { root } = fixtureWith(ready);
    const result = await runCli('release-publish.ts', ['2023-06-20', '--versions', '20.3.2,18.16.2,16.20.2'], {
      content: root,
      now: '2023-06-19T00:00:00Z',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already published (releasedAt 2023-06-20T21:00:00Z)');
  });

  it('publishes before the date readers were told only with --early', async () => {
    const { root, path } = fixtureWith(ready);
    const early = { content: root, now: '2031-03-09T12:00:00Z' };
    const refused = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1'], early);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'readers were told 2031-03-10, and 2031-03-09T12:00:00Z comes before it; publish on the day, or pass --early',
    );
    expect(readFileSync(path, 'utf-8')).toBe(RELEASE);
    const offset = await runCli(
      'release-publish.ts',
      ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at', '2031-03-10T01:00:00+02:00'],
      early,
    );
    expect(offset.stderr).toContain('readers were told 2031-03-10, and 2031-03-09T23:00:00Z comes before it');
    const published = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1', '--early'], early);
    expect(published.status, published.stderr).toBe(0);
    expect(readFileSync(path, 'utf-8')).toMatch(/^releasedAt: 2031-03-09T12:00:00Z$/m);
  });

  it('publishes after the date readers were told only with --late, pointing to a date change first', async () => {
    const { root, path } = fixtureWith(ready);
    const late = { content: root, now: '2031-03-11T12:00:00Z' };
    const refused = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1'], late);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'readers were told 2031-03-10, and 2031-03-11T12:00:00Z comes after it; tell them the date moved first (npm run release:postpone -- 2031-03-10 --to 2031-03-11',
    );
    expect(readFileSync(path, 'utf-8')).toBe(RELEASE);
    const published = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1', '--late'], late);
    expect(published.status, published.stderr).toBe(0);
    expect(readFileSync(path, 'utf-8')).toMatch(/^releasedAt: 2031-03-11T12:00:00Z$/m);
  });

  it('refuses to schedule a release while an advisory of it does not load, since the build would stop on it', async ({ expect }) => {
    const broken = advisory({ cve: 'CVE-2031-0002', summary: 'One paragraph.' }).replace('release: 2031-03-10', 'release: 2031-03-70');
    const { root } = fixtureWith({ ...ready, 'advisories/CVE-2031-0002.mdx': broken });
    await expectRefusal(
      expect,
      'release-publish.ts',
      ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at', '2031-03-10T20:00:00Z'],
      { content: root, now: NOW },
      'the content has 1 error(s), and the build at 2031-03-10T20:00:00Z would stop on them, so the release would not go out; fix them first',
    );
  });

  it('warns of an --at more than an hour in the past, which dates the release before anyone could see it', async () => {
    const args = ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at'];
    const earlier = await runCli('release-publish.ts', [...args, '2031-03-10T09:00:00Z'], { content: fixtureWith(ready).root, now: NOW });
    expect(earlier.status, earlier.stderr).toBe(0);
    expect(earlier.stderr).toContain('--at 2031-03-10T09:00:00Z has passed: the release and its advisories are dated then');
    const minutes = await runCli('release-publish.ts', [...args, '2031-03-10T11:30:00Z'], { content: fixtureWith(ready).root, now: NOW });
    expect(minutes.status, minutes.stderr).toBe(0);
    expect(minutes.stderr).not.toContain('has passed');
  });

  it('refuses --early with --late, and names the moment it compares when no --at is given', async ({ expect }) => {
    const { root } = fixtureWith(ready);
    await expectRefusal(
      expect,
      'release-publish.ts',
      ['2031-03-10', '--versions', '20.99.1,18.99.1', '--early', '--late'],
      { content: root, now: NOW },
      '--early and --late contradict each other',
    );
    await expectRefusal(
      expect,
      'release-publish.ts',
      ['2031-03-10', '--versions', '20.99.1,18.99.1', '--early'],
      { content: root, now: '2031-03-01T12:00:00Z' },
      'now (2031-03-01T12:00:00Z) comes before the pre-announcement (2031-03-03T18:00:00Z)',
    );
  });

  it('refuses a fixed version at or before one an earlier release of the line shipped', async () => {
    const { root, path } = fixtureWith(ready);
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.3.1,18.99.1'], { content: root, now: NOW });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('expected a version of 20.x after 20.3.1, which release 2023-06-20 shipped before it, found 20.3.1');
    expect(readFileSync(path, 'utf-8')).toBe(RELEASE);
  });

  it('publishes an advisory without a CVE id when noCve gives the reason, and names that way out when it refuses', async () => {
    const withoutCve = advisory({ summary: 'One paragraph.' });
    const refused = fixtureWith({ 'advisories/2031-03-10-1.mdx': withoutCve });
    const refusal = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1'], {
      content: refused.root,
      now: NOW,
    });
    expect(refusal.status).toBe(1);
    expect(refusal.stderr).toContain(
      'cve: no CVE id; add `cve:` and rename the file to the CVE id, or, if none will come in time, `noCve:`',
    );

    const reasoned = fixtureWith({
      'advisories/2031-03-10-1.mdx': withoutCve.replace(
        'release: 2031-03-10',
        'release: 2031-03-10\nnoCve: The id was not assigned in time; it will be added here.',
      ),
    });
    const published = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1'], {
      content: reasoned.root,
      now: NOW,
    });
    expect(published.status, published.stderr).toBe(0);
  });

  it('refuses a date without a time for --at, which would publish at midnight', async () => {
    const { root, path } = fixtureWith(ready);
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at', '2031-03-10'], {
      content: root,
      now: NOW,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--at: "2031-03-10" is a date without a time; the release goes public at that moment');
    expect(readFileSync(path, 'utf-8')).toBe(RELEASE);
  });

  it('lists every reason at once: a missing CVE id, summary and credit, and skeleton text', async () => {
    const skeleton = advisory({ credits: false })
      .replace('Body.', 'What users can do until they upgrade, or that no workaround is known.')
      .replace('title: Canary-free title', 'title: TBD');
    const { root, path } = fixtureWith({ 'advisories/2031-03-10-1.mdx': skeleton });
    const result = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1,18.99.1'], { content: root, now: NOW });
    expect(result.status).toBe(1);
    for (const reason of ['cve: no CVE id', 'summary: no summary', 'credits: no credit', 'title: ', 'body: the scaffold text']) {
      expect(result.stderr).toContain(reason);
    }
    expect(readFileSync(path, 'utf-8')).toBe(RELEASE);
  });

  it.concurrent.for([
    { files: ready, args: ['2031-03-10'], message: '--versions is required' },
    { files: ready, args: ['2031-03-10', '--versions', '20.99'], message: '"20.99" is not a version' },
    { files: ready, args: ['2031-03-10', '--versions', '20.99.1'], message: 'line 18.x has no fixed version' },
    {
      files: ready,
      args: ['2031-03-10', '--versions', '20.99.1,18.99.1,16.99.1'],
      message: "16.99.1 belongs to none of the release's lines",
    },
    { files: ready, args: ['2031-03-10', '--versions', '20.99.1,20.99.2,18.99.1'], message: 'more than one version for line 20.x' },
    { files: ready, args: ['2031-04-01', '--versions', '20.99.1,18.99.1'], message: 'there is no release 2031-04-01' },
    { files: ready, args: ['2023-06-20', '--versions', '20.99.1'], message: 'already published' },
    {
      files: ready,
      args: ['2031-03-10', '--versions', '20.99.1,18.99.1', '--at', '2031-03-01T00:00:00Z'],
      message: 'comes before the pre-announcement',
    },
    {
      files: { 'advisories/2031-03-10-1.mdx': advisory({ summary: 'One paragraph.' }) },
      args: ['2031-03-10', '--versions', '20.99.1,18.99.1'],
      message: 'cve: no CVE id; add `cve:` and rename the file to the CVE id',
    },
    {
      files: { 'advisories/CVE-2031-0001.mdx': advisory({ cve: 'CVE-2031-0001' }) },
      args: ['2031-03-10', '--versions', '20.99.1,18.99.1'],
      message: 'summary: no summary',
    },
    {
      files: { 'advisories/CVE-2031-0001.mdx': advisory({ cve: 'CVE-2031-0001', summary: 'One paragraph.', credits: false }) },
      args: ['2031-03-10', '--versions', '20.99.1,18.99.1'],
      message: 'credits',
    },
  ])('refuses when $message, without touching any file', async ({ files, args, message }, { expect }) => {
    const { root } = fixtureWith(files);
    await expectRefusal(expect, 'release-publish.ts', args, { content: root, now: NOW }, message);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFixture } from '../helpers/content-fixture.ts';
import { expectRefusal, projectPath, runCli } from '../helpers/run-cli.ts';

// Comments and field order are the steward's; an edit must keep them.
const RELEASE = `---
# Planned with the release team.
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z # a week ahead
lines:
  - line: 20.x
dateChanges:
  - at: 2031-03-05T10:00:00Z
    to: 2031-03-12
    note: A fix needs more review.
---

Release-day text.
`;

const ADVISORY = `---
cve: CVE-2031-0001
title: A flaw the cancelled release was to fix
release: 2031-03-10
severity: high
lines: [20.x]
---

Body.
`;

const LATER = '2031-03-09T10:00:00Z';

function withRelease() {
  const fixture = contentFixture();
  const path = fixture.write('releases/2031-03-10.mdx', RELEASE);
  const advisory = fixture.write('advisories/CVE-2031-0001.mdx', ADVISORY);
  return { ...fixture, path, advisory };
}

describe('npm run release:cancel', () => {
  it('records the cancellation at the current moment, keeps the rest of the file, and names the advisories left waiting', async () => {
    const { root, path, advisory } = withRelease();
    const result = await runCli('release-cancel.ts', ['2031-03-10', '--note', 'The fixes ship with the next release.'], {
      content: root,
      now: LATER,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '✓ release 2031-03-10 (planned for 12 March 2031) is cancelled; readers see it from 2031-03-09T10:00:00Z',
    );
    expect(result.stdout).toContain('its advisory stays unpublished: set its release: to the release that ships the fix');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(projectPath(advisory));
    expect(result.lastLine).toBe(projectPath(path));
    expect(readFileSync(path, 'utf-8')).toBe(`---
# Planned with the release team.
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z # a week ahead
lines:
  - line: 20.x
dateChanges:
  - at: 2031-03-05T10:00:00Z
    to: 2031-03-12
    note: A fix needs more review.
cancelled:
  at: 2031-03-09T10:00:00Z
  note: The fixes ship with the next release.
---

Release-day text.
`);
  });

  it('takes the moment readers learn of it from --at', async () => {
    const { root, path } = withRelease();
    const result = await runCli('release-cancel.ts', ['2031-03-10', '--note', 'Not needed.', '--at', '2031-03-11T08:00:00Z'], {
      content: root,
      now: LATER,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path, 'utf-8')).toContain('cancelled:\n  at: 2031-03-11T08:00:00Z\n  note: Not needed.\n');
    expect(result.stderr).toBe('');
  });

  it('warns of an --at more than an hour past, which dates the cancellation before readers could learn of it', async () => {
    const { root } = withRelease();
    const result = await runCli('release-cancel.ts', ['2031-03-10', '--note', 'Not needed.', '--at', '2031-03-08T08:00:00Z'], {
      content: root,
      now: LATER,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      '! warning: --at 2031-03-08T08:00:00Z has passed: feeds date the cancellation then, though readers learn of it only with the next build\n',
    );
  });

  it('calls off a publication scheduled for after the cancellation', async () => {
    const { root, path } = withRelease();
    // Complete enough to be scheduled.
    writeFileSync(
      join(root, 'advisories/CVE-2031-0001.mdx'),
      ADVISORY.replace('lines: [20.x]', 'lines: [20.x]\nsummary: A complete summary.\ncredits:\n  - name: Jane Doe\n    role: reporter'),
    );
    const scheduled = await runCli('release-publish.ts', ['2031-03-10', '--versions', '20.99.1', '--at', '2031-03-12T20:00:00Z'], {
      content: root,
      now: LATER,
    });
    expect(scheduled.status, scheduled.stderr).toBe(0);
    const result = await runCli('release-cancel.ts', ['2031-03-10', '--note', 'Not needed after all.'], { content: root, now: LATER });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('its publication, scheduled for 2031-03-12T20:00:00Z, is called off: releasedAt is removed');
    const text = readFileSync(path, 'utf-8');
    expect(text).not.toContain('releasedAt');
    expect(text).toContain('cancelled:\n  at: 2031-03-09T10:00:00Z\n  note: Not needed after all.\n');
    const check = await runCli('check.ts', [], { content: root, now: '2031-03-13T00:00:00Z' });
    expect(check.status, check.stdout).toBe(0);
  });

  it.concurrent.for([
    { args: ['--note', 'x'], message: 'missing the release id' },
    { args: ['2031-03-10'], message: '--note is required' },
    { args: ['2031-03-10', '--note', '  '], message: '--note is required, e.g. --note "The fixes ship' },
    { args: ['2031-03-10', '--note', 'x', '--at', '2031-03-01T00:00:00Z'], message: 'not pre-announced until 2031-03-03T18:00:00Z' },
    { args: ['2031-03-10', '--note', 'x', '--at', '2031-03-04T00:00:00Z'], message: 'before the last recorded date change' },
    { args: ['2031-03-10', '--note', 'x', '--at', 'soon'], message: '--at: "soon" is not a moment' },
    { args: ['2023-06-20', '--note', 'x'], message: 'already published' },
  ])('refuses $message without touching any file', async ({ args, message }, { expect }) => {
    const { root } = withRelease();
    await expectRefusal(expect, 'release-cancel.ts', args, { content: root, now: LATER }, message);
  });

  it('refuses to take back a release that is out by the clock, whatever BULLETIN_NOW and --at say', async () => {
    const { root } = withRelease();
    // The sample's release went out on 20 June 2023; both moments given here come before it.
    const options = { content: root, now: '2023-06-19T00:00:00Z' };
    await expectRefusal(
      expect,
      'release-cancel.ts',
      ['2023-06-20', '--note', 'x', '--at', '2023-06-19T00:00:00Z'],
      options,
      'already published',
    );
  });

  it('refuses a release that is already cancelled', async () => {
    const { root } = withRelease();
    await runCli('release-cancel.ts', ['2031-03-10', '--note', 'First.'], { content: root, now: LATER });
    const again = await runCli('release-cancel.ts', ['2031-03-10', '--note', 'Second.'], { content: root, now: LATER });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already cancelled (2031-03-09T10:00:00Z)');
  });
});

import { readFileSync } from 'node:fs';
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
dependencies: []
---

Release-day text.
`;

const ANNOUNCED = '2031-03-05T10:00:00Z';

function withRelease(text = RELEASE) {
  const fixture = contentFixture();
  const path = fixture.write('releases/2031-03-10.mdx', text);
  return { ...fixture, path };
}

describe('npm run release:postpone', () => {
  it('records a date change at the current moment and keeps the rest of the file as it was', async () => {
    const { root, path } = withRelease();
    const result = await runCli('release-postpone.ts', ['2031-03-10', '--to', '2031-03-12', '--note', 'A fix needs more review.'], {
      content: root,
      now: ANNOUNCED,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.lastLine).toBe(projectPath(path));
    expect(result.stdout).toContain('moves from 10 March 2031 to 12 March 2031');
    expect(readFileSync(path, 'utf-8')).toBe(`---
# Planned with the release team.
date: 2031-03-10
announcedAt: 2031-03-03T18:00:00Z # a week ahead
lines:
  - line: 20.x
dependencies: []
dateChanges:
  - at: 2031-03-05T10:00:00Z
    to: 2031-03-12
    note: A fix needs more review.
---

Release-day text.
`);
  });

  it('appends later changes after earlier ones, at the moment given by --at', async () => {
    const { root, path } = withRelease();
    await runCli('release-postpone.ts', ['2031-03-10', '--to', '2031-03-12', '--note', 'First.'], { content: root, now: ANNOUNCED });
    const second = await runCli(
      'release-postpone.ts',
      ['2031-03-10', '--to', '2031-03-14', '--note', 'Second.', '--at', '2031-03-06T09:00:00Z'],
      {
        content: root,
        now: ANNOUNCED,
      },
    );
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('moves from 12 March 2031 to 14 March 2031');
    // Dated after the command's moment, so not in the past.
    expect(second.stderr).not.toContain('has passed');
    const text = readFileSync(path, 'utf-8');
    expect(text.indexOf('to: 2031-03-12')).toBeLessThan(text.indexOf('to: 2031-03-14'));
    expect(text).toContain('at: 2031-03-06T09:00:00Z');
  });

  it('warns of an --at more than an hour in the past, which feeds date before readers could learn of it', async () => {
    const { root } = withRelease();
    const result = await runCli(
      'release-postpone.ts',
      ['2031-03-10', '--to', '2031-03-12', '--note', 'A fix needs more review.', '--at', '2031-03-04T09:00:00Z'],
      { content: root, now: ANNOUNCED },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('--at 2031-03-04T09:00:00Z has passed: feeds date the change then');
  });

  it('warns of a move long enough to be a mistyped year, and says how to undo it once it is refused', async () => {
    const { root, path } = withRelease();
    const moved = await runCli('release-postpone.ts', ['2031-03-10', '--to', '2032-03-12', '--note', 'A fix needs more review.'], {
      content: root,
      now: ANNOUNCED,
    });
    expect(moved.status, moved.stderr).toBe(0);
    expect(moved.stderr).toContain('the release moves 368 days, from 2031-03-10 to 2032-03-12: check the year and month');
    const back = await runCli('release-postpone.ts', ['2031-03-10', '--to', '2031-03-12', '--note', 'Meant March.'], {
      content: root,
      now: ANNOUNCED,
    });
    expect(back.status).toBe(1);
    expect(back.stderr).toContain(
      `If the change to 2032-03-12 was a mistake that no build has published yet, remove its entry from dateChanges in ${projectPath(path)} instead.`,
    );
  });

  // A century ahead, so that the clock, which also decides whether a scheduled publication is out, stays before it.
  const scheduled = (releasedAt: string) => {
    const fixture = contentFixture();
    const text = RELEASE.replaceAll('2031-03', '2131-03').replace('dependencies: []', `dependencies: []\nreleasedAt: ${releasedAt}`);
    return { ...fixture, path: fixture.write('releases/2131-03-10.mdx', text) };
  };
  const postpone = (root: string, to: string, at = '2131-03-05T10:00:00Z') =>
    runCli('release-postpone.ts', ['2131-03-10', '--to', to, '--note', 'A fix needs more review.', '--at', at], {
      content: root,
      now: '2131-03-05T10:00:00Z',
    });

  it('calls off a publication scheduled before the new date, to be set again for it', async () => {
    const { root, path } = scheduled('2131-03-10T20:00:00Z');
    const result = await postpone(root, '2131-03-12');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      'the publication scheduled for 2131-03-10T20:00:00Z is called off; run npm run release:publish again for 2131-03-12',
    );
    const text = readFileSync(path, 'utf-8');
    expect(text).not.toContain('releasedAt');
    expect(text).toContain('to: 2131-03-12');
  });

  it('keeps a publication already set for the new date, which the change announces', async () => {
    const { root, path } = scheduled('2131-03-12T20:00:00Z');
    const result = await postpone(root, '2131-03-12');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('called off');
    expect(readFileSync(path, 'utf-8')).toMatch(/^releasedAt: 2131-03-12T20:00:00Z$/m);
  });

  it('refuses a change that readers would learn of only after the scheduled publication', async () => {
    const { root, path } = scheduled('2131-03-10T20:00:00Z');
    const before = readFileSync(path, 'utf-8');
    const result = await postpone(root, '2131-03-12', '2131-03-11T09:00:00Z');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the release is set to publish at 2131-03-10T20:00:00Z, before readers learn of the new date');
    expect(readFileSync(path, 'utf-8')).toBe(before);
  });

  it('names the release a postponement moved to the date given instead of its id', async () => {
    const { root } = withRelease();
    const options = { content: root, now: ANNOUNCED };
    const moved = await runCli('release-postpone.ts', ['2031-03-10', '--to', '2031-03-12', '--note', 'A fix needs more review.'], options);
    expect(moved.status, moved.stderr).toBe(0);
    await expectRefusal(
      expect,
      'release-postpone.ts',
      ['2031-03-12', '--to', '2031-03-14', '--note', 'x'],
      options,
      'there is no release 2031-03-12: release 2031-03-10 is now planned for 2031-03-12, and keeps the id of its first date; use 2031-03-10',
    );
  });

  it.concurrent.for([
    { args: ['--to', '2031-03-12', '--note', 'x'], message: 'missing the release id' },
    { args: ['2031-03-10', '--note', 'x'], message: '--to is required' },
    { args: ['2031-03-10', '--to', '2031-03-12'], message: '--note is required' },
    { args: ['2031-03-10', '--to', '12 March', '--note', 'x'], message: '"12 March" is not a date' },
    {
      args: ['2031-04-01', '--to', '2031-04-03', '--note', 'x'],
      message:
        'there is no release 2031-04-01 (if it is in a private content folder, set BULLETIN_PRIVATE_DIR); known releases: 2023-06-20, 2031-03-10',
    },
    { args: ['2031-03-10', '--to', '2031-03-10', '--note', 'x'], message: 'already planned for 2031-03-10' },
    {
      args: ['2031-03-10', '--to', '2031-03-09', '--note', 'x'],
      message:
        '2031-03-09 is earlier than 2031-03-10, the date readers were told; a date change only postpones. To release earlier, run npm run release:publish',
    },
    {
      args: ['2031-03-10', '--to', '2031-03-12', '--note', 'x', '--at', '2031-03-01T00:00:00Z'],
      message: 'not pre-announced until 2031-03-03T18:00:00Z',
    },
    { args: ['2031-03-10', '--to', '2031-03-12', '--note', 'x', '--at', 'soon'], message: '--at: "soon" is not a moment' },
    { args: ['2023-06-20', '--to', '2023-06-22', '--note', 'x'], message: 'already published' },
  ])('refuses $message without touching any file', async ({ args, message }, { expect }) => {
    const { root } = withRelease();
    await expectRefusal(expect, 'release-postpone.ts', args, { content: root, now: ANNOUNCED }, message);
  });
});

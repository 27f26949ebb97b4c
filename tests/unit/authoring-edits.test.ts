import { describe, expect, it } from 'vitest';
import { AuthoringError } from '../../src/core/authoring/authoring-error.ts';
import { newRelease } from '../../src/core/authoring/new-release.ts';
import { postponeRelease } from '../../src/core/authoring/postpone-release.ts';
import { publishRelease } from '../../src/core/authoring/publish-release.ts';
import { releaseChecklist } from '../../src/core/authoring/release-checklist.ts';
import type { ReleaseData } from '../../src/core/schemas/release.ts';

const data: ReleaseData = {
  date: '2031-03-10',
  announcedAt: '2031-03-03T18:00:00Z',
  lines: [{ line: '20.x' }, { line: '18.x' }],
  dependencies: [],
  dateChanges: [],
};

/** A moment long before the releases these tests create. */
const EARLIER = new Date('2031-01-01T00:00:00Z');

describe('new releases', () => {
  it('default to a pre-announcement seven days ahead, at the start of that day in UTC', () => {
    const release = newRelease({ date: '2031-03-10', lines: ['20.x'], noticeDays: 7, now: EARLIER });
    expect(release.announcedAt).toBe('2031-03-03T00:00:00Z');
    expect(release.warnings).toEqual([]);
  });

  it('warn about short notice and refuse a pre-announcement after the release', () => {
    expect(newRelease({ date: '2031-03-10', lines: ['20.x'], announce: '2031-03-09', noticeDays: 7, now: EARLIER }).warnings[0]).toContain(
      '1 day before',
    );
    // A project that announces three days ahead is not warned of three days.
    expect(newRelease({ date: '2031-03-10', lines: ['20.x'], announce: '2031-03-07', noticeDays: 3, now: EARLIER }).warnings).toEqual([]);
    expect(newRelease({ date: '2031-03-10', lines: ['20.x'], noticeDays: 3, now: EARLIER }).text).toContain(
      'announcedAt: 2031-03-07T00:00:00Z',
    );
    expect(() =>
      newRelease({ date: '2031-03-10', lines: ['20.x'], announce: '2031-03-11T00:00:00Z', noticeDays: 7, now: EARLIER }),
    ).toThrow(AuthoringError);
  });

  it('refuse a date that has passed, and pre-announce now rather than claim notice readers never had', () => {
    expect(() => newRelease({ date: '2031-03-10', lines: ['20.x'], noticeDays: 7, now: new Date('2031-03-11T09:00:00Z') })).toThrow(
      '--date: 2031-03-10 has passed (today is 2031-03-11); a release is created ahead of its day',
    );
    const soon = newRelease({ date: '2031-03-10', lines: ['20.x'], noticeDays: 7, now: new Date('2031-03-06T09:30:00Z') });
    expect(soon.announcedAt).toBe('2031-03-06T09:30:00Z');
    expect(soon.warnings[0]).toContain('4 days before the release; users expect 7');
    // On the day itself, for a release that cannot wait.
    expect(newRelease({ date: '2031-03-10', lines: ['20.x'], noticeDays: 7, now: new Date('2031-03-10T08:00:00Z') }).announcedAt).toBe(
      '2031-03-10T08:00:00Z',
    );
  });

  it('list the remaining steps in order, with the commands to run', () => {
    const steps = releaseChecklist({
      id: '2031-03-10',
      lines: ['20.x', '18.x'],
      announcedAt: '2031-03-03T00:00:00Z',
      inPrivateRoot: false,
    });
    expect(steps[0]).toMatch(/^ {2}1\. .*npm run advisory:new -- --release 2031-03-10/);
    expect(steps.at(-1)).toContain('npm run release:publish -- 2031-03-10 --versions 20.y.z,18.y.z');
    const minors = releaseChecklist({
      id: '2031-03-10',
      lines: ['4.2.x', '4.1.x'],
      announcedAt: '2031-03-03T00:00:00Z',
      inPrivateRoot: false,
    });
    expect(minors.at(-1)).toContain('--versions 4.2.z,4.1.z');
  });
});

/** A postponement two days on, announced five days ahead. */
const SLIPPED = { to: '2031-03-12', note: 'Slipped.', at: '2031-03-05T00:00:00Z', now: new Date('2031-03-05T00:00:00Z') };

describe('editing a release file', () => {
  it('turns an empty flow list of date changes into a block list and keeps comments', () => {
    const text = '---\n# keep me\ndate: 2031-03-10\ndateChanges: [] # none yet\n---\nBody\n';
    const { text: edited } = postponeRelease('r.mdx', text, data, SLIPPED);
    expect(edited).toBe(
      '---\n# keep me\ndate: 2031-03-10\ndateChanges:\n  - at: 2031-03-05T00:00:00Z\n    to: 2031-03-12\n    note: Slipped.\n---\nBody\n',
    );
  });

  it('keeps a flow list as it was written, without padding inside its brackets', () => {
    const text = '---\ndate: 2031-03-10\nextra: [20.x, 18.x]\n---\n';
    const { text: edited } = postponeRelease('r.mdx', text, data, SLIPPED);
    expect(edited).toContain('extra: [20.x, 18.x]\n');
  });

  it("keeps the file's Windows line endings and byte order mark, so that the edit changes only its own lines", () => {
    const text = '\uFEFF---\r\n# keep me\r\ndate: 2031-03-10\r\n---\r\nBody\r\n';
    const { text: edited } = postponeRelease('r.mdx', text, data, SLIPPED);
    expect(edited).toBe(
      '\uFEFF---\r\n# keep me\r\ndate: 2031-03-10\r\ndateChanges:\r\n  - at: 2031-03-05T00:00:00Z\r\n    to: 2031-03-12\r\n    note: Slipped.\r\n---\r\nBody\r\n',
    );
  });

  it('quotes a note that YAML would otherwise misread', () => {
    const text = '---\ndate: 2031-03-10\n---\n';
    const { text: edited } = postponeRelease('r.mdx', text, data, { ...SLIPPED, note: 'Reason: #42 needs work' });
    expect(edited).toContain('note: "Reason: #42 needs work"');
  });

  it('sets versions in the order of the lines, whatever order they are given in', () => {
    const text = '---\ndate: 2031-03-10\nlines:\n  - line: 20.x\n  - line: 18.x # maintenance\n---\n';
    const result = publishRelease('r.mdx', text, data, [], {
      releaseId: '2031-03-10',
      versions: ['18.1.1', '20.1.1'],
      at: '2031-03-10T20:00:00Z',
      now: new Date('2031-03-10T20:00:00Z'),
    });
    expect(result.text).toBe(
      '---\ndate: 2031-03-10\nlines:\n  - line: 20.x\n    version: 20.1.1\n  - line: 18.x # maintenance\n    version: 18.1.1\nreleasedAt: 2031-03-10T20:00:00Z\n---\n',
    );
  });
});

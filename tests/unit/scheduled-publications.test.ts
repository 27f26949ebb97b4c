import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/core/content/entry.ts';
import { loadContent } from '../../src/core/content/load.ts';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { scheduledPublications } from '../../src/core/lifecycle/scheduled-publications.ts';
import type { AdvisoryData } from '../../src/core/schemas/advisory.ts';
import type { ReleaseData } from '../../src/core/schemas/release.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { contentFixture } from '../helpers/content-fixture.ts';
import { runCli } from '../helpers/run-cli.ts';

function entry<T>(id: string, data: T): Entry<T> {
  return { id, data, body: '', file: id, absolutePath: id, sourceDigest: id, private: false, locate: () => undefined };
}

const release = (data: Partial<ReleaseData>) =>
  entry<ReleaseData>('2031-03-10', {
    date: '2031-03-10',
    announcedAt: '2031-03-03T18:00:00Z',
    lines: [{ line: '20.x' }],
    dependencies: [],
    dateChanges: [],
    ...data,
  });

const advisory = (data: Partial<AdvisoryData>) =>
  entry<AdvisoryData>('CVE-2031-0001', {
    cve: 'CVE-2031-0001',
    title: 'A flaw',
    release: '2031-03-10',
    severity: 'high',
    cwe: [],
    lines: ['20.x'],
    platforms: ['all'],
    credits: [],
    references: [],
    ...data,
  });

describe('what the content has scheduled to go public', () => {
  it('lists the sample release and reports in time order, from a moment on', () => {
    const { partial } = loadContent(resolveContentRoots(PROJECT_ROOT, {}));
    expect(scheduledPublications(partial, new Date('2023-06-01T00:00:00Z')).slice(0, 7)).toEqual([
      { at: '2023-06-12T00:00:00Z', what: 'the May 2023 report is published' },
      { at: '2023-06-13T00:00:00Z', what: 'line 16.x is announced to reach end-of-life on 11 September 2023' },
      { at: '2023-06-13T20:00:00Z', what: 'release 2023-06-20 is pre-announced, for 20 June 2023' },
      { at: '2023-06-20T21:00:00Z', what: 'release 2023-06-20 is published, with 10 advisories' },
      { at: '2023-06-27T21:00:01Z', what: 'the banner of release 2023-06-20 comes down' },
      { at: '2023-07-13T00:00:00Z', what: 'the June 2023 report is published' },
      { at: '2023-09-11T00:00:00Z', what: 'line 16.x reaches end-of-life' },
    ]);
    // To the second: the moment itself has passed, since a build at it publishes.
    expect(scheduledPublications(partial, new Date('2023-06-20T21:00:00Z'))[0]?.at).toBe('2023-06-27T21:00:01Z');
    expect(scheduledPublications(partial, new Date('2026-04-30T00:00:00Z'))).toEqual([]);
  });

  it('names each date change and the cancellation, and nothing after the cancellation', () => {
    const moved = release({
      dateChanges: [{ at: '2031-03-08T10:00:00Z', to: '2031-03-12', note: 'A fix needs more review.' }],
      cancelled: { at: '2031-03-11T09:00:00+01:00', note: 'Folded into the next release.' },
    });
    expect(
      scheduledPublications({ lines: [], releases: [moved], advisories: [advisory({})], reports: [] }, new Date('2031-02-01T00:00:00Z')),
    ).toEqual([
      { at: '2031-03-03T18:00:00Z', what: 'release 2031-03-10 is pre-announced, for 10 March 2031' },
      { at: '2031-03-08T10:00:00Z', what: 'release 2031-03-10 moves to 12 March 2031' },
      { at: '2031-03-11T08:00:00Z', what: 'release 2031-03-10 is cancelled' },
    ]);
  });

  it('names the day a release not out goes past the date readers were last told', () => {
    const moved = release({ dateChanges: [{ at: '2031-03-05T18:00:00Z', to: '2031-03-11', note: 'Moved.' }] });
    expect(scheduledPublications({ lines: [], releases: [moved], advisories: [], reports: [] }, new Date('2031-02-01T00:00:00Z'))).toEqual([
      { at: '2031-03-03T18:00:00Z', what: 'release 2031-03-10 is pre-announced, for 10 March 2031' },
      { at: '2031-03-05T18:00:00Z', what: 'release 2031-03-10 moves to 11 March 2031' },
      { at: '2031-03-12T00:00:00Z', what: 'release 2031-03-10 is past its day, 11 March 2031, unless it is out by then' },
    ]);
    // A move recorded ahead of its moment leaves the first day in force until then, and that day can pass first.
    const movedLate = release({ dateChanges: [{ at: '2031-03-12T09:00:00Z', to: '2031-03-14', note: 'Moved late.' }] });
    const late = scheduledPublications({ lines: [], releases: [movedLate], advisories: [], reports: [] }, new Date('2031-03-05T00:00:00Z'));
    expect(late.filter((item) => item.what.includes('past its day')).map((item) => `${item.at} ${item.what}`)).toEqual([
      '2031-03-11T00:00:00Z release 2031-03-10 is past its day, 10 March 2031, unless it is out by then',
      '2031-03-15T00:00:00Z release 2031-03-10 is past its day, 14 March 2031, unless it is out by then',
    ]);
    // Out on its day, it never goes past it.
    const onTime = release({ releasedAt: '2031-03-10T20:00:00Z' });
    const published = scheduledPublications(
      { lines: [], releases: [onTime], advisories: [], reports: [] },
      new Date('2031-03-05T00:00:00Z'),
    );
    expect(published.map((item) => item.what)).toEqual([
      'release 2031-03-10 is published, with 0 advisories',
      'the banner of release 2031-03-10 comes down',
    ]);
  });

  it('names a correction or withdrawal written ahead of its moment, and leaves one that goes out with its release', () => {
    const out = release({ releasedAt: '2031-03-10T20:00:00Z' });
    const corrected = advisory({ modified: '2031-04-01T00:00:00Z' });
    const withdrawn = { ...advisory({ withdrawn: { at: '2031-03-10T10:00:00Z', reason: 'Not a flaw.' } }), id: 'CVE-2031-0002' };
    const later = { ...advisory({ cve: undefined, withdrawn: { at: '2031-05-01T00:00:00Z', reason: 'A duplicate.' } }), id: 'two' };
    expect(
      scheduledPublications(
        { lines: [], releases: [out], advisories: [corrected, withdrawn, later], reports: [] },
        new Date('2031-03-20T00:00:00Z'),
      ),
    ).toEqual([
      { at: '2031-04-01T00:00:00Z', what: 'the correction of advisory CVE-2031-0001' },
      { at: '2031-05-01T00:00:00Z', what: 'advisory two is withdrawn' },
    ]);
  });

  it('is listed by npm run schedule, and --next prints the next moment alone', async () => {
    const { root } = contentFixture();
    const options = { content: root, now: '2023-06-15T00:00:00Z' };
    const listed = await runCli('schedule.ts', [], options);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout.split('\n').slice(0, 4)).toEqual([
      'Scheduled after 2023-06-15T00:00:00Z; the site changes at each moment, once a build runs at or after it:',
      '  2023-06-20T21:00:00Z  release 2023-06-20 is published, with 10 advisories',
      '  2023-06-27T21:00:01Z  the banner of release 2023-06-20 comes down',
      '  2023-07-13T00:00:00Z  the June 2023 report is published',
    ]);
    const next = await runCli('schedule.ts', ['--next'], options);
    expect(next.stdout).toBe('2023-06-20T21:00:00Z\n');
    const after = await runCli('schedule.ts', ['--next'], { ...options, now: '2026-05-01T00:00:00Z' });
    expect([after.status, after.stdout]).toEqual([0, '']);
  });

  it('warns that a file which does not load is left out of the list', async () => {
    const fixture = contentFixture();
    fixture.write('reports/2023-07.mdx', '---\nmonth: 2023-07\npublished: not a date\n---\n');
    const result = await runCli('schedule.ts', [], { content: fixture.root, now: '2023-06-15T00:00:00Z' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/1 file does not load and is left out \(npm run check lists why\): .*reports\/2023-07\.mdx/);
  });
});

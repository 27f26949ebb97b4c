import { describe, expect, it } from 'vitest';
import { resolveContentRoots } from '../../src/core/content/roots.ts';
import { advisoriesAffecting, affectedMatrix } from '../../src/core/lines/affected-matrix.ts';
import { describeLineAdvice } from '../../src/core/lines/line-advice.ts';
import { advisoriesForLine } from '../../src/core/lines/line-advisories.ts';
import { linePage } from '../../src/core/lines/line-view.ts';
import { describeMinimumSecureVersion } from '../../src/core/lines/minimum-secure-phrase.ts';

import { minimumSecureVersion } from '../../src/core/lines/minimum-secure-version.ts';
import { loadSiteModel } from '../../src/core/load-site.ts';
import type { AdvisoryView, AnnouncedRelease, SiteModel } from '../../src/core/model/types.ts';
import type { Severity } from '../../src/core/severity/severity.ts';
import { PROJECT_ROOT } from '../helpers/build-site.ts';

/** Versions as Node.js writes them, with the `v`. */
const NODE_VERSIONS = { versionPrefix: 'v' };

function sampleAt(now: string): SiteModel {
  const { model } = loadSiteModel(resolveContentRoots(PROJECT_ROOT, {}), new Date(now));
  if (!model) throw new Error('the sample content does not load');
  return model;
}

function advisory(
  id: string,
  published: string,
  affected: Record<string, string | undefined>,
  severity: Severity = 'medium',
): AdvisoryView {
  return {
    id,
    cve: id,
    title: `Title of ${id}`,
    severity,
    cvss: undefined,
    cwe: [],
    affected: Object.entries(affected).map(([line, fixedVersion]) => ({ line, fixedVersion, introduced: undefined })),
    endedLines: [],
    platforms: ['all'],
    credits: [],
    references: [],
    summary: '',
    release: { id: published.slice(0, 10), title: 'a release', releasedAt: published },
    published,
    modified: published,
    withdrawn: undefined,
  };
}

// Three releases, newest first as the model orders them: 20.x is fixed twice, 18.x three times, 16.x reached
// end-of-life before the last one and is named without a fix, and 21.x never had an advisory.
const advisories = [
  advisory('CVE-2024-0003', '2024-02-14T00:00:00Z', { '20.x': '20.11.1', '18.x': '18.19.1', '16.x': undefined }, 'high'),
  advisory('CVE-2023-0002', '2023-10-13T00:00:00Z', { '20.x': '20.8.1', '18.x': '18.18.2' }),
  advisory('CVE-2023-0001', '2023-06-20T00:00:00Z', { '18.x': '18.16.1', '16.x': '16.20.1' }),
];

describe('the minimum secure version of a line', () => {
  it('is the highest fixed version among the line’s advisories, across several releases', () => {
    expect(minimumSecureVersion(advisoriesForLine(advisories, '20.x'))).toEqual({ kind: 'upgrade', version: '20.11.1' });
    expect(minimumSecureVersion(advisoriesForLine(advisories, '18.x'))).toEqual({ kind: 'upgrade', version: '18.19.1' });
    expect(describeMinimumSecureVersion({ kind: 'upgrade', version: '20.11.1' }, '20.x')).toBe('Upgrade to 20.11.1 or later.');
    // An ended line's highest fix here is not where a reader may stay, nor surely the line's last release.
    expect(describeMinimumSecureVersion({ kind: 'upgrade', version: '20.11.1' }, '20.x', true)).toBe(
      'The latest fix published here is 20.11.1; 20.x is end-of-life and gets no more fixes: move to a supported line.',
    );
    // Every version named in the advice is written as the project writes it.
    const withV = (version: string) => `v${version}`;
    expect(describeMinimumSecureVersion({ kind: 'upgrade', version: '20.11.1' }, '20.x', true, withV)).toMatch(
      /^The latest fix published here is v20\.11\.1;/,
    );
    expect(describeMinimumSecureVersion({ kind: 'unfixed', lastFix: '16.20.2', unfixed: 1 }, '16.x', true, withV)).toMatch(
      / The last fixed version was v16\.20\.2\.$/,
    );
    // No advisory on an ended line is no reassurance: every later flaw stays unfixed in it.
    expect(describeMinimumSecureVersion({ kind: 'none' }, '21.x', true)).toBe(
      '21.x is end-of-life: it gets no fixes for vulnerabilities found since, whether or not an advisory here names it. Move to a supported line.',
    );
  });

  it('sends no reader to a supported line when no other line listed is supported', () => {
    expect(describeMinimumSecureVersion({ kind: 'upgrade', version: '20.11.1' }, '20.x', true, undefined, false)).toBe(
      'The latest fix published here is 20.11.1; 20.x is end-of-life and gets no more fixes, and no other line listed here is still supported.',
    );
    expect(describeMinimumSecureVersion({ kind: 'none' }, '21.x', true, undefined, false)).toBe(
      '21.x is end-of-life: it gets no fixes for vulnerabilities found since, whether or not an advisory here names it. No other line listed here is still supported.',
    );
    expect(describeMinimumSecureVersion({ kind: 'unfixed', lastFix: '16.20.2', unfixed: 1 }, '16.x', true, undefined, false)).not.toMatch(
      /supported line/,
    );
    const ended = (id: string) => ({
      id,
      label: `Node.js ${id}`,
      status: 'end-of-life' as const,
      endOfLife: '2026-04-30',
      endsSoon: false,
    });
    const current = { ...ended('22.x'), status: 'current' as const };
    const allEnded = { advisories, releases: [], lines: [ended('20.x'), ended('18.x')] };
    expect(linePage(allEnded, ended('20.x')).canMove).toBe(false);
    expect(describeLineAdvice(linePage(allEnded, ended('20.x')), NODE_VERSIONS)).toBe(
      'The latest fix published here is v20.11.1; 20.x is end-of-life and gets no more fixes, and no other line listed here is still supported.',
    );
    expect(linePage({ ...allEnded, lines: [...allEnded.lines, current] }, ended('20.x')).canMove).toBe(true);
    // A line is no place to move away from itself to.
    expect(linePage({ advisories, releases: [], lines: [current] }, current).canMove).toBe(false);
  });

  it('compares versions, not strings (18.9.1 is older than 18.16.1)', () => {
    const items = advisoriesForLine(
      [advisory('A', '2023-06-20T00:00:00Z', { '18.x': '18.16.1' }), advisory('B', '2022-01-01T00:00:00Z', { '18.x': '18.9.1' })],
      '18.x',
    );
    expect(minimumSecureVersion(items)).toEqual({ kind: 'upgrade', version: '18.16.1' });
  });

  it('says so when no advisory affects a line', () => {
    expect(minimumSecureVersion(advisoriesForLine(advisories, '21.x'))).toEqual({ kind: 'none' });
    expect(describeMinimumSecureVersion({ kind: 'none' }, '21.x')).toBe('No published advisory affects 21.x.');
  });

  it('offers no secure version of an end-of-life line left with an unfixed advisory', () => {
    const minimum = minimumSecureVersion(advisoriesForLine(advisories, '16.x'));
    expect(minimum).toEqual({ kind: 'unfixed', lastFix: '16.20.1', unfixed: 1 });
    expect(describeMinimumSecureVersion(minimum, '16.x')).toMatch(/^No version of 16\.x is secure: .*Move to a supported line/);
  });

  it('ignores withdrawn advisories', () => {
    const withdrawn = {
      ...advisory('W', '2025-01-01T00:00:00Z', { '20.x': '20.99.0' }),
      withdrawn: { at: '2025-01-02T00:00:00Z', reason: 'no bug' },
    };
    expect(minimumSecureVersion(advisoriesForLine([withdrawn, ...advisories], '20.x'))).toEqual({ kind: 'upgrade', version: '20.11.1' });
  });
});

describe('the affected-version matrix', () => {
  it('has a span per fixing version plus the versions before the first fix, newest first', () => {
    const matrix = affectedMatrix(advisoriesForLine(advisories, '18.x'));
    expect(matrix.spans.map((span) => span.label)).toEqual([
      '18.19.1 or later',
      '18.18.2 to 18.19.0',
      '18.16.1 to 18.18.1',
      '18.16.0 or earlier',
    ]);
    expect(matrix.rows.map((row) => row.cells.map((cell) => cell.state))).toEqual([
      ['fixed', 'affected', 'affected', 'affected'],
      ['fixed', 'fixed', 'affected', 'affected'],
      ['fixed', 'fixed', 'fixed', 'affected'],
    ]);
    expect(advisoriesAffecting(matrix, '18.17.0').map((item) => item.id)).toEqual(['CVE-2024-0003', 'CVE-2023-0002']);
    expect(advisoriesAffecting(matrix, '18.19.1')).toEqual([]);
  });

  it('marks an end-of-life line affected in every span by an advisory without a fix', () => {
    const matrix = affectedMatrix(advisoriesForLine(advisories, '16.x'));
    expect(matrix.spans.map((span) => span.label)).toEqual(['16.20.1 or later', '16.20.0 or earlier']);
    expect(matrix.rows.find((row) => row.advisory.id === 'CVE-2024-0003')?.cells.map((cell) => cell.state)).toEqual([
      'affected',
      'affected',
    ]);
    expect(advisoriesAffecting(matrix, '16.20.2').map((item) => item.id)).toEqual(['CVE-2024-0003']);
  });

  it('leaves the versions before a flaw entered the line unaffected, opening a span where it entered', () => {
    const regression = { ...advisory('CVE-2024-0004', '2024-03-01T00:00:00Z', { '18.x': '18.19.2' }) };
    regression.affected = [{ line: '18.x', fixedVersion: '18.19.2', introduced: '18.17.0' }];
    const matrix = affectedMatrix(advisoriesForLine([regression, ...advisories], '18.x'));
    expect(matrix.spans.map((span) => span.label)).toEqual([
      '18.19.2 or later',
      '18.19.1',
      '18.18.2 to 18.19.0',
      '18.17.0 to 18.18.1',
      '18.16.1 up to 18.17.0',
      '18.16.0 or earlier',
    ]);
    expect(matrix.rows[0]?.cells.map((cell) => cell.state)).toEqual([
      'fixed',
      'affected',
      'affected',
      'affected',
      'unaffected',
      'unaffected',
    ]);
    expect(advisoriesAffecting(matrix, '18.16.9').map((item) => item.id)).toEqual(['CVE-2024-0003', 'CVE-2023-0002']);
    expect(advisoriesAffecting(matrix, '18.17.0').map((item) => item.id)).toEqual(['CVE-2024-0004', 'CVE-2024-0003', 'CVE-2023-0002']);
    expect(advisoriesAffecting(matrix, '18.19.1').map((item) => item.id)).toEqual(['CVE-2024-0004']);
  });

  it('names the span before a fix that starts a minor version without guessing the previous version', () => {
    const matrix = affectedMatrix(advisoriesForLine([advisory('X', '2024-01-01T00:00:00Z', { '21.x': '21.4.0' })], '21.x'));
    expect(matrix.spans.map((span) => span.label)).toEqual(['21.4.0 or later', 'before 21.4.0']);
  });

  it('for the June 2023 sample: 20.3.0 is affected by all ten CVEs, 18.16.0 by five, the fixed versions by none', () => {
    const model = sampleAt('2023-07-20T00:00:00Z');
    const matrixOf = (line: string) => affectedMatrix(advisoriesForLine(model.advisories, line));
    const cves = (list: AdvisoryView[]) => list.map((item) => item.cve).sort();

    const twenty = matrixOf('20.x');
    expect(twenty.spans.map((span) => span.version)).toEqual(['20.3.1', '20.3.0']);
    expect(cves(advisoriesAffecting(twenty, '20.3.0'))).toEqual([
      'CVE-2023-30581',
      'CVE-2023-30582',
      'CVE-2023-30583',
      'CVE-2023-30584',
      'CVE-2023-30585',
      'CVE-2023-30586',
      'CVE-2023-30587',
      'CVE-2023-30588',
      'CVE-2023-30589',
      'CVE-2023-30590',
    ]);
    expect(advisoriesAffecting(twenty, '20.3.1')).toEqual([]);

    const eighteen = matrixOf('18.x');
    expect(advisoriesAffecting(eighteen, '18.16.0')).toHaveLength(5);
    expect(eighteen.rows.every((row) => row.cells[0]?.state === 'fixed' && row.cells[1]?.state === 'affected')).toBe(true);
    expect(advisoriesAffecting(eighteen, '18.16.1')).toEqual([]);
  });
});

describe('a line’s page', () => {
  it('lists the line’s advisories newest first with their fixed version', () => {
    const page = linePage(
      { advisories, releases: [], lines: [] },
      { id: '18.x', label: 'Node.js 18', status: 'maintenance', endOfLife: '2025-04-30', endsSoon: false },
    );
    expect(page.advisories.map((item) => [item.advisory.id, item.fixedVersion])).toEqual([
      ['CVE-2024-0003', '18.19.1'],
      ['CVE-2023-0002', '18.18.2'],
      ['CVE-2023-0001', '18.16.1'],
    ]);
    expect(page.endOfLife).toBe(false);
  });

  it('tells of a pre-announced release only its counts for the line, and nothing while it is hidden', () => {
    const line = { id: '20.x', label: 'Node.js 20', status: 'current' as const, endOfLife: '2026-04-30', endsSoon: false };
    const announced = linePage(sampleAt('2023-06-15T12:00:00Z'), line);
    expect(announced.advisories).toEqual([]);
    expect(announced.upcoming.map((item) => [item.release.targetDate, item.impact?.summary.total])).toEqual([['2023-06-20', 10]]);
    expect(linePage(sampleAt('2023-06-01T00:00:00Z'), line).upcoming).toEqual([]);
    expect(linePage(sampleAt('2023-07-20T00:00:00Z'), line).upcoming).toEqual([]);
  });
});

describe("a line's advice while a release for it is pre-announced", () => {
  const due = (targetDate: string, high: number, medium: number, overdue = false) => ({
    release: { targetDate, overdue } as AnnouncedRelease,
    impact: {
      line: '18.x',
      summary: {
        total: high + medium,
        unrated: 0,
        counts: { critical: 0, high, medium, low: 0 },
        highest: high > 0 ? ('high' as const) : ('medium' as const),
      },
    },
  });
  const line = { id: '18.x' };

  it('says the release is coming when no advisory affects the line yet', () => {
    expect(
      describeLineAdvice({ line, minimum: { kind: 'none' }, endOfLife: false, upcoming: [due('2023-06-20', 1, 4)] }, NODE_VERSIONS),
    ).toBe(
      'No published advisory affects 18.x yet, but a security release for it is due on 20 June 2023 (1 high severity issue and 4 medium severity issues): plan to upgrade that day.',
    );
  });

  it('keeps the version to run now, and names the next release, the earliest of several', () => {
    const upcoming = [due('2023-07-11', 0, 1), due('2023-06-20', 1, 0)];
    expect(describeLineAdvice({ line, minimum: { kind: 'upgrade', version: '18.16.0' }, endOfLife: false, upcoming }, NODE_VERSIONS)).toBe(
      'Upgrade to v18.16.0 or later now, and again on 20 June 2023, when a security release for 18.x is due (1 high severity issue).',
    );
  });

  it('stops promising a day already gone once the release is late', () => {
    expect(
      describeLineAdvice({ line, minimum: { kind: 'none' }, endOfLife: false, upcoming: [due('2023-06-20', 1, 4, true)] }, NODE_VERSIONS),
    ).toBe(
      'No published advisory affects 18.x yet, but a security release for it (1 high severity issue and 4 medium severity issues) was planned for 20 June 2023 and is not yet released: upgrade as soon as it is out.',
    );
    expect(
      describeLineAdvice(
        { line, minimum: { kind: 'upgrade', version: '18.16.0' }, endOfLife: false, upcoming: [due('2023-06-20', 1, 0, true)] },
        NODE_VERSIONS,
      ),
    ).toBe(
      'Upgrade to v18.16.0 or later now, and again when a security release for 18.x (1 high severity issue) is out: it was planned for 20 June 2023 and is not yet released.',
    );
  });

  it('is the plain advice when nothing is pre-announced, or the line has ended', () => {
    expect(describeLineAdvice({ line, minimum: { kind: 'none' }, endOfLife: false, upcoming: [] }, NODE_VERSIONS)).toBe(
      'No published advisory affects 18.x.',
    );
    expect(
      describeLineAdvice({ line, minimum: { kind: 'none' }, endOfLife: true, upcoming: [due('2023-06-20', 1, 0)] }, NODE_VERSIONS),
    ).toMatch(/^18\.x is end-of-life/);
  });
});

describe("a line's page after a cancelled release", () => {
  const line = { id: '18.x', label: 'Node.js 18', status: 'active-lts' as const, endOfLife: '2025-04-30', endsSoon: false };
  const impact = {
    line: '18.x',
    summary: { total: 2, unrated: 0, counts: { critical: 0, high: 1, medium: 1, low: 0 }, highest: 'high' as const },
  };
  const cancelled = {
    phase: 'cancelled',
    id: '2023-06-20',
    targetDate: '2023-06-20',
    lines: ['18.x'],
    lineImpacts: [impact],
    cancelled: { at: '2023-06-19T10:00:00Z', note: 'Moved.' },
  } as unknown as SiteModel['releases'][number];
  const releasedAfter = (releasedAt: string, lines: string[]) =>
    ({ phase: 'released', id: 'later', lines, releasedAt, lineImpacts: [] }) as unknown as SiteModel['releases'][number];

  it('keeps telling of the issues it announced for the line until a later release for the line is out', () => {
    expect(linePage({ advisories: [], lines: [], releases: [cancelled] }, line).cancelled.map((item) => item.release.id)).toEqual([
      '2023-06-20',
    ]);
    expect(
      linePage({ advisories: [], lines: [], releases: [cancelled, releasedAfter('2023-06-27T20:00:00Z', ['20.x'])] }, line).cancelled,
    ).toHaveLength(1);
    expect(
      linePage({ advisories: [], lines: [], releases: [cancelled, releasedAfter('2023-06-27T20:00:00Z', ['18.x'])] }, line).cancelled,
    ).toEqual([]);
    expect(
      linePage({ advisories: [], lines: [], releases: [cancelled, releasedAfter('2023-06-01T20:00:00Z', ['18.x'])] }, line).cancelled,
    ).toHaveLength(1);
    // The advice beside the notice says so too, on the page and in the lines index.
    expect(describeLineAdvice(linePage({ advisories: [], lines: [], releases: [cancelled] }, line), NODE_VERSIONS)).toBe(
      'No published advisory affects 18.x, but the cancelled release of 20 June 2023 had announced 1 high severity issue and 1 medium severity issue for it, not fixed yet.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { describeSeverityCounts, newVersionsOf } from '../../src/core/format/severity-phrases.ts';
import { summarize } from '../../src/core/model/release-view.ts';

describe("a release's counts of issues", () => {
  it('count an advisory imported without a rating in the total, apart from every severity', () => {
    expect(summarize(['high', 'unknown', 'medium', 'unknown'])).toEqual({
      total: 4,
      counts: { low: 0, medium: 1, high: 1, critical: 0 },
      unrated: 2,
      highest: 'high',
    });
  });

  it('say what was rated, then what was not, and "no known issues" only when there is none', () => {
    expect(describeSeverityCounts(summarize(['high', 'unknown', 'medium', 'unknown']))).toBe(
      '1 high severity issue, 1 medium severity issue and 2 unrated issues',
    );
    expect(describeSeverityCounts(summarize(['unknown']))).toBe('1 unrated issue');
    expect(describeSeverityCounts(summarize([]))).toBe('no known issues');
  });
});

describe('the release lines a release ships new versions of', () => {
  it('speaks of one version of one line, and of versions of several', () => {
    expect(newVersionsOf(['24.x'])).toBe('a new version of the 24.x release line');
    expect(newVersionsOf(['20.x', '18.x', '16.x'])).toBe('new versions of the 20.x, 18.x and 16.x release lines');
  });
});
